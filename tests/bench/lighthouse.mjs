// Lighthouse 12, mobile profile (its default: simulated slow 4G and a 4× slower CPU), median of runs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS } from '../e2e/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift' };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function once(url) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lh-')), 'report.json');
  // Asynchronous: the server under test runs in this same process and must keep answering.
  await promisify(execFile)(path.join(here, 'node_modules', '.bin', 'lighthouse'), [
    url, '--quiet', '--output=json', `--output-path=${out}`, `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 });
  const lhr = JSON.parse(fs.readFileSync(out, 'utf8'));
  const result = {};
  for (const c of CATEGORIES) result[c] = lhr.categories[c].score;
  for (const [k, audit] of Object.entries(METRICS)) result[k] = lhr.audits[audit].numericValue;
  result.failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
    .map((a) => a.id);
  return result;
}

/** Median of `runs` Lighthouse runs: category scores, FCP/LCP/TBT (ms), CLS, and the audits that failed. */
export async function lighthouse(url, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(url));
  const out = { runs };
  for (const key of [...CATEGORIES, ...Object.keys(METRICS)]) out[key] = median(results.map((r) => r[key]));
  out.failing = [...new Set(results.flatMap((r) => r.failing))];
  return out;
}
