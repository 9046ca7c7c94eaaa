// Safe to host: the security policy holds everywhere, nothing leaves the origin, integrity is
// checked, failures leave the report readable, and hostile URLs get a sensible page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { site, open, ready, wake, linesOf, dist, copyOfDist, report, figuresOf, barChartAndSection, started, wasmRequests, holdWasm } from './browser.mjs';
import { serve } from './server.mjs';

const ctx = site();
// What the tests click and visit, chosen from the report under test (`YITU_REPORT`).
const data = report();
const SECTIONS = data.derived.sections;
/** A bar chart, and the section it is shown in. */
const { chart: CHART, section: AREA } = barChartAndSection(data);
/** A key figure (a link to its figure): the last in a section that starts closed, if any. */
const KEY_FIGURES = data.meta.key_figures.map((id) => figuresOf(data).find((f) => f.id === id));
const KEY_FIGURE = KEY_FIGURES.filter((f) => f.sectionId !== SECTIONS[0].id).at(-1) ?? KEY_FIGURES.at(-1);

/** A page that records CSP violations, dialogs and every request's URL. */
async function guarded(options) {
  const page = await open(ctx.browser, options);
  page.requested = [];
  page.dialogs = [];
  page.on('request', (r) => page.requested.push(r.url()));
  page.on('dialog', (d) => { page.dialogs.push(d.message()); d.dismiss(); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

// Every page of dist/: the report, the 404 page, every embed page (one with Pym's query and a
// theme), the deck and its speaker view, the share page.
const EMBEDS = fs.readdirSync(path.join(dist, 'embed')).map((id) => [`embed ${id}`, `embed/${id}/`]);
const PAGES = [['report', ''], ['404', 'no/such/page'], ...EMBEDS,
  ['embed with query', `embed/${CHART.id}/?childId=c&theme=dark`], ['deck', 'present/#5'], ['speaker view', 'present/speaker/'],
  ['share', `share/#${CHART.anchor}`]];

test('every page declares the policy, and loading and using it violates nothing or requests off-origin', async () => {
  for (const [name, suffix] of PAGES) {
    const page = await guarded();
    await page.goto(ctx.server.base + suffix);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(policy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/, name);
    assert.doesNotMatch(policy.split(';')[1], /'unsafe-inline'|'unsafe-eval'/, `${name}: script-src stays strict`);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'none'", "connect-src 'self'"]) {
      assert.ok(policy.includes(directive), `${name}: ${directive}`);
    }
    if (name === 'report') {
      await ready(page);
      await page.getByRole('button', { name: '展开全部' }).click();
      await page.click(`a[href="#fig-${KEY_FIGURE.id}"]`);
      await page.waitForFunction((id) => document.getElementById(id).open, KEY_FIGURE.sectionId);
      // 嵌入 leads to the share page's embed code, whose preview is a same-origin frame.
      await page.getByRole('link', { name: `嵌入：${CHART.title}`, exact: true }).click();
      await page.waitForURL(`**/share/?embed#${CHART.anchor}`);
      await page.waitForSelector('.embed-preview');
      await page.frameLocator('.embed-preview').locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    }
    if (name.startsWith('embed')) await ready(page);
    if (name === 'share') {
      // Chart files and pictures draw through blob: and data: URLs.
      await ready(page);
      await page.click(`#${CHART.anchor} .chart-export >> text=PNG图片`);
      await page.waitForFunction((id) => document.getElementById(id).textContent.startsWith('已下载'), `${CHART.anchor}-export-status`);
      await page.click('text=生成长图');
      await page.waitForSelector('.pictures img', { timeout: 30000 });
    }
    if (name === 'deck' || name === 'speaker view') {
      await ready(page);
      for (const key of ['PageDown', 'End', 'b', 'x']) await page.keyboard.press(key);
      if (name === 'deck') await page.waitForSelector('.deck-offline:not([hidden])', { timeout: 15000 });
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), [], name);
    const origin = new URL(ctx.server.base).origin;
    assert.deepEqual(page.requested.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:')), [], `${name}: off-origin requests`);
    assert.equal(await page.evaluate(() => document.cookie), '');
    assert.deepEqual(await page.context().cookies(), []);
    await page.context().close();
  }
});

test('the JS, CSS and wasm Trunk emits carry integrity hashes that match the files, on every kind of page', async () => {
  for (const page of ['present/index.html', 'share/index.html', `embed/${CHART.id}/index.html`]) {
    const html = fs.readFileSync(path.join(dist, page), 'utf8');
    const links = [...html.matchAll(/<link [^>]*href="(?:\.\.\/)+([^"]+\.(?:js|css))"[^>]*integrity="(sha384-[^"]+)"/g)];
    assert.ok(links.some(([, file]) => file.endsWith('.css')) && links.some(([, file]) => file.endsWith('.js')), `${page}: ${links.map(([, f]) => f).join(', ')}`);
    for (const [, file, integrity] of links) {
      const digest = crypto.createHash('sha384').update(fs.readFileSync(path.join(dist, file))).digest('base64');
      assert.equal(integrity, `sha384-${digest}`, `${page}: ${file}`);
    }
  }
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  // The report fetches its glue and wasm only once the reader acts, not preloaded: its loader pins
  // each.
  const tags = [
    ...html.matchAll(/<link [^>]*href="\.\/([^"]+\.(?:js|wasm|css))"[^>]*integrity="(sha384-[^"]+)"/g),
    ...html.matchAll(/yitu(?:Fetch|Preload)\('\.\/([^']+\.(?:wasm|js))', \{ integrity: '(sha384-[^']+)' \}\)/g),
  ];
  const files = tags.map(([, file]) => file);
  assert.deepEqual(['.js', '.wasm'].map((end) => files.filter((f) => f.endsWith(end)).length), [1, 1], files.join(', '));
  for (const [, file, integrity] of tags) {
    const digest = crypto.createHash('sha384').update(fs.readFileSync(path.join(dist, file))).digest('base64');
    assert.equal(integrity, `sha384-${digest}`, file);
  }
});

test('only the report carries the scripts that wait for the reader and fetch its wasm again; the other pages start at once', () => {
  // The site's pages (editor.html beside them is the office's tool, not a page of the site).
  const pages = fs.readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('.html') && f !== 'editor.html');
  const withReader = pages.filter((f) => fs.readFileSync(path.join(dist, f), 'utf8').match(/window\.yituFetch ?= ?function/));
  assert.deepEqual(withReader, ['index.html']);
  assert.ok(pages.length > 5, pages.join(', '));
});

