// Charts as readers use them: every declared chart present, readouts by hover and keyboard, the
// 数据表, the report's sentence as description, redraw on resize, without JavaScript, screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, open, ready, screenshotPath, report, figuresOf, numberText, holdWasm } from './browser.mjs';

// What to expect, from the report under test: its bar charts (one mark per figure), its charts of
// cards, and the first bar chart with two bars for the readout and table checks.
const data = report();
const FIGURES = Object.fromEntries(figuresOf(data).map((f) => [f.id, f]));
const BAR_CHARTS = Object.fromEntries(data.charts.filter((c) => c.kind === 'bars').map((c) => [c.id, c.figures.length]));
const CARDS = data.charts.filter((c) => c.kind === 'cards');
const BARS = data.charts.find((c) => c.kind === 'bars' && c.figures.length >= 2);
const NO_BARS = !BARS && 'this report declares no bar chart of two figures';
const written = (id) => `${numberText(FIGURES[id])}${FIGURES[id].unit}`;
const readout = (id) => `${FIGURES[id].label}：${written(id)}`;
const sectionOf = (chart) => FIGURES[chart.figures[0]].sectionId;

const ctx = site();

/** Waits until every chart in an open section is drawn at its box's shape (its box is as wide as
 * its container, and as tall as the drawing grown with the text). */
const settled = (page) => page.waitForFunction(() => [...document.querySelectorAll('.chart-canvas')].every((c) => {
  const svg = c.querySelector('svg');
  const box = c.getBoundingClientRect();
  return !c.closest('details').open || (svg && Math.abs(Number(svg.getAttribute('width')) * box.height / Number(svg.getAttribute('height')) - box.width) < 1.5);
}));

/** The size of a chart's first label as the reader sees it: its font size times the drawing's scale. */
const labelSize = (page, chart) => page.evaluate((id) => {
  const svg = document.querySelector(`#${id} svg`);
  const text = svg.querySelector('text');
  return parseFloat(text.getAttribute('font-size') ?? getComputedStyle(text).fontSize) * svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
}, chart);

async function expanded(options) {
  const page = await open(ctx.browser, options);
  await page.goto(ctx.server.base);
  await ready(page);
  await page.getByRole('button', { name: '展开全部' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('details.expandable')].every((d) => d.open));
  await settled(page);
  return page;
}

