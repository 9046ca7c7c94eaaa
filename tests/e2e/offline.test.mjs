// The deck offline in the hall: after one visit its service worker serves it with the network
// gone (and never controls the report or the embeds); the single file runs from file:// with
// every request blocked, under its own security policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import { site, open, ready, dist, repo, copyOfDist } from './browser.mjs';
import { serve, until } from './server.mjs';

const ctx = site();

/** Serves `root` at `prefix` for one test, closed after it however it ends. */
async function serveFor(t, root, prefix = '/reports/2023/', options = {}) {
  const server = await serve(root, prefix, options);
  t.after(() => server.close());
  return server;
}

/** Opens the deck at `url` and waits until it says it works offline. */
async function visitDeck(page, url) {
  await page.goto(url);
  await ready(page);
  await page.waitForSelector('.deck-offline:not([hidden])', { timeout: 15000 });
}

/** Presses PageDown and waits for the fragment to follow (it follows after a render). */
async function pageDown(page, expected) {
  await page.keyboard.press('PageDown');
  await page.waitForFunction((hash) => location.hash === hash, expected, { timeout: 5000 });
}

/** The deck's next deployment in `copy`: `version` replaced by `next` in the files named (of present/). */
function redeploy(copy, version, next, files = ['sw.js', 'index.html', 'speaker/index.html']) {
  for (const name of files) {
    const file = path.join(copy, 'present', name);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll(version, next));
  }
}

test('after one visit the deck works with the server gone; the worker controls only present/', async (t) => {
  const server = await serveFor(t, dist);
  const page = await open(ctx.browser, { viewport: { width: 1280, height: 720 } });
  await visitDeck(page, `${server.base}present/#3`);
  assert.equal(await page.textContent('.deck-offline'), '已可离线演示');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${server.base}present/`);
  for (const other of ['', 'embed/area-3/']) {
    const p = await page.context().newPage();
    await p.goto(server.base + other);
    await ready(p);
    assert.equal(await p.evaluate(() => navigator.serviceWorker.controller), null, `${other || 'report'} is not controlled`);
    await p.close();
  }
  // The network gone for real: the server closed with its connections, not a flag the worker ignores.
  await server.close();
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => location.hash), '#3');
  await pageDown(page, '#4');
  assert.ok((await page.textContent('.deck .slide:not([hidden]) .slide-title')).length > 0);
  await page.goto(`${server.base}present/speaker/`);
  await ready(page);
  assert.deepEqual(page.problems.filter((m) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(m)), []);
  await page.context().close();
});

test('when the host answers with an error or not at all, the cached deck is shown', async (t) => {
  const server = await serveFor(t, dist);
  const page = await open(ctx.browser, { viewport: { width: 1280, height: 720 } });
  await visitDeck(page, `${server.base}present/#2`);
  for (const answer of ['error', 'never']) {
    server.answer(answer);
    const started = Date.now();
    await page.reload({ timeout: 30000 });
    await ready(page);
    assert.ok((await page.textContent('.deck .slide:not([hidden]) .slide-title')).length > 0, `${answer}: a slide shows`);
    assert.equal(await page.evaluate(() => document.title.includes('维护中')), false, `${answer}: not the host's page`);
    console.log(`host answering '${answer}': the deck from the cache in ${Date.now() - started} ms`);
  }
  await page.context().close();
  await server.close();
});

test('a new deployment takes over on the next load, and only its own old cache goes', async (t) => {
  const copy = copyOfDist('e2e-redeploy');
  const server = await serveFor(t, copy);
  const page = await open(ctx.browser);
  const caches = () => page.evaluate(() => caches.keys());
  await visitDeck(page, `${server.base}present/`);
  const [before] = await caches();
  const version = before.match(/^yitu-deck (\S+) ([0-9a-f]{16})$/);
  assert.ok(version && version[1] === `${server.base}present/`, `named by its scope: ${before}`);
  // The next deployment: a new version in the page and the worker.
  const next = '0000000000000000';
  redeploy(copy, version[2], next);
  await page.reload();
  await ready(page);
  await page.waitForFunction((name) => caches.keys().then((k) => k.join() === name), `yitu-deck ${server.base}present/ ${next}`, { timeout: 15000 });
  await page.waitForSelector('.deck-offline:not([hidden])', { timeout: 15000 });
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), `${server.base}present/sw.js`);
  await page.context().close();
  await server.close();
});