/** `bytes` with a custom section appended: still a valid module, with different bytes. */
function withCustomSection(bytes) {
  const name = Buffer.from('tampered');
  const payload = Buffer.from('not built by us');
  const body = Buffer.concat([Buffer.from([name.length]), name, payload]);
  return Buffer.concat([bytes, Buffer.from([0, body.length]), body]);
}

test('a wasm changed after the build (a valid module, other bytes) does not start the app; the report stays readable', async () => {
  const copy = copyOfDist('e2e-tampered-wasm');
  const bundles = fs.readdirSync(copy).filter((f) => f.endsWith('_bg.wasm'));
  assert.ok(bundles.length >= 3, bundles.join());
  for (const wasm of bundles) {
    const tampered = withCustomSection(fs.readFileSync(path.join(copy, wasm)));
    assert.ok(WebAssembly.validate(tampered), 'the changed module is still valid: only integrity can refuse it');
    fs.writeFileSync(path.join(copy, wasm), tampered);
  }
  const server = await serve(copy, '/reports/2023/');
  try {
    for (const suffix of ['', 'present/#2', `embed/${SECTIONS[1].id}/`]) {
      const page = await open(ctx.browser);
      const refused = page.waitForEvent('console', { predicate: (m) => /integrity checks failed/.test(m.text()), timeout: 10000 });
      await page.goto(server.base + suffix);
      await wake(page);
      await refused;
      assert.equal(await page.getAttribute('html', 'data-app'), null, `${suffix || 'report'}: the app did not start`);
      if (!suffix.startsWith('embed/')) assert.equal(await page.isVisible('#app-notice'), true, `${suffix || 'report'}: the notice says so`);
      const text = await page.evaluate(() => document.body.textContent);
      if (suffix === '') assert.deepEqual(linesOf().filter((l) => !text.includes(l)), [], 'every line still readable');
      await page.context().close();
    }
  } finally {
    await server.close();
  }
});

