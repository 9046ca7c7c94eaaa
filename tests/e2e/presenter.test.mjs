// The presenter's kit: the overview (O), the speaker view in this tab (S) with 打开观众窗口 placed
// by the Window Management API or explained when it cannot be, the pacing timer on a faked clock,
// and the deck printed one slide per 16:9 page (and dist/present.pdf). Everything is derived from
// the deck being served, not from this year's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { site, open, ready, dist, screenshotPath, pdfText } from './browser.mjs';
import { axe } from './a11y.mjs';

const ctx = site();

async function deck(viewport = { width: 1920, height: 1080 }, suffix = '', options = {}, init) {
  const page = await open(ctx.browser, { viewport, ...options });
  if (init) await init(page);
  await page.goto(`${ctx.server.base}present/${suffix}`);
  await ready(page);
  return page;
}

const total = (page) => page.evaluate(() => document.querySelectorAll('.deck > .slide, .speaker-now .slide').length
  || Number(document.querySelector('.deck-progress').textContent.split('/')[1]));
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const hashIs = (page, n) => page.waitForFunction((n) => location.hash === `#${n}`, n, { timeout: 5000 });

test('O shows every slide in a grid, the current one marked; arrows move, Enter and a click jump, O and Esc close', async () => {
  for (const [viewport, colorScheme] of [[{ width: 1920, height: 1080 }, 'light'], [{ width: 1024, height: 768 }, 'dark']]) {
    const page = await deck(viewport, '#3', { reducedMotion: 'reduce', colorScheme });
    const count = await total(page);
    await page.keyboard.press('o');
    await page.waitForSelector('.deck-overview');
    const links = await page.$$eval('.deck-overview-link', (as) => as.map((a) => ({
      name: a.querySelector('.deck-overview-label').textContent, current: a.getAttribute('aria-current'), href: a.getAttribute('href'),
    })));
    const titles = await page.$$eval('.deck > .slide .slide-title', (hs) => hs.map((h) => h.textContent));
    assert.equal(links.length, count, 'one link a slide');
    links.forEach((link, i) => {
      assert.ok(link.name.startsWith(String(i + 1)) && link.name.includes(titles[i]), `link ${i + 1} named by number and title: ${link.name}`);
      assert.equal(link.href, `#${i + 1}`);
    });
    assert.deepEqual(links.flatMap((l, i) => (l.current ? [i + 1] : [])), [3], 'the current slide is marked');
    await page.waitForFunction(() => document.activeElement?.id === 'overview-slide-3');
    const columns = await page.$eval('#deck-overview-grid', (g) => getComputedStyle(g).gridTemplateColumns.split(' ').length);
    assert.ok(columns >= 3, `${columns} columns at ${viewport.width}`);
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedId(page), 'overview-slide-4');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((id) => document.activeElement?.id === id, `overview-slide-${4 + columns}`);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((id) => document.activeElement?.id === id, `overview-slide-${3 + columns}`);
    // Legible at this size: the labels are reading text, and none is cut off.
    const labels = await page.$$eval('.deck-overview-label', (ls) => ls.map((l) => ({
      px: parseFloat(getComputedStyle(l).fontSize), cut: l.scrollWidth > l.clientWidth + 1,
    })));
    assert.deepEqual(labels.filter((l) => l.px < 16 || l.cut), [], 'labels ≥ 16 px and whole');
    assert.deepEqual(await axe(page), [], `axe on the overview at ${viewport.width}, ${colorScheme}`);
    await page.screenshot({ path: screenshotPath(`overview-${viewport.width}-${colorScheme}.png`) });
    await page.keyboard.press('Enter');
    await hashIs(page, 3 + columns);
    assert.equal(await page.$('.deck-overview'), null, 'Enter jumps and closes');
    await page.keyboard.press('o');
    await page.waitForSelector('.deck-overview');
    await page.keyboard.press('End');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.deck-overview', { state: 'detached' });
    assert.equal(await page.evaluate(() => location.hash), `#${3 + columns}`, 'Esc closes without moving');
    await page.waitForFunction(() => document.activeElement?.id === 'deck-overview-button');
    // The visible control, and a click on a thumbnail.
    await page.mouse.move(50, 50);
    await page.click('.deck-controls button:has-text("总览")');
    await page.waitForSelector('.deck-overview');
    await page.click('#overview-slide-2');
    await hashIs(page, 2);
    assert.equal(await page.$('.deck-overview'), null);
    await page.keyboard.press('O');
    await page.waitForSelector('.deck-overview');
    await page.keyboard.press('O');
    await page.waitForSelector('.deck-overview', { state: 'detached' });
    await page.keyboard.press('PageDown');
    await hashIs(page, 3);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

/** Records `window.open` instead of opening (returning `answer`: a window, or null for a refusal). */
function recordOpen(refuse = false) {
  return (page) => page.addInitScript((refuse) => {
    window.__opened = [];
    window.open = (url, target, features) => { window.__opened.push({ url, target, features }); window.__calls?.push('open'); return refuse ? null : {}; };
  }, refuse);
}

/**
 * Stubs the Window Management API: two screens, the laptop (primary, this window) and a projector,
 * with its permission in `state` (granted, or prompt: not asked yet). Calls are recorded in order
 * with `window.open`'s in `window.__calls`.
 */
function twoScreens(state = 'granted') {
  return (page) => page.addInitScript((state) => {
    window.__calls = [];
    const laptop = { availLeft: 0, availTop: 0, availWidth: 1366, availHeight: 728, isPrimary: true, label: 'laptop' };
    const projector = { availLeft: 1366, availTop: 0, availWidth: 1920, availHeight: 1080, isPrimary: false, label: 'projector' };
    window.getScreenDetails = async () => { window.__calls.push('getScreenDetails'); return { screens: [laptop, projector], currentScreen: laptop }; };
    const query = navigator.permissions.query.bind(navigator.permissions);
    navigator.permissions.query = (descriptor) => (descriptor?.name === 'window-management' ? Promise.resolve({ state }) : query(descriptor));
  }, state);
}

const notice = (page) => page.waitForFunction(() => document.querySelector('.speaker-notice')?.textContent || false).then((h) => h.jsonValue());

test('S turns this tab into the speaker view; 打开观众窗口 opens the slides, in step, without a pop-up before the press', async () => {
  const page = await deck({ width: 1366, height: 768 }, '#2', {}, recordOpen());
  // The slides as the page adopted them from the server, to compare with the slides built anew.
  const slidesNow = () => page.$$eval('#main.deck > .slide', (slides) => slides.map((s) => ({ label: s.getAttribute('aria-label'), shown: !s.hidden, text: s.textContent })));
  const adopted = await slidesNow();
  await page.keyboard.press('s');
  await page.waitForSelector('.speaker');
  assert.equal(await page.evaluate(() => location.pathname.endsWith('/present/')), true, 'the same tab, the same page');
  assert.deepEqual(await page.evaluate(() => window.__opened), [], 'no window opened by S');
  assert.match(await page.textContent('.speaker-notes h2'), /^备注 · 2 \//);
  await page.keyboard.press('PageDown');
  await hashIs(page, 3);
  await page.click('text=打开观众窗口');
  await page.waitForFunction(() => window.__opened.length === 1);
  const [opened] = await page.evaluate(() => window.__opened);
  assert.ok(opened.url.endsWith('/present/#3'), `the audience window shows the current slide: ${opened.url}`);
  assert.equal(opened.features, undefined, 'no placement without the Window Management API');
  assert.match(await notice(page), /请把它拖到投影屏幕上/);
  await page.keyboard.press('s');
  await page.waitForSelector('.deck');
  await hashIs(page, 3);
  const built = await slidesNow();
  assert.deepEqual(built.filter((s) => s.shown).map((s) => s.label), [adopted[2].label], 'back from the speaker view, slide 3 alone shows');
  assert.deepEqual(built.map((s) => s.text), adopted.map((s) => s.text), 'the slides built anew say what the adopted ones said');
  assert.deepEqual(page.problems, []);
  await page.context().close();

  // A real window: the two stay in step both ways, and present/speaker/ opens its deck one folder up.
  const speaker = await deck({ width: 1366, height: 768 }, 'speaker/#5');
  const [audience] = await Promise.all([speaker.waitForEvent('popup'), speaker.click('text=打开观众窗口')]);
  await audience.waitForLoadState();
  assert.ok(new URL(audience.url()).pathname.endsWith('/present/'), audience.url());
  await ready(audience);
  await hashIs(audience, 5);
  await speaker.keyboard.press('ArrowRight');
  await hashIs(audience, 6);
  await audience.keyboard.press('ArrowLeft');
  await hashIs(speaker, 5);
  assert.match(await notice(speaker), /拖到投影屏幕|只找到一块屏幕|另一块屏幕/);
  assert.deepEqual(speaker.problems, []);
  await speaker.context().close();
});

test('with two screens the audience window is asked for fullscreen on the other; denied, missing or refused, the view says so', async () => {
  const placed = await deck({ width: 1366, height: 768 }, 'speaker/', {}, async (p) => { await twoScreens()(p); await recordOpen()(p); });
  await placed.click('text=打开观众窗口');
  await placed.waitForFunction(() => window.__opened.length === 1);
  const [{ features, target }] = await placed.evaluate(() => window.__opened);
  assert.equal(target, 'yitu-audience');
  assert.equal(features, 'popup,fullscreen,left=1366,top=0,width=1920,height=1080', 'fullscreen over the projector');
  assert.match(await notice(placed), /已在另一块屏幕上打开/);
  await placed.context().close();

  // Not permitted yet: the window opens at once (the browser's prompt could outlast the press),
  // then the permission is asked for the next press.
  const asking = await deck({ width: 1366, height: 768 }, 'speaker/', {}, async (p) => { await twoScreens('prompt')(p); await recordOpen()(p); });
  await asking.click('text=打开观众窗口');
  assert.match(await notice(asking), /允许后再按一次/);
  await asking.waitForFunction(() => window.__calls.includes('getScreenDetails'));
  assert.deepEqual(await asking.evaluate(() => window.__calls), ['open', 'getScreenDetails'], 'the window first, then the prompt');
  assert.equal((await asking.evaluate(() => window.__opened))[0].features, undefined);
  assert.deepEqual(asking.problems, []);
  await asking.context().close();

  const denied = await deck({ width: 1366, height: 768 }, 'speaker/', {}, async (p) => {
    await p.addInitScript(() => { window.getScreenDetails = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
    await recordOpen()(p);
  });
  await denied.click('text=打开观众窗口');
  assert.match(await notice(denied), /请把它拖到投影屏幕上/);
  assert.equal((await denied.evaluate(() => window.__opened))[0].features, undefined);
  assert.deepEqual(denied.problems, [], 'a refusal is not an error');
  await denied.context().close();

  const refused = await deck({ width: 1366, height: 768 }, 'speaker/', {}, recordOpen(true));
  await refused.click('text=打开观众窗口');
  assert.match(await notice(refused), /浏览器拦截了观众窗口/);
  await refused.keyboard.press('PageDown');
  await hashIs(refused, 2);
  assert.match(await refused.textContent('.speaker-notes h2'), /^备注 · 2 \//, 'and the view keeps working');
  assert.deepEqual(refused.problems, []);
  await refused.context().close();
});

test('the pacing timer: time left, and ahead, on time or behind in words and colour, on a faked clock; the target is remembered', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 768 } });
  await page.clock.install({ time: new Date('2026-11-30T09:00:00+08:00') });
  await page.goto(`${ctx.server.base}present/speaker/`);
  await ready(page);
  const count = Number((await page.textContent('.speaker-notes h2')).split('/')[1]);
  assert.ok(count >= 9, `${count} slides are enough to be ahead and behind`);
  // One minute a slide: after q minutes an evenly paced talk is on slide q + 1.
  const q = Math.floor((count - 1) / 3);
  const clock = (minutes) => `${String(minutes).padStart(2, '0')}:00`;
  await page.click('#speaker-target');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(count - 1));
  assert.equal(await page.evaluate(() => location.hash), '#1', 'digits typed into the field do not move the deck');
  const pace = async () => page.$eval('.speaker-pace', (p) => ({
    words: p.querySelector('.speaker-pace-words').textContent, left: p.querySelector('.speaker-time').textContent,
    colour: getComputedStyle(p.querySelector('.speaker-pace-words')).color, className: p.className,
  }));
  const start = await pace();
  assert.equal(start.words, '进度正常');
  assert.equal(start.left, `剩余 ${clock(count - 1)}`);
  await page.clock.fastForward(clock(q));
  await page.waitForFunction(() => document.querySelector('.speaker-pace-words')?.textContent === '进度落后');
  const behind = await pace();
  assert.equal(behind.left, `剩余 ${clock(count - 1 - q)}`);
  assert.match(await page.textContent('.speaker-pace'), new RegExp(`按时长应讲到第${q + 1}张`));
  const go = async (n, words) => {
    await page.evaluate(() => document.activeElement.blur());
    await page.keyboard.type(String(n));
    await page.keyboard.press('Enter');
    await page.waitForFunction((w) => document.querySelector('.speaker-pace-words')?.textContent === w, words);
    return pace();
  };
  const ahead = await go(q + 4, '进度超前');
  const onTime = await go(q + 1, '进度正常');
  assert.equal(new Set([behind.colour, ahead.colour, onTime.colour]).size, 3, 'three colours beside the three words');
  assert.deepEqual([behind.className, ahead.className, onTime.className].map((c) => c.split(' ')[1]), ['pace-behind', 'pace-ahead', 'pace-on-time']);
  await page.screenshot({ path: screenshotPath('speaker-pacing-1366.png') });
  await page.clock.fastForward(clock(count));
  await page.waitForFunction(() => document.querySelector('.speaker-pace .speaker-time')?.textContent.startsWith('超时'));
  await page.click('text=重新计时');
  await page.waitForFunction(() => document.querySelector('.speaker-clock .speaker-time')?.textContent === '00:00');
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#speaker-target'), String(count - 1), 'the target is remembered');
  assert.deepEqual(await axe(page), [], 'axe on the speaker view with pacing');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('printing the deck gives every slide on its own 16:9 page in the light theme, nothing cut; dist/present.pdf is that print', async () => {
  const page = await deck({ width: 1280, height: 720 }, '', { colorScheme: 'dark', reducedMotion: 'reduce' });
  const count = await total(page);
  await page.emulateMedia({ media: 'print' });
  const slides = await page.$$eval('.deck > .slide', (ss) => ss.map((s) => {
    const box = s.getBoundingClientRect();
    const cut = [...s.querySelectorAll('*')].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.top < box.top - 1);
    }).length;
    return { width: box.width, height: box.height, shown: getComputedStyle(s).display !== 'none', cut, overflow: s.scrollHeight > s.clientHeight + 1,
      background: getComputedStyle(s).backgroundColor };
  }));
  assert.equal(slides.length, count);
  slides.forEach((s, i) => {
    assert.ok(s.shown && Math.round(s.width) === 1280 && Math.round(s.height) === 720, `slide ${i + 1}: ${s.width}×${s.height}`);
    assert.equal(s.cut + Number(s.overflow), 0, `slide ${i + 1} cut off`);
  });
  assert.ok(slides.some((s) => s.background === 'rgb(255, 255, 255)'), 'content slides are white, not the dark theme');
  assert.equal(await page.isVisible('.deck-controls'), false, 'no controls in print');
  await page.context().close();

  const pdf = path.join(dist, 'present.pdf');
  assert.ok(fs.existsSync(pdf), 'dist/present.pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  assert.equal(Number(/Pages:\s+(\d+)/.exec(info)[1]), count, 'one page a slide');
  const pages = await pdfText(fs.readFileSync(pdf));
  assert.equal(pages.length, count);
  const titles = await (async () => {
    const p = await deck({ width: 1280, height: 720 });
    // The title's words (a divider's badge prints as a mark, not as text in reading order).
    const t = await p.$$eval('.deck > .slide .slide-title', (hs) => hs.map((h) => {
      const words = h.cloneNode(true);
      words.querySelectorAll('.badge').forEach((b) => b.remove());
      return words.textContent.normalize('NFKC').replace(/\s+/g, '');
    }));
    await p.context().close();
    return t;
  })();
  pages.forEach((p, i) => {
    assert.ok(Math.abs(p.width / p.height - 16 / 9) < 0.01, `page ${i + 1} is 16:9: ${p.width}×${p.height}`);
    assert.ok(p.text.includes(titles[i]), `page ${i + 1} shows slide ${i + 1}: ${titles[i]}`);
  });
  // Pictures of the pages, to look at (target/screenshots/deck-pdf-NN.png).
  const folder = path.dirname(screenshotPath('x'));
  for (const old of fs.readdirSync(folder).filter((f) => f.startsWith('deck-pdf-'))) fs.rmSync(path.join(folder, old));
  execFileSync('pdftoppm', ['-png', '-r', '48', pdf, screenshotPath('deck-pdf')]);
  const rendered = fs.readdirSync(path.dirname(screenshotPath('x'))).filter((f) => f.startsWith('deck-pdf-'));
  assert.equal(rendered.length, count);
});

test('the speaker view shows the start of the notes without scrolling on a 1366×768 and a 1024×768 laptop', async () => {
  for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 768 }]) {
    const page = await deck(viewport, 'speaker/#3');
    await page.waitForSelector('.speaker-notes');
    const place = await page.evaluate(() => {
      const heading = document.querySelector('.speaker-notes h2').getBoundingClientRect();
      const text = document.querySelector('.speaker-notes h2 + *')?.getBoundingClientRect();
      return { heading: heading.top, text: text ? text.top + 40 : heading.bottom, height: innerHeight, scrolled: scrollY };
    });
    assert.equal(place.scrolled, 0);
    assert.ok(place.text <= place.height, `${viewport.width}: the notes' first line at ${Math.round(place.text)} of ${place.height}`);
    await page.screenshot({ path: screenshotPath(`speaker-${viewport.width}x${viewport.height}.png`) });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});
