// Never a wrong number, never a silent failure: no frame shows a number the report does not state
// at that place (search snippets, figures entering the view, on the page and in the deck); every
// way the page's own files can fail ends in the notice with nothing left waiting, on every kind of
// page; what the reader does before the app starts is kept; the deck's two windows agree when
// their keys cross.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, open, ready, started, wake, report, figuresOf, linesOf, numberText, hold, holdWasm, embedsOf } from './browser.mjs';

const ctx = site();
const data = report();
const SECTIONS = data.derived.sections;
const CARDS = data.charts.find((c) => c.kind === 'cards');
const AREA = embedsOf(data).find((e) => e.kind === 'section');

/** Part of a number as the report writes one (digits, a point or comma, %, 百, 千, 万, 亿, 余, 多). */
const inNumber = (c) => c !== undefined && /[0-9０-９.．,%％‰百千万亿余多]/.test(c);

/** Whether `context` stands somewhere in a line of the report with whole numbers at both its ends. */
function standsWhole(context, lines) {
  return lines.some((line) => {
    for (let at = line.indexOf(context); at >= 0; at = line.indexOf(context, at + 1)) {
      const cutBefore = inNumber(line[at - 1]) && inNumber(context[0]);
      const cutAfter = inNumber(context.at(-1)) && inNumber(line[at + context.length]);
      if (!cutBefore && !cutAfter) return true;
    }
    return false;
  });
}

test('search results never show part of a number: every context starts and ends outside one, with … where the line goes on', async () => {
  const page = await open(ctx.browser);
  await page.goto(ctx.server.base);
  await ready(page);
  const lines = [...linesOf(data), ...data.charts.map((c) => c.title)];
  const numbers = [...new Set(figuresOf(data).map((f) => numberText(f)))];
  const wrong = [];
  for (const number of numbers) {
    await page.fill('#report-search-input', number);
    // Results for this query (not the last one's still shown): every match is the number.
    await page.waitForFunction((n) => {
      const marks = [...document.querySelectorAll('.search-results mark')];
      return marks.length > 0 && marks.every((m) => m.textContent === n);
    }, number);
    const contexts = await page.$$eval('.search-results .search-context', (cs) => cs.map((c) => c.textContent));
    assert.ok(contexts.length > 0, number);
    for (const shown of contexts) {
      const context = shown.replace(/^…/, '').replace(/…$/, '');
      if (!standsWhole(context, lines)) wrong.push(`${number}: ${shown}`);
      if (!shown.startsWith('…') && !lines.some((l) => l.startsWith(context))) wrong.push(`${number}: no … before ${shown}`);
    }
  }
  assert.deepEqual(wrong, [], 'contexts that cut a number');
  await page.context().close();
});

/** Records, at every frame, each figure's number as drawn where it differs from the figure as written
 * (its text): a count drawn over it, or another text. */
const recordDrawn = () => {
  window.__drawn = [];
  window.__risen = 0;
  const frame = () => {
    for (const n of document.querySelectorAll('.key-figure-number')) {
      const box = n.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight || !box.width) continue;
      const over = getComputedStyle(n, '::after').content;
      if (over !== 'none' && over !== 'normal') window.__drawn.push(`${n.textContent} drawn as ${over}`);
      if (n.hasAttribute('data-rise')) window.__risen += 1;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

test('a figure scrolled into view after the start rises into place as written, never counting through other numbers', { skip: !CARDS && 'no chart of cards' }, async () => {
  const page = await open(ctx.browser);
  await page.addInitScript(recordDrawn);
  await page.goto(ctx.server.base);
  await ready(page);
  await page.evaluate((id) => { location.hash = `chart-${id}`; }, CARDS.id);
  await page.waitForFunction(() => window.__risen > 10 || window.__drawn.length > 0);
  await page.waitForTimeout(1000);
  assert.deepEqual(await page.evaluate(() => window.__drawn), [], 'every frame shows the figure as written');
  const written = new Set(figuresOf(data).map((f) => numberText(f)));
  const shown = await page.$$eval(`#chart-${CARDS.id} .key-figure-number`, (ns) => ns.map((n) => n.textContent));
  assert.ok(shown.every((t) => [...written].some((w) => t.startsWith(w))), shown.join());
  await page.context().close();
});

test('the deck\'s figures enter as written on every slide, never counting', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1920, height: 1080 } });
  await page.addInitScript(recordDrawn);
  await page.goto(`${ctx.server.base}present/#1`);
  await ready(page);
  const count = await page.$$eval('.deck > .slide', (s) => s.length);
  for (let n = 2; n <= count; n++) {
    await page.keyboard.press('PageDown');
    await page.waitForFunction((n) => location.hash === `#${n}`, n);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__drawn), [], 'every frame of every slide shows the figures as written');
  await page.context().close();
});

