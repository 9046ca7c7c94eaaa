// Sharing as readers do it: every section, item with a figure, chart, the key figures and every
// slide lead to a share page; copy link puts the address on the clipboard (seen and announced); the
// QR code decodes (jsQR) to that address; the system share sheet only where the browser has one;
// 生成长图 and 生成图片 give 750 px PNG parts within iOS's limits, in the reader's theme and tier.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { site, open, ready, screenshotPath, dist, report, WECHAT, SHARE_CARDS } from './browser.mjs';
import { axe } from './a11y.mjs';

const ctx = site();
const data = report();
/** The report's address as shared: its public address when the data file sets one. */
const shared = () => data.site.public_url ?? ctx.server.base;
/** The numbered items that state a figure (each gets its own 分享 link). */
const itemsWithFigures = () => data.derived.sections.flatMap((s) => s.items).filter((i) => i.figures > 0).length;

async function sharePage(fragment, options = {}) {
  const page = await open(ctx.browser, options);
  await page.goto(`${ctx.server.base}share/#${fragment}`);
  await ready(page);
  return page;
}

/** The PNG parts shown after a picture is made: each as bytes, with its size from the IHDR chunk. */
async function pictures(page, button) {
  await page.click(`.picture-maker button >> text=${button}`);
  await page.waitForSelector('.pictures img', { timeout: 30000 });
  const sources = await page.$$eval('.pictures img', (imgs) => imgs.map((i) => i.src));
  return sources.map((src) => {
    assert.ok(src.startsWith('data:image/png;base64,'), src.slice(0, 40));
    const bytes = Buffer.from(src.slice(src.indexOf(',') + 1), 'base64');
    return { bytes, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  });
}

function withinLimits(parts, what) {
  assert.ok(parts.length >= 1, `${what}: no image`);
  for (const [n, p] of parts.entries()) {
    assert.deepEqual([...p.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${what} ${n}: a PNG`);
    assert.equal(p.width, 750, `${what} ${n}: 750 px wide`);
    assert.ok(p.height <= 16384 && p.width * p.height <= 16_000_000, `${what} ${n}: ${p.width}×${p.height} within iOS's limits`);
  }
}

test('every section, chart, the key figures and every item with a figure link their share page', async () => {
  const page = await open(ctx.browser);
  await page.goto(ctx.server.base);
  await ready(page);
  const found = await page.evaluate(() => ({
    items: document.querySelectorAll('main li.has-figures').length,
    itemLinks: [...document.querySelectorAll('main li.has-figures > a.share-item')].map((a) => [a.getAttribute('href'), a.parentElement.id]),
    blocks: [...document.querySelectorAll('a.share-open')].map((a) => a.getAttribute('href').replace('share/#', '')),
    charts: [...document.querySelectorAll('figure[id^="chart-"]')].map((f) => f.id),
    sections: [...document.querySelectorAll('details.expandable')].map((d) => d.id),
  }));
  assert.equal(found.items, itemsWithFigures(), 'every numbered item that states a figure');
  assert.equal(found.itemLinks.length, found.items, 'one link per item with a figure');
  for (const [href, id] of found.itemLinks) assert.equal(href, `share/#${id}`);
  for (const id of ['key-figures', ...found.sections, ...found.charts]) assert.ok(found.blocks.includes(id), `share link for ${id}`);
  // Following one leads to the share page naming that item.
  // (In the first section, which is open at load.)
  const first = found.itemLinks.filter(([, item]) => item.startsWith(`${found.sections[0]}-item-`));
  const [href, id] = first[Math.min(3, first.length - 1)];
  const text = await page.$eval(`#${id}`, (li) => li.firstChild.textContent);
  await page.click(`a[href="${href}"]`);
  await ready(page);
  assert.ok((await page.textContent('.share-target')).startsWith(text.trim().slice(0, 6)), 'the item is quoted');
  assert.deepEqual(page.problems, []);
});

test('copy link puts the address on the clipboard, with a visible and announced confirmation; the QR code decodes to it', async () => {
  const chart = data.charts[0];
  const page = await sharePage(`chart-${chart.id}`, { permissions: ['clipboard-read', 'clipboard-write'] });
  const expected = `${shared()}#chart-${chart.id}`;
  assert.equal(await page.inputValue('#share-url'), expected);
  assert.equal(await page.textContent('.share-target'), chart.title);
  await page.click('text=复制链接');
  await page.waitForFunction(() => document.querySelector('.share-panel [role="status"]').textContent === '链接已复制');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
  const png = PNG.sync.read(await page.locator('.share-qr svg').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.equal(code?.data, expected, 'the QR code encodes the address');
  await page.screenshot({ path: screenshotPath('share-chart-390.png'), fullPage: true });
  assert.deepEqual(page.problems, []);
});

test('a slide shares its place in the deck, from the deck and from the speaker view', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 768 } });
  await page.goto(`${ctx.server.base}present/#5`);
  await ready(page);
  assert.equal(await page.getAttribute('.deck-share', 'href'), '../share/#slide-5');
  await page.click('.deck-share');
  await ready(page);
  assert.equal(await page.inputValue('#share-url'), `${shared()}present/#5`);
  const title = await page.textContent('.share-target');
  await page.goto(`${ctx.server.base}present/#5`);
  await ready(page);
  assert.equal(await page.textContent('.slide:not([hidden]) .slide-title'), title);
  await page.goto(`${ctx.server.base}present/speaker/#5`);
  await ready(page);
  assert.equal(await page.getAttribute('.speaker-share', 'href'), '../../share/#slide-5');
  assert.deepEqual(page.problems, []);
});

