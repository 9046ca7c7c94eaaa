// Embeds as newsrooms use them: host pages on another site (news.test, while the report is served
// as report.test: Chromium maps both to 127.0.0.1) embedding blocks with the real Pym.js Parent,
// with our embed.js loader, with Datawrapper's published listener and with listeners written from
// Flourish's and AMP's documented message formats. Each iframe must match its content's height
// within 4 px at 1000 and 375 px and follow a width change, without console errors.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { site, open, ready, repo, dist, screenshotPath, TWO_SITES, onSite, copyOfDist, report as reportData, embedsOf, barChartAndSection, started } from './browser.mjs';
import { serve, until } from './server.mjs';
import { axe, axTree } from './a11y.mjs';

const ctx = site(undefined, undefined, TWO_SITES);
// The blocks embedded, chosen from the report under test (`YITU_REPORT`), never named here.
const data = reportData();
const embeds = embedsOf(data);
const ofKind = (kind) => embeds.filter((e) => e.kind === kind);
const KEY = ofKind('key-figures')[0];
/** A bar chart, and the section it is shown in. */
const { chart: CHART, section: AREA } = barChartAndSection(data);
const OTHER_CHART = ofKind('chart').find((e) => e !== CHART);
const TASKS = ofKind('section').find((e) => e.id === data.tasks.id);
const LAST_SECTION = ofKind('section').at(-1);
/** Two blocks a careless listener confuses: one id the start of the other (this year's proposals
 * and proposals-count); in a report without such a pair, any two. */
const [SHORT, LONG] = embeds.flatMap((a) => embeds.filter((b) => b !== a && b.id.startsWith(a.id)).map((b) => [a, b]))[0] ?? [LAST_SECTION, CHART];
const THIRD = [CHART, OTHER_CHART, KEY].find((b) => b !== SHORT && b !== LONG);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The report's address on its own site, as news pages on another site embed it. */
const report = () => onSite(ctx.server.base, 'report.test');
const hosts = {};
const hostDir = path.join(repo, 'target', 'e2e-hosts');
const SANDBOX = 'allow-scripts allow-same-origin allow-popups';

