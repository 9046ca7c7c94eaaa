// The office's editor (编辑台), each kind of decision settled through its own control and found in
// the data file it downloads; a proofreader's tick lost when its figure changes; the 长图 made and
// downloaded; storage that is full or disabled said on screen while the downloads still work; a
// GBK file as Chinese Windows saves it. editor.html from file://, the network blocked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { site, open, dist, repo, figuresOf, linesOf, flatText } from './browser.mjs';

const ctx = site();
const xtask = process.env.YITU_XTASK ?? path.join(repo, 'target', 'debug', 'xtask');
const SOURCE = path.join(repo, 'assets', 'source', 'report-2023.txt');

/** editor.html from file://, every other request refused; `before` runs in the page before its scripts. */
async function openEditor(before) {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await page.context().route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  if (before) await page.addInitScript(before);
  await page.goto(pathToFileURL(path.join(dist, 'editor.html')).href);
  await page.waitForSelector('#editor-paste');
  return page;
}

/** The 2023 text pasted and read: the checklist open. */
async function pasted(page) {
  await page.fill('#editor-paste', fs.readFileSync(SOURCE, 'utf8'));
  await page.click('text=读取粘贴的文本');
  await page.waitForSelector('#check-heading');
}

/** A field's new value, decided as the office decides it: typed, then Tab out of the field. */
async function decide(field, value) {
  await field.fill(value);
  await field.press('Tab');
}

/** The data file the editor downloads now (confirming past open items), as `report-json` reads it. */
async function downloaded(page) {
  await page.click('.editor-tab >> text=下载');
  const button = page.locator('button', { hasText: '下载数据文件' });
  if (await button.isDisabled()) await page.check('#publish-confirm');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yitu-decided-')), 'report.toml');
  await download.saveAs(saved);
  execFileSync(xtask, ['check-data', saved], { cwd: repo });
  return JSON.parse(execFileSync(xtask, ['report-json', saved], { cwd: repo, encoding: 'utf8', maxBuffer: 16 << 20 }));
}

/** The figure id a picker's checkbox stands for (`tile-3-area-1-figure-2` → `area-1-figure-2`). */
const pickedFigure = (boxId) => boxId.replace(/^(tile|key)-\d+-/, '');

