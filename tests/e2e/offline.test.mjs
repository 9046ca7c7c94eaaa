// The deck offline in the hall: after one visit its service worker serves it with the network
// gone (and never controls the report or the embeds); the single file runs from file:// with
// every request blocked, under its own security policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import { site, open, ready, dist, repo } from './browser.mjs';
import { serve } from './server.mjs';

const ctx = site();

test('after one visit the deck works offline; the worker controls only present/', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1280, height: 720 } });
  await page.goto(`${ctx.server.base}present/#3`);
  await ready(page);
  await page.waitForSelector('.deck-offline:not([hidden])', { timeout: 15000 });
  assert.equal(await page.textContent('.deck-offline'), '已可离线演示');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${ctx.server.base}present/`);
  await page.context().setOffline(true);
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => location.hash), '#3');
  await page.keyboard.press('PageDown');
  assert.equal(await page.evaluate(() => location.hash), '#4');
  assert.ok((await page.textContent('.deck .slide:not([hidden]) .slide-title')).length > 0);
  await page.goto(`${ctx.server.base}present/speaker/`);
  await ready(page);
  await page.context().setOffline(false);
  for (const other of ['', 'embed/area-3/']) {
    const p = await page.context().newPage();
    await p.goto(ctx.server.base + other);
    await ready(p);
    assert.equal(await p.evaluate(() => navigator.serviceWorker.controller), null, `${other || 'report'} is not controlled`);
    await p.close();
  }
  assert.deepEqual(page.problems.filter((m) => !m.includes('ERR_INTERNET_DISCONNECTED')), []);
  await page.context().close();
});

test('a new deployment takes over on the next load, and the old cache goes', async () => {
  const copy = path.join(repo, 'target', 'e2e-redeploy');
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(dist, copy, { recursive: true });
  const server = await serve(copy, '/reports/2023/');
  const page = await open(ctx.browser);
  const caches = () => page.evaluate(() => caches.keys());
  await page.goto(`${server.base}present/`);
  await ready(page);
  await page.waitForSelector('.deck-offline:not([hidden])', { timeout: 15000 });
  const [before] = await caches();
  assert.match(before, /^yitu-deck-[0-9a-f]{16}$/);
  const worker = path.join(copy, 'present', 'sw.js');
  fs.writeFileSync(worker, fs.readFileSync(worker, 'utf8').replace(before, 'yitu-deck-0000000000000000'));
  await page.reload();
  await ready(page);
  await page.waitForFunction(async () => (await caches.keys()).join() === 'yitu-deck-0000000000000000', null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), `${server.base}present/sw.js`);
  await page.context().close();
  await server.close();
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