test('every declared chart is on the page, bars with one mark per figure, cards with their units', async () => {
  const page = await expanded();
  for (const [id, marks] of Object.entries(BAR_CHARTS)) {
    assert.equal(await page.locator(`#chart-${id} .chart-mark`).count(), marks, id);
    assert.equal(await page.locator(`#chart-${id} svg rect`).count(), marks, id);
  }
  for (const { id, figures } of CARDS) assert.ok((await page.locator(`#chart-${id} .key-figure`).count()) >= figures.length, id);
  for (const chart of data.charts.filter((c) => (c.notes ?? []).length > 0)) {
    const [note] = chart.notes;
    assert.equal(await page.textContent(`#chart-${chart.id} .chart-note`), `注：${FIGURES[note].label}${written(note)}`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a bar tapped before the wasm arrives gets its readout once the app starts', { skip: NO_BARS }, async () => {
  const page = await open(ctx.browser, { viewport: { width: 390, height: 844 }, hasTouch: true });
  const release = await holdWasm(page);
  await page.goto(`${ctx.server.base}embed/${BARS.id}/`, { waitUntil: 'domcontentloaded' });
  const bar = page.locator('.chart-mark').nth(1);
  await bar.tap();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the wasm is still held');
  assert.equal(await bar.getAttribute('data-pending'), '', 'the tap shows as taken at once');
  release();
  await ready(page);
  await page.waitForFunction(() => !document.querySelector('.chart-readout').hidden, null, { timeout: 5000 });
  assert.equal(await bar.getAttribute('data-pending'), null, 'no longer waiting once the readout shows');
  assert.equal(await page.textContent('.chart-readout'), readout(BARS.figures[1]));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('hover and keyboard focus show the same readout', { skip: NO_BARS }, async () => {
  const page = await expanded();
  const chart = `#chart-${BARS.id}`;
  const second = readout(BARS.figures[1]);
  const mark = page.locator(`${chart} .chart-mark`).nth(1);
  await mark.hover();
  assert.equal(await page.textContent(`${chart} .chart-readout`), second);
  const [box, row] = await Promise.all([page.locator(`${chart} .chart-readout`).boundingBox(), mark.boundingBox()]);
  assert.ok(box.y + box.height <= row.y + 1, 'the readout sits above its row, never over its label or value');
  await page.locator(chart).screenshot({ path: screenshotPath('chart-readout-390.png') });
  await page.mouse.move(0, 0);
  assert.equal(await page.isHidden(`${chart} .chart-readout`), true);
  await page.focus(`${chart} .chart-mark >> nth=0`);
  await page.keyboard.press('Tab');
  assert.equal(await page.textContent(`${chart} .chart-readout`), second);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), second);
  await page.context().close();
});

test('the 数据表 toggle shows a real table, and the description is the report\'s own sentence', { skip: NO_BARS }, async () => {
  const page = await expanded();
  await page.click(`#chart-${BARS.id} .chart-table > summary`);
  const rows = await page.$$eval(`#chart-${BARS.id} tbody tr`, (trs) => trs.map((tr) => tr.textContent));
  assert.deepEqual(rows, BARS.figures.map((id) => `${FIGURES[id].label}${written(id)}`));
  const describedBy = await page.getAttribute(`#chart-${BARS.id}`, 'aria-describedby');
  const description = await page.textContent(`#${describedBy}`);
  // Each item's own text, without the 分享 link that ends items with figures.
  const items = await page.$$eval(`#${sectionOf(BARS)} li, #${sectionOf(BARS)} .summary-text`, (lis) => lis.map((li) => [...li.childNodes]
    .filter((n) => !n.classList?.contains('share-item')).map((n) => n.textContent).join('')));
  assert.ok(items.includes(description), `description quotes an item verbatim: ${description}`);
  await page.context().close();
});

test('a chart redraws at its container width, and a deep link opens its section', { skip: NO_BARS }, async () => {
  const page = await open(ctx.browser, { viewport: { width: 390, height: 844 } });
  const chart = `chart-${BARS.id}`;
  await page.goto(`${ctx.server.base}#${chart}`);
  await ready(page);
  assert.equal(await page.evaluate((id) => document.getElementById(id).open, sectionOf(BARS)), true);
  await settled(page);
  // The box's height in the page's text size: a redraw never changes it (no layout shift).
  const height = () => page.evaluate((c) => document.getElementById(`${c}-canvas`).getBoundingClientRect().height / parseFloat(getComputedStyle(document.documentElement).fontSize), chart);
  const before = await height();
  const narrow = Number(await page.getAttribute(`#${chart} svg`, 'width'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForFunction(([c, w]) => Number(document.querySelector(`#${c} svg`).getAttribute('width')) > w, [chart, narrow]);
  assert.ok(Math.abs((await height()) - before) < 0.01, 'redrawing never changes the chart\'s height (no layout shift)');
  await page.context().close();
});

test('长辈模式\'s tiers reach the charts: at 大 and 特大 their labels grow with the text, and each bar\'s button still lies over its label and bar', { skip: NO_BARS }, async () => {
  const page = await open(ctx.browser, { viewport: { width: 390, height: 844 } });
  const chart = `chart-${BARS.id}`;
  await page.goto(`${ctx.server.base}#${chart}`);
  await ready(page);
  await settled(page);
  const body = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.item')).fontSize));
  const standard = { label: await labelSize(page, chart), body: await body() };
  for (const tier of ['大', '特大']) {
    await page.getByRole('button', { name: '长辈模式' }).click();
    await page.getByRole('button', { name: tier, exact: true }).click();
    await page.keyboard.press('Escape');
    await settled(page);
    const [label, text] = [await labelSize(page, chart), await body()];
    // As much larger as the text is (within a pixel's rounding).
    assert.ok(Math.abs(label / standard.label - text / standard.body) < 0.03, `${tier}: label ${standard.label.toFixed(1)} → ${label.toFixed(1)} px, text ${standard.body} → ${text} px`);
    const misses = await page.evaluate((id) => {
      const buttons = [...document.querySelectorAll(`#${id} .chart-mark`)].map((b) => b.getBoundingClientRect());
      const labels = [...document.querySelectorAll(`#${id} svg text`)].map((t) => t.getBoundingClientRect());
      // Each label's and value's middle inside some button (its glyph box reaches a little above).
      const inside = (l, b) => { const [x, y] = [(l.left + l.right) / 2, (l.top + l.bottom) / 2]; return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom; };
      return labels.filter((l) => !buttons.some((b) => inside(l, b))).length;
    }, chart);
    assert.equal(misses, 0, `${tier}: every label and value over its bar's button`);
    await page.locator(`#${chart}`).screenshot({ path: screenshotPath(`chart-tier-${tier}-390.png`) });
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('without JavaScript the prerendered charts and their tables are there', async () => {
  const page = await open(ctx.browser, { javaScriptEnabled: false });
  await page.goto(ctx.server.base);
  for (const id of Object.keys(BAR_CHARTS)) assert.equal(await page.locator(`#chart-${id} svg`).count(), 1, id);
  if (BARS) {
    await page.click(`#${sectionOf(BARS)} > summary`);
    await page.click(`#chart-${BARS.id} .chart-table > summary`);
    assert.equal(await page.locator(`#chart-${BARS.id} tbody tr`).count(), BARS.figures.length);
  }
  await page.context().close();
});

test('screenshots of every chart at 390 and 1366 px, light and dark', async () => {
  for (const width of [390, 1366]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await expanded({ viewport: { width, height: 900 }, colorScheme });
      for (const id of data.charts.map((c) => c.id)) {
        await page.locator(`#chart-${id}`).screenshot({ path: screenshotPath(`chart-${id}-${width}-${colorScheme}.png`) });
      }
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  }
});
