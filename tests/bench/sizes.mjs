// Bytes: every file of a folder raw, gzip and brotli, and what a first visit actually fetches.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { brotli } from '../e2e/server.mjs';

/** [{ file, raw, gzip, brotli }] for every file below `root`, sorted by name. */
export function fileSizes(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const bytes = fs.readFileSync(full);
        out.push({ file: path.relative(root, full), raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes).length });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

/** Loads `url` in `browser` and sums the sizes of every file of `root` the page fetched. */
export async function firstVisit(browser, url, root, prefix) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  const sizes = fileSizes(root);
  const files = sizes.filter((s) => fetched.has(prefix + s.file) || (s.file === 'index.html' && fetched.has(prefix)));
  const sum = (key) => files.reduce((n, f) => n + f[key], 0);
  return { files: files.map((f) => f.file), raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), requests: fetched.size };
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);