test('the system share sheet is offered only where the browser has one', async () => {
  const plain = await sharePage('area-2');
  const has = await plain.evaluate(() => 'share' in navigator);
  assert.equal(await plain.locator('text=系统分享').count(), has ? 1 : 0);
  // A browser with the Web Share API (as on phones): the button hands it the title and address.
  const page = await open(ctx.browser);
  await page.addInitScript(() => {
    window.shared = [];
    navigator.share = (data) => { window.shared.push(data); return Promise.resolve(); };
  });
  await page.goto(`${ctx.server.base}share/#area-2`);
  await ready(page);
  await page.click('text=系统分享');
  const sheet = await page.evaluate(() => window.shared);
  assert.equal(sheet.length, 1);
  assert.equal(sheet[0].url, `${shared()}#area-2`);
  assert.equal(sheet[0].title, await page.textContent('.share-target'));
});

/** The QR code in the lowest `rows` pixel rows of a PNG part, decoded (jsQR), or null. */
function qrNearTheEnd(part, rows = 900) {
  const png = PNG.sync.read(part.bytes);
  const from = Math.max(0, png.height - rows);
  const data = new Uint8ClampedArray(png.data.subarray(from * png.width * 4));
  return jsQR(data, png.width, png.height - from)?.data ?? null;
}

