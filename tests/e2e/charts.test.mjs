// Charts as readers use them: every declared chart present, readouts by hover and keyboard, the
// 数据表, the report's sentence as description, redraw on resize, without JavaScript, screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, open, ready, screenshotPath } from './browser.mjs';

const BAR_CHARTS = { 'proposals-count': 4, 'public-opinion': 4, publicity: 2 };
const CARDS = ['consultation-brand', 'member-studios', 'court-mediation', 'private-economy', 'satisfaction'];

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
  for (const id of CARDS) assert.ok((await page.locator(`#chart-${id} .key-figure`).count()) >= 2, id);
  assert.equal(await page.textContent('#chart-publicity .chart-note'), '注：人民日报客户端、人民政协报刊载6篇');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('hover and keyboard focus show the same readout', async () => {
  const page = await expanded();
  const mark = page.locator('#chart-public-opinion .chart-mark').nth(1);
  await mark.hover();
  assert.equal(await page.textContent('#chart-public-opinion .chart-readout'), '采用：423件');
  const [readout, row] = await Promise.all([page.locator('#chart-public-opinion .chart-readout').boundingBox(), mark.boundingBox()]);
  assert.ok(readout.y + readout.height <= row.y + 1, 'the readout sits above its row, never over its label or value');
  await page.locator('#chart-public-opinion').screenshot({ path: screenshotPath('chart-readout-390.png') });
  await page.mouse.move(0, 0);
  assert.equal(await page.isHidden('#chart-public-opinion .chart-readout'), true);
  await page.focus('#chart-public-opinion .chart-mark >> nth=0');
  await page.keyboard.press('Tab');
  assert.equal(await page.textContent('#chart-public-opinion .chart-readout'), '采用：423件');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), '采用：423件');
  await page.context().close();
});

test('the 数据表 toggle shows a real table, and the description is the report\'s own sentence', async () => {
  const page = await expanded();
  await page.click('#chart-proposals-count .chart-table > summary');
  const rows = await page.$$eval('#chart-proposals-count tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.deepEqual(rows, ['提出提案313件', '大会提案305件', '平时提案8件', '立案280件']);
  const describedBy = await page.getAttribute('#chart-publicity', 'aria-describedby');
  const description = await page.textContent(`#${describedBy}`);
  // Each item's own text, without the 分享 link that ends items with figures.
  const items = await page.$$eval('#area-4 li', (lis) => lis.map((li) => [...li.childNodes]
    .filter((n) => !n.classList?.contains('share-item')).map((n) => n.textContent).join('')));
  assert.ok(items.includes(description), `description quotes an item verbatim: ${description}`);
  await page.context().close();
});

test('a chart redraws at its container width, and a deep link opens its section', async () => {
  const page = await open(ctx.browser, { viewport: { width: 390, height: 844 } });
  await page.goto(ctx.server.base + '#chart-public-opinion');
  await ready(page);
  assert.equal(await page.evaluate(() => document.getElementById('area-3').open), true);
  await settled(page);
  const height = await page.evaluate(() => document.getElementById('chart-public-opinion-canvas').getBoundingClientRect().height);
  const narrow = Number(await page.getAttribute('#chart-public-opinion svg', 'width'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForFunction((w) => Number(document.querySelector('#chart-public-opinion svg').getAttribute('width')) > w, narrow);
  const after = await page.evaluate(() => document.getElementById('chart-public-opinion-canvas').getBoundingClientRect().height);
  assert.equal(after, height, 'redrawing never changes the chart\'s height (no layout shift)');
  await page.context().close();
});

test('without JavaScript the prerendered charts and their tables are there', async () => {
  const page = await open(ctx.browser, { javaScriptEnabled: false });
  await page.goto(ctx.server.base);
  for (const id of Object.keys(BAR_CHARTS)) assert.equal(await page.locator(`#chart-${id} svg`).count(), 1, id);
  await page.click('#area-3 > summary');
  await page.click('#chart-public-opinion .chart-table > summary');
  assert.equal(await page.locator('#chart-public-opinion tbody tr').count(), 4);
  await page.context().close();
});

test('screenshots of every chart at 390 and 1366 px, light and dark', async () => {
  for (const width of [390, 1366]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await expanded({ viewport: { width, height: 900 }, colorScheme });
      for (const id of [...Object.keys(BAR_CHARTS), ...CARDS]) {
        await page.locator(`#chart-${id}`).screenshot({ path: screenshotPath(`chart-${id}-${width}-${colorScheme}.png`) });
      }
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  }
});
