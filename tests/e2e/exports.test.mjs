// Taking charts away and figures entering the view, as readers meet them: PNG (2×), SVG and CSV
// downloads with the right content; WeChat's in-app browser (no downloads) gets the image to
// long-press and the table as text; figures rise into place only when scrolled into view after
// load, never with reduced motion, always written as the report writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { site, open, ready, holdWasm, screenshotPath, report, figuresOf, numberText, WECHAT } from './browser.mjs';

const ctx = site();
// The charts of the report under test: a bar chart (the last declared, to differ from the first
// the share test uses) and a chart of cards, with their rows as the CSV writes them.
const data = report();
const FIGURES = Object.fromEntries(figuresOf(data).map((f) => [f.id, f]));
const BARS = data.charts.filter((c) => c.kind === 'bars').at(-1);
const CARDS = data.charts.find((c) => c.kind === 'cards');
const csvRow = (id) => [FIGURES[id].label, numberText(FIGURES[id]), FIGURES[id].unit].map((f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',');

/** A chart's files are on its share page (the report links it: 下载／分享 under each chart). */
async function atChart(options, id) {
  const page = await open(ctx.browser, options);
  await page.goto(`${ctx.server.base}share/#chart-${id}`);
  await ready(page);
  return page;
}

async function download(page, chart, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`#chart-${chart} .chart-export >> text=${name}`)]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (bytes) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