async function assertReadableWithNotice(page) {
  await page.waitForSelector('#app-notice:not([hidden])', { timeout: 10000 });
  const text = await page.evaluate(() => document.body.textContent);
  assert.deepEqual(linesOf().filter((l) => !text.includes(l)), []);
  const closed = SECTIONS.at(-1).id;
  await page.click(`#${closed} > summary`);
  assert.equal(await page.evaluate((id) => document.getElementById(id).open, closed), true);
}

test('when the wasm cannot load, the report stays readable and a notice says so; taps fetch it again, five times in all', async () => {
  const page = await guarded();
  const fetches = wasmRequests(page);
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await page.goto(ctx.server.base);
  const button = page.getByRole('button', { name: '长辈模式' });
  // The reader's first act is a tap on 长辈模式: it shows as taken, then the notice replaces it.
  await button.click();
  await assertReadableWithNotice(page);
  // Each later tap fetches again (kept meanwhile) and fails back to the notice, with nothing waiting.
  while (fetches.length < 5) {
    await button.click();
    await page.waitForSelector('html[data-failed]', { state: 'attached', timeout: 5000 });
    await page.waitForSelector('[data-pending]', { state: 'detached', timeout: 5000 });
  }
  assert.equal(await page.isVisible('#app-notice'), true);
  // Then no more: a wasm that fails its integrity would fail every time. The tap is not kept.
  await button.click();
  assert.equal(await page.locator('[data-pending]').count(), 0, 'a tap after the last try is not kept: nothing would answer it');
  assert.equal(fetches.length, 5);
  assert.equal(await page.getAttribute('html', 'data-app'), null);
  await page.context().close();
});

/** The files the report fetches once the reader acts, each retried alike: the wasm and its JS glue
 * (asked for again at another address, `?2`). */
const FETCHED_AT_ACT = { wasm: /_bg\.wasm$/, glue: /\/yitu-[0-9a-f]{16}\.js(\?\d+)?$/ };

/** The report whose first fetch of `file` (of FETCHED_AT_ACT) fails, tapped on 长辈模式 until the
 * notice shows. */
