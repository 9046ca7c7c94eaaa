// The report page as a citizen meets it: served from a sub-path, on phones and laptops, light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, open, ready, linesOf, screenshotPath, report, holdWasm, wasmRequests, started, AT_TOP } from './browser.mjs';

const ctx = site();

const textContent = (page) => page.evaluate(() => document.body.textContent);

test('every line of the source is in the DOM, with and without JavaScript', async () => {
  const lines = linesOf();
  assert.ok(lines.length > 10, `${lines.length} lines`);
  for (const javaScriptEnabled of [false, true]) {
    const page = await open(ctx.browser, { javaScriptEnabled });
    await page.goto(ctx.server.base);
    if (javaScriptEnabled) await ready(page);
    const text = await textContent(page);
    const missing = lines.filter((l) => !text.includes(l));
    assert.deepEqual(missing, [], `missing with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('the report paints from its own HTML: its styles are in it, and loading it requests no stylesheet', async () => {
  const page = await open(ctx.browser);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(ctx.server.base);
  await ready(page);
  assert.deepEqual(requested.filter((url) => url.endsWith('.css')), []);
  assert.equal(await page.locator('link[rel="stylesheet"]').count(), 0);
  // Styled: the header's band, in the page's own colours.
  assert.notEqual(await page.$eval('.site-header', (h) => getComputedStyle(h).backgroundColor), 'rgba(0, 0, 0, 0)');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('hydration adopts the prerendered DOM instead of re-creating it', async () => {
  const page = await open(ctx.browser);
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => { window.__firstH1 = document.querySelector('h1'); });
  });
  await page.goto(ctx.server.base);
  await ready(page);
  assert.equal(await page.evaluate(() => window.__firstH1 === document.querySelector('h1') && window.__firstH1.isConnected), true);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the page starts in parts, each in a task of its own: its top bar, its overview and its body, then each section nearest the reader first; ready once all have', async () => {
  const sections = report().derived.sections.map((s) => `yitu-part:${s.id}`);
  const started_parts = (page) => page.evaluate(() => performance.getEntriesByType('measure').map((e) => e.name).filter((n) => n.startsWith('yitu-part:')));
  const page = await open(ctx.browser);
  await page.goto(ctx.server.base);
  await ready(page);
  // At the top of the page every part is on the screen or below it: they start in the page's order.
  const page_parts = ['yitu-part:top-bar', 'yitu-part:overview', 'yitu-part:body'];
  assert.deepEqual(await started_parts(page), [...page_parts, ...sections]);
  // A deep link to the last section: the reader is there, so its content starts right after the
  // body, before any other section's (the top bar and the overview, small parts, may come first:
  // the page starts before the section is scrolled to).
  const deep = await open(ctx.browser);
  await deep.goto(`${ctx.server.base}#${report().derived.sections.at(-1).id}`);
  await started(deep);
  const order = await started_parts(deep);
  const small = ['yitu-part:top-bar', 'yitu-part:overview'];
  assert.deepEqual(order.filter((name) => !small.includes(name)).slice(0, 2), ['yitu-part:body', sections.at(-1)], order.join());
  assert.deepEqual([...order].sort(), [...page_parts, ...sections].sort());
  assert.deepEqual([...page.problems, ...deep.problems], []);
  await page.context().close();
  await deep.context().close();
});

test('a reader who only reads fetches no wasm; the first scroll fetches and starts it, and a deep link starts it at once', async () => {
  const page = await open(ctx.browser, { viewport: { width: 390, height: 844 } });
  const wasm = wasmRequests(page);
  await page.goto(ctx.server.base, { waitUntil: 'networkidle' });
  assert.deepEqual(wasm, [], 'nothing fetched the wasm while the reader only looked');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined);
  await page.mouse.move(200, 400);
  await page.mouse.wheel(0, 400);
  await started(page);
  assert.equal(wasm.length, 1, wasm.join());
  const deep = await open(ctx.browser, { viewport: { width: 390, height: 844 } });
  // This reader never acts (the browser's own scroll to the fragment would count as one): only the
  // fragment can start the app.
  await deep.addInitScript(() => Object.defineProperty(window, 'yituReader', { get: () => new Promise(() => {}), set: () => {} }));
  const closed = report().derived.sections.at(-1).id;
  await deep.goto(`${ctx.server.base}#${closed}`);
  await started(deep);
  assert.equal(await deep.evaluate((id) => document.getElementById(id).open, closed), true);
  assert.deepEqual([...page.problems, ...deep.problems], []);
  await page.context().close();
  await deep.context().close();
});

test('a section opened before the wasm arrives stays open and the app adopts it', async () => {
  const page = await open(ctx.browser);
  const release = await holdWasm(page);
  await page.goto(ctx.server.base, { waitUntil: 'domcontentloaded' });
  await page.click('#area-2 > summary');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the wasm is still held');
  release();
  await ready(page);
  assert.equal(await page.evaluate(() => document.getElementById('area-2').open), true);
  // Had the app not adopted the reader's toggle, 收起全部 would leave area-2 open.
  await page.getByRole('button', { name: '收起全部' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('details.expandable')].every((d) => !d.open));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('before the wasm arrives, typing in the search field and a tap on 长辈模式 are not lost: the text stays, results and the dialog follow', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 900 } });
  const release = await holdWasm(page);
  await page.goto(ctx.server.base, { waitUntil: 'domcontentloaded' });
  // `/` goes to the field, and a word of the report's last line typed at once: the field answers natively.
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'report-search-input', '/ focuses the search field');
  const word = linesOf().at(-1).slice(0, 4);
  await page.fill('#report-search-input', word);
  await page.getByRole('button', { name: '长辈模式' }).click();
  await page.keyboard.press('PageDown');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-early-keys')), false, 'keys are kept only on the deck');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the wasm is still held');
  const button = page.getByRole('button', { name: '长辈模式' });
  assert.equal(await button.getAttribute('data-pending'), '', 'the tap shows as taken at once');
  await button.screenshot({ path: screenshotPath('reading-button-pending-1366.png'), animations: 'disabled' });
  release();
  await ready(page);
  await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 0);
  assert.equal(await button.getAttribute('data-pending'), null, 'no longer waiting once the app answers');
  assert.equal(await page.inputValue('#report-search-input'), word, 'the typed text stays');
  await page.waitForFunction(() => document.getElementById('reading-dialog')?.open);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('without scripts the search field and 长辈模式 are not shown (they could not answer)', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 900 }, javaScriptEnabled: false });
  await page.goto(ctx.server.base);
  assert.equal(await page.isVisible('#report-search-input'), false);
  assert.equal(await page.getByRole('button', { name: '长辈模式' }).isVisible(), false);
  await page.context().close();
});

