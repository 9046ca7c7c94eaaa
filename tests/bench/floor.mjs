// The floor a page is measured against: the same page as plain HTML (its own prerendered markup
// and styles inline, no script, no other request but its icon), and a reading session on a weak
// phone (Lighthouse's mobile values through DevTools: 4× slower CPU, slow 4G), loaded, scrolled at
// 1.5 s (the act that starts the report's app) and watched to 12 s, with every long task counted.
import fs from 'node:fs';
import path from 'node:path';
import { open } from '../e2e/browser.mjs';

/** Lighthouse's mobile network throttling as DevTools applies it (`throttling.mobileSlow4G`). */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const SCROLL_AT_MS = 1500;
const WATCH_MS = 12000;
/** A task over this long blocks input (what TBT counts beyond it). */
const LONG_TASK_MS = 50;

/** TCP's initial congestion window (10 segments of 1,460 bytes), which Lighthouse's simulation
 * uses too: a page whose HTML fits it paints a round trip sooner than one whose HTML does not. */
const INITIAL_WINDOW_BYTES = 10 * 1460;

/** The round trips `bytes` of a response take from a new connection in slow start (the window
 * doubling each round trip), its headers aside. */
export function roundTrips(bytes) {
  let trips = 1;
  for (let window = INITIAL_WINDOW_BYTES, sent = window; sent < bytes; trips++) {
    window *= 2;
    sent += window;
  }
  return trips;
}

/** `dist/index.html` as plain HTML in `out`: no script, no preload, stylesheets inline, the same
 * icon. What the report page would cost if it were only its text and layout. */
export function buildPlain(dist, out) {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/g, '')
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '')
    .replace(/<link rel="stylesheet" href="\.\/([^"]+)"[^>]*>/g, (_, file) => `<style>${fs.readFileSync(path.join(dist, file), 'utf8')}</style>`)
    // Laid out as the report is with scripts on (its first script sets data-js, which shows the
    // search field and the 长辈模式 button).
    .replace('<html lang="zh-CN">', '<html lang="zh-CN" data-js>');
  for (const [, file] of html.matchAll(/<link rel="icon" href="\.\/([^"]+)"/g)) fs.copyFileSync(path.join(dist, file), path.join(out, file));
  fs.writeFileSync(path.join(out, 'index.html'), html);
  fs.writeFileSync(path.join(out, '404.html'), '<!doctype html><title>404</title>');
}

/** One reading session of `url` at 390×844: the longest task of ours (from the arrival of the page's
 * wasm on: its instantiation, start and parts; a page without wasm, every task), the longest task
 * and the time blocked beyond 50 ms per task over the whole session (ms; with the parsing and
 * layout of the page's HTML, which a plain page of the same text has too). With `app`, the page's
 * app must have started by the end (a session in which the report never woke measures nothing). */
async function session(browser, url, app) {
  const page = await open(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  // Our page's first scripts are in (the report wakes on this scroll) before the reader scrolls.
  // Awaited as a load state, not a selector: a selector would run Playwright's own injected
  // script in the page (40–60 ms at 4× CPU), a long task that is not ours.
  if (app) await page.waitForLoadState('domcontentloaded');
  await page.waitForTimeout(Math.max(0, SCROLL_AT_MS - (Date.now() - started)));
  await page.mouse.move(200, 500);
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(Math.max(0, WATCH_MS - (Date.now() - started)));
  const tasks = await page.evaluate(() => window.__tasks);
  // When the page's wasm had arrived (none: the page has no wasm, and every task counts as ours).
  const wasmArrived = await page.evaluate(() => Math.max(0, ...performance.getEntriesByType('resource')
    .filter((e) => /_bg\.wasm$/.test(new URL(e.name).pathname)).map((e) => e.responseEnd)));
  const ours = tasks.filter((t) => t.start + t.duration >= wasmArrived);
  // Reading the page's data block at start-up (the app's own measure, `platform::measured`).
  const decoding = await page.evaluate(() => performance.getEntriesByName('yitu-page-data').map((e) => e.duration));
  const ready = await page.evaluate(() => document.documentElement.getAttribute('data-app') === 'ready');
  await page.context().close();
  if (app && !ready) throw new Error(`${url}: the app had not started 12 s into the reading session`);
  return {
    longest: Math.max(0, ...ours.map((t) => t.duration)),
    longestAll: Math.max(0, ...tasks.map((t) => t.duration)),
    blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - LONG_TASK_MS), 0),
    decoding: Math.max(0, ...decoding),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Reading sessions of every page of `pages` ({ name: url }), `rounds` rounds each running every
 * page once in turn (a slow spell falls on all alike); the pages named in `withoutApp` run no app of
 * ours. Returns { name: { longest, longestAll, blocking, decoding, each } } with medians, and each
 * round's sessions. */
export async function readingSessions(browser, pages, rounds = 3, withoutApp = ['reference', 'plain']) {
  const each = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, url] of Object.entries(pages)) {
      console.error(`reading session ${round + 1}/${rounds}: ${name}`);
      each[name].push(await session(browser, url, !withoutApp.includes(name)));
    }
  }
  return Object.fromEntries(Object.entries(each).map(([name, runs]) => [name, {
    longest: median(runs.map((r) => r.longest)),
    longestAll: median(runs.map((r) => r.longestAll)),
    blocking: median(runs.map((r) => r.blocking)),
    decoding: median(runs.map((r) => r.decoding)),
    each: runs,
  }]));
}

/** The median over rounds of `page`'s blocking divided by `reference`'s in the same round. */
export function blockingRatio(page, reference) {
  return median(page.each.map((run, i) => {
    const base = reference.each[i].blocking;
    return base === 0 ? (run.blocking === 0 ? 0 : Infinity) : run.blocking / base;
  }));
}
