// A static host for dist/ under a sub-path, like a district web server or CDN: unknown paths get 404.html.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` at `prefix` on 127.0.0.1 (a free port). Returns { base, requests, close }. */
export async function serve(root, prefix = '/reports/2023/') {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const file = resolve(root, prefix, req.url);
    if (file) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    } else {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(fs.readFileSync(path.join(root, '404.html')));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { base, requests, close: () => new Promise((ok) => server.close(ok)) };
}

function resolve(root, prefix, url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  if (!pathname.startsWith(prefix) || pathname.includes('\0')) return null;
  let file = path.resolve(root, '.' + path.sep + pathname.slice(prefix.length));
  if (!file.startsWith(path.resolve(root))) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}
