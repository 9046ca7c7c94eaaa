// The office's editor (编辑台): editor.html opened from the disk with the network blocked; the
// adopted text pasted (the same count of 待核对 as `cargo xtask import` writes), a data file chosen,
// every figure listed to proofread with the number the site shows, a tick counted, the preview
// rendered by the site's own components, the data file downloaded and passing `check-data`; a
// Word document given by mistake answered in plain words. axe: no violations at 1366×768.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { site, open, ready, dist, repo, report, figuresOf, linesOf, numberText, flatText, SHARE_CARDS, pictureDifference } from './browser.mjs';
import { PNG } from 'pngjs';
import { serve } from './server.mjs';
import { axe } from './a11y.mjs';

const ctx = site();
const xtask = process.env.YITU_XTASK ?? path.join(repo, 'target', 'debug', 'xtask');
const SOURCE = path.join(repo, 'assets', 'source', 'report-2023.txt');
const DATA_FILE = process.env.YITU_REPORT ? path.resolve(repo, process.env.YITU_REPORT) : path.join(repo, 'assets', 'report.toml');

/** editor.html from file://, every other request refused and recorded, policy violations recorded. */
async function openEditor() {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page.blocked = [];
  await page.context().route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    page.blocked.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(pathToFileURL(path.join(dist, 'editor.html')).href);
  await page.waitForSelector('#editor-paste');
  return page;
}

/** The number of judgements `cargo xtask import` leaves in the data file it writes. */
function importedMarks() {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yitu-import-')), 'report.toml');
  execFileSync(xtask, ['import', SOURCE, '--out', out], { cwd: repo });
  return fs.readFileSync(out, 'utf8').split('\n').filter((line) => line.trimStart().startsWith('# 待核对')).length;
}

