// The deck as presenters use it: every slide stepped through with PageDown at 1920×1080,
// 1280×720 and 1024×768 without overflow, with legible type and no half-empty screen; reveal.js's keys; black screen;
// the speaker view in step both ways; the place kept on reload; hostile fragments; axe; screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, open, ready, screenshotPath, report, holdWasm } from './browser.mjs';
import { axe } from './a11y.mjs';

const ctx = site();

async function deck(viewport = { width: 1920, height: 1080 }, suffix = '', options = {}) {
  const page = await open(ctx.browser, { viewport, ...options });
  await page.goto(`${ctx.server.base}present/${suffix}`);
  await ready(page);
  return page;
}

/** The visible slide's number (from the fragment), its overflow, and its smallest text sizes. */
const measure = (page) => page.evaluate(() => {
  const slide = [...document.querySelectorAll('.deck .slide')].find((s) => !s.hidden);
  const box = slide.getBoundingClientRect();
  const outside = [...slide.querySelectorAll('*')].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && (r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.top < box.top - 1);
  }).map((e) => e.className?.baseVal ?? e.className ?? e.tagName);
  const sizes = [];
  const walker = document.createTreeWalker(document.querySelector('.deck'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || element.closest('[hidden], .visually-hidden')) continue;
    const inSvg = element.closest('svg');
    // SVG text is scaled with its drawing: its rendered height is what the hall sees.
    const px = inSvg ? element.getBoundingClientRect().height / 1.2 : parseFloat(getComputedStyle(element).fontSize);
    sizes.push({ px, text: node.textContent.trim().slice(0, 12), body: !!element.closest('.item, .slide-paragraph') });
  }
  // The content's box: every piece of text and every drawing (not the boxes that stretch to hold them).
  let top = Infinity;
  let bottom = -Infinity;
  const include = (r) => { if (r.width > 0 && r.height > 0) { top = Math.min(top, r.top); bottom = Math.max(bottom, r.bottom); } };
  const texts = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (!node.textContent.trim() || node.parentElement.closest('[hidden], .visually-hidden, .badge-mark')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    include(range.getBoundingClientRect());
  }
  for (const drawing of slide.querySelectorAll('svg, .slide-figure, .slide-callout')) include(drawing.getBoundingClientRect());
  const content = { top: top - box.top, bottom: bottom - box.top, height: box.height };
  const numerals = [...slide.querySelectorAll('.slide-figures .key-figure-number')].map((n) => parseFloat(getComputedStyle(n).fontSize));
  return { numerals, hash: location.hash, title: document.title, overflow: slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1, outside, sizes, content };
});

/** No slide leaves half the screen empty: its content fills half the height or sits in the middle. */
function balanced({ top, bottom, height }) {
  const filled = (bottom - top) / height;
  const offCentre = Math.abs((top + bottom) / 2 - height / 2) / height;
  return filled >= 0.5 || offCentre <= 0.1;
}