/** Host pages, written for the report's origin once it is known. */
function writeHosts(report) {
  fs.mkdirSync(hostDir, { recursive: true });
  fs.copyFileSync(path.join(repo, 'tests', 'e2e', 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), path.join(hostDir, 'pym.v1.min.js'));
  fs.writeFileSync(path.join(hostDir, '404.html'), '<!doctype html><title>404</title>');
  const page = (title, body) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body{margin:0;padding:16px;font:16px/1.6 sans-serif;background:#fff}article{max-width:960px;margin:auto}p{margin:12px 0}</style>
</head><body><article><h1>${title}</h1><p>新闻正文……</p>${body}<p>新闻正文结束。</p></article></body></html>`;
  fs.writeFileSync(path.join(hostDir, 'pym.html'), page('Pym.js 宿主页', `
<div id="a"></div><p>……</p><div id="b"></div><p>……</p><div id="c"></div>
<script src="pym.v1.min.js"></script>
<script>
  new pym.Parent('a', '${report}embed/${KEY.id}/', { title: '关键数字' });
  new pym.Parent('b', '${report}embed/${CHART.id}/', { title: '图表' });
  new pym.Parent('c', '${report}embed/${AREA.id}/', { title: '一部分' });
</script>`));
  fs.writeFileSync(path.join(hostDir, 'loader.html'), page('embed.js 宿主页', `
<div data-yitu-embed="${KEY.id}" data-yitu-title="关键数字"></div><p>……</p>
<div data-yitu-embed="${CHART.id}" data-yitu-title="图表"></div><p>……</p>
<div data-yitu-embed="${AREA.id}" data-yitu-title="一部分"></div>
<script async src="${report}embed.js"></script>`));
  // Each listener resizes only the iframe marked with its format, so each protocol is tested alone.
  fs.writeFileSync(path.join(hostDir, 'listeners.html'), page('其他平台的监听方式', `
<iframe data-format="flourish" src="${report}embed/${LONG.id}/" title="甲" sandbox="${SANDBOX}" style="width:100%;border:0" height="200"></iframe>
<iframe data-format="flourish" src="${report}embed/${OTHER_CHART.id}/" title="乙" sandbox="${SANDBOX}" style="width:100%;border:0" height="200"></iframe>
<iframe data-format="amp" src="${report}embed/${TASKS.id}/" title="丙" sandbox="${SANDBOX}" style="width:100%;border:0" height="200"></iframe>
<script>
  const frame = (format, source) => [...document.querySelectorAll('iframe[data-format="' + format + '"]')].find((f) => f.contentWindow === source);
  // Flourish-style: a JSON string { sender, context: "iframe.resize", method: "resize", height }
  addEventListener('message', (e) => {
    let data; try { data = JSON.parse(e.data); } catch { return; }
    const f = data && data.context === 'iframe.resize' && data.method === 'resize' && frame('flourish', e.source);
    if (f) f.style.height = data.height + 'px';
  });
  // AMP: { sentinel: "amp", type: "embed-size", height }
  addEventListener('message', (e) => {
    const f = e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size' && frame('amp', e.source);
    if (f) f.style.height = e.data.height + 'px';
  });
</script>`));
  // Datawrapper's published responsive-iframe listener, as news sites paste it: it sizes the first
  // iframe whose src contains the key and never checks who sent the message. LONG comes first, so a
  // bare key SHORT (the start of LONG's id, in this year's report) would size it with SHORT's height.
  fs.writeFileSync(path.join(hostDir, 'datawrapper.html'), page('Datawrapper 监听方式', `
<iframe src="${report}embed/${LONG.id}/" title="甲" sandbox="${SANDBOX}" style="width:100%;border:0" height="200"></iframe>
<iframe src="${report}embed/${SHORT.id}/" title="乙" sandbox="${SANDBOX}" style="width:100%;border:0" height="200"></iframe>
<iframe src="${report}embed/${THIRD.id}/" title="丙" sandbox="${SANDBOX}" style="width:100%;border:0" height="200"></iframe>
<script>
  !function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"])for(var e in a.data["datawrapper-height"]){var t=document.getElementById("datawrapper-chart-"+e)||document.querySelector("iframe[src*='"+e+"']");t&&(t.style.height=a.data["datawrapper-height"][e]+"px")}}))}();
</script>`));
}

/** The content-hashed loader in dist/ and its integrity, as the copy-ready snippet names them. */
function pinnedLoader(root = dist) {
  const file = fs.readdirSync(root).find((f) => /^embed-[0-9a-f]{16}\.js$/.test(f));
  const integrity = `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(root, file))).digest('base64')}`;
  return { file, integrity };
}

/** The host pages' server, started on first use (once the report's server is up). */
async function hostBase() {
  if (!hosts.server) {
    writeHosts(report());
    hosts.server = await serve(hostDir, '/news/');
  }
  return onSite(hosts.server.base, 'news.test');
}
after(async () => hosts.server?.close());

/** [iframe height, content height] for every embed iframe on the page, once each is loaded. */
async function heights(page) {
  const out = [];
  for (const handle of await page.$$('iframe')) {
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await started(frame);
    const content = await frame.evaluate(() => document.getElementById('embed-root').getBoundingClientRect().height);
    const outer = await handle.evaluate((f) => f.getBoundingClientRect().height);
    out.push({ src: await handle.getAttribute('src'), outer, content });
  }
  return out;
}

/** Waits until every iframe matches its content within 4 px; fails with the last measurements. */
async function settled(page) {
  let last = [];
  for (let i = 0; i < 40; i++) {
    last = await heights(page);
    if (last.length > 0 && last.every((h) => Math.abs(h.outer - h.content) <= 4)) return last;
    await page.waitForTimeout(150);
  }
  assert.fail(`iframes not sized to their content: ${JSON.stringify(last)}`);
}

/** Each embed as the reader sees it (cross-origin iframes are only painted near the viewport). */
async function shots(page, host, width) {
  const frames = await page.$$('iframe');
  for (const [i, handle] of frames.entries()) {
    await handle.scrollIntoViewIfNeeded();
    await handle.screenshot({ path: screenshotPath(`embed-host-${host.replace('.html', '')}-${width}-${i + 1}.png`) });
  }
}

for (const host of ['pym.html', 'loader.html', 'listeners.html', 'datawrapper.html']) {
  test(`${host}: every iframe is as tall as its content at 1000 and 375 px, and follows a width change`, async () => {
    const page = await open(ctx.browser, { viewport: { width: 1000, height: 900 } });
    await page.goto((await hostBase()) + host);
    const wide = await settled(page);
    assert.equal(wide.length, 3);
    await shots(page, host, 1000);
    await page.setViewportSize({ width: 375, height: 800 });
    const narrow = await settled(page);
    assert.ok(narrow.some((h, i) => h.outer > wide[i].outer + 20), 'narrower means taller, and the iframes followed');
    await shots(page, host, 375);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('before (and without) the wasm, the prerendered embed already tells the host its height, its notice included', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1000, height: 900 } });
  await page.context().route('**/*_bg.wasm', (route) => route.abort());
  await page.goto((await hostBase()) + 'listeners.html');
  for (const handle of await page.$$('iframe')) {
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await frame.waitForSelector('#app-notice:not([hidden])', { timeout: 10000 });
    const content = await frame.evaluate(() => ['embed-root', 'app-notice'].reduce((h, id) => h + document.getElementById(id).getBoundingClientRect().height, 0));
    await page.waitForFunction(([f, h]) => Math.abs(f.getBoundingClientRect().height - h) <= 4, [handle, content], { timeout: 10000 })
      .catch(async () => assert.fail(`${await handle.getAttribute('src')}: ${await handle.evaluate((f) => f.getBoundingClientRect().height)} vs ${content}`));
    assert.equal(await frame.getAttribute('html', 'data-app'), null, 'the app never ran');
  }
  await page.context().close();
});

test('an embed page: the block expanded, no page chrome, a link to the report at that block, no app notice', async () => {
  const page = await open(ctx.browser);
  await page.goto(`${ctx.server.base}embed/${AREA.id}/`);
  await ready(page);
  assert.equal(await page.locator('.site-header, .reading-toolbar, .toc, details.expandable').count(), 0);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.title(), `${AREA.title} - ${data.meta.title}`);
  const link = page.getByRole('link', { name: '查看完整报告' });
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(new URL(await link.getAttribute('href'), page.url()).href, `${ctx.server.base}#${AREA.anchor}`);
  assert.ok(await page.isVisible(`#${CHART.anchor} svg`));
  assert.equal(await page.locator('.chart-export, .embed-action').filter({ visible: true }).count(), 0, 'no downloads or 嵌入 inside an embed');
  assert.ok(await page.isHidden('#app-notice'));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('?theme=dark and ?theme=light override the system setting; anything else follows it', async () => {
  const page = await open(ctx.browser, { colorScheme: 'light' });
  const background = () => page.evaluate(() => getComputedStyle(document.querySelector('.embed')).backgroundColor);
  await page.goto(`${ctx.server.base}embed/${KEY.id}/?theme=dark`);
  assert.equal(await background(), 'rgb(30, 27, 31)', 'the dark surface, #1e1b1f');
  await page.goto(`${ctx.server.base}embed/${KEY.id}/?theme=%3Cscript%3E`);
  assert.equal(await background(), 'rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${ctx.server.base}embed/${KEY.id}/?theme=light`);
  assert.equal(await background(), 'rgb(255, 255, 255)');
  await page.context().close();
});

/** The share page leading with `block`'s embed code (where the report's 嵌入 leads), ready. */
async function embedCode(page, block) {
  await page.goto(`${ctx.server.base}share/?embed#${block.anchor}`);
  await ready(page);
  await page.waitForSelector('#embed-code .embed-code');
}

test('嵌入 leads to the share page, which leads with the block\'s three snippets; the copy button puts the exact snippet on the clipboard, announced', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 900 } });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ctx.server.base).origin });
  await page.goto(`${ctx.server.base}#${AREA.anchor}`);
  await ready(page);
  await page.getByRole('link', { name: `嵌入：${AREA.title}`, exact: true }).click();
  await page.waitForURL(`${ctx.server.base}share/?embed#${AREA.anchor}`);
  await ready(page);
  const section = page.locator('#embed-code');
  await section.locator('.embed-code').first().waitFor();
  // First on the page, its heading focused and on screen.
  await page.waitForFunction(() => document.activeElement?.id === 'embed-code-heading');
  assert.equal(await page.evaluate(() => document.querySelector('main > section')?.id), 'embed-code', 'the embed code leads');
  assert.ok((await section.boundingBox()).y < 900, 'on the first screen');
  const codes = await page.$$eval('.embed-code', (fields) => fields.map((f) => f.value));
  assert.equal(codes.length, 3);
  const { file, integrity } = pinnedLoader();
  assert.match(codes[0], new RegExp(`^<div data-yitu-embed="${AREA.id}" data-yitu-title="${escape(AREA.title)}"></div>\\n<script async src="${ctx.server.base}${file}" integrity="${escape(integrity)}" crossorigin="anonymous"></script>$`));
  assert.ok(codes[1].startsWith(`<iframe src="${ctx.server.base}embed/${AREA.id}/" title="${AREA.title}`));
  assert.ok(codes[2].includes(`new pym.Parent("yitu-${AREA.id}", "${ctx.server.base}embed/${AREA.id}/"`));
  await section.getByRole('button', { name: '复制代码' }).first().click();
  await page.waitForFunction(() => document.querySelector('.embed-status').textContent.startsWith('已复制'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), codes[0]);
  assert.equal(await page.getAttribute('.embed-status', 'role'), 'status');
  await page.screenshot({ path: screenshotPath('embed-code-1366.png') });
  // Shared without 嵌入: the same page has the code after the pictures.
  await page.goto(`${ctx.server.base}share/#${AREA.anchor}`);
  await ready(page);
  await section.locator('.embed-code').first().waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('main > section:last-of-type')?.id), 'embed-code', 'after the share panel and pictures');
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'embed-code-heading');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the embed code: the fixed-height code is as tall as the block on a phone, each code box shows its start, 已复制 appears at the button pressed', async () => {
  // The block as a phone shows it, 360 px wide: its height is what the plain iframe needs.
  const phone = await open(ctx.browser, { viewport: { width: 360, height: 740 } });
  await phone.goto(`${ctx.server.base}embed/${KEY.id}/`);
  await ready(phone);
  const onPhone = await phone.evaluate(() => Math.ceil(document.getElementById('embed-root').getBoundingClientRect().height));
  await phone.context().close();
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 768 } });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ctx.server.base).origin });
  await embedCode(page, KEY);
  const iframeHeight = () => page.$eval('#embed-code-iframe', (f) => Number(/height="(\d+)"/.exec(f.value)[1]));
  await page.waitForFunction((h) => Math.abs(Number(/height="(\d+)"/.exec(document.getElementById('embed-code-iframe').value)[1]) - h) <= 2, onPhone, { timeout: 15000 });
  assert.ok(Math.abs((await iframeHeight()) - onPhone) <= 2, `the code's height ${await iframeHeight()} against ${onPhone} on a phone`);
  assert.equal(await page.getAttribute('#embed-preview', 'height'), String(Math.min(await iframeHeight(), 640)), 'the preview shows it whole, up to 640 px');
  // No code box opens scrolled to its end, and none has the focus: its heading has.
  assert.deepEqual(await page.$$eval('.embed-code', (fields) => fields.map((f) => f.scrollTop)), [0, 0, 0]);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'embed-code-heading');
  // The second code copied: its confirmation beside its own button, none at the others.
  const second = page.locator('.embed-choice').nth(1);
  await second.getByRole('button', { name: '复制代码' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.embed-choice')[1].querySelector('[role="status"]').textContent.startsWith('已复制'));
  const [button, status] = await Promise.all([second.getByRole('button').boundingBox(), second.locator('[role="status"]').boundingBox()]);
  assert.ok(Math.abs(button.y + button.height / 2 - (status.y + status.height / 2)) < 24, 'beside the button, on its line');
  assert.equal(await page.locator('.embed-choice').nth(0).locator('[role="status"]').textContent(), '');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('embed.js is a small dependency-free script, pinned by content, and an unknown embed id gets the friendly 404', async () => {
  const script = fs.readFileSync(path.join(dist, 'embed.js'));
  const { file } = pinnedLoader();
  assert.ok(script.equals(fs.readFileSync(path.join(dist, file))), `${file} is embed.js`);
  const compressed = zlib.gzipSync(script, { level: 9 }).length;
  assert.ok(compressed < 2048, `embed.js is ${compressed} bytes gzipped`);
  assert.ok(!script.includes('__YITU_PUBLIC_URL__'), 'the build wrote the public address (or none) in');
  const page = await open(ctx.browser);
  const response = await page.goto(`${ctx.server.base}embed/no-such-block/`);
  assert.equal(response.status(), 404);
  assert.ok(await page.isVisible('text=没有找到这个页面'));
  await page.context().close();
});

test('axe finds no WCAG A/AA violation on embed pages (phone and laptop, light and dark) or on the share page\'s embed code; headings in order', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1000, height: 800 }]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open(ctx.browser, { viewport, colorScheme });
      for (const { id: block } of new Set([KEY, AREA, LAST_SECTION, CHART, OTHER_CHART])) {
        await page.goto(`${ctx.server.base}embed/${block}/`);
        await ready(page);
        const label = `${block} ${viewport.width} ${colorScheme}`;
        assert.deepEqual(await axe(page), [], label);
        const nodes = await axTree(page);
        const levels = nodes.filter((n) => n.role === 'heading').map((n) => n.level);
        assert.equal(levels[0], 1, `${label}: starts with its one h1`);
        assert.equal(levels.filter((l) => l === 1).length, 1, label);
        levels.forEach((level, i) => assert.ok(i === 0 || level <= levels[i - 1] + 1, `${label}: h${levels[i - 1]} → h${level}`));
        assert.ok(nodes.some((n) => n.role === 'main'), `${label}: main landmark`);
      }
      await embedCode(page, CHART);
      assert.deepEqual(await axe(page), [], `embed code ${viewport.width} ${colorScheme}`);
      if (colorScheme === 'light') await page.screenshot({ path: screenshotPath(`embed-code-${viewport.width}.png`), fullPage: true });
      await page.context().close();
    }
  }
});

