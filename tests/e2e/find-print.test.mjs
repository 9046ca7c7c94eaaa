// Find and print, as citizens use them: the search box (shortcut /) finds a word that is only in a
// collapsed section, announces the count and opens the section at the item; printing to PDF gives
// A4 pages with every line of the report, every chart's table and no controls, and, where the data
// file gives the report's public address, each section with a QR code of its own (码上看报告).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { site, open, ready, screenshotPath, pdfText, report, linesOf, figuresOf, numberText, wasmRequests, dist } from './browser.mjs';

const ctx = site();
const data = report();

/** A word (three characters) of the third area's items that occurs nowhere else in the report. */
function uniqueWord() {
  const everything = [...linesOf(data), ...data.charts.map((c) => c.title)].join('\n');
  const count = (word) => everything.split(word).length - 1;
  for (const item of data.review.areas[2].groups.flatMap((g) => g.items)) {
    const chars = [...item.text];
    for (let at = 0; at + 3 <= chars.length; at++) {
      const word = chars.slice(at, at + 3).join('');
      if (/^[\u4e00-\u9fff]{3}$/.test(word) && count(word) === 1) return word;
    }
  }
  throw new Error('no word of the third area occurs only once');
}

test('search finds a word only in a collapsed section, announces the count, and opens it there', async () => {
  const page = await open(ctx.browser, { viewport: { width: 390, height: 844 } });
  await page.goto(ctx.server.base);
  await ready(page);
  assert.equal(await page.evaluate(() => document.getElementById('area-3').open), false);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'report-search-input', '/ focuses the search box');
  const word = uniqueWord();
  await page.keyboard.type(word);
  await page.waitForFunction(() => document.querySelector('.search-status').textContent === '找到1处');
  assert.equal(await page.getAttribute('.search-status', 'role'), 'status');
  assert.equal(await page.textContent('.search-results mark'), word);
  await page.screenshot({ path: screenshotPath('search-390.png') });
  await page.click('.search-results a');
  await page.waitForFunction(() => document.getElementById('area-3').open);
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#area-3-item-\d+$/);
  const item = await page.$eval(hash, (li) => ({ text: li.textContent, top: li.getBoundingClientRect().top }));
  assert.ok(item.text.includes(word) && item.top >= 0 && item.top < 844, `scrolled to the item: ${JSON.stringify(item)}`);
  await page.fill('#report-search-input', '不存在的词语');
  await page.waitForFunction(() => document.querySelector('.search-status').textContent === '没有找到“不存在的词语”');
  assert.equal(await page.locator('.search-results').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('printing gives A4 pages with every line of the report and every chart table, without controls', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 900 } });
  await page.goto(ctx.server.base);
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: screenshotPath('print-preview.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = await pdfText(pdf);
  assert.ok(pages.length >= 4, `${pages.length} pages`);
  for (const { width, height } of pages) assert.ok(Math.abs(width - 595.92) < 2 && Math.abs(height - 842.88) < 2, `A4: ${width}×${height}`);
  const flat = pages.map((p) => p.text).join('');
  const missing = linesOf(data).filter((line) => !flat.includes(line.normalize('NFKC').replace(/\s+/g, '')));
  assert.deepEqual(missing, [], 'every line of the report is printed');
  const figures = Object.fromEntries(figuresOf(data).map((f) => [f.id, f]));
  const rows = data.charts.filter((c) => c.kind === 'bars').flatMap((c) => c.figures).map((id) => `${figures[id].label}${numberText(figures[id])}${figures[id].unit}`);
  for (const row of [...rows, '项目数值']) assert.ok(flat.includes(row.normalize('NFKC').replace(/\s+/g, '')), row);
  for (const control of ['长辈模式', '展开全部', '搜索报告', 'PNG图片', '嵌入']) assert.ok(!flat.includes(control), `no ${control} in print`);
  assert.ok(flat.includes('资料来源:') && flat.includes(`网址:${data.site.public_url ?? ctx.server.base}`), 'source and address at the end');
  await page.context().close();
});