test('Enter and Space on a summary open and close its section; the fragment follows without history entries', async () => {
  const page = await open(ctx.browser);
  await page.goto(ctx.server.base);
  await ready(page);
  const historyLength = await page.evaluate(() => history.length);
  await page.focus('#area-2 > summary');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('area-2').open);
  assert.equal(new URL(page.url()).hash, '#area-2');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => !document.getElementById('area-2').open);
  assert.equal(new URL(page.url()).hash, '');
  const last = report().review.areas.at(-1).id;
  await page.click(`#${last} > summary`);
  await page.waitForFunction((id) => document.getElementById(id).open, last);
  assert.equal(new URL(page.url()).hash, `#${last}`);
  assert.equal(await page.evaluate(() => history.length), historyLength);
  await page.context().close();
});

test('the first Tab reaches the skip link, which leads to the main content', async () => {
  const page = await open(ctx.browser);
  await page.goto(ctx.server.base);
  await ready(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  await page.context().close();
});

test('a deep link opens its section and scrolls to it; an unknown fragment shows the report', async () => {
  const page = await open(ctx.browser);
  await page.goto(ctx.server.base + '#area-3');
  await ready(page);
  assert.equal(await page.evaluate(() => document.getElementById('area-3').open), true);
  const top = await page.evaluate(() => document.getElementById('area-3').getBoundingClientRect().top);
  assert.ok(await page.evaluate(AT_TOP, 'area-3'), `area-3 at the top of the viewport below the top bar, found at ${top}`);
  await page.goto(ctx.server.base + '#no-such-section');
  await page.reload();
  await ready(page);
  const sections = report().derived.sections.length;
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('details.expandable')].map((d) => d.open)),
    Array.from({ length: sections }, (_, i) => i === 0), 'only the first section open');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('sections open without JavaScript (native details) and a notice explains what needs it', async () => {
  const page = await open(ctx.browser, { javaScriptEnabled: false });
  await page.goto(ctx.server.base);
  await page.click('#area-2 > summary');
  assert.equal(await page.evaluate(() => document.getElementById('area-2').open), true);
  assert.ok(await page.isVisible('.noscript-notice'));
  await page.context().close();
});