for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
  test(`PageDown through every slide at ${viewport.width}×${viewport.height}: the fragment follows, nothing overflows${viewport.width === 1920 ? ', text ≥ 28 px, body ≥ 40 px' : ''}`, async () => {
    const page = await deck(viewport);
    const total = Number((await page.textContent('.deck-progress')).split('/')[1]);
    const data = report();
    assert.equal(total, data.derived.slides.length, 'every slide of the model, no more');
    for (let n = 1; n <= total; n++) {
      if (n > 1) await page.keyboard.press('PageDown');
      await page.waitForFunction((n) => location.hash === `#${n}`, n);
      const m = await measure(page);
      const label = `${viewport.width}: slide ${n}`;
      assert.equal(m.overflow, false, `${label} overflows`);
      assert.deepEqual(m.outside, [], `${label}: outside the slide`);
      assert.ok(balanced(m.content), `${label}: content from ${Math.round(m.content.top)} to ${Math.round(m.content.bottom)} of ${m.content.height} px leaves half the screen empty`);
      assert.ok(m.title.endsWith(` - ${data.meta.title}`), m.title);
      if (viewport.width === 1920) {
        const small = m.sizes.filter((s) => s.px < 28);
        assert.deepEqual(small, [], `${label}: text under 28 px`);
        const body = m.sizes.filter((s) => s.body && s.px < 40);
        assert.deepEqual(body, [], `${label}: body text under 40 px`);
        assert.deepEqual(m.numerals.filter((px) => px < 120), [], `${label}: figures under 120 px`);
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished' || !a.effect?.target?.matches('[data-rise]')), null, { timeout: 3000 });
        await page.screenshot({ path: screenshotPath(`slide-${String(n).padStart(2, '0')}-1920.png`) });
      }
    }
    await page.keyboard.press('PageDown');
    assert.equal(await page.evaluate(() => location.hash), `#${total}`, 'stays on the last slide');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('keys pressed while the deck or its speaker view is still loading are not lost: they are followed once it starts', async () => {
  for (const path of ['present/', 'present/speaker/']) {
    const page = await open(ctx.browser, { viewport: { width: 1920, height: 1080 } });
    const release = await holdWasm(page);
    await page.goto(`${ctx.server.base}${path}`, { waitUntil: 'domcontentloaded' });
    // A clicker pressed three times forward and once back before the wasm arrives.
    for (const key of ['PageDown', 'PageDown', 'ArrowRight', 'PageUp']) await page.keyboard.press(key);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, `${path}: the wasm is still held`);
    release();
    await ready(page);
    await page.waitForFunction(() => location.hash === '#3', null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-early-keys')), false, `${path}: replayed once`);
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => location.hash === '#4', null, { timeout: 5000 });
    assert.deepEqual(page.problems, [], path);
    await page.context().close();
  }
});

test('Home, End, PageUp, a number then Enter, and the other keys of reveal.js', async () => {
  const page = await deck();
  const total = Number((await page.textContent('.deck-progress')).split('/')[1]);
  // The fragment follows the slide in an effect after the render, so a busy page may show it a
  // moment after the key: wait (up to 5 s) for the expected one, let two frames pass, then read it.
  const at = async (expected) => {
    await page.waitForFunction((h) => location.hash === h, expected, { timeout: 5000 }).catch(() => {});
    return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(location.hash)))));
  };
  await page.keyboard.press('End');
  assert.equal(await at(`#${total}`), `#${total}`);
  await page.keyboard.press('PageUp');
  assert.equal(await at(`#${total - 1}`), `#${total - 1}`);
  await page.keyboard.press('Home');
  assert.equal(await at('#1'), '#1');
  for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'n']) await page.keyboard.press(key);
  assert.equal(await at('#5'), '#5');
  for (const key of ['ArrowLeft', 'ArrowUp', 'p']) await page.keyboard.press(key);
  assert.equal(await at('#2'), '#2');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  assert.equal(await at('#12'), '#12');
  await page.keyboard.press('b');
  assert.equal(await page.isVisible('.deck-black'), true, 'B blacks the screen');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.isVisible('.deck-black'), false, 'any key returns');
  assert.equal(await at('#12'), '#12', '…without moving');
  await page.keyboard.press('.');
  assert.equal(await page.isVisible('.deck-black'), true, '. blacks the screen too');
  await page.keyboard.press('x');
  await page.evaluate(() => { window.__notReloaded = true; });
  await page.keyboard.press('F5');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__notReloaded), true, 'F5 does not reload');
  assert.equal(await page.evaluate(() => !!document.fullscreenElement), true, 'F5 enters fullscreen');
  await page.keyboard.press('f');
  await page.waitForFunction(() => !document.fullscreenElement);
  await page.mouse.click(1800, 500);
  assert.equal(await at('#13'), '#13', 'a click on the right half is next');
  await page.mouse.click(100, 500);
  assert.equal(await at('#12'), '#12', 'on the left half, previous');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('swipes step; the cursor and indicators hide when idle', async () => {
  const page = await deck({ width: 1280, height: 720 }, '', { hasTouch: true });
  const swipe = (from, to) => page.evaluate(([from, to]) => {
    const touch = (x) => new Touch({ identifier: 1, target: document.body, clientX: x, clientY: 300 });
    document.dispatchEvent(new TouchEvent('touchstart', { changedTouches: [touch(from)], touches: [touch(from)], bubbles: true }));
    document.dispatchEvent(new TouchEvent('touchend', { changedTouches: [touch(to)], bubbles: true }));
  }, [from, to]);
  await swipe(900, 300);
  assert.equal(await page.evaluate(() => location.hash), '#2', 'a swipe to the left is next');
  await swipe(300, 900);
  assert.equal(await page.evaluate(() => location.hash), '#1', 'to the right, previous');
  await page.mouse.move(600, 300);
  assert.equal(await page.getAttribute('html', 'data-idle'), null);
  await page.waitForSelector('html[data-idle]', { state: 'attached', timeout: 5000 });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.deck')).cursor), 'none');
  await page.mouse.move(610, 310);
  assert.equal(await page.getAttribute('html', 'data-idle'), null, 'movement brings them back');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('reload and back/forward keep the place; hostile fragments give the nearest slide, in the deck and the speaker view', async () => {
  const page = await deck(undefined, '#7');
  assert.equal(await page.evaluate(() => location.hash), '#7');
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => location.hash), '#7');
  await page.keyboard.press('PageDown');
  await page.goto(ctx.server.base);
  await page.goBack();
  await ready(page);
  assert.equal(await page.evaluate(() => location.hash), '#8', 'back from another page returns to the slide');
  assert.match(await page.textContent('.deck-progress'), /^8 \//);
  await page.goForward();
  await page.goBack();
  await ready(page);
  assert.equal(await page.evaluate(() => location.hash), '#8');
  const total = Number((await page.textContent('.deck-progress')).split('/')[1]);
  for (const [fragment, expected] of [['#0', 1], ['#-3', 1], ['#abc', 1], ['#99999999999999999999', total], ['#3.5', 1],
    ['#%3Cimg%20id%3Dpwned%20src%3Dx%20onerror%3Dalert(1)%3E', 1], ['#' + '9'.repeat(10000), total], ['#%00', 1]]) {
    for (const speaker of [false, true]) {
      const p = await deck(undefined, `${speaker ? 'speaker/' : ''}${fragment}`);
      const label = `${speaker ? 'speaker ' : ''}${fragment.slice(0, 30)}`;
      p.dialogs = [];
      p.on('dialog', (d) => { p.dialogs.push(d.message()); d.dismiss(); });
      assert.equal(await p.evaluate(() => location.hash), `#${expected}`, label);
      assert.equal(await p.$('#pwned'), null, label);
      assert.deepEqual(p.dialogs, [], label);
      assert.deepEqual(p.problems, [], label);
      await p.context().close();
    }
  }
  await page.context().close();
});

test('the speaker view: current and next slide, the report\'s own notes, clocks; both windows in step both ways', async () => {
  const audience = await deck();
  const speaker = await audience.context().newPage();
  speaker.problems = [];
  speaker.on('pageerror', (e) => speaker.problems.push(e.message));
  await speaker.setViewportSize({ width: 1366, height: 768 });
  await speaker.goto(`${ctx.server.base}present/speaker/`);
  await ready(speaker);
  await audience.keyboard.press('PageDown');
  await audience.keyboard.press('PageDown');
  await speaker.waitForFunction(() => location.hash === '#3');
  const notes = await speaker.$$eval('.speaker-notes p', (ps) => ps.map((p) => p.textContent));
  const intro = await audience.evaluate(() => [...document.querySelectorAll('.deck .slide')][2].querySelector('.slide-paragraph').textContent);
  assert.ok(notes.includes(intro), 'notes quote the slide\'s text verbatim');
  assert.match(await speaker.textContent('.speaker-clock'), /已用时间\d\d:\d\d/);
  await speaker.keyboard.press('ArrowRight');
  await audience.waitForFunction(() => location.hash === '#4');
  const [now, next] = await speaker.$$eval('.slide-frame .slide-title', (hs) => hs.map((h) => h.textContent));
  const titles = await audience.$$eval('.deck .slide-title', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual([now, next], [titles[3], titles[4]]);
  await speaker.screenshot({ path: screenshotPath('speaker-1366.png') });
  assert.deepEqual(speaker.problems, []);
  await audience.context().close();
});

test('axe finds no WCAG A/AA violation on slides at 1920×1080, light and dark, or in the speaker view', async () => {
  for (const colorScheme of ['light', 'dark']) {
    // Reduced motion: the controls that hide after 3 s idle vanish at once instead of fading, so
    // axe never measures them half transparent (a slow run went idle mid-check).
    const page = await deck(undefined, '', { colorScheme, reducedMotion: 'reduce' });
    for (const n of [1, 2, 5, 12]) {
      await page.evaluate((n) => { location.hash = String(n); }, n);
      await page.waitForFunction((n) => location.hash === `#${n}`, n);
      await page.mouse.move(10 + n, 10);
      assert.deepEqual(await axe(page), [], `slide ${n} ${colorScheme}`);
    }
    await page.goto(`${ctx.server.base}present/speaker/`);
    await ready(page);
    assert.deepEqual(await axe(page), [], `speaker ${colorScheme}`);
    await page.context().close();
  }
});
