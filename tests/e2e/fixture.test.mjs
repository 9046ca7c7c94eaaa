// Next year's report: a small synthetic fixture (not real data) built, prerendered and hydrated by the
// same code, proving that no page depends on this year's text. `cargo xtask test` builds it first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { launch, open, ready, repo, pdfText } from './browser.mjs';

const fixtureDist = process.env.YITU_DIST_FIXTURE ?? path.join(repo, 'target', 'dist-fixture');

let server;
let browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(fixtureDist, 'index.html')), `no fixture build in ${fixtureDist}: run cargo xtask test`);
  server = await serve(fixtureDist, '/reports/test/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the synthetic report is prerendered and hydrated through the same code', async () => {
  const page = await open(browser);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => { window.__firstH1 = document.querySelector('h1'); });
  });
  await page.goto(server.base + '#area-2');
  await ready(page);
  assert.equal(await page.textContent('h1'), '测试用虚构报告（非真实数据）');
  assert.equal(await page.evaluate(() => window.__firstH1 === document.querySelector('h1')), true);
  assert.equal(await page.evaluate(() => document.getElementById('area-2').open), true);
  const text = await page.evaluate(() => document.body.textContent);
  assert.ok(text.includes('开展约30余次虚构活动。'));
  assert.ok(!text.includes('北碚'), 'nothing of this year\'s report');
  assert.equal(await page.title(), '测试用虚构报告（非真实数据）');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('its 404 page links back through the public URL its settings name', async () => {
  const page = await open(browser);
  await page.goto(server.base + 'deep/unknown/path');
  assert.equal(await page.getAttribute('a.button', 'href'), 'https://fixture.invalid/reports/test/');
  await page.context().close();
});

test('its embed pages and its deck come from its own data too', async () => {
  const page = await open(browser, { viewport: { width: 1280, height: 720 } });
  const blocks = fs.readdirSync(path.join(fixtureDist, 'embed'));
  assert.ok(blocks.includes('key-figures') && blocks.length >= 4, blocks.join(', '));
  for (const block of blocks) {
    await page.goto(`${server.base}embed/${block}/`);
    await ready(page);
    assert.ok(!(await page.textContent('body')).includes('北碚'), block);
  }
  await page.goto(`${server.base}present/`);
  await ready(page);
  await page.keyboard.press('End');
  const label = await page.getAttribute('.slide-closing .qr-code', 'aria-label');
  assert.equal(label, '二维码：https://fixture.invalid/reports/test/', 'the QR code encodes the public URL its settings name');
  const png = PNG.sync.read(await page.locator('.slide-closing .qr-code').screenshot());
  assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, 'https://fixture.invalid/reports/test/', 'and a phone reads it so');
  assert.ok(!(await page.evaluate(() => document.body.textContent)).includes('北碚'));
  await page.keyboard.press('s');
  await page.waitForSelector('#speaker-target');
  assert.equal(await page.inputValue('#speaker-target'), '25', 'the pacing target defaults to its talk_minutes');
  assert.match(await page.textContent('.speaker-pace'), /剩余 25:00/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('its deck is printed to present.pdf, one page a slide', async () => {
  const pages = await pdfText(fs.readFileSync(path.join(fixtureDist, 'present.pdf')));
  const page = await open(browser, { viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.base}present/`);
  await ready(page);
  assert.equal(pages.length, await page.$$eval('.deck > .slide', (s) => s.length));
  assert.ok(pages.every((p) => !p.text.includes('北碚')));
  await page.context().close();
});

test('its decimal figures print as written, and its chart of them draws bars in proportion', async () => {
  const page = await open(browser, { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
  await page.goto(`${server.base}embed/fixture-money/`);
  await ready(page);
  const marks = await page.$$eval('#chart-fixture-money .chart-mark', (ms) => ms.map((m) => m.getAttribute('aria-label')));
  assert.deepEqual(marks, ['完成虚构投资：46.8亿元', '另筹虚构资金：12.25亿元']);
  const widths = await page.$$eval('#chart-fixture-money svg rect', (rs) => rs.map((r) => r.getBBox().width));
  assert.ok(Math.abs(widths[1] / widths[0] - 12.25 / 46.8) < 0.02, `bars in proportion: ${widths}`);
  await page.goto(`${server.base}#area-4`);
  await ready(page);
  const text = await page.textContent('#area-4');
  for (const phrase of ['98.6%', '2.5个百分点', '5600余人次']) assert.ok(text.includes(phrase), phrase);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