// The page's own files, failing as a host or CDN in the middle of a deployment makes them fail.
// (The report asks for its glue again at another address: `?2`, `?3`…)
const GLUE = /\/yitu(-[a-z]+)?-[0-9a-f]{8,16}\.js(\?\d+)?$/;
const WASM = /_bg\.wasm$/;
const STYLE = /\/app-[0-9a-f]{8,16}\.css$/;
const FAILURES = {
  'the glue answering 404': [GLUE, 'missing'],
  'the glue cut short': [GLUE, 'cut'],
  'the wasm answering 404': [WASM, 'missing'],
  'the wasm cut short': [WASM, 'cut'],
  // The app itself can still start: the notice stays, as a reload is what helps.
  'a stylesheet answering 404': [STYLE, 'missing', { appMayStart: true }],
};
const PAGES = { report: '', deck: 'present/#2', 'speaker view': 'present/speaker/', embed: `embed/${AREA.id}/`, share: `share/#${AREA.id}` };

/** Makes the page's requests matching `pattern` fail `how`; returns the list of those requested. */
async function failing(page, pattern, how) {
  const failed = [];
  await page.route(pattern, async (route) => {
    failed.push(route.request().url());
    if (how === 'missing') return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>404</title>' });
    const response = await route.fetch();
    const body = await response.body();
    return route.fulfill({ response, body: body.subarray(0, body.length >> 1) });
  });
  return failed;
}

/** The page after its files failed: the notice, nothing shown as waiting, no tap or key kept for an
 * app that will not come. */
async function assertNothingWaits(page, label, { appMayStart = false } = {}) {
  await page.waitForSelector('html[data-failed]', { state: 'attached', timeout: 10000 })
    .catch(() => assert.fail(`${label}: the page never says it failed`));
  assert.equal(await page.isVisible('#app-notice'), true, `${label}: the notice shows`);
  // On the screen, not scrolled away (the failed deck snaps to its slides).
  await page.waitForFunction(() => {
    const box = document.getElementById('app-notice').getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  }, null, { timeout: 5000 }).catch(() => assert.fail(`${label}: the notice is off the screen`));
  const button = page.locator('[data-early]').first();
  if (await button.count()) await button.click();
  await page.keyboard.press('PageDown');
  // (On the report a tap after a failure fetches the wasm again, kept until that fails too.)
  const state = () => ({
    pending: document.querySelectorAll('[data-pending]').length,
    click: document.documentElement.getAttribute('data-early-click'),
    keys: document.documentElement.getAttribute('data-early-keys'),
    app: document.documentElement.getAttribute('data-app'),
  });
  await page.waitForFunction(() => !document.querySelector('[data-pending]'), null, { timeout: 10000 }).catch(() => {});
  const left = await page.evaluate(state);
  const appStarted = left.app !== null;
  if (appMayStart) left.app = null;
  assert.deepEqual(left, { pending: 0, click: null, keys: null, app: null }, `${label}: nothing waits`);
  // The deck without its app: its slides one under another, and PageDown goes on through them.
  if (!appStarted && await page.$('main.deck')) await page.waitForFunction(() => scrollY > 0, null, { timeout: 5000 });
}

test('every way the page\'s own files fail ends in the notice with nothing left waiting, on every kind of page', async () => {
  for (const [pageName, suffix] of Object.entries(PAGES)) {
    for (const [failure, [pattern, how, options]] of Object.entries(FAILURES)) {
      const page = await open(ctx.browser);
      const failed = await failing(page, pattern, how);
      await page.goto(ctx.server.base + suffix);
      await wake(page);
      // (The report carries its styles in its HTML: it has no stylesheet to lose.)
      if (pattern === STYLE && pageName === 'report') {
        await started(page);
        assert.deepEqual(failed, [], 'the report requests no stylesheet');
      } else {
        await assertNothingWaits(page, `${pageName}, ${failure}`, options);
        // In the page's own terms: what still works there.
        const words = { report: '报告全文仍可阅读', deck: '翻页键', 'speaker view': '翻页键', embed: '以下内容仍可阅读', share: '分享的内容仍可阅读' }[pageName];
        assert.ok((await page.textContent('#app-notice')).includes(words), `${pageName}: ${await page.textContent('#app-notice')}`);
      }
      await page.context().close();
    }
  }
});

test('the glue or the wasm stalling: 15 s after the app is wanted the notice shows, and the app still starts if they come', async () => {
  for (const [pageName, suffix] of Object.entries(PAGES)) {
    // (The report's own wasm fetch, which also retries, is tested in security.test.mjs.)
    for (const [file, pattern] of Object.entries({ glue: GLUE, wasm: WASM }).filter(([f]) => pageName !== 'report' || f === 'glue')) {
      const label = `${pageName}, the ${file} stalled`;
      const page = await open(ctx.browser);
      await page.clock.install();
      const release = await hold(page, pattern);
      const fetched = page.waitForRequest(pattern);
      // (A stalled module script holds DOMContentLoaded back: the page is parsed, not "loaded".)
      await page.goto(ctx.server.base + suffix, { waitUntil: 'commit' });
      await page.waitForSelector('#app', { state: 'attached' });
      await wake(page);
      await fetched;
      // The first second as it runs (the report's act settles after a frame and a task), then a jump.
      await page.clock.runFor(1000);
      await page.clock.fastForward(13000);
      assert.equal(await page.getAttribute('html', 'data-failed'), null, `${label}: not before 15 s`);
      await page.clock.fastForward(2000);
      await assertNothingWaits(page, label);
      release();
      await started(page);
      assert.equal(await page.getAttribute('html', 'data-failed'), null, `${label}: started after all`);
      assert.equal(await page.isHidden('#app-notice'), true, `${label}: the notice goes`);
      await page.context().close();
    }
  }
});