test('the adopted text pasted is imported as `cargo xtask import` does, and previewed by the site itself', async () => {
  const page = await openEditor();
  const text = fs.readFileSync(SOURCE, 'utf8');
  await page.fill('#editor-paste', text);
  await page.click('text=读取粘贴的文本');
  await page.waitForSelector('#check-heading');
  const marks = importedMarks();
  assert.ok(marks > 0);
  assert.equal(await page.locator('.editor-check-question').count(), marks, 'every 待核对 listed, each with its 确认无误');
  assert.match(await page.textContent('.editor-counts'), new RegExp(`待核对 ${marks} 处`));
  // The preview: the report page as the site renders it, with the text's first and last lines.
  const frame = page.frameLocator('.editor-preview-frame');
  await frame.locator('main').waitFor({ timeout: 15000 });
  const shown = await frame.locator('body').textContent();
  const lines = text.split('\n').map((l) => l.replaceAll('**', '').replace(/^\s*-\s*/, '').trim()).filter(Boolean);
  for (const line of [lines[1], lines[lines.length - 1]]) {
    assert.ok(shown.replace(/\s+/g, '').includes(line.replace(/\s+/g, '').slice(0, 12)), `the preview shows ${line}`);
  }
  assert.deepEqual(page.blocked, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a data file opens; every figure is listed with the number the site shows; a tick counts; the data file comes back whole', async () => {
  const page = await openEditor();
  await page.setInputFiles('#editor-file', DATA_FILE);
  await page.waitForSelector('#check-heading');
  await page.click('.editor-tab >> text=校对');
  const figures = figuresOf(report());
  const rows = page.locator('.editor-figure');
  assert.equal(await rows.count(), figures.length, 'every figure, once');
  for (const [n, figure] of figures.entries()) {
    const shown = await rows.nth(n).locator('.editor-figure-shown').textContent();
    assert.ok(shown.startsWith(`${numberText(figure)}${figure.unit}`), `${figure.id}: ${shown}`);
    assert.ok(shown.includes(figure.label), `${figure.id}: its label`);
  }
  assert.match(await page.textContent('.editor-count'), new RegExp(`已核对 0 个，共 ${figures.length} 个`));
  await rows.first().locator('input').check();
  await page.waitForFunction((n) => document.querySelector('.editor-count').textContent.includes(`已核对 1 个，共 ${n} 个`), figures.length);
  assert.match(await page.textContent('.editor-counts'), new RegExp(`未校对数字 ${figures.length - 1} 个`));
  assert.deepEqual(await axe(page), [], 'the proofreading step');
  // Downloading with figures left to check asks to confirm first.
  await page.click('.editor-tab >> text=下载');
  assert.equal(await page.isDisabled('text=下载数据文件'), true);
  await page.check('#publish-confirm');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=下载数据文件')]);
  assert.equal(download.suggestedFilename(), 'report.toml');
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yitu-editor-')), 'report.toml');
  await download.saveAs(saved);
  execFileSync(xtask, ['check-data', saved], { cwd: repo });
  const again = JSON.parse(execFileSync(xtask, ['report-json', saved], { cwd: repo, encoding: 'utf8', maxBuffer: 16 << 20 }));
  assert.deepEqual(linesOf(again), linesOf(report()), 'every line, in order');
  assert.deepEqual(figuresOf(again), figures, 'every figure');
  assert.deepEqual(await axe(page), [], 'the download step');
  assert.deepEqual(page.blocked, []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the site made in the editor is the site: unzipped and served, every line is read with and without JavaScript', async (t) => {
  const page = await openEditor();
  await page.setInputFiles('#editor-file', DATA_FILE);
  await page.waitForSelector('#check-heading');
  await page.click('.editor-tab >> text=下载');
  await page.check('#publish-confirm');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click('text=下载网站（zip）')]);
  assert.equal(download.suggestedFilename(), 'yitu-site.zip');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'yitu-site-'));
  const zipped = path.join(folder, 'site.zip');
  await download.saveAs(zipped);
  const root = path.join(folder, 'site');
  execFileSync('unzip', ['-q', zipped, '-d', root]);
  assert.ok(fs.existsSync(path.join(root, 'nginx.conf')), 'nginx.conf in the zip');
  assert.ok(!fs.existsSync(path.join(root, 'editor.html')), 'the editor is not part of the site');
  // Every file `cargo xtask dist` wrote for this report, byte for byte (but the deck's PDF, which
  // needs Chromium's print, and the editor itself), and no other; the share cards, which this
  // browser draws, the same pictures as the ones dist drew with Chromium.
  const listed = (folder) => fs.readdirSync(folder, { recursive: true }).filter((f) => fs.statSync(path.join(folder, f)).isFile()).sort();
  const expected = listed(dist).filter((f) => f !== 'present.pdf' && f !== 'editor.html');
  assert.deepEqual(listed(root), expected);
  const cards = SHARE_CARDS.map(([name]) => name);
  for (const file of expected.filter((f) => !cards.includes(f))) {
    assert.ok(fs.readFileSync(path.join(root, file)).equals(fs.readFileSync(path.join(dist, file))), `${file} is not the file dist wrote`);
  }
  for (const [name, width, height] of SHARE_CARDS) {
    const [made, drawn] = [root, dist].map((folder) => PNG.sync.read(fs.readFileSync(path.join(folder, name))));
    assert.deepEqual([made.width, made.height], [width, height], name);
    const difference = pictureDifference(made, drawn);
    assert.ok(difference < 3, `${name}: the editor's card differs from dist's by ${difference.toFixed(2)} a channel`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
  const server = await serve(root, '/reports/2023/');
  t.after(() => server.close());
  for (const javaScriptEnabled of [true, false]) {
    const reader = await open(ctx.browser, { javaScriptEnabled });
    await reader.goto(server.base);
    if (javaScriptEnabled) await ready(reader);
    const text = flatText(await reader.evaluate(() => document.body.textContent));
    for (const line of linesOf(report())) assert.ok(text.includes(flatText(line)), `${javaScriptEnabled ? '' : 'no JS: '}${line}`);
    assert.deepEqual(reader.problems, []);
    await reader.context().close();
  }
});

/** The header's count of open judgements. */
async function openJudgements(page) {
  return Number((await page.textContent('.editor-counts span')).match(/待核对 (\d+) 处/)[1]);
}

