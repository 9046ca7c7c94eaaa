// Bytes: every file of a folder raw, gzip and brotli, and what a first visit actually fetches.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { brotli } from '../e2e/server.mjs';
import { wake } from '../e2e/browser.mjs';

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

/** Loads `url` in `browser` and sums the sizes of every file of `root` the page fetched without a
 * touch; then the reader's first act (a touch, as `wake` makes it) and what it fetched (`later`), up
 * to the app being ready, for a page that waits for it (a page without an app has nothing later). */
export async function firstVisit(browser, url, root, prefix) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
  await page.goto(url, { waitUntil: 'networkidle' });
  const atFirst = new Set(fetched);
  if (await page.evaluate(() => 'yituReader' in window)) {
    await wake(page);
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 30000 });
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  const sizes = fileSizes(root);
  const named = (set) => sizes.filter((s) => set.has(prefix + s.file) || (s.file === 'index.html' && set.has(prefix)));
  const files = named(atFirst);
  const later = named(new Set([...fetched].filter((f) => !atFirst.has(f))));
  const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
  const total = (list) => ({ files: list.map((f) => f.file), raw: sum(list, 'raw'), gzip: sum(list, 'gzip'), brotli: sum(list, 'brotli') });
  return { ...total(files), requests: atFirst.size, later: total(later) };
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);
