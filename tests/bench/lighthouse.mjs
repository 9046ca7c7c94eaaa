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

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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

/** Median of runs: category scores, FCP/LCP/TBT (ms), CLS, and the audits that failed in any. */
function summary(results) {
  const out = { runs: results.length };
  for (const key of [...CATEGORIES, ...Object.keys(METRICS)]) out[key] = median(results.map((r) => r[key]));
  out.failing = [...new Set(results.flatMap((r) => r.failing))];
  out.each = results;
  return out;
}

/** The median over rounds of `page`'s `metric` divided by `reference`'s in the same round (both from
 * `interleaved`): a slow spell shared by both cancels out within a round. Infinity when the
 * reference measured 0 in a round and the page did not. */
export function roundRatio(page, reference, metric) {
  return median(page.each.map((run, i) => {
    const base = reference.each[i][metric];
    return base === 0 ? (run[metric] === 0 ? 0 : Infinity) : run[metric] / base;
  }));
}

/**
 * Lighthouse on every page of `pages` ({ name: url }), in `rounds` rounds, each round running every
 * page once in turn: a slow spell of this shared machine falls on all pages alike, so their ratios
 * hold where absolute times swing severalfold. Returns { name: median summary }.
 */
export async function interleaved(pages, rounds = 3) {
  const results = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, url] of Object.entries(pages)) {
      console.error(`lighthouse round ${round + 1}/${rounds}: ${name}`);
      results[name].push(await once(url));
    }
  }
  return Object.fromEntries(Object.entries(results).map(([name, runs]) => [name, summary(runs)]));
}
