// cargo xtask bench: sizes, Lighthouse, interaction latency and memory, side by side with an ECharts
// reference page. Writes BENCHMARKS.md and exits non-zero when a budget is broken.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, brotli } from '../e2e/server.mjs';
import { launch, dist, repo, linesOf, figuresOf, barChartAndSection, report as reportData } from '../e2e/browser.mjs';
import { fileSizes, firstVisit, kib } from './sizes.mjs';
import { buildReference } from './reference.mjs';
import { interleaved, roundRatio } from './lighthouse.mjs';
import { latencies, memory } from './interactions.mjs';
import { firstInteractions, firstInteractionTimes } from './first-interaction.mjs';
import { buildPlain, readingSessions, blockingRatio, roundTrips } from './floor.mjs';
import { editorTimes } from './editor.mjs';

const BUDGET = { editorPreviewMs: 100, firstVisitKiB: 100, withFirstActKiB: 160, performance: 0.98, others: 1, latencyMs: 16, memoryGrowth: 0.1, tbtRatio: 0.15, firstInteractionMs: 100, paintRatio: 1.05, longestTaskMs: 50, sessionBlockingRatio: 0.05 };
const PREFIX = '/reports/2023/';
const runs = Number(process.env.YITU_LIGHTHOUSE_RUNS ?? 3);

const figures = JSON.parse(fs.readFileSync(process.env.YITU_FIGURES, 'utf8'));
const referenceDir = path.join(repo, 'target', 'bench', 'reference');
buildReference(referenceDir, linesOf(), figures);

const plainDir = path.join(repo, 'target', 'bench', 'plain');
buildPlain(dist, plainDir);

const ours = await serve(dist, PREFIX, { compress: true });
const theirs = await serve(referenceDir, PREFIX, { compress: true });
const plain = await serve(plainDir, PREFIX, { compress: true });
const browser = await launch(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
const files = fileSizes(dist);
const wasmOf = (root) => fileSizes(root).find((f) => f.file.endsWith('.wasm'));
const withPlotters = wasmOf(dist);
const withoutPlotters = wasmOf(process.env.YITU_DIST_WITHOUT_PLOTTERS);
const visit = await firstVisit(browser, ours.base, dist, PREFIX);
const visitRef = await firstVisit(browser, theirs.base, referenceDir, PREFIX);
const latency = await latencies(browser, ours.base);
const mem = await memory(browser, ours.base);
// The first interactions on a weak phone: the report, the deck, and an embedded bar chart.
const embedded = barChartAndSection().chart;
const number = String(figuresOf()[0].value);
const closedSection = reportData().derived.sections.at(-1).id;
const first = await firstInteractionTimes(ours.base, firstInteractions({ number, chart: embedded.id, closedSection }), runs);
// Reading sessions on a weak phone: ours and the reference, interleaved.
const SESSIONS = { report: ours.base, deck: `${ours.base}present/`, [`embed/${embedded.id}/`]: `${ours.base}embed/${embedded.id}/` };
const sessions = await readingSessions(browser, { ...SESSIONS, reference: theirs.base, plain: plain.base }, runs);
const sessionRatio = Object.fromEntries(Object.keys(SESSIONS).map((name) => [name, blockingRatio(sessions[name], sessions.reference)]));
// The office's editor, from the disk: opening it, and its preview following an edit.
const editor = await editorTimes(browser, dist, process.env.YITU_REPORT ? path.resolve(repo, process.env.YITU_REPORT) : path.join(repo, 'assets', 'report.toml'));
await browser.close();
console.error(`lighthouse: ${runs} interleaved rounds of the report, the deck, an embed and the reference…`);
const PAGES = { report: '', deck: 'present/', [`embed/${embedded.id}/`]: `embed/${embedded.id}/` };
const lhAll = await interleaved({ ...Object.fromEntries(Object.entries(PAGES).map(([name, path]) => [name, ours.base + path])), reference: theirs.base, plain: plain.base }, runs);
const { report: lh, reference: lhRef, plain: lhPlain } = lhAll;
const tbtRatio = Object.fromEntries(Object.keys(PAGES).map((name) => [name, roundRatio(lhAll[name], lhRef, 'tbt')]));
const paintRatio = { fcp: roundRatio(lh, lhPlain, 'fcp'), lcp: roundRatio(lh, lhPlain, 'lcp') };
await ours.close();
await theirs.close();
await plain.close();

const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };
check(visit.brotli <= BUDGET.firstVisitKiB * 1024, `first visit ${kib(visit.brotli)} KiB brotli > ${BUDGET.firstVisitKiB} KiB`);
check(visit.brotli + visit.later.brotli <= BUDGET.withFirstActKiB * 1024, `first visit and first act ${kib(visit.brotli + visit.later.brotli)} KiB brotli > ${BUDGET.withFirstActKiB} KiB`);
check(lh.performance >= BUDGET.performance, `Lighthouse performance ${lh.performance} < ${BUDGET.performance}`);
for (const c of ['accessibility', 'best-practices', 'seo']) check(lh[c] >= BUDGET.others, `Lighthouse ${c} ${lh[c]} < 1`);
for (const [name, l] of Object.entries(latency)) check(l.median < BUDGET.latencyMs, `${name}: median ${l.median.toFixed(1)} ms ≥ 16 ms`);
for (const name of Object.keys(PAGES)) check(tbtRatio[name] <= BUDGET.tbtRatio, `${name}: TBT ${tbtRatio[name].toFixed(2)}× the reference's > ${BUDGET.tbtRatio}×`);
for (const [name, f] of Object.entries(first)) check(f.inp <= BUDGET.firstInteractionMs, `${name}: interaction to next paint ${Math.round(f.inp)} ms > ${BUDGET.firstInteractionMs} ms`);
for (const [k, r] of Object.entries(paintRatio)) check(r <= BUDGET.paintRatio, `report: ${k.toUpperCase()} ${r.toFixed(2)}× the plain page's > ${BUDGET.paintRatio}×`);
for (const name of Object.keys(SESSIONS)) {
  check(sessions[name].longest <= BUDGET.longestTaskMs, `${name}: longest task of ours in a reading session ${Math.round(sessions[name].longest)} ms > ${BUDGET.longestTaskMs} ms`);
  check(sessionRatio[name] <= BUDGET.sessionBlockingRatio, `${name}: blocking in a reading session ${sessionRatio[name].toFixed(2)}× the reference's > ${BUDGET.sessionBlockingRatio}×`);
}
check(editor.updateMedian <= BUDGET.editorPreviewMs, `editor: the preview follows an edit in ${Math.round(editor.updateMedian)} ms (median) > ${BUDGET.editorPreviewMs} ms`);
const growth = (k) => (mem.after2000[k] - mem.after100[k]) / mem.after100[k];
for (const k of ['heap', 'wasm']) check(growth(k) <= BUDGET.memoryGrowth, `${k} memory grew ${(growth(k) * 100).toFixed(1)}%`);

