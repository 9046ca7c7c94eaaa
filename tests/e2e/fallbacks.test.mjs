// What the browser merely lacks never raises the failure notice: no Clipboard API (a plain-http
// address), no HTMLImageElement.decode (older WebViews), fullscreen refused (a frame without
// allowfullscreen). Each falls back quietly and nothing reaches the global error handler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { site, open, ready, report, started } from './browser.mjs';

const ctx = site();
// A chart of the report under test, for its PNG download.
const CHART = report().charts.find((c) => c.kind === 'bars')?.id ?? report().charts[0]?.id;

/** The page as it stands after the action: no notice, no console error, no uncaught exception. */
async function quiet(page, what) {
  assert.equal(await page.isHidden('#app-notice'), true, `${what}: the failure notice stays hidden`);
  assert.deepEqual(page.problems, [], what);
}

test('without navigator.clipboard, 复制链接 copies the old way and says so', async () => {
  const page = await open(ctx.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.addInitScript(() => {
    // As on a plain-http address: the property is missing, not refused.
    delete Navigator.prototype.clipboard;
  });
  await page.goto(`${ctx.server.base}share/#area-2`);
  await ready(page);
  assert.equal(await page.evaluate(() => 'clipboard' in navigator), false);
  await page.click('text=复制链接');
  await page.waitForFunction(() => document.querySelector('.share-panel [role="status"]').textContent === '链接已复制');
  const reader = await page.context().newPage();
  await reader.goto(ctx.server.base);
  assert.equal(await reader.evaluate(() => navigator.clipboard.readText()), `${report().site.public_url ?? ctx.server.base}#area-2`);
  await quiet(page, 'copy without the Clipboard API');
  await page.context().close();
});

test('without HTMLImageElement.decode, 生成长图 and PNG still make their pictures', async () => {
  const page = await open(ctx.browser);
  await page.addInitScript(() => {
    delete HTMLImageElement.prototype.decode;
  });
  await page.goto(`${ctx.server.base}share/#`);
  await ready(page);
  assert.equal(await page.evaluate(() => typeof new Image().decode), 'undefined');
  await page.click('.picture-maker button >> text=生成长图');
  await page.waitForSelector('.pictures img', { timeout: 30000 });
  const sources = await page.$$eval('.pictures img', (imgs) => imgs.map((i) => i.src));
  assert.ok(sources.length >= 1 && sources.every((s) => s.startsWith('data:image/png;base64,')), 'PNG parts');
  await quiet(page, '生成长图 without decode');

  await page.goto(`${ctx.server.base}share/#chart-${CHART}`);
  await ready(page);
  await page.waitForSelector(`#chart-${CHART} .chart-export`);
  const download = page.waitForEvent('download');
  await page.click(`#chart-${CHART} .chart-export >> text=PNG图片`);
  assert.match((await download).suggestedFilename(), /\.png$/);
  await quiet(page, 'PNG without decode');
  await page.context().close();
});

test('F where fullscreen is refused (a frame without allowfullscreen) changes nothing and raises nothing', async () => {
  // A host page on its own server, framing the deck without allowfullscreen.
  const deck = `${ctx.server.base}present/#2`;
  const host = http.createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>host</title><iframe src="${deck}" width="960" height="540"></iframe>`);
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  const page = await open(ctx.browser, { viewport: { width: 1024, height: 768 } });
  try {
    await page.goto(`http://127.0.0.1:${host.address().port}/`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await started(frame);
    assert.equal(await frame.evaluate(() => document.fullscreenEnabled), false);
    await frame.focus('.deck-share');
    const shown = await frame.evaluate(() => Number(location.hash.slice(1)));
    await page.keyboard.press('f');
    await page.keyboard.press('PageDown');
    await frame.waitForFunction((next) => location.hash === `#${next}`, shown + 1, { timeout: 5000 });
    assert.equal(await frame.evaluate(() => document.fullscreenElement), null);
    assert.equal(await frame.isHidden('#app-notice'), true, 'the failure notice stays hidden');
    assert.deepEqual(page.problems, []);
  } finally {
    await page.context().close();
    await new Promise((resolve) => host.close(resolve));
  }
});
