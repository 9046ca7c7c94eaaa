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

/** Waits until every chart in an open section is drawn at its container's width. */
const settled = (page) => page.waitForFunction(() => [...document.querySelectorAll('.chart-canvas')].every((c) => {
  const svg = c.querySelector('svg');
  return !c.closest('details').open || (svg && Math.abs(Number(svg.getAttribute('width')) - c.getBoundingClientRect().width) < 1);
}));

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
  const height = await page.evaluate((c) => document.getElementById(`${c}-canvas`).getBoundingClientRect().height, chart);
  const narrow = Number(await page.getAttribute(`#${chart} svg`, 'width'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForFunction(([c, w]) => Number(document.querySelector(`#${c} svg`).getAttribute('width')) > w, [chart, narrow]);
  const after = await page.evaluate((c) => document.getElementById(`${c}-canvas`).getBoundingClientRect().height, chart);
  assert.equal(after, height, 'redrawing never changes the chart\'s height (no layout shift)');
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