const ratio = (a, b) => (b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const ms = (x) => `${Math.round(x)} ms`;
const md = [];
md.push('# Benchmarks', '');
md.push(`Latest run: ${new Date().toISOString().slice(0, 10)}, on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`);
md.push('Command: `cargo xtask bench` (release `dist/` served from a sub-path with brotli, headless Chromium; Lighthouse 12.2.3 mobile profile, median of ' + runs + ' runs).', '');
md.push(`Budgets: first visit ≤ ${BUDGET.firstVisitKiB} KiB brotli, and with what the reader's first act fetches ≤ ${BUDGET.withFirstActKiB} KiB; Lighthouse performance ≥ ${BUDGET.performance}, accessibility, best practices and SEO 1.0; interaction median < ${BUDGET.latencyMs} ms; Total Blocking Time of the report, the deck and an embed ≤ ${BUDGET.tbtRatio}× the reference page's (interleaved rounds); the first interaction's next paint within ${BUDGET.firstInteractionMs} ms on a weak phone; the report's FCP and LCP within ${BUDGET.paintRatio}× the plain page's; in a reading session no task of ours over ${BUDGET.longestTaskMs} ms and blocking ≤ ${BUDGET.sessionBlockingRatio}× the reference's; memory after 2,000 repetitions within 10% of after 100; the office's editor's preview following an edit within ${BUDGET.editorPreviewMs} ms (median). ${failures.length ? '**Over budget:** ' + failures.join('; ') : 'All met.'}`, '');
md.push('## Files of `dist/`', '', '| file | raw | gzip | brotli |', '|---|---:|---:|---:|');
for (const f of files) md.push(`| ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} |`);
md.push('', '## What plotters costs', '');
md.push('The same release build with and without the `plotters` feature (without it, charts show their tables only). The difference is what drawing charts in the browser adds to the wasm.', '');
md.push('| wasm | raw | gzip | brotli |', '|---|---:|---:|---:|');
md.push(`| with plotters | ${withPlotters.raw} | ${withPlotters.gzip} | ${withPlotters.brotli} |`);
md.push(`| without plotters | ${withoutPlotters.raw} | ${withoutPlotters.gzip} | ${withoutPlotters.brotli} |`);
md.push(`| plotters costs | ${withPlotters.raw - withoutPlotters.raw} | ${withPlotters.gzip - withoutPlotters.gzip} | ${withPlotters.brotli - withoutPlotters.brotli} |`);
md.push('', '## First visit and Lighthouse, against the ECharts reference page', '');
md.push('The reference is built by the bench: the report\'s text as static HTML plus bar charts of 提案, 社情民意信息 and 宣传报道 drawn with Apache ECharts 6.1.0 (full build).', '');
md.push('| measure | 一图读懂 | reference (static HTML + ECharts) | ratio |', '|---|---:|---:|---:|');
md.push(`| first visit, brotli | ${kib(visit.brotli)} KiB | ${kib(visitRef.brotli)} KiB | ${ratio(visit.brotli, visitRef.brotli)} |`);
md.push(`| first visit, gzip | ${kib(visit.gzip)} KiB | ${kib(visitRef.gzip)} KiB | ${ratio(visit.gzip, visitRef.gzip)} |`);
md.push(`| first visit, raw | ${kib(visit.raw)} KiB | ${kib(visitRef.raw)} KiB | ${ratio(visit.raw, visitRef.raw)} |`);
md.push(`| requests | ${visit.requests} | ${visitRef.requests} | |`);
for (const c of ['performance', 'accessibility', 'best-practices', 'seo']) md.push(`| Lighthouse ${c} | ${lh[c]} | ${lhRef[c]} | |`);
for (const k of ['fcp', 'lcp', 'tbt']) md.push(`| ${k.toUpperCase()} | ${ms(lh[k])} | ${ms(lhRef[k])} | ${ratio(lh[k], lhRef[k])} |`);
md.push(`| CLS | ${lh.cls.toFixed(3)} | ${lhRef.cls.toFixed(3)} | |`);
md.push('', `First-visit files: ${visit.files.join(', ')}.`);
md.push('', `Fetched later, on the reader's first act (a touch, key, focus, wheel or scroll; at once for a deep link): ${visit.later.files.join(', ') || 'nothing'}: ${kib(visit.later.brotli)} KiB brotli (${kib(visit.later.gzip)} gzip, ${kib(visit.later.raw)} raw); with the first visit ${kib(visit.brotli + visit.later.brotli)} KiB brotli.`);
if (lh.failing.length) md.push('', `Audits not passing in some run: ${lh.failing.join(', ')}.`);
md.push('', '## The main thread on load: each page against the reference, interleaved', '');
md.push(`Lighthouse mobile, ${runs} rounds, each round running every page once in turn (so a slow spell of this shared machine falls on all alike). Times are the median of each page's runs; the ratio is the median over rounds of the page's TBT divided by the reference's in the same round. Absolute times swing severalfold between runs here; the ratio holds.`, '');
md.push('| page | performance | TBT | reference TBT | ratio (budget ≤ ' + BUDGET.tbtRatio + '×) | LCP |', '|---|---:|---:|---:|---:|---:|');
for (const name of Object.keys(PAGES)) md.push(`| ${name} | ${lhAll[name].performance} | ${ms(lhAll[name].tbt)} | ${ms(lhRef.tbt)} | ${tbtRatio[name].toFixed(2)}× | ${ms(lhAll[name].lcp)} |`);
md.push('', '## At the floor: first paint against the plain page, and a reading session', '');
md.push(`The plain page is the report's own prerendered HTML with its stylesheets inline and nothing else: no script, no other request but its icon (built by the bench from \`dist/index.html\`). Lighthouse mobile, in the same ${runs} interleaved rounds as above; the ratio is the median over rounds of the report's time divided by the plain page's.`, '');
md.push('| measure | report | plain page | ratio (budget ≤ ' + BUDGET.paintRatio + '×) |', '|---|---:|---:|---:|');
for (const k of ['fcp', 'lcp']) md.push(`| ${k.toUpperCase()} | ${ms(lh[k])} | ${ms(lhPlain[k])} | ${paintRatio[k].toFixed(2)}× |`);
const htmlBytes = (root) => brotli(fs.readFileSync(path.join(root, 'index.html'))).length;
const [ourHtml, plainHtml] = [htmlBytes(dist), htmlBytes(plainDir)];
const trips = (bytes) => `${bytes.toLocaleString('en')} B, ${roundTrips(bytes)} round trip${roundTrips(bytes) > 1 ? 's' : ''}`;
md.push(`| the HTML, brotli | ${trips(ourHtml)} | ${trips(plainHtml)} | ${(ourHtml / plainHtml).toFixed(2)}× |`);
md.push('', `A page paints a round trip sooner when its HTML fits TCP's initial window (10 segments, ${(14600).toLocaleString('en')} bytes, headers included), as Lighthouse's simulation models it: the ratio above holds at about 1.0× while both pages need the same number of round trips, and would be about 1.2× were the plain page to fit one and the report not.`);
md.push('', `A reading session: 390×844 with touch, Lighthouse's mobile values through DevTools (4× slower CPU, slow 4G), the page loaded, scrolled at 1.5 s (the act that starts the report's app), watched to 12 s; every long task (over 50 ms) counted. *Longest task of ours*: from the arrival of the page's wasm on (its instantiation, reading the page's data, the first render and each part: the budget's measure); *over the session*: with the parsing and layout of the page's HTML too, which the plain page (above), measured in the same rounds, has as well. Median of ${runs} rounds, each running every page once in turn; the blocking ratio is the median over rounds of the page's blocking over the whole session (each long task's time beyond 50 ms) divided by the reference's in the same round. *Reading the page's data*: the app's own measure (\`yitu-page-data\` in the performance timeline) of decoding the data block its page carries, at 4× slower CPU, in a task of its own.`, '');
md.push('| page | longest task of ours (budget ≤ ' + BUDGET.longestTaskMs + ' ms) | longest over the session | blocking | reference blocking | ratio (budget ≤ ' + BUDGET.sessionBlockingRatio + '×) | reading the page\'s data |', '|---|---:|---:|---:|---:|---:|---:|');
for (const name of Object.keys(SESSIONS)) md.push(`| ${name} | ${ms(sessions[name].longest)} | ${ms(sessions[name].longestAll)} | ${ms(sessions[name].blocking)} | ${ms(sessions.reference.blocking)} | ${sessionRatio[name].toFixed(2)}× | ${sessions[name].decoding.toFixed(1)} ms |`);
md.push(`| plain page | | ${ms(sessions.plain.longestAll)} | ${ms(sessions.plain.blocking)} | | | |`);
md.push(`| reference | | ${ms(sessions.reference.longestAll)} | ${ms(sessions.reference.blocking)} | | | |`);
md.push('', '## The first interaction on a weak phone', '');
md.push(`Headless Chromium in a 500×900 window (the narrowest it opens; DevTools' viewport emulation would report a change inside a \`position: fixed\` element as painted only at the next other repaint: the phone's CPU and network, not its screen) with Lighthouse's mobile values (4× slower CPU, its slow 4G: 562.5 ms latency, 1.47 Mbit/s down) applied through DevTools, a fresh page each time; the control used as soon as the page's HTML is in, whether or not the wasm has arrived. Median of ${runs} rounds. *Interaction to next paint* is the longest Event Timing duration of the interaction's events (what INP counts; the first input's is always reported); *until shown* runs from the input to the section open, the address at the section, the dialog open, the results listed, the next slide or the readout shown, the wasm's arrival included when the input came first. The budget applies to the first (as the issue words it); the second is what a reader waits for, recorded beside it.`, '');
md.push('| first interaction | interaction to next paint | until shown | input before the app had started |', '|---|---:|---:|---:|');
for (const [name, f] of Object.entries(first)) md.push(`| ${name} | ${ms(f.inp)} | ${Number.isFinite(f.shown) ? ms(f.shown) : 'never (20 s)'} | ${f.beforeApp} of ${f.rounds} |`);
md.push('', '## Interactions (headless Chromium, 390×844)', '', '| interaction | repetitions | median | p95 |', '|---|---:|---:|---:|');
for (const [name, l] of Object.entries(latency)) md.push(`| ${name} | ${l.n} | ${l.median.toFixed(1)} ms | ${l.p95.toFixed(1)} ms |`);
md.push('', 'Latency: from the input until the app has handled it and the browser has laid out the result (the work that must fit in one 16 ms frame; the wait for the next vsync is not counted).', '');
md.push('| memory | after 100 | after 2,000 | growth |', '|---|---:|---:|---:|');
for (const k of ['heap', 'wasm']) md.push(`| ${k === 'heap' ? 'JS heap' : 'wasm memory'} | ${kib(mem.after100[k])} KiB | ${kib(mem.after2000[k])} KiB | ${(growth(k) * 100).toFixed(1)}% |`);
md.push('', "## The office's editor", '');
md.push(`\`editor.html\` opened from the disk in headless Chromium at 1366×768 (no throttling: the office's laptop): from the navigation's start to the first step shown with its controls working, median of 5 fresh pages; and, with this report's data file open, the preview following an edit (the report's public address, alternated, which changes the page's head and footer): from the field's change to the preview frame holding the new page, ${editor.edits} edits.`, '');
md.push('| measure | median | p95 |', '|---|---:|---:|');
md.push(`| opening editor.html | ${ms(editor.load)} | |`);
md.push(`| the preview following an edit (budget ≤ ${BUDGET.editorPreviewMs} ms) | ${ms(editor.updateMedian)} | ${ms(editor.updateP95)} |`);
md.push('', fs.readFileSync(path.join(repo, 'tests', 'bench', 'steps.md'), 'utf8').trim(), '');
const text = md.join('\n');
fs.writeFileSync(path.join(repo, 'BENCHMARKS.md'), text);
console.log(text);
if (failures.length) {
  console.error(`over budget: ${failures.join('; ')}`);
  process.exit(1);
}