test('生成长图: 750 px PNG parts within the limits, at 标准 at most 9,400 px tall with a QR code of the report; larger with 特大, dark with the dark theme, with download links', async () => {
  const standard = await sharePage('');
  const plain = await pictures(standard, '生成长图');
  withinLimits(plain, 'long image');
  const tall = plain.reduce((sum, p) => sum + p.height, 0);
  assert.ok(tall <= 9400, `the long image at 标准 is ${tall} px tall`);
  assert.equal(qrNearTheEnd(plain.at(-1)), shared(), 'its QR code leads to the report');
  await standard.waitForFunction(() => document.querySelector('.picture-maker [role="status"]').textContent.startsWith('已生成长图'));
  assert.equal(await standard.locator('.pictures a[download]').count(), plain.length);
  const first = PNG.sync.read(plain[0].bytes);
  assert.ok(first.data[0] > 100 && first.data[0] < 200 && first.data[1] < 60, 'the header block in the band colour');
  const paper = (first.height - 40) * first.width * 4;
  assert.ok(first.data[paper] > 230, 'light paper below');
  await standard.screenshot({ path: screenshotPath('share-long-image-390.png') });

  const page = await open(ctx.browser, { colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('yitu-reading', 'font=x-large'));
  await page.goto(`${ctx.server.base}share/`);
  await ready(page);
  const large = await pictures(page, '生成长图');
  withinLimits(large, 'long image, 特大');
  const total = (parts) => parts.reduce((sum, p) => sum + p.height, 0);
  assert.ok(total(large) > total(plain) * 1.15, `特大 is taller: ${total(large)} vs ${total(plain)}`);
  const dark = PNG.sync.read(large.at(-1).bytes);
  assert.ok(dark.data[(dark.height - 4) * dark.width * 4] < 80, 'dark paper');
  fs.writeFileSync(screenshotPath('long-image-x-large-dark-1.png'), large[0].bytes);
  fs.writeFileSync(screenshotPath('long-image-standard-1.png'), plain[0].bytes);
  assert.deepEqual([...standard.problems, ...page.problems], []);
});

test('生成图片 makes a section its own picture; in WeChat the parts are shown to long-press, without download links', async () => {
  const page = await sharePage('area-3', { userAgent: WECHAT });
  const parts = await pictures(page, '生成图片');
  withinLimits(parts, 'area-3');
  assert.equal(await page.locator('.pictures a[download]').count(), 0);
  assert.ok((await page.getAttribute('.pictures img', 'alt')).includes('图片：'));
  fs.writeFileSync(screenshotPath('section-image-area-3.png'), parts[0].bytes);
  assert.deepEqual(page.problems, []);
});

test('分享这一条 makes that item\'s own picture (its line, its figures, a QR code of the item); each button says what its picture contains', async () => {
  // The first item that states a figure, in whatever report is under test.
  const inSection = report().derived.sections.find((s) => s.items.some((i) => i.figures > 0));
  const anchor = `${inSection.id}-item-${inSection.items.findIndex((i) => i.figures > 0) + 1}`;
  const page = await sharePage(anchor);
  const buttons = await page.$$eval('.picture-maker button', (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(buttons, ['生成图片（这一条）', '生成长图（整份报告）']);
  const parts = await pictures(page, '生成图片（这一条）');
  withinLimits(parts, anchor);
  assert.equal(parts.length, 1);
  assert.equal(qrNearTheEnd(parts[0]), `${shared()}#${anchor}`, 'its QR code leads to the item');
  const section = await sharePage(inSection.id);
  assert.deepEqual(await section.$$eval('.picture-maker button', (bs) => bs.map((b) => b.textContent)), ['生成图片（这一部分）', '生成长图（整份报告）']);
  const whole = await pictures(section, '生成图片（这一部分）');
  const sectionHeight = whole.reduce((sum, p) => sum + p.height, 0);
  assert.ok(parts[0].height < sectionHeight, `the item's picture (${parts[0].height} px) is not the section's (${sectionHeight} px)`);
  fs.writeFileSync(screenshotPath(`item-image-${anchor}.png`), parts[0].bytes);
  assert.deepEqual([...page.problems, ...section.problems], []);
});

test('unknown and hostile fragments share the whole report, and inject nothing', async () => {
  for (const fragment of ['nowhere', 'slide-999', '%3Cimg%20src=x%20onerror=alert(1)%3E', 'area-1-item-999']) {
    const page = await sharePage(fragment);
    assert.equal(await page.inputValue('#share-url'), shared(), fragment);
    assert.equal(await page.textContent('.share-target'), await page.textContent('h1'), 'the report itself');
    assert.equal(await page.locator('img[src="x"], [onerror]').count(), 0);
    assert.deepEqual(page.problems, [], fragment);
    await page.close();
  }
});

test('axe finds nothing on the share page, light and dark, with pictures made; screenshots', async () => {
  for (const [colorScheme, viewport, name] of [['light', { width: 390, height: 844 }, '390'], ['dark', { width: 390, height: 844 }, '390-dark'], ['light', { width: 1366, height: 768 }, '1366']]) {
    const page = await sharePage('area-1', { colorScheme, viewport });
    await pictures(page, '生成图片');
    assert.deepEqual(await axe(page), [], name);
    await page.screenshot({ path: screenshotPath(`share-${name}.png`), fullPage: true });
    await page.close();
  }
});

test('every page describes itself with the report\'s words; absolute addresses and the share cards only from the public URL', () => {
  const read = (root, file) => fs.readFileSync(path.join(root, file), 'utf8');
  const content = (html, attribute) => html.match(new RegExp(`<meta ${attribute} content="([^"]*)">`))?.[1];
  const preview = /og:url|rel="canonical"|og:image|itemprop="image"|weibo:/;
  for (const file of ['index.html', 'share/index.html', 'present/index.html', 'embed/area-1/index.html', '404.html']) {
    const html = read(dist, file);
    assert.equal(content(html, 'property="og:title" itemprop="name"'), html.match(/<title>([^<]*)</)[1], `${file}: og:title and QQ's name are the title`);
    assert.equal(content(html, 'property="og:description" itemprop="description"'), content(html, 'name="description"'), `${file}: og:description and QQ's description`);
    if (data.site.public_url && file !== '404.html') assert.match(html, /<meta property="og:url" content="https:/, `${file}: the public URL`);
    else assert.doesNotMatch(html, preview, `${file}: no public URL is configured, so no absolute address and no card`);
  }
  // The cards are drawn whether or not a public URL is set (an address may be added later).
  for (const [name, width, height] of SHARE_CARDS) {
    const card = PNG.sync.read(fs.readFileSync(path.join(dist, name)));
    assert.deepEqual([card.width, card.height], [width, height], name);
  }
  const fixture = process.env.YITU_DIST_FIXTURE;
  if (fs.existsSync(path.join(fixture ?? '', 'index.html'))) {
    const base = 'https://fixture.invalid/reports/test/';
    assert.match(read(fixture, 'index.html'), /<meta property="og:url" content="https:\/\/fixture\.invalid\/reports\/test\/">/);
    assert.match(read(fixture, 'share/index.html'), /<meta property="og:url" content="https:\/\/fixture\.invalid\/reports\/test\/share\/">/);
    assert.doesNotMatch(read(fixture, '404.html'), preview);
    for (const file of ['index.html', 'share/index.html', 'present/index.html', 'embed/area-1/index.html']) {
      const html = read(fixture, file);
      const title = html.match(/<title>([^<]*)</)[1];
      assert.equal(content(html, 'property="og:image"'), `${base}share-card.png`, file);
      assert.equal(content(html, 'property="og:image:width"'), '1200', file);
      assert.equal(content(html, 'property="og:image:height"'), '630', file);
      assert.equal(content(html, 'property="og:image:alt"'), title, file);
      assert.equal(content(html, 'itemprop="image"'), `${base}share-card-square.png`, `${file}: QQ's picture`);
      assert.equal(content(html, 'name="weibo:type"'), 'webpage', file);
      assert.equal(content(html, 'name="weibo:webpage:title"'), title, file);
      assert.equal(content(html, 'name="weibo:webpage:image"'), `${base}share-card-square.png`, file);
      assert.equal(content(html, 'name="weibo:webpage:url"'), content(html, 'property="og:url"'), file);
    }
    // Each address named is a file the site serves, of the size its tags say.
    for (const [name, width, height] of SHARE_CARDS) {
      const card = PNG.sync.read(fs.readFileSync(path.join(fixture, name)));
      assert.deepEqual([card.width, card.height], [width, height], `the fixture's ${name}`);
    }
  }
});

test('长辈模式 is one tap away on the share page too; a tier chosen there applies and is kept', async () => {
  const page = await sharePage('area-2');
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.share-target')).fontSize));
  await page.getByRole('button', { name: '长辈模式' }).click();
  await page.getByRole('button', { name: '特大', exact: true }).click();
  await page.keyboard.press('Escape');
  assert.equal(await page.getAttribute('html', 'data-font'), 'x-large');
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.share-target')).fontSize));
  assert.ok(after > before * 1.2, `${before}px → ${after}px`);
  assert.equal(await page.evaluate(() => localStorage.getItem('yitu-reading')), 'font=x-large');
  await page.screenshot({ path: screenshotPath('share-x-large-390.png') });
  assert.deepEqual(page.problems, []);
});
