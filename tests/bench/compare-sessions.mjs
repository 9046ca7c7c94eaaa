// Two builds side by side: reading sessions of the report, the deck and an embed (as `cargo xtask
// bench` measures them) in interleaved rounds, build A then build B in each round, so a slow spell
// of this shared machine falls on both alike. For a change that must not make the start heavier.
// Usage: node compare-sessions.mjs DIST_A DIST_B [rounds] [embed id]
// With YITU_COMPARE_LIGHTHOUSE=1, Lighthouse's load TBT of the same pages too, in interleaved rounds.
import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';
import { readingSessions } from './floor.mjs';
import { interleaved } from './lighthouse.mjs';

const [a, b, rounds = '5', embed = 'proposals-count'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node compare-sessions.mjs DIST_A DIST_B [rounds] [embed id]');
  process.exit(2);
}
const PREFIX = '/reports/2023/';
const [first, second] = [await serve(a, PREFIX, { compress: true }), await serve(b, PREFIX, { compress: true })];
const browser = await launch();
const pages = {};
for (const [label, site] of [['A', first], ['B', second]]) {
  pages[`${label} report`] = site.base;
  pages[`${label} deck`] = `${site.base}present/`;
  pages[`${label} embed`] = `${site.base}embed/${embed}/`;
}
// No reference page: every session is one of ours (its app must start).
// YITU_COMPARE_SESSIONS=0 measures Lighthouse's TBT only.
const sessions = process.env.YITU_COMPARE_SESSIONS === '0' ? null : await readingSessions(browser, pages, Number(rounds), []);
await browser.close();
const lighthouse = process.env.YITU_COMPARE_LIGHTHOUSE === '1' ? await interleaved(pages, Number(rounds)) : null;
await first.close();
await second.close();
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`A: ${a}\nB: ${b}\n${rounds} interleaved rounds, medians (4× CPU, slow 4G, 390×844, scroll at 1.5 s, to 12 s)\n`);
if (sessions) console.log('| page | A longest | B longest | A blocking | B blocking | B/A blocking, median of rounds | A data | B data |\n|---|---:|---:|---:|---:|---:|---:|---:|');
for (const page of sessions ? ['report', 'deck', 'embed'] : []) {
  const [x, y] = [sessions[`A ${page}`], sessions[`B ${page}`]];
  const ratio = median(y.each.map((run, i) => (x.each[i].blocking === 0 ? (run.blocking === 0 ? 1 : Infinity) : run.blocking / x.each[i].blocking)));
  const ms = (v) => `${Math.round(v)} ms`;
  console.log(`| ${page} | ${ms(x.longest)} | ${ms(y.longest)} | ${ms(x.blocking)} | ${ms(y.blocking)} | ${ratio.toFixed(2)}× | ${x.decoding.toFixed(1)} ms | ${y.decoding.toFixed(1)} ms |`);
}
if (lighthouse) {
  console.log('\nLighthouse mobile, load TBT, medians of the interleaved rounds\n');
  console.log('| page | A TBT | B TBT |');
  console.log('|---|---:|---:|');
  for (const page of ['report', 'deck', 'embed']) {
    console.log(`| ${page} | ${Math.round(lighthouse[`A ${page}`].tbt)} ms | ${Math.round(lighthouse[`B ${page}`].tbt)} ms |`);
  }
}