test('a font tier chosen on the report page applies to its embeds on its own site; on another site an embed starts at the standard size', async () => {
  const page = await open(ctx.browser, { viewport: { width: 375, height: 800 } });
  const context = page.context();
  // The news page on the report's own site (report.test, another port: the same site).
  await hostBase();
  const sameSite = `${onSite(hosts.server.base, 'report.test')}loader.html`;
  await page.goto(sameSite);
  const before = await settled(page);
  const reportTab = await context.newPage();
  await reportTab.goto(report());
  await ready(reportTab);
  await reportTab.getByRole('button', { name: '长辈模式' }).click();
  await reportTab.getByRole('button', { name: '特大', exact: true }).click();
  const font = (handle) => handle.contentFrame().then((f) => f.evaluate(() => document.documentElement.dataset.font ?? null));
  const frame = await (await page.$('iframe')).contentFrame();
  await frame.waitForFunction(() => document.documentElement.dataset.font === 'x-large');
  const after = await settled(page);
  assert.ok(after.every((h, i) => h.outer > before[i].outer), `every open embed grew: ${JSON.stringify([before, after])}`);
  // Opened after the choice: on the same site it starts at 特大; on another site the browser refuses
  // the embed the report's storage (third-party storage blocked or partitioned), so it starts at
  // the standard size, quietly.
  const again = await context.newPage();
  await again.goto(sameSite);
  await settled(again);
  assert.deepEqual(await Promise.all((await again.$$('iframe')).map(font)), ['x-large', 'x-large', 'x-large']);
  const other = await context.newPage();
  other.problems = [];
  other.on('console', (m) => { if (m.type() === 'error') other.problems.push(m.text()); });
  await other.goto((await hostBase()) + 'loader.html');
  await settled(other);
  const frames = await other.$$('iframe');
  assert.equal(await (await frames[0].contentFrame()).evaluate(() => { try { return localStorage.length >= 0; } catch { return 'refused'; } }), 'refused');
  assert.deepEqual(await Promise.all(frames.map(font)), [null, null, null]);
  assert.deepEqual([...page.problems, ...other.problems], []);
  await context.close();
});