test('printed before the app runs (the reader has not acted): every line, and the address at the end', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 900 } });
  const wasm = wasmRequests(page);
  await page.goto(ctx.server.base, { waitUntil: 'networkidle' });
  const flat = (await pdfText(await page.pdf({ format: 'A4', printBackground: true }))).map((p) => p.text).join('');
  assert.deepEqual(wasm, [], 'printing needed no wasm');
  const missing = linesOf(data).filter((line) => !flat.includes(line.normalize('NFKC').replace(/\s+/g, '')));
  assert.deepEqual(missing, [], 'every line of the report is printed');
  const address = data.site.public_url ?? ctx.server.base;
  assert.equal(flat.split(`网址:${address}`).length - 1, 1, `the address once at the end: ${flat.slice(-200)}`);
  assert.equal(await page.locator('[data-print-address]').count(), 0, 'gone after printing');
  await page.context().close();
});

/** Each printed section's 码上看报告: its heading and `address#id` as text, and a QR code a phone reads
 * as that address (the page emulating print). */
async function checkSectionCodes(page, sections, address) {
  await page.emulateMedia({ media: 'print' });
  for (const id of sections) {
    const code = page.locator(`#${id} .section-code`);
    const heading = await page.textContent(`#${id} > summary .section-heading`);
    assert.ok((await code.textContent()).includes(`码上看报告：${heading}`), `${id}: ${await code.textContent()}`);
    assert.ok((await code.textContent()).includes(`${address}#${id}`), `${id}: its address as text`);
    const image = code.locator('img, svg');
    await page.waitForFunction((id) => { const img = document.querySelector(`#${id} .section-code img`); return !img || img.naturalWidth > 0; }, id);
    const png = PNG.sync.read(await image.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.equal(decoded?.data, `${address}#${id}`, `${id}: its QR code leads to the section`);
  }
  await page.locator(`#${sections[1]} .section-code`).screenshot({ path: screenshotPath('print-section-code.png') });
  await page.emulateMedia({ media: 'screen' });
}

test('码上看报告: printed, each section ends with a QR code of its own address and its heading: the public address\'s, fetched only by printing; else, once the app has started, the address it is printed from', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 900 } });
  const codes = [];
  page.on('request', (r) => { if (/\/qr\/[^/]+\.svg$/.test(r.url())) codes.push(r.url()); });
  await page.goto(ctx.server.base, { waitUntil: 'networkidle' });
  const sections = await page.evaluate(() => [...document.querySelectorAll('details.expandable')].map((d) => d.id));
  if (!data.site.public_url) {
    assert.equal(await page.locator('.section-code').count(), 0, 'no public address: no code in the page');
    assert.ok(!fs.existsSync(path.join(dist, 'qr')), 'and no code files');
    // Printed before the app starts: no code (the footer gives the address as text).
    await page.pdf({ format: 'A4' });
    assert.equal(await page.locator('.section-code').count(), 0, 'none before the app starts');
    await page.mouse.wheel(0, 10);
    await ready(page);
    assert.equal(await page.locator('.section-code').count(), 0, 'none on the screen once it has');
    const flat = (await pdfText(await page.pdf({ format: 'A4', printBackground: true }))).map((p) => p.text).join('');
    assert.equal(await page.locator('.section-code').count(), sections.length, 'printing drew one per section');
    assert.equal(await page.locator('.section-code').first().isVisible(), false, 'not on the screen');
    assert.ok(flat.includes('码上看报告'), 'in the PDF');
    await page.pdf({ format: 'A4' });
    assert.equal(await page.locator('.section-code').count(), sections.length, 'printing again draws none twice');
    await checkSectionCodes(page, sections, ctx.server.base);
    assert.deepEqual(codes, [], 'nothing fetched');
    assert.deepEqual(page.problems, []);
    await page.context().close();
    return;
  }
  assert.equal(await page.locator('.section-code').count(), sections.length, 'one per section, in the page before the app runs');
  assert.equal(await page.locator('.section-code').first().isVisible(), false, 'not on the screen');
  assert.deepEqual(codes, [], 'nothing fetched for the screen');
  // Printing (before the app has run) fetches every code.
  const flat = (await pdfText(await page.pdf({ format: 'A4', printBackground: true }))).map((p) => p.text).join('');
  assert.equal(new Set(codes).size, sections.length, 'printing fetched each code');
  assert.ok(flat.includes('码上看报告'), 'in the PDF');
  await checkSectionCodes(page, sections, data.site.public_url);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