test('a decision changes the preview and stays open until confirmed; undo and redo; the draft survives a reload; a second tab is warned', async () => {
  const page = await openEditor();
  await page.fill('#editor-paste', fs.readFileSync(SOURCE, 'utf8'));
  await page.click('text=读取粘贴的文本');
  await page.waitForSelector('#check-heading');
  const all = await openJudgements(page);
  // An icon picked for the first section that asks for one: the preview follows, and the question
  // stays open with its control until it is confirmed.
  const first = page.locator('.editor-check:has(input[type="search"])').first();
  const place = await first.locator('.editor-check-place').textContent();
  const frame = page.frameLocator('.editor-preview-frame');
  await frame.locator('main').waitFor();
  const before = await page.getAttribute('.editor-preview-frame', 'srcdoc');
  await first.locator('input[type="search"]').fill('生态');
  await first.locator('.editor-icon').first().click();
  await page.waitForFunction(() => document.querySelector('.editor-icon[aria-pressed="true"]') !== null);
  await page.waitForFunction((html) => document.querySelector('.editor-preview-frame').srcdoc !== html, before);
  assert.equal(await openJudgements(page), all, 'picking is not yet confirming');
  // Confirmed: it leaves the list; another confirmed as it stands.
  await first.locator('.editor-confirm').first().click();
  await page.waitForFunction((n) => document.querySelector('.editor-counts span').textContent.includes(`待核对 ${n} 处`), all - 1);
  assert.equal(await page.locator('.editor-check-place', { hasText: place }).count(), 0, 'confirmed, it leaves the list');
  await page.locator('.editor-confirm').first().click();
  await page.waitForFunction((n) => document.querySelector('.editor-counts span').textContent.includes(`待核对 ${n} 处`), all - 2);
  for (let n = 0; n < 3; n++) await page.click('text=撤销');
  await page.waitForFunction((n) => document.querySelector('.editor-counts span').textContent.includes(`待核对 ${n} 处`), all);
  assert.equal(await page.isDisabled('text=撤销'), true, 'back at the start: the icon too');
  await page.click('text=重做');
  await page.click('text=重做');
  await page.waitForFunction((n) => document.querySelector('.editor-counts span').textContent.includes(`待核对 ${n} 处`), all - 1);
  await page.waitForSelector('.editor-saved');
  assert.deepEqual(await axe(page), [], 'the checking step');
  // Closed and opened again: the draft is back as it was.
  await page.reload();
  await page.waitForSelector('.editor-counts');
  assert.equal(await openJudgements(page), all - 1, 'restored after a reload');
  // A second tab on the same draft: when it saves, the first says so and stops saving.
  const second = await page.context().newPage();
  await second.goto(page.url());
  await second.waitForSelector('.editor-counts');
  await second.click('.editor-tab >> text=核对');
  await second.locator('.editor-confirm').first().click();
  await page.waitForSelector('text=另一个标签页也在编辑草稿');
  await page.click('text=载入另一页的版本');
  await page.waitForFunction((n) => document.querySelector('.editor-counts span').textContent.includes(`待核对 ${n} 处`), all - 2);
  assert.deepEqual(page.blocked, []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a Word document given by mistake is answered in plain words, and nothing opens', async () => {
  const page = await openEditor();
  await page.setInputFiles('#editor-file', { name: '报告.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04rest of a zip') });
  await page.waitForSelector('.editor-problems');
  assert.match(await page.textContent('.editor-problems'), /Word 文档.*另存为/);
  assert.equal(await page.locator('.editor-counts').count(), 0);
  assert.deepEqual(await axe(page), [], 'the opening step');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('cargo xtask serve serves the editor at editor/, where it works as from the disk', async (t) => {
  const { spawn } = await import('node:child_process');
  const server = spawn('node', ['serve-site.mjs', dist, '0'], { cwd: path.dirname(new URL(import.meta.url).pathname) });
  t.after(() => server.kill());
  const base = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const found = /on (http:\/\/\S+\/)/.exec(String(chunk));
      if (found) resolve(found[1]);
    });
    server.on('exit', () => reject(new Error('serve-site.mjs stopped')));
  });
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 768 } });
  await page.goto(`${base}editor/`);
  await page.setInputFiles('#editor-file', DATA_FILE);
  await page.waitForSelector('#check-heading');
  await page.frameLocator('.editor-preview-frame').locator('main').waitFor({ timeout: 15000 });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
