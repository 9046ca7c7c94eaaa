// Headless Debian Chromium through playwright-core, with the flags this machine needs.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '..', '..');
export const dist = process.env.YITU_DIST ?? path.join(repo, 'dist');
export const screenshots = process.env.YITU_SCREENSHOTS ?? path.join(repo, 'target', 'screenshots');

/** Chromium's flags on this machine: as root, headless, and with no background network traffic. */
export const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Run in the page: whether the element `id` stands at the top of the screen the top bar leaves free
 * (below its bottom edge, where the page has one; within 40 px), as a link or the app brings it, or
 * the page is scrolled as far as it goes (a short report's last sections cannot come higher).
 */
export const AT_TOP = (id) => {
  const bar = document.querySelector('.top-bar');
  const gap = document.getElementById(id).getBoundingClientRect().top - (bar ? bar.getBoundingClientRect().bottom : 0);
  return (gap > -2 && gap < 40) || Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1;
};

/** WeChat's in-app browser on Android, as it names itself. */
export const WECHAT = 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47';
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}

/** A page that records console errors and uncaught exceptions in `page.problems`. */
export async function open(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  return page;
}

/** The reader's first act on a page (a touch, as `pointerdown`): the report fetches and starts its
 * wasm only then (or at once for a deep link); the other pages start at once anyway. Nothing once
 * the app runs. Works on a page or a frame. */
export function wake(page) {
  return page.evaluate(() => document.documentElement.hasAttribute('data-app') || dispatchEvent(new Event('pointerdown')));
}

/** Waits until the wasm has hydrated the page (`<html data-app="ready">`), without waking it: for
 * a page that starts by itself, or one the test has already acted on. Works on a page or a frame. */
export function started(page) {
  return page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 15000 });
}

/** Wakes the page and waits until the wasm has hydrated it (`<html data-app="ready">`). */
export async function ready(page) {
  await wake(page);
  return started(page);
}

/** A fresh copy of dist/ under target/`name`, for a test to change and serve on its own. */
export function copyOfDist(name) {
  const copy = path.join(repo, 'target', name);
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(dist, copy, { recursive: true });
  return copy;
}

// The PDF's fonts map some characters to radical or variant forms (⼀ for 一, ⺠ for 民, 戶 for 户): undone here.
const RADICALS = { '⺠': '民', '⻓': '长', '⻩': '黄', '⻛': '风', '⻚': '页', '⻅': '见', '⻋': '车', '⻔': '门', '⻢': '马', '⻄': '西', '⺟': '母', '⻜': '飞', '⻬': '齐', '⻰': '龙', '⻆': '角', '⺁': '厂', '⻙': '韦' };

/** Text as compared with a PDF's: NFKC, no white space, radicals back to their characters. */
export function flatText(text) {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c).replaceAll('戶', '户');
}

/** Each page of a PDF (bytes) with its size in points and its text, flattened by `flatText`. */
export async function pdfText(bytes) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, disableFontFace: true }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    pages.push({ width, height, text: flatText((await page.getTextContent()).items.map((i) => i.str).join('')) });
  }
  return pages;
}

/** The share cards `dist` draws (`charts::CardShape`): file name, width, height. */
export const SHARE_CARDS = [['share-card.png', 1200, 630], ['share-card-square.png', 630, 630]];

/** The mean difference of two same-sized RGBA pictures (pngjs's), from 0 (the same) to 255 a channel. */
export function pictureDifference(a, b) {
  if (a.width !== b.width || a.height !== b.height) return 255;
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i] - b.data[i]);
  return sum / a.data.length;
}

export function screenshotPath(name) {
  fs.mkdirSync(screenshots, { recursive: true });
  return path.join(screenshots, name);
}

/**
 * For one test file: serves `root` at `prefix` and launches Chromium (with `chromiumArgs` too) before
 * its tests, closing both after. Returns an object whose `server` and `browser` are set once the tests run.
 */
/**
 * Chromium's resolver maps these names to 127.0.0.1, so a test can serve the report from one site
 * and a news page from another: the browser treats them as different sites (storage partitioning,
 * site isolation), which two ports of 127.0.0.1 are not.
 */
export const TWO_SITES = ['--host-resolver-rules=MAP report.test 127.0.0.1, MAP news.test 127.0.0.1'];

/** `base` (an http://127.0.0.1:port/… address) as served under the host name `name`. */
export function onSite(base, name) {
  return base.replace('//127.0.0.1:', `//${name}:`);
}

export function site(root = dist, prefix = '/reports/2023/', chromiumArgs = []) {
  const ctx = {};
  before(async () => {
    ctx.server = await serve(root, prefix);
    ctx.browser = await launch(chromiumArgs);
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/**
 * The report the tests run against, as the data file says it (through `cargo xtask report-json`):
 * `YITU_REPORT` names the file (this year's `assets/report.toml` when unset). Tests derive what
 * they expect from it, so the same suite checks any report.
 */
let reportCache;
export function report() {
  if (!reportCache) {
    const xtask = process.env.YITU_XTASK ?? path.join(repo, 'target', 'debug', 'xtask');
    const args = ['report-json', ...(process.env.YITU_REPORT ? [process.env.YITU_REPORT] : [])];
    reportCache = JSON.parse(execFileSync(xtask, args, { encoding: 'utf8', cwd: repo, maxBuffer: 16 << 20 }));
  }
  return reportCache;
}

/** A figure's number as the report writes it ("100余", "46.8", "约30"). */
export const numberText = (figure) => `${figure.qualifier ?? ''}${figure.value}${figure.approximate ? '余' : ''}`;

/** Every figure of a report with the id of its section (`sectionId`) and its item's text, in page
 * order, as the app's model finds them (`derived` of `cargo xtask report-json`). */
export function figuresOf(data = report()) {
  return data.derived.figures;
}

/** Every line of a report as the data holds it, in source order. */
export function linesOf(data = report()) {
  return data.derived.lines;
}

/** Every embed page of a report: `{ id, title, kind: 'key-figures' | 'section' | 'chart', anchor,
 * section }` (a chart's section is the one it is shown in). */
export function embedsOf(data = report()) {
  return data.derived.embeds;
}

/** The wasm bundles `page` requests from now on, as a list that grows with each request. */
export function wasmRequests(page) {
  const requested = [];
  page.on('request', (r) => { if (r.url().endsWith('_bg.wasm')) requested.push(r.url()); });
  return requested;
}

/** Holds the page's requests matching `pattern` until the returned function is called: the page
 * as a reader on a slow or stalling network meets it. */
export async function hold(page, pattern) {
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

/** Holds the page's wasm until the returned function is called: the page as a reader on a slow
 * network meets it before the app starts. */
export function holdWasm(page) {
  return hold(page, '**/*_bg.wasm');
}

/** A bar chart's embed and the embed of the section it is shown in (`{ chart, section }`): what
 * the embedding tests show in news pages, chosen from the report under test. */
export function barChartAndSection(data = report()) {
  const bars = new Set(data.charts.filter((c) => c.kind === 'bars').map((c) => c.id));
  const chart = embedsOf(data).find((e) => e.kind === 'chart' && bars.has(e.id));
  const section = embedsOf(data).find((e) => e.kind === 'section' && e.id === chart.section);
  return { chart, section };
}