test('已可离线演示 shows only when the active worker serves this deployment', async (t) => {
  const copy = copyOfDist('e2e-stale-worker');
  const server = await serveFor(t, copy);
  const page = await open(ctx.browser);
  await visitDeck(page, `${server.base}present/`);
  const [cache] = await page.evaluate(() => caches.keys());
  const old = cache.split(' ').pop();
  // A deployment whose worker cannot install (a file it lists is missing): the old worker stays active.
  const worker = path.join(copy, 'present', 'sw.js');
  fs.writeFileSync(worker, fs.readFileSync(worker, 'utf8').replaceAll(old, 'ffffffffffffffff').replace("const FILES = [", "const FILES = ['../missing.js', "));
  const deck = path.join(copy, 'present', 'index.html');
  fs.writeFileSync(deck, fs.readFileSync(deck, 'utf8').replaceAll(old, 'ffffffffffffffff'));
  await page.reload();
  await ready(page);
  await until(() => server.requests.some((r) => r.endsWith('/missing.js')), 'the new worker tried to install');
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !registration.installing && !registration.waiting;
  }, null, { timeout: 15000 });
  // Ask the active worker ourselves: once it has answered, the page has had its answer too.
  const active = await page.evaluate(() => new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data.yituDeckVersion));
    navigator.serviceWorker.controller.postMessage('yitu-deck-version');
    setTimeout(resolve, 5000, null);
  }));
  assert.equal(await page.isHidden('.deck-offline'), true, 'no offline promise the active worker cannot keep');
  assert.equal(active, old, 'the old worker is still the active one');
  await page.context().close();
  await server.close();
});

/** Asks the browser to check for a new worker now (as it does by itself a moment after a visit, or
 * daily) and waits for the new one to end: 'activated', or 'redundant' when it did not install;
 * null when there is none. `update()` settles once a new worker is installing, so one found by the
 * browser's own check, or by this one, is waited for alike. */
const updateWorker = (page) => page.evaluate(async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  await registration.update();
  const worker = registration.installing || registration.waiting;
  if (!worker) return null;
  return new Promise((done) => {
    const ended = () => ['activated', 'redundant'].includes(worker.state) && done(worker.state);
    worker.addEventListener('statechange', ended);
    ended();
  });
});

/** The version in the deck page a cache holds, if it holds one. */
const cachedDeckVersion = (page, cache, url) => page.evaluate(async ([cache, url]) => {
  const hit = await (await caches.open(cache)).match(url);
  return hit && (await hit.text()).match(/name="yitu-deck-version" content="([0-9a-f]+)"/)?.[1];
}, [cache, url]);

test('a redeploy behind a host that lets browsers keep HTML for 10 minutes: the new copy is wholly the new deployment\'s', async (t) => {
  const copy = copyOfDist('e2e-max-age');
  const server = await serveFor(t, copy, '/reports/2023/', { maxAge: 600 });
  const page = await open(ctx.browser, { viewport: { width: 1280, height: 720 } });
  const deck = `${server.base}present/`;
  await visitDeck(page, deck);
  const [cache] = await page.evaluate(() => caches.keys());
  const old = cache.split(' ').pop();
  const next = '1111111111111111';
  redeploy(copy, old, next);
  // Visited again: the browser's cache still gives the old page, whose registration finds the new worker.
  await page.goto(deck);
  await ready(page);
  assert.equal(await page.getAttribute('meta[name="yitu-deck-version"]', 'content'), old, 'the page came from the browser\'s cache');
  await updateWorker(page);
  const name = `yitu-deck ${deck} ${next}`;
  await page.waitForFunction((name) => caches.keys().then((k) => k.join() === name), name, { timeout: 15000 });
  assert.equal(await cachedDeckVersion(page, name, deck), next, 'the new copy holds the new deck page');
  // Offline, the new deployment's deck comes up, whole.
  await server.close();
  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute('meta[name="yitu-deck-version"]', 'content'), next);
  await pageDown(page, '#2');
  await page.context().close();
});