/** A news page on the hosts' server with this body; returns its address. */
async function newsPage(name, body) {
  const base = await hostBase();
  fs.writeFileSync(path.join(hostDir, name), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>新闻</title><link rel="icon" href="data:,"></head><body><h1>新闻</h1>${body}</body></html>`);
  return base + name;
}

test('the copy-ready snippet loads the pinned loader; a tampered loader is refused by the browser', async () => {
  const { file, integrity } = pinnedLoader();
  const snippet = (base) => `<div data-yitu-embed="${AREA.id}" data-yitu-title="一部分"></div><script async src="${base}${file}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  const page = await open(ctx.browser, { viewport: { width: 1000, height: 900 } });
  await page.goto(await newsPage('pinned.html', snippet(report())));
  await settled(page);
  assert.deepEqual(page.problems, []);
  // The same snippet against a host whose loader was changed after the snippet was copied.
  const tampered = copyOfDist('e2e-tampered');
  fs.appendFileSync(path.join(tampered, file), '\ndocument.title = "injected";');
  const server = await serve(tampered, '/reports/2023/');
  const other = await open(ctx.browser);
  await other.goto(await newsPage('tampered.html', snippet(server.base)));
  await other.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/embed-')));
  await other.waitForTimeout(300);
  assert.equal(await other.locator('iframe').count(), 0, 'no iframe from a tampered loader');
  assert.equal(await other.title(), '新闻');
  assert.ok(other.problems.some((m) => m.includes('integrity')), other.problems.join('; '));
  await other.context().close();
  await server.close();
  await page.context().close();
});

