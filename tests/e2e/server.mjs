// A static host for dist/ under a sub-path, like a district web server or CDN: unknown paths get 404.html.
import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` at `prefix` on 127.0.0.1 (`port`, or a free one). With `compress`, answers with brotli or gzip as
 * the client accepts, like a production host; with `maxAge` (seconds), lets browsers reuse HTML and
 * other unhashed files that long instead of revalidating them. Returns { base, requests, answer, close }: `answer('error')` makes
 * every request get a 503 page (a failing host, a captive portal), `answer('never')` leaves requests unanswered,
 * `answer('files')` serves again; `close()` stops the server and drops its open connections (the network gone).
 */
export async function serve(root, prefix = '/reports/2023/', { compress = false, port = 0, maxAge = 0, aliases = {} } = {}) {
  const requests = [];
  let mode = 'files';
  const server = http.createServer((req, res) => {
    try {
      answerRequest(req, res);
    } catch (error) {
      // A file gone between looking and reading (the site being swapped for a new build, a folder
      // removed) gets an answer, not a crash of the server; anything else is a bug, said as one.
      const gone = ['ENOENT', 'ENOTDIR', 'EISDIR'].includes(error.code);
      if (!gone) console.error(error);
      if (!res.headersSent) res.writeHead(gone ? 503 : 500, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '2' });
      res.end(gone ? '暂时无法提供，请稍后刷新' : 'server error');
    }
  });
  function answerRequest(req, res) {
    requests.push(req.url);
    if (mode === 'error') {
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>维护中</title><h1>维护中</h1>');
      return;
    }
    if (mode === 'never') return;
    // A folder asked for without its slash is redirected, as web servers do, so relative URLs resolve.
    const folder = folderWithoutSlash(root, prefix, req.url);
    if (folder) {
      res.writeHead(301, { location: folder }).end();
      return;
    }
    // A folder that stands for one file (`cargo xtask serve`'s `editor/` for `editor.html`).
    const alias = Object.entries(aliases).find(([folder]) => new URL(req.url, 'http://x').pathname === prefix + folder);
    const file = alias ? path.join(root, alias[1]) : resolve(root, prefix, req.url);
    const status = file ? 200 : 404;
    const body = fs.readFileSync(file ?? path.join(root, '404.html'));
    const headers = { 'content-type': TYPES[path.extname(file ?? '404.html')] ?? 'application/octet-stream' };
    // As the README asks of a production host: names with a content hash never change; HTML is revalidated.
    // With `maxAge`, every other file may be reused for that long, as GitHub Pages (600 s) or object
    // storage without Cache-Control (a heuristic lifetime) let browsers do.
    const revalidate = maxAge ? `max-age=${maxAge}` : 'no-cache';
    headers['cache-control'] = file && /-[0-9a-f]{8,}(_bg)?\.[a-z]+$/.test(file) ? 'public, max-age=31536000, immutable' : revalidate;
    // The embed loader is fetched by news pages with crossorigin="anonymous" (its integrity is checked).
    if (file && /(^|\/)embed(-[0-9a-f]{16})?\.js$/.test(file)) headers['access-control-allow-origin'] = '*';
    const accepted = String(req.headers['accept-encoding'] ?? '');
    if (compress && accepted.includes('br')) {
      headers['content-encoding'] = 'br';
      res.writeHead(status, headers).end(compressed(body, 'br'));
    } else if (compress && accepted.includes('gzip')) {
      headers['content-encoding'] = 'gzip';
      res.writeHead(status, headers).end(compressed(body, 'gzip'));
    } else {
      res.writeHead(status, headers).end(body);
    }
  }
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  const close = () => new Promise((ok) => {
    server.close(ok);
    server.closeAllConnections();
  });
  return { base, requests, answer: (next) => { mode = next; }, close };
}

function folderWithoutSlash(root, prefix, url) {
  let pathname, search;
  try {
    ({ pathname, search } = new URL(url, 'http://x'));
  } catch {
    return null;
  }
  if (pathname.endsWith('/') || !pathname.startsWith(prefix)) return null;
  const file = path.resolve(root, '.' + path.sep + pathname.slice(prefix.length));
  return file.startsWith(path.resolve(root)) && fs.existsSync(file) && fs.statSync(file).isDirectory() ? `${pathname}/${search}` : null;
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

/** Compressed bodies by content, as a host precompresses once: brotli at quality 11 takes over a
 * second for a wasm bundle, which every request would otherwise wait for (and the tests with it). */
const compressedCache = new Map();

function compressed(body, encoding) {
  const key = `${encoding}:${crypto.createHash('sha256').update(body).digest('hex')}`;
  if (!compressedCache.has(key)) {
    compressedCache.set(key, encoding === 'br' ? brotli(body) : zlib.gzipSync(body, { level: 9 }));
  }
  return compressedCache.get(key);
}

/** Brotli at the highest quality, as a static host precompresses. */
export function brotli(bytes) {
  return zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
}

/** A port nobody listens on now (for a server the test starts itself, such as nginx). */
export function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `condition` (may be async) in the test process until it holds; fails naming `what` after `timeout` ms. */
export async function until(condition, what, timeout = 15000) {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