async function failingOnce(file = 'wasm') {
  const page = await guarded();
  page.fetches = 0;
  await page.route(FETCHED_AT_ACT[file], (route) => (++page.fetches === 1 ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(ctx.server.base);
  await page.getByRole('button', { name: '长辈模式' }).click();
  await page.waitForSelector('#app-notice:not([hidden])', { timeout: 10000 });
  return page;
}

/** The app started after a retried fetch, the kept tap on 长辈模式 answered, the notice gone. */
async function assertRecovered(page) {
  await started(page);
  await page.waitForSelector('#reading-dialog[open]', { timeout: 5000 });
  assert.equal(await page.isHidden('#app-notice'), true, 'the notice goes once the app runs');
  assert.equal(await page.getAttribute('html', 'data-failed'), null);
  assert.equal(page.fetches, 2);
  assert.deepEqual(page.problems.filter((p) => !/_bg\.wasm|Failed to load resource/.test(p)), []);
}

test('when the network fails as the wasm or the glue is fetched, the next tap fetches it again and is answered; so does coming back online', async () => {
  // A tap (pointer first), then a screen reader's activation (a click alone).
  for (const file of Object.keys(FETCHED_AT_ACT)) {
    const tapped = await failingOnce(file);
    await tapped.getByRole('button', { name: '长辈模式' }).click();
    await assertRecovered(tapped);
    await tapped.context().close();
  }
  const activated = await failingOnce();
  await activated.getByRole('button', { name: '长辈模式' }).dispatchEvent('click');
  await assertRecovered(activated);
  await activated.context().close();
  // Offline at the first act: back online, the app starts without another tap.
  const offline = await guarded();
  await offline.goto(ctx.server.base);
  await offline.context().setOffline(true);
  await wake(offline);
  await offline.waitForSelector('#app-notice:not([hidden])', { timeout: 10000 });
  await offline.context().setOffline(false);
  await started(offline);
  assert.equal(await offline.isHidden('#app-notice'), true);
  await offline.context().close();
});

test('a wasm fetch that stalls: after 15 s the notice shows and the kept tap goes; the app starts if the wasm comes after all, without answering that tap', async () => {
  const page = await guarded();
  // The page's clock, moved on by the test (it still runs by itself meanwhile).
  await page.clock.install();
  const release = await holdWasm(page);
  await page.goto(ctx.server.base);
  const fetched = page.waitForRequest(/_bg\.wasm$/);
  const button = page.getByRole('button', { name: '长辈模式' });
  await button.click();
  await fetched;
  await page.clock.fastForward(14000);
  assert.equal(await page.isHidden('#app-notice'), true, 'no notice before 15 s');
  assert.equal(await page.locator('[data-pending]').count(), 1, 'the tap shows as taken');
  await page.clock.fastForward(2000);
  await page.waitForSelector('#app-notice:not([hidden])', { timeout: 5000 });
  assert.equal(await page.locator('[data-pending]').count(), 0, 'nothing shows as waiting');
  // The wasm comes after all: the app starts and the notice goes, but a tap 15 s old is not answered.
  release();
  await started(page);
  assert.equal(await page.isHidden('#app-notice'), true);
  assert.equal(await page.getAttribute('html', 'data-failed'), null);
  assert.equal(await page.locator('#reading-dialog[open]').count(), 0, 'the old tap opens nothing');
  await button.click();
  await page.waitForSelector('#reading-dialog[open]', { timeout: 5000 });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('on an engine that refuses wasm under the policy, the prerendered page stays readable', async () => {
  const page = await guarded();
  await page.route(ctx.server.base, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(" 'wasm-unsafe-eval'", '');
    await route.fulfill({ response, body });
  });
  await page.goto(ctx.server.base);
  await wake(page);
  await assertReadableWithNotice(page);
  await page.context().close();
});

test('a real Rust panic (hydration finding a page it did not render) shows the notice; the page stays readable', async () => {
  const page = await guarded();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(ctx.server.base, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<footer class="site-footer">', '<div class="site-footer">');
    await route.fulfill({ response, body });
  });
  await page.goto(ctx.server.base);
  await wake(page);
  await assertReadableWithNotice(page);
  assert.ok(errors.some((m) => /unreachable/i.test(m)), `the wasm trapped: ${errors.join(' | ')}`);
  assert.ok(page.problems.some((m) => m.includes('panicked at')), 'it was a Rust panic');
  assert.equal(await page.getAttribute('html', 'data-app'), null, 'the app never reported ready');
  await page.context().close();
});

test('an error inside the running app shows the notice and leaves the page readable', async () => {
  const page = await guarded();
  await page.goto(ctx.server.base);
  await ready(page);
  await page.evaluate(() => { Element.prototype.scrollIntoView = () => { throw new Error('simulated failure'); }; });
  await page.click(`a[href="#fig-${KEY_FIGURE.id}"]`);
  await assertReadableWithNotice(page);
  await page.context().close();
});

const HOSTILE = [
  '#area-99', '#-1', '#0', '#99999999999999999999', '#NaN', '#fig-', '#fig-nope',
  '#%3Cimg%20id%3Dpwned%20src%3Dx%20onerror%3Dalert(1)%3E', '#<img id=pwned src=x onerror=alert(1)>',
  '#javascript:alert(1)', '#%00', '#area-1%00', '#' + 'a'.repeat(10000),
  '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '?x=%22%3E%3Cimg%20id%3Dpwned%20src%3Dx%20onerror%3Dalert(1)%3E#area-2',
  '?%00=%00#%E0%A4%A', '#%E4%B8%AD%E6%96%87',
];

test('hostile fragments and queries get the report, with no panic, dialog or injected element', async () => {
  for (const suffix of HOSTILE) {
    const page = await guarded();
    await page.goto(ctx.server.base + suffix);
    await ready(page);
    const label = suffix.slice(0, 60);
    assert.equal(await page.textContent('h1'), data.meta.title, label);
    assert.equal(await page.evaluate((id) => document.getElementById(id).open, SECTIONS[0].id), true, label);
    assert.equal(await page.$('#pwned'), null, label);
    assert.deepEqual(page.dialogs, [], label);
    assert.deepEqual(page.problems, [], label);
    assert.equal(await page.isHidden('#app-notice'), true, label);
    await page.context().close();
  }
});

const HOSTILE_EMBED = [
  '?childId=%3Cimg%20id%3Dpwned%20src%3Dx%20onerror%3Dalert(1)%3E', '?childId=<img id=pwned src=x onerror=alert(1)>',
  '?theme=%22%3E%3Cimg%20id%3Dpwned%3E', '?theme=dark&theme=<script>', '?childId=' + 'x'.repeat(10000),
  '?initialWidth=-1&parentUrl=javascript:alert(1)&parentTitle=%3Cimg%20id%3Dpwned%3E', '?%00=%00', '#%3Cimg%20id%3Dpwned%3E',
];

test('hostile embed queries get the embed, with no panic, dialog or injected element; messages from others are ignored', async () => {
  for (const suffix of HOSTILE_EMBED) {
    const page = await guarded();
    await page.goto(`${ctx.server.base}embed/${AREA.id}/${suffix}`);
    await ready(page);
    const label = suffix.slice(0, 60);
    assert.equal(await page.textContent('h2'), AREA.title, label);
    assert.equal(await page.$('#pwned'), null, label);
    assert.deepEqual(page.dialogs, [], label);
    assert.deepEqual(page.problems, [], label);
    await page.context().close();
  }
  // Not framed: messages of every shape, from this window itself, change nothing and break nothing.
  const page = await guarded();
  await page.goto(`${ctx.server.base}embed/${AREA.id}/?childId=c`);
  await ready(page);
  await page.evaluate(() => {
    for (const data of ['pymxPYMxcxPYMxwidthxPYMx300', '<img id=pwned src=x onerror=alert(1)>', { html: '<img id=pwned>' }, null, 42]) {
      window.postMessage(data, '*');
    }
  });
  await page.waitForTimeout(200);
  assert.equal(await page.$('#pwned'), null);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

const HOSTILE_PATHS = [AREA.id, '%3Cimg%20id%3Dpwned%20src%3Dx%20onerror%3Dalert(1)%3E', 'embed/no-such-block/', '..%2F..%2Fetc%2Fpasswd', 'present/%00'];

test('unknown and hostile paths get the friendly 404 page', async () => {
  for (const suffix of HOSTILE_PATHS) {
    const page = await guarded();
    const response = await page.goto(ctx.server.base + suffix);
    assert.equal(response.status(), 404, suffix);
    assert.ok((await page.textContent('main')).includes('没有找到这个页面'), suffix);
    assert.equal(await page.$('#pwned'), null, suffix);
    assert.deepEqual(page.dialogs, [], suffix);
    await page.context().close();
  }
});