test('the loader trusts no name the news page gives: clobbered document properties, hostile ids and titles', async () => {
  const body = `
<img name="currentScript" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
<form name="querySelectorAll"></form><img name="createElement" alt=""><img name="readyState" alt=""><img name="documentElement" alt="">
<div data-yitu-embed="${AREA.id}" data-yitu-title="&lt;img src=x onerror=alert(1)&gt;一部分"></div>
<div data-yitu-embed="//other.example/x" data-yitu-title="a"></div>
<div data-yitu-embed="../../x" data-yitu-title="b"></div>
<div data-yitu-embed="javascript:alert(1)" data-yitu-title="c"></div>
<div data-yitu-embed="${AREA.id.toUpperCase()}" data-yitu-title="d"></div>
<script async src="${report()}embed.js"></script>`;
  const page = await open(ctx.browser, { viewport: { width: 1000, height: 900 } });
  await page.addInitScript(() => { window.alert = () => { window.__alerted = true; }; });
    await page.goto(await newsPage('clobbered.html', body));
  // The page's own querySelectorAll is a form now (Playwright's selectors too go through it):
  // every look at its DOM goes through the prototype, as the loader's does.
  const iframes = () => page.evaluate(() => [...Document.prototype.querySelectorAll.call(document, 'iframe')]
    .map((e) => [e.getAttribute('src'), e.getAttribute('title'), e.getBoundingClientRect().height]));
  await page.waitForFunction(() => Document.prototype.querySelectorAll.call(document, 'iframe').length > 0);
  // The iframe element exists before its frame has navigated to the embed: wait for the frame
  // (waiting for 'frameattached' after looking could miss a frame attached in between).
  await until(() => page.frames().some((f) => f.url().includes(`/embed/${AREA.id}/`)), 'the embed frame', 15000);
  const embed = page.frames().find((f) => f.url().includes(`/embed/${AREA.id}/`));
  await started(embed);
  await page.waitForFunction(() => Document.prototype.querySelector.call(document, 'iframe').getBoundingClientRect().height !== 480);
  const frames = await iframes();
  assert.equal(frames.length, 1, JSON.stringify(frames));
  assert.ok(frames[0][0].startsWith(`${report()}embed/${AREA.id}/?childId=`), frames[0][0]);
  assert.equal(frames[0][1], '<img src=x onerror=alert(1)>一部分', 'the title is text');
    assert.equal(await page.evaluate(() => Document.prototype.querySelectorAll.call(document, 'body img').length), 4, 'no element was injected');
    assert.equal(await page.evaluate(() => window.__alerted ?? false), false);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('slots a news page adds after it loads (infinite scroll) are filled too', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1000, height: 900 } });
  await page.goto(await newsPage('later.html', `<div data-yitu-embed="${KEY.id}" data-yitu-title="关键数字"></div><script async src="${report()}embed.js"></script>`));
  await page.waitForSelector('iframe');
  await page.evaluate((id) => {
    const slot = document.createElement('div');
    slot.setAttribute('data-yitu-embed', id);
    slot.setAttribute('data-yitu-title', '图表');
    document.body.append(slot);
  }, CHART.id);
  await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    const last = (await page.$$eval('iframe', (f) => f.map((e) => e.getAttribute('src')))).at(-1);
  assert.ok(last.startsWith(`${report()}embed/${CHART.id}/`), last);
  await settled(page);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('framed under a hostile parent and beside a hostile sibling frame, an embed answers only its parent and injects nothing', async () => {
  const base = await hostBase();
  // The sibling (another frame on the same news page) talks to every other frame as if it were their parent.
  fs.writeFileSync(path.join(hostDir, 'sibling.html'), `<!doctype html><title>sibling</title><script>
    addEventListener('message', (e) => {
      if (e.data !== 'go') return;
      for (const data of ['pymxPYMxpxPYMxwidthxPYMx300', '<img id=pwned src=x onerror=alert(1)>', { 'datawrapper-height': { x: 1 } }]) {
        for (let i = 0; i < parent.frames.length; i++) if (parent.frames[i] !== window) parent.frames[i].postMessage(data, '*');
      }
      parent.postMessage('sibling-done', '*');
    });
  </script>`);
  const page = await open(ctx.browser, { viewport: { width: 1000, height: 900 } });
  page.on('dialog', (d) => { page.problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(await newsPage('hostile.html', `
<div id="p"></div>
<iframe src="${report()}embed/${LONG.id}/" title="甲" style="width:100%;border:0" height="200"></iframe>
<iframe src="${base}sibling.html" title="sibling" height="10"></iframe>
<script src="pym.v1.min.js"></script>
<script>
  window.heights = [];
  const child = new pym.Parent('p', '${report()}embed/${SHORT.id}/', { title: '乙' });
  child.onMessage('height', (h) => window.heights.push(Number(h)));
  // Datawrapper's published listener: sizes iframe[src*=key], never checks the sender.
  !function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"])for(var e in a.data["datawrapper-height"]){var t=document.getElementById("datawrapper-chart-"+e)||document.querySelector("iframe[src*='"+e+"']");t&&(t.style.height=a.data["datawrapper-height"][e]+"px")}}))}();
</script>`));
  const embed = await (await page.$('#p iframe')).contentFrame();
  await started(embed);
  // Sized and still: from here on, the embed sends a height only when asked.
  await page.waitForFunction(() => {
    const frame = document.querySelector('#p iframe');
    return window.heights.length > 0 && Math.abs(frame.getBoundingClientRect().height - window.heights.at(-1)) <= 1;
  }, null, { timeout: 15000 });
  // The hostile parent sends markup and objects; the sibling sends a width request and markup.
  await page.evaluate(() => {
    const frame = document.querySelector('#p iframe').contentWindow;
    for (const data of ['<img id=pwned src=x onerror=alert(1)>', { html: '<img id=pwned>' }, null, 42, 'pymxPYMxpxPYMxheightxPYMx1']) frame.postMessage(data, '*');
  });
  const answered = await page.evaluate(() => window.heights.length);
  await page.evaluate(() => new Promise((resolve) => {
    addEventListener('message', (e) => { if (e.data === 'sibling-done') resolve(); });
    document.querySelector('iframe[title="sibling"]').contentWindow.postMessage('go', '*');
  }));
  // Pym's own width message (the parent's, on a resize) is answered: after it, no answer came from the sibling's.
  const childId = new URL(await (await page.$('#p iframe')).getAttribute('src')).searchParams.get('childId');
  await page.evaluate((id) => document.querySelector('#p iframe').contentWindow.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx1000`, '*'), childId);
  await page.waitForFunction((n) => window.heights.length >= n + 1, answered, { timeout: 5000 });
  // The embed handles its messages in order, so an answer to the sibling would have come before the
  // parent's; it may still be in flight behind it, so a second answer is given a second to show.
  const extra = await page.waitForFunction((n) => window.heights.length > n + 1, answered, { timeout: 1000 }).then(() => true, () => false);
  assert.equal(extra, false, `one answer (to the parent), none to the sibling: ${await page.evaluate(() => window.heights.length)} vs ${answered + 1}`);
  assert.equal(await embed.$('#pwned'), null);
  assert.equal(await page.$('#pwned'), null);
  // Each frame's height once it has followed its content (its last height message may still be on
  // its way when the app reports ready): awaited, up to 10 s, never read just once.
  const [long, short] = await Promise.all(['iframe[title="甲"]', '#p iframe'].map(async (selector) => {
    const handle = await page.$(selector);
    const frame = await handle.contentFrame();
    await started(frame);
    const measure = async () => ({
      outer: await handle.evaluate((f) => f.getBoundingClientRect().height),
      content: await frame.evaluate(() => document.getElementById('embed-root').getBoundingClientRect().height),
    });
    const until = Date.now() + 10000;
    let heights = await measure();
    while (Math.abs(heights.outer - heights.content) > 4 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      heights = await measure();
    }
    return heights;
  }));
  assert.ok(Math.abs(long.outer - long.content) <= 4, `${LONG.id} keeps its own height: ${JSON.stringify(long)}`);
  assert.ok(Math.abs(short.outer - short.content) <= 4, `${SHORT.id} is sized by Pym: ${JSON.stringify(short)}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a sibling frame posting a huge string leaves the embed\'s memory as it was; so does its parent, past the size cap', async () => {
  const base = await hostBase();
  // An ad on the same news page, posting one large string to every other frame.
  fs.writeFileSync(path.join(hostDir, 'greedy.html'), `<!doctype html><title>ad</title><script>
    addEventListener('message', (e) => {
      if (e.data !== 'go') return;
      const big = 'pymxPYMx'.padEnd(40 << 20, 'x');
      for (let i = 0; i < parent.frames.length; i++) if (parent.frames[i] !== window) parent.frames[i].postMessage(big, '*');
      parent.postMessage('greedy-done', '*');
    });
  </script>`);
  const page = await open(ctx.browser, { viewport: { width: 1000, height: 900 } });
  // Each frame keeps its wasm's memory where the test can read it (Trunk's loader announces the instance).
  // And counts the large messages it receives, so the test knows when both have been handled.
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__memory = e.detail.wasm.memory; });
    window.__large = 0;
    addEventListener('message', (e) => { if (typeof e.data === 'string' && e.data.length > 1 << 20) window.__large += 1; });
  });
  await page.goto(await newsPage('greedy-host.html', `
<div id="p"></div>
<iframe src="${base}greedy.html" title="ad" height="10"></iframe>
<script src="pym.v1.min.js"></script>
<script>
  window.heights = [];
  new pym.Parent('p', '${report()}embed/${SHORT.id}/', { title: '乙' }).onMessage('height', (h) => window.heights.push(Number(h)));
</script>`));
  const embed = await (await page.$('#p iframe')).contentFrame();
  await started(embed);
  await embed.waitForFunction(() => window.__memory);
  const before = await embed.evaluate(() => window.__memory.buffer.byteLength);
  await page.evaluate(() => new Promise((resolve) => {
    addEventListener('message', (e) => { if (e.data === 'greedy-done') resolve(); });
    document.querySelector('iframe[title="ad"]').contentWindow.postMessage('go', '*');
  }));
  // The parent itself, past the cap: a message far longer than any Pym.js message.
  await page.evaluate(() => document.querySelector('#p iframe').contentWindow.postMessage('pymxPYMx'.padEnd(40 << 20, 'y'), '*'));
  // Both arrived (the sibling's comes from another process, in no set order with the parent's).
  await embed.waitForFunction(() => window.__large === 2);
  // Messages are handled in order: once a width message after them is answered, they were handled.
  const childId = new URL(await (await page.$('#p iframe')).getAttribute('src')).searchParams.get('childId');
  const answered = await page.evaluate(() => window.heights.length);
  await page.evaluate((id) => document.querySelector('#p iframe').contentWindow.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx1000`, '*'), childId);
  await page.waitForFunction((n) => window.heights.length > n, answered, { timeout: 10000 });
  const after = await embed.evaluate(() => window.__memory.buffer.byteLength);
  assert.ok(after - before < 1 << 20, `the embed's memory grew from ${before} to ${after} bytes`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an embed whose own files fail inside a news page shows the notice above its block, and the iframe grows to hold both', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1000, height: 900 } });
  // The embed's glue answers 404, as from a CDN that has the new page but not yet its files.
  await page.route(/\/yitu-embed-[0-9a-f]{8,16}\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(await newsPage('failed-embed.html', `
<div id="p"></div>
<script src="pym.v1.min.js"></script>
<script>new pym.Parent('p', '${report()}embed/${AREA.id}/', { title: '一部分' });</script>`));
  const handle = await page.waitForSelector('#p iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('html[data-failed]', { state: 'attached', timeout: 10000 });
  assert.equal(await frame.isVisible('#app-notice'), true, 'the notice shows in the embed');
  const inner = await frame.evaluate(() => Math.ceil(document.getElementById('embed-root').getBoundingClientRect().height
    + document.getElementById('app-notice').getBoundingClientRect().height));
  await page.waitForFunction((h) => Math.abs(document.querySelector('#p iframe').getBoundingClientRect().height - h) <= 4, inner, { timeout: 10000 })
    .catch(async () => assert.fail(`iframe ${await handle.evaluate((f) => f.getBoundingClientRect().height)} px for ${inner} px of block and notice`));
  await page.context().close();
});