test('no sideways scrolling from 320 to 1920 px with every section open', async () => {
  for (const width of [320, 390, 1366, 1920]) {
    const page = await open(ctx.browser, { viewport: { width, height: 800 } });
    await page.goto(ctx.server.base);
    await ready(page);
    await page.getByRole('button', { name: '展开全部' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('details.expandable')].every((d) => d.open));
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `at ${width}px the page is ${scroll}px wide`);
    await page.context().close();
  }
});

test('body text is at least 16 px with line height at least 1.5 on a phone', async () => {
  const page = await open(ctx.browser);
  await page.goto(ctx.server.base);
  const [size, lineHeight] = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('.item'));
    return [parseFloat(style.fontSize), parseFloat(style.lineHeight)];
  });
  assert.ok(size >= 16, `font size ${size}`);
  assert.ok(lineHeight / size >= 1.5, `line height ${lineHeight / size}`);
  await page.context().close();
});

test('screenshots at 390×844, 1366×768 and 1920×1080, light and dark', async () => {
  for (const [width, height] of [[390, 844], [1366, 768], [1920, 1080]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open(ctx.browser, { viewport: { width, height }, colorScheme });
      await page.goto(ctx.server.base);
      await ready(page);
      const name = `report-${width}x${height}-${colorScheme}`;
      await page.screenshot({ path: screenshotPath(`${name}.png`) });
      await page.screenshot({ path: screenshotPath(`${name}-full.png`), fullPage: true });
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  }
});

test('an unknown path at any depth gets the friendly 404 page, styled, with a way back', async () => {
  const page = await open(ctx.browser);
  const requestsBefore = ctx.server.requests.length;
  const response = await page.goto(ctx.server.base + 'no/such/page');
  assert.equal(response.status(), 404);
  assert.ok((await textContent(page)).includes('没有找到这个页面'));
  assert.equal(await page.getAttribute('a.button', 'href'), report().site.public_url ?? './', 'the public address when set');
  const background = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the inlined stylesheet applies');
  await page.screenshot({ path: screenshotPath('404-390x844-light.png') });
  // The page is self-contained: the document is the only request, and its 404 status the only message.
  assert.deepEqual(ctx.server.requests.slice(requestsBefore), ['/reports/2023/no/such/page']);
  assert.deepEqual(page.problems, ['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
  await page.context().close();
});

test('the header names who published the report and when, where the data file says, and nothing where it does not', async () => {
  const page = await open(ctx.browser, { viewport: { width: 390, height: 844 } });
  await page.goto(ctx.server.base);
  const { publisher, published } = report().site;
  const expected = [publisher, published].filter(Boolean).join(' · ');
  if (expected) {
    assert.equal(await page.textContent('.site-header .issued'), expected, 'prerendered: shown before any script');
    await page.screenshot({ path: screenshotPath('header-issued-390x844.png') });
  } else {
    assert.equal(await page.locator('.site-header .issued').count(), 0, 'never guessed');
  }
  await page.context().close();
});