/** Each section's `open`, in page order. */
const openSections = (page) => page.$$eval('details.expandable', (ds) => ds.map((d) => d.open));

test('closing the section that opens by default before the app starts stays closed; nothing below moves when the app starts', async () => {
  const page = await open(ctx.browser);
  const release = await holdWasm(page);
  await page.goto(ctx.server.base);
  await page.click(`#${SECTIONS[0].id} > summary`);
  assert.equal(await page.evaluate((id) => document.getElementById(id).open, SECTIONS[0].id), false);
  const next = `#${SECTIONS[1].id} > summary`;
  const before = await page.$eval(next, (s) => s.getBoundingClientRect().top);
  release();
  await started(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await page.evaluate((id) => document.getElementById(id).open, SECTIONS[0].id), false, 'still closed');
  assert.equal(await page.$eval(next, (s) => s.getBoundingClientRect().top), before, 'the next heading did not move');
  // The app took it as the reader left it: 展开全部 then opens it again.
  await page.getByRole('button', { name: '展开全部' }).click();
  assert.ok((await openSections(page)).every(Boolean));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('展开全部 and 收起全部 tapped before the app starts act at once and are kept when it starts', async () => {
  for (const [label, expected] of [['展开全部', true], ['收起全部', false]]) {
    const page = await open(ctx.browser);
    const release = await holdWasm(page);
    await page.goto(ctx.server.base);
    await page.getByRole('button', { name: label }).click();
    assert.ok((await openSections(page)).every((o) => o === expected), `${label} before the app`);
    release();
    await started(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.ok((await openSections(page)).every((o) => o === expected), `${label} kept by the app`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('every control shown before the app starts is answered then or kept for it: native sections, the search field, data-early and data-details', async () => {
  const unanswered = [];
  for (const [pageName, suffix] of Object.entries(PAGES)) {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 768 }]) {
      const page = await open(ctx.browser, { viewport });
      await holdWasm(page);
      await page.goto(ctx.server.base + suffix, { waitUntil: 'domcontentloaded' });
      const shown = await page.$$eval('button, input, select, textarea, summary, [role="button"], [tabindex="0"]', (controls) => controls
        .filter((c) => c.getClientRects().length > 0 && getComputedStyle(c).visibility !== 'hidden')
        .filter((c) => !c.matches('[data-early], [data-details], summary, #report-search-input'))
        .map((c) => `${c.tagName.toLowerCase()} ${(c.textContent || c.getAttribute('aria-label') || c.id).trim().slice(0, 24)}`));
      unanswered.push(...shown.map((c) => `${pageName} at ${viewport.width}: ${c}`));
      await page.context().close();
    }
  }
  assert.deepEqual([...new Set(unanswered)], [], 'controls that would drop a tap before the app');
});

test('keys crossing between the speaker view and the audience window leave both on the same slide', async () => {
  const audience = await open(ctx.browser, { viewport: { width: 1280, height: 720 } });
  const speaker = await audience.context().newPage();
  speaker.problems = [];
  speaker.on('console', (m) => { if (m.type() === 'error') speaker.problems.push(`console: ${m.text()}`); });
  speaker.on('pageerror', (e) => speaker.problems.push(`pageerror: ${e.message}`));
  await audience.goto(`${ctx.server.base}present/#6`);
  await ready(audience);
  await speaker.goto(`${ctx.server.base}present/speaker/#6`);
  await ready(speaker);
  const press = (page, key) => page.evaluate((key) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })), key);
  const slide = (page) => page.evaluate(() => location.hash);
  const apart = [];
  for (let round = 0; round < 12; round++) {
    await Promise.all([press(speaker, 'PageDown'), press(audience, 'PageUp')]);
    // Settled: both the same for half a second, or apart after three.
    let same = 0;
    for (let waited = 0; waited < 3000 && same < 5; waited += 100) {
      await new Promise((done) => setTimeout(done, 100));
      same = (await slide(speaker)) === (await slide(audience)) ? same + 1 : 0;
    }
    if (same < 5) apart.push(`round ${round + 1}: speaker ${await slide(speaker)}, hall ${await slide(audience)}`);
  }
  assert.deepEqual(apart, [], 'the two windows ended apart');
  assert.deepEqual([...audience.problems, ...speaker.problems], []);
  await audience.context().close();
});
