// `cargo xtask serve`: the whole built site (dist/) on http://127.0.0.1:<port>/, as a host serves it.
// Usage: node serve-site.mjs <folder> <port> [--exit-with-stdin]
// The xtask starts it with --exit-with-stdin and its standard input a pipe: when that closes (the
// xtask stopped in any way), the server stops too instead of outliving it.
import { serve } from './server.mjs';

const [root, port, tied] = process.argv.slice(2);
// The office's editor is served at editor/ too (it is editor.html beside the site, not part of it).
const site = await serve(root, '/', { compress: true, port: Number(port), aliases: { 'editor/': 'editor.html' } });
console.log(`serving ${root} on ${site.base} (Ctrl-C stops): the report, share/, present/, embed/<id>/, and the office's editor at editor/`);
if (tied === '--exit-with-stdin') {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
  process.stdin.resume();
}
