// Taking charts away and numbers counting up, as readers meet them: PNG (2×), SVG and CSV
// downloads with the right content; WeChat's in-app browser (no downloads) gets the image to
// long-press and the table as text; numbers count up only when scrolled into view after load,
// never with reduced motion, always ending on the figure as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { site, open, ready, holdWasm, screenshotPath, report, figuresOf, numberText } from './browser.mjs';

const ctx = site();
// The charts of the report under test: a bar chart (the last declared, to differ from the first
// the share test uses) and a chart of cards, with their rows as the CSV writes them.
const data = report();
const FIGURES = Object.fromEntries(figuresOf(data).map((f) => [f.id, f]));
const BARS = data.charts.filter((c) => c.kind === 'bars').at(-1);
const CARDS = data.charts.find((c) => c.kind === 'cards');
const csvRow = (id) => [FIGURES[id].label, numberText(FIGURES[id]), FIGURES[id].unit].map((f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',');
const WECHAT = 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47';

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

/** Records every count shown over a figure (and every change to its real text), from before the page's first script. */
const recordCounting = () => {
  window.__counting = [];
  // A figure on the page: a key figure or chart card by its link, a tile's by its tile and words.
  window.figureKey = (number) => number.closest('a')?.getAttribute('href')
    ?? `${number.closest('.tile')?.querySelector('a')?.getAttribute('href')}:${number.closest('li')?.textContent}`;
  new MutationObserver((records) => {
    if (document.documentElement.dataset.app !== 'ready') return; // parsing and hydration
    for (const r of records) {
      const span = r.target.nodeType === 3 ? r.target.parentElement : r.target;
      if (span?.classList?.contains('key-figure-number')) {
        window.__counting.push({ key: figureKey(span), count: span.getAttribute('data-count'), text: span.textContent });
      }
    }
  }).observe(document, { subtree: true, characterData: true, childList: true, attributes: true, attributeFilter: ['data-count'] });
};

async function keyFiguresPage(options) {
  const page = await open(ctx.browser, { viewport: { width: 390, height: 844 }, ...options });
  await page.addInitScript(recordCounting);
  await page.goto(ctx.server.base);
  await ready(page);
  // Every number that may count up: the overview's, the key figures', the charts' cards.
  const figures = await page.$$eval('.key-figure-number', (numbers) => numbers.map((n) => ({
    key: window.figureKey(n),
    text: n.textContent,
    visible: n.getBoundingClientRect().top < innerHeight,
  })));
  return { page, figures };
}

test('a figure counts up when scrolled into view after load, ending on the figure as written', { skip: !CARDS && 'no chart of cards' }, async () => {
  const { page, figures } = await keyFiguresPage();
  assert.ok(figures.some((f) => f.visible) && figures.some((f) => !f.visible));
  await page.waitForTimeout(1200);
  assert.deepEqual(await page.evaluate(() => window.__counting), [], 'nothing counts while out of view or visible at load');
  // The last card of the chart of cards: far below the first screen.
  const lastId = CARDS.figures.at(-1);
  const last = { href: `#fig-${lastId}`, text: numberText(FIGURES[lastId]) };
  await page.evaluate((id) => { location.hash = `chart-${id}`; }, CARDS.id);
  await page.waitForFunction(([href, id]) => {
    const changes = window.__counting.filter((c) => c.key === href);
    return changes.length > 2 && !document.querySelector(`#chart-${id} a[href="${href}"] [data-count]`);
  }, [last.href, CARDS.id]);
  const changes = await page.evaluate((href) => window.__counting.filter((c) => c.key === href), last.href);
  assert.equal(Number.parseFloat(changes[0].count), 0, `it starts from zero: ${changes[0].count}`);
  assert.ok(changes.slice(0, -1).every((c) => Number.parseFloat(c.count) < Number.parseFloat(last.text)), 'below the figure while counting');
  assert.equal(changes.at(-1).count, null, 'and ends on the figure itself');
  assert.ok(changes.every((c) => c.text === last.text), 'the text screen readers and copying get is always the figure');
  const visibleKeys = figures.filter((f) => f.visible).map((f) => f.key).filter((k) => k !== last.href);
  assert.ok((await page.evaluate(() => window.__counting)).every((c) => !visibleKeys.includes(c.key)));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('numbers the reader scrolled past before the app started never count up when scrolled back to', async () => {
  const page = await open(ctx.browser, { viewport: { width: 390, height: 844 } });
  await page.addInitScript(recordCounting);
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
  await page.waitForTimeout(1200);
  const counted = (await page.evaluate(() => window.__counting)).filter((c) => passed.includes(c.key));
  assert.deepEqual(counted, [], 'already seen: nothing counts');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('with reduced motion nothing counts up', async () => {
  const { page, figures } = await keyFiguresPage({ reducedMotion: 'reduce' });
  assert.ok(figures.some((f) => !f.visible));
  const target = `chart-${CARDS?.id ?? data.charts[0].id}`;
  await page.evaluate((id) => { location.hash = id; }, target);
  await page.waitForFunction((id) => document.getElementById(id).getBoundingClientRect().top < innerHeight, target);
  await page.waitForTimeout(1200);
  assert.deepEqual(await page.evaluate(() => window.__counting), []);
  await page.context().close();
});