test('PNG at 2×, SVG and CSV downloads of a bar chart and of figure cards', { skip: !(BARS && CARDS) && 'needs a bar chart and a chart of cards' }, async () => {
  const page = await atChart({}, BARS.id);
  for (const [chart, title, texts] of [BARS, CARDS].map((c) => [c.id, c.title, c.figures.map(csvRow)])) {
    if (chart === CARDS.id) await page.evaluate((id) => { location.hash = `chart-${id}`; }, chart);
    await page.waitForSelector(`#chart-${chart} .chart-export`);
    const png = await download(page, chart, 'PNG图片');
    assert.equal(png.name, `${title}-${chart}.png`);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(pngSize(png.bytes)[0], 1280, 'drawn at twice the 640 px export width');
    assert.ok(png.bytes.length > 5000, `a real picture, ${png.bytes.length} bytes`);
    const svg = await download(page, chart, 'SVG矢量图');
    assert.equal(svg.name, `${title}-${chart}.svg`);
    const svgText = svg.bytes.toString('utf8');
    assert.ok(svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') && svgText.includes(title) && !svgText.includes('var(--'));
    const csv = await download(page, chart, 'CSV表格');
    assert.equal(csv.name, `${title}-${chart}.csv`);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark for Excel');
    const lines = csv.bytes.toString('utf8').slice(1).trim().split('\r\n');
    assert.equal(lines[0], '项目,数值,单位');
    for (const line of texts) assert.ok(lines.includes(line), line);
    assert.match(await page.textContent(`#chart-${chart}-export-status`), /^已下载表格/);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('in WeChat the PNG is shown to long-press and the table as text to copy, with no download', { skip: !BARS && 'no bar chart' }, async () => {
  const chart = `#chart-${BARS.id}`;
  const page = await atChart({ userAgent: WECHAT }, BARS.id);
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.click(`${chart} .chart-export >> text=PNG图片`);
  const image = page.locator(`${chart} .chart-export-image`);
  await image.waitFor();
  assert.equal(await image.getAttribute('alt'), BARS.title);
  assert.equal(await image.evaluate((img) => img.naturalWidth), 1280);
  assert.match(await image.getAttribute('src'), /^data:image\/png;base64,/);
  assert.match(await page.textContent(`${chart}-export-status`), /长按/);
  await page.click(`${chart} .chart-export >> text=CSV表格`);
  const text = await page.inputValue(`${chart} .chart-export-text textarea`);
  assert.equal(text, `项目,数值,单位\n${BARS.figures.map(csvRow).join('\n')}\n`);
  await page.waitForTimeout(300);
  assert.equal(downloads, 0);
  await page.locator(chart).screenshot({ path: screenshotPath(`chart-${BARS.id}-wechat-390.png`) });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/** Records every figure that starts to rise into place (and every change to its text), from before the page's first script. */
const recordRising = () => {
  window.__rising = [];
  // A figure on the page: a key figure or chart card by its link, a tile's by its tile and words.
  window.figureKey = (number) => number.closest('a')?.getAttribute('href')
    ?? `${number.closest('.tile')?.querySelector('a')?.getAttribute('href')}:${number.closest('li')?.textContent}`;
  new MutationObserver((records) => {
    if (document.documentElement.dataset.app !== 'ready') return; // parsing and hydration
    for (const r of records) {
      const span = r.target.nodeType === 3 ? r.target.parentElement : r.target;
      if (span?.classList?.contains('key-figure-number')) {
        window.__rising.push({ key: figureKey(span), rising: span.hasAttribute('data-rise'), text: span.textContent });
      }
    }
  }).observe(document, { subtree: true, characterData: true, childList: true, attributes: true, attributeFilter: ['data-rise'] });
};

async function keyFiguresPage(options) {
  const page = await open(ctx.browser, { viewport: { width: 390, height: 844 }, ...options });
  await page.addInitScript(recordRising);
  await page.goto(ctx.server.base);
  await ready(page);
  // Every number that may rise: the overview's, the key figures', the charts' cards.
  const figures = await page.$$eval('.key-figure-number', (numbers) => numbers.map((n) => ({
    key: window.figureKey(n),
    text: n.textContent,
    visible: n.getBoundingClientRect().top < innerHeight,
  })));
  return { page, figures };
}

test('a figure scrolled into view after load rises into place as written; those visible at load stay still', { skip: !CARDS && 'no chart of cards' }, async () => {
  const { page, figures } = await keyFiguresPage();
  assert.ok(figures.some((f) => f.visible) && figures.some((f) => !f.visible));
  // The page starts still: nothing visible at load moves (the reader is already reading it). The
  // observer's first report comes with the next frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.deepEqual(await page.evaluate(() => window.__rising), [], 'nothing rises while out of view or visible at load');
  // The last card of the chart of cards: far below the first screen.
  const lastId = CARDS.figures.at(-1);
  const last = { href: `#fig-${lastId}`, text: numberText(FIGURES[lastId]) };
  await page.evaluate((id) => { location.hash = `chart-${id}`; }, CARDS.id);
  await page.waitForFunction((href) => window.__rising.some((c) => c.key === href), last.href);
  const changes = await page.evaluate((href) => window.__rising.filter((c) => c.key === href), last.href);
  assert.deepEqual(changes[0], { key: last.href, rising: true, text: last.text }, 'it rises');
  // It ends still, at full strength, where it belongs, and rises no more.
  await page.waitForFunction((href) => {
    const n = document.querySelector(`a[href="${href}"] .key-figure-number`);
    return !n.hasAttribute('data-rise') && n.getAnimations().length === 0 && getComputedStyle(n).opacity === '1';
  }, last.href);
  const all = await page.evaluate((href) => window.__rising.filter((c) => c.key === href), last.href);
  assert.deepEqual(all.map((c) => c.rising), [true, false], 'once');
  assert.ok(all.every((c) => c.text === last.text), 'its text the figure throughout');
  const visibleKeys = figures.filter((f) => f.visible).map((f) => f.key).filter((k) => k !== last.href);
  assert.ok((await page.evaluate(() => window.__rising)).every((c) => !visibleKeys.includes(c.key)));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('numbers the reader scrolled past before the app started never rise when scrolled back to', async () => {
  const page = await open(ctx.browser, { viewport: { width: 390, height: 844 } });
  await page.addInitScript(recordRising);
  const release = await holdWasm(page);
  await page.goto(ctx.server.base, { waitUntil: 'domcontentloaded' });
  // The reader scrolls down at once (which starts fetching the wasm, held here) past the overview's
  // and the key figures' numbers.
  await page.mouse.move(200, 400);
  await page.mouse.wheel(0, 3000);
  await page.waitForFunction(() => document.querySelector('.key-figure-number').getBoundingClientRect().bottom < 0);
  const passed = await page.$$eval('.key-figure-number', (numbers) => numbers.filter((n) => n.getBoundingClientRect().bottom < 0).map((n) => window.figureKey(n)));
  assert.ok(passed.length > 3, passed.join());
  release();
  await ready(page);
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForFunction(() => document.querySelector('.key-figure-number').getBoundingClientRect().top >= 0);
  // Whatever the observer would do, it has done once a frame has passed with them in view.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const rose = (await page.evaluate(() => window.__rising)).filter((c) => passed.includes(c.key));
  assert.deepEqual(rose, [], 'already seen: nothing rises');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('with reduced motion nothing rises', async () => {
  const { page, figures } = await keyFiguresPage({ reducedMotion: 'reduce' });
  assert.ok(figures.some((f) => !f.visible));
  const target = `chart-${CARDS?.id ?? data.charts[0].id}`;
  await page.evaluate((id) => { location.hash = id; }, target);
  await page.waitForFunction((id) => document.getElementById(id).getBoundingClientRect().top < innerHeight, target);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.deepEqual(await page.evaluate(() => window.__rising), []);
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-rise]').length), 0);
  await page.context().close();
});