test('every kind of decision is made through its control and is in the data file downloaded', async () => {
  const page = await openEditor();
  await pasted(page);
  // A section's tile: its first chosen figure unticked.
  const tile = page.locator('.editor-check:has([id^="tile-"])').first();
  const tileBox = tile.locator('[id^="tile-"]:checked').first();
  const tileFigure = pickedFigure(await tileBox.getAttribute('id'));
  await tileBox.uncheck();
  // The key figures: the first unticked.
  const keyBox = page.locator('[id^="key-"]:checked').first();
  const keyFigure = pickedFigure(await keyBox.getAttribute('id'));
  await keyBox.uncheck();
  // A chart's title, words of its sentence; another chart dropped.
  const charts = page.locator('.editor-check:has([id^="chart-title-"])');
  const chartCount = await charts.count();
  assert.ok(chartCount >= 2, 'the 2023 text proposes charts');
  const sentence = (await charts.first().locator('.editor-hint').first().textContent()).replace(/^原文：/, '');
  const title = sentence.slice(0, 6);
  await decide(charts.first().locator('[id^="chart-title-"]'), title);
  await page.waitForFunction((t) => [...document.querySelectorAll('[id^="chart-title-"]')].some((f) => f.value === t), title);
  const droppedPlace = await charts.nth(1).locator('.editor-check-place').textContent();
  await charts.nth(1).locator('text=不用这个图表').click();
  // Dropped, the chart's question is settled and leaves the list.
  await page.waitForFunction((n) => document.querySelectorAll('.editor-check [id^="chart-title-"]').length === n, chartCount - 1);
  // A figure's label, shorter words of its sentence.
  const labelField = page.locator('.editor-check:has-text("与40余个外地政协") [id^="label-"]');
  const labelFigure = (await labelField.getAttribute('id')).replace(/^label-\d+-/, '');
  const label = (await labelField.inputValue()).slice(-4);
  await decide(labelField, label);
  // The sources and the site's settings.
  await decide(page.locator('[id^="sources-"]'), '区政协常委会工作报告、区政协提案工作情况报告');
  // Who publishes it and when: a date not as a publication writes it is refused, in Chinese.
  await decide(page.locator('#site-publisher'), '北碚区政协');
  await decide(page.locator('#site-published'), '2024-01');
  await page.waitForSelector('.editor-settings .editor-problems:has-text("发布日期须写成")');
  await decide(page.locator('#site-published'), '2024年1月');
  await page.waitForSelector('.editor-settings .editor-problems', { state: 'detached' });
  await decide(page.locator('#site-url'), 'https://www.example.gov.cn/reports/2024/');
  await decide(page.locator('#site-minutes'), '20');
  await decide(page.locator('#site-embeds'), 'https://www.example.gov.cn');
  await page.waitForFunction(() => document.querySelector('#site-embeds').value === 'https://www.example.gov.cn');
  const data = await downloaded(page);
  const sections = [...data.review.areas, data.tasks, data.proposals].filter(Boolean);
  assert.ok(sections.every((s) => !s.highlights.includes(tileFigure)), `${tileFigure} left the tile`);
  assert.ok(!data.meta.key_figures.includes(keyFigure), `${keyFigure} left the key figures`);
  assert.ok(data.charts.some((c) => c.title === title), 'the chart titled as typed');
  assert.equal(data.charts.length, chartCount - 1, `one chart dropped (${droppedPlace})`);
  assert.equal(figuresOf(data).find((f) => f.id === labelFigure).label, label);
  assert.deepEqual(data.meta.sources, ['区政协常委会工作报告', '区政协提案工作情况报告']);
  assert.equal(data.site.public_url, 'https://www.example.gov.cn/reports/2024/');
  assert.equal(data.site.talk_minutes, 20);
  assert.deepEqual([data.site.publisher, data.site.published], ['北碚区政协', '2024年1月']);
  assert.deepEqual(data.site.embed_frame_ancestors, ['https://www.example.gov.cn']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a figure ticked and then changed loses its tick', async () => {
  const page = await openEditor();
  await pasted(page);
  const labelField = page.locator('.editor-check:has-text("与40余个外地政协") [id^="label-"]');
  const figure = (await labelField.getAttribute('id')).replace(/^label-\d+-/, '');
  await page.click('.editor-tab >> text=校对');
  const tick = page.locator(`.editor-figure:has-text("与40余个外地政协") input`);
  await tick.check();
  await page.waitForFunction(() => document.querySelector('.editor-count').textContent.startsWith('已核对 1 个'));
  await page.click('.editor-tab >> text=核对');
  await decide(page.locator(`[id$="-${figure}"][id^="label-"]`), (await labelField.inputValue()).slice(-4));
  await page.click('.editor-tab >> text=校对');
  await page.waitForSelector('.editor-count');
  assert.match(await page.textContent('.editor-count'), /^已核对 0 个/, 'the tick is gone');
  assert.equal(await tick.isChecked(), false);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the 长图 is made in the editor and downloads as PNG parts', async () => {
  const page = await openEditor();
  await pasted(page);
  await page.click('.editor-tab >> text=下载');
  await page.click('.picture-maker button >> text=生成长图');
  await page.waitForSelector('.pictures a[download]', { timeout: 60000 });
  const links = await page.locator('.pictures a[download]').count();
  assert.ok(links >= 1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.pictures a[download]').first().click()]);
  assert.equal(download.suggestedFilename(), 'yitu-1.png');
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yitu-long-')), 'part.png');
  await download.saveAs(saved);
  const bytes = fs.readFileSync(saved);
  assert.ok(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG');
  assert.equal(bytes.readUInt32BE(16), 750, '750 px wide');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

for (const [what, refuse, said] of [
  [
    'full',
    () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    },
    '存储空间已满',
  ],
  [
    'disabled',
    () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    },
    '不允许本页保存数据',
  ],
]) {
  test(`storage that is ${what} is said on screen, and the data file still downloads`, async () => {
    const page = await openEditor(refuse);
    await pasted(page);
    await page.click('.editor-confirm >> nth=0');
    await page.waitForSelector(`.editor-warning >> text=${said}`);
    assert.match(await page.textContent('.editor-warning'), /请及时下载数据文件/);
    const data = await downloaded(page);
    assert.equal(data.meta.banner, '两会特别报道');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('a text file in GBK, as Chinese Windows saves it, opens as the same report', async () => {
  const page = await openEditor();
  const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', SOURCE]);
  assert.notDeepEqual(gbk, fs.readFileSync(SOURCE));
  await page.setInputFiles('#editor-file', { name: '报告.txt', mimeType: 'text/plain', buffer: gbk });
  await page.waitForSelector('#check-heading');
  const data = await downloaded(page);
  assert.equal(data.meta.title, '一图读懂区政协常委会工作报告');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/** Presses Tab (Shift+Tab with `back`) until the focused element matches `selector` (and `text`, if
 * given), at most `most` times; each control met on the way shows where the focus is. */
async function tabTo(page, selector, text = null, { back = false, most = 400 } = {}) {
  for (let n = 0; n < most; n++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const here = await page.evaluate(([selector, text]) => {
      const active = document.activeElement;
      const style = getComputedStyle(active);
      return {
        found: active.matches(selector) && (text === null || active.textContent.includes(text)),
        shown: active === document.body || style.outlineStyle !== 'none' || style.boxShadow !== 'none',
        what: `${active.tagName} ${active.id} ${active.textContent.slice(0, 20)}`,
      };
    }, [selector, text]);
    assert.ok(here.shown, `the focus is visible on ${here.what}`);
    if (here.found) return;
  }
  assert.fail(`${selector} ${text ?? ''} not reached by Tab`);
}

test('the whole path by keyboard: paste, confirm, tick, download', async () => {
  const page = await openEditor();
  await tabTo(page, '#editor-paste');
  await page.keyboard.insertText(fs.readFileSync(SOURCE, 'utf8'));
  await tabTo(page, 'button', '读取粘贴的文本');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#check-heading');
  const open = Number((await page.textContent('.editor-counts span')).match(/待核对 (\d+) 处/)[1]);
  await tabTo(page, '.editor-confirm');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('.editor-counts span').textContent.includes(`待核对 ${n} 处`), open - 1);
  await tabTo(page, '.editor-tab', '校对', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForSelector('#proof-heading');
  await tabTo(page, '.editor-figure input');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('.editor-count').textContent.startsWith('已核对 1 个'));
  await tabTo(page, '.editor-tab', '下载', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForSelector('#publish-heading');
  await tabTo(page, '#publish-confirm');
  await page.keyboard.press('Space');
  await tabTo(page, 'button', '下载数据文件');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'report.toml');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the synthetic report as Word saves it (its numbering, full-width digits, CRLF) opens; its preview reads every line', async () => {
  const page = await openEditor();
  const text = fs.readFileSync(path.join(repo, 'tests', 'fixtures', 'synthetic-report-word.txt'), 'utf8');
  await page.fill('#editor-paste', text);
  await page.click('text=读取粘贴的文本');
  await page.waitForSelector('#check-heading');
  const frame = page.frameLocator('.editor-preview-frame');
  await frame.locator('main').waitFor({ timeout: 15000 });
  const shown = flatText(await frame.locator('body').textContent());
  const expected = JSON.parse(execFileSync(xtask, ['report-json', 'tests/fixtures/synthetic-report.toml'], { cwd: repo, encoding: 'utf8' }));
  for (const line of linesOf(expected)) assert.ok(shown.includes(flatText(line)), `the preview shows ${line}`);
  const data = await downloaded(page);
  assert.deepEqual(linesOf(data), linesOf(expected), 'the data file holds the same lines');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
