// `cargo xtask serve`: the whole built site (dist/) on http://127.0.0.1:<port>/, as a host serves it.
// Usage: node serve-site.mjs <folder> <port>
import { serve } from './server.mjs';

const [root, port] = process.argv.slice(2);
const site = await serve(root, '/', { compress: true, port: Number(port) });
console.log(`serving ${root} on ${site.base} (Ctrl-C stops): the report, share/, present/, embed/<id>/`);