for (const [stale, updated] of [['deck page', ['sw.js']], ['speaker view', ['sw.js', 'index.html']]]) {
  test(`a worker whose ${stale} is still the last deployment's (a host or CDN not yet updated) does not install; the last copy stays and works`, async (t) => {
    const copy = copyOfDist('e2e-stale-page');
    const server = await serveFor(t, copy);
    const page = await open(ctx.browser, { viewport: { width: 1280, height: 720 } });
    const deck = `${server.base}present/`;
    await visitDeck(page, deck);
    const [cache] = await page.evaluate(() => caches.keys());
    const old = cache.split(' ').pop();
    redeploy(copy, old, '2222222222222222', updated);
    assert.equal(await updateWorker(page), 'redundant', 'the new worker did not install');
    assert.deepEqual(await page.evaluate(() => caches.keys()), [cache], 'no copy made of a mixed deployment');
    await page.waitForSelector('.deck-offline:not([hidden])', { timeout: 15000 });
    await server.close();
    await page.goto(deck);
    await ready(page);
    assert.equal(await page.getAttribute('meta[name="yitu-deck-version"]', 'content'), old);
    await page.context().close();
  });
}

test('two years side by side on one origin keep their own offline copies and their own slides', async (t) => {
  const root = path.join(repo, 'target', 'e2e-years');
  fs.rmSync(root, { recursive: true, force: true });
  for (const year of ['2023', '2024']) fs.cpSync(dist, path.join(root, year), { recursive: true });
  fs.copyFileSync(path.join(dist, '404.html'), path.join(root, '404.html'));
  const server = await serveFor(t, root, '/reports/');
  const page = await open(ctx.browser, { viewport: { width: 1280, height: 720 } });
  const context = page.context();
  await visitDeck(page, `${server.base}2023/present/#1`);
  const other = await context.newPage();
  await visitDeck(other, `${server.base}2024/present/#1`);
  const keys = await page.evaluate(() => caches.keys());
  assert.deepEqual(keys.map((k) => k.split(' ')[1]).sort(), [`${server.base}2023/present/`, `${server.base}2024/present/`], 'both copies kept');
  // Each deck's speaker view follows its own deck only.
  const speaker = await context.newPage();
  await speaker.goto(`${server.base}2023/present/speaker/#1`);
  await ready(speaker);
  await other.bringToFront();
  await pageDown(other, '#2');
  await page.bringToFront();
  await pageDown(page, '#2');
  await speaker.waitForFunction(() => location.hash === '#2', null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => location.hash), '#2', 'the 2023 deck did not follow the 2024 deck');
  // The server gone: the 2023 deck still opens from its own copy.
  await server.close();
  await page.reload();
  await ready(page);
  assert.ok((await page.textContent('.deck .slide:not([hidden]) .slide-title')).length > 0);
  await context.close();
});


test('the single file runs from file:// with the network blocked, under its own policy', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1920, height: 1080 } });
  const blocked = [];
  await page.context().route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(pathToFileURL(path.join(dist, 'present-offline.html')).href);
  await ready(page);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(policy.split(';')[1], /'unsafe-inline'|'unsafe-eval'/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  // The fragment and the slide follow the keys after a render: wait for them, never read at once.
  await page.waitForFunction(() => location.hash === '#3', null, { timeout: 5000 });
  await page.keyboard.press('End');
  await page.waitForSelector('.slide-closing-slide', { state: 'visible', timeout: 5000 });
  assert.deepEqual(blocked, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
  assert.equal(await page.isHidden('#app-notice'), true);
  await page.context().close();
});
