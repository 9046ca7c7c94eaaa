// Accessible to every citizen: WCAG 2.2 AA by axe-core and the accessibility tree, keyboard use,
// touch targets, reflow, text spacing, and 长辈模式 (font tiers, high contrast, persistence, 朗读).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, open, ready, screenshotPath, WECHAT, report as reportData, figuresOf, numberText } from './browser.mjs';
import { axe, axTree } from './a11y.mjs';

const ctx = site();

async function report(options, suffix = '') {
  const page = await open(ctx.browser, options);
  await page.goto(ctx.server.base + suffix);
  await ready(page);
  return page;
}

async function expandAll(page) {
  await page.getByRole('button', { name: '展开全部' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('details.expandable')].every((d) => d.open));
}

async function choose(page, ...labels) {
  await page.getByRole('button', { name: '长辈模式' }).click();
  for (const label of labels) await page.getByRole('button', { name: label, exact: true }).click();
  await page.getByRole('button', { name: '关闭' }).click();
}

test('axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation, phone and laptop, light and dark, all open', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 768 }]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await report({ viewport, colorScheme });
      await expandAll(page);
      // 目录 is a collapsed list on phones, a rail beside the text on laptops.
      if (await page.isVisible('.toc-details > summary')) await page.click('.toc-details > summary');
      const label = `${viewport.width} ${colorScheme}`;
      assert.deepEqual(await axe(page), [], label);
      await page.getByRole('button', { name: '长辈模式' }).click();
      assert.deepEqual(await axe(page), [], `${label}, 长辈模式 dialog open`);
      await page.context().close();
    }
  }
  const page = await open(ctx.browser);
  await page.goto(ctx.server.base + 'no/such/page');
  assert.deepEqual(await axe(page), [], '404');
  await page.context().close();
});

test('high contrast reaches 7:1 (axe color-contrast-enhanced), light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await report({ colorScheme });
    await choose(page, '高对比度');
    await expandAll(page);
    assert.equal(await page.getAttribute('html', 'data-contrast'), 'high');
    const violations = await axe(page, ['wcag2aaa']);
    assert.deepEqual(violations.filter((v) => v.startsWith('color-contrast')), [], colorScheme);
    await page.screenshot({ path: screenshotPath(`elder-high-contrast-390x844-${colorScheme}.png`) });
    await page.context().close();
  }
});

test('the accessibility tree: named controls, one h1, headings without gaps, landmarks, a live region', async () => {
  const page = await report({ viewport: { width: 1366, height: 768 } });
  await expandAll(page);
  const nodes = await axTree(page);
  const interactive = ['button', 'link', 'DisclosureTriangle', 'checkbox', 'radio', 'textbox', 'combobox'];
  const unnamed = nodes.filter((n) => interactive.includes(n.role) && !n.name.trim());
  assert.deepEqual(unnamed, []);
  const levels = nodes.filter((n) => n.role === 'heading').map((n) => n.level);
  assert.equal(levels.filter((l) => l === 1).length, 1, 'one h1');
  levels.forEach((level, i) => assert.ok(i === 0 || level <= levels[i - 1] + 1, `heading ${i} jumps from h${levels[i - 1]} to h${level}`));
  for (const role of ['banner', 'navigation', 'main', 'contentinfo']) assert.ok(nodes.some((n) => n.role === role), role);
  assert.ok(nodes.some((n) => n.role === 'status' || n.live === 'polite'), 'a live region for announcements');
  await page.context().close();
});

test('keyboard: the dialog keeps focus inside, Esc closes it and focus returns; focus is visible and never hidden', async () => {
  const page = await report();
  await page.focus('.reading-open');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.getElementById('reading-dialog').open), true);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => !!document.activeElement.closest('#reading-dialog')), true, `tab ${i} left the dialog`);
  }
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.getElementById('reading-dialog').open), false);
  assert.equal(await page.evaluate(() => document.activeElement.className.includes('reading-open')), true, 'focus returns');
  // Tab through the page: every stop shows a 3 px outline and is not covered by the top bar.
  await page.evaluate(() => document.activeElement.blur());
  let stops = 0;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement === document.body)) break; // past the last control
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      // A tile's link covers its tile, and the ring is drawn around the tile.
      const style = getComputedStyle(el.closest('.tile') ?? el);
      const rect = el.getBoundingClientRect();
      const bar = document.querySelector('.top-bar').getBoundingClientRect();
      const covered = !el.closest('.top-bar') && rect.top < bar.bottom && rect.bottom > bar.top;
      return { id: el.outerHTML.slice(0, 60), outline: parseFloat(style.outlineWidth), style: style.outlineStyle, covered, visible: rect.bottom > 0 && rect.top < innerHeight };
    });
    stops += 1;
    assert.ok(stop.outline >= 3 && stop.style !== 'none', `no visible focus ring on ${stop.id}`);
    assert.ok(stop.visible && !stop.covered, `focus hidden: ${stop.id}`);
  }
  assert.ok(stops >= 15, `tabbing moves through the page (${stops} stops)`);
  await page.context().close();
});

/** Every fixed or sticky element on screen but the top bar that covers a line of the page's text
 * (a text node's line boxes), as `what: text`. */
function coveringText(page) {
  return page.evaluate(() => {
    const floating = [...document.querySelectorAll('body *')].filter((el) => {
      const position = getComputedStyle(el).position;
      const r = el.getBoundingClientRect();
      return (position === 'fixed' || position === 'sticky') && !el.closest('.top-bar') && r.width > 0 && r.height > 0
        && r.bottom > 0 && r.top < innerHeight && getComputedStyle(el).visibility !== 'hidden';
    });
    const lines = [];
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.bottom > 0 && r.top < innerHeight && r.width > 0) lines.push({ r, node });
    }
    const found = [];
    for (const el of floating) {
      const f = el.getBoundingClientRect();
      for (const { r, node } of lines) {
        if (el.contains(node.parentNode)) continue;
        if (r.left < f.right && r.right > f.left && r.top < f.bottom && r.bottom > f.top) {
          found.push(`${el.className || el.tagName}: ${node.textContent.trim().slice(0, 20)}`);
        }
      }
    }
    return found;
  });
}

test('nothing but the top bar stays over the text while reading down a phone at 标准 and 特大, and 目录 and 搜索 are on the first screen', async () => {
  for (const tier of ['标准', '特大']) {
    const page = await report({ viewport: { width: 390, height: 844 }, userAgent: WECHAT, hasTouch: true, isMobile: true });
    if (tier !== '标准') await choose(page, tier);
    await expandAll(page);
    await page.evaluate(() => scrollTo(0, 0));
    for (const name of ['目录', '搜索', '长辈模式']) {
      const box = await page.getByRole(name === '长辈模式' ? 'button' : 'link', { name, exact: true }).boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `${tier}: ${name} on the first screen`);
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    let checked = 0;
    for (let y = 0; y < height - 844; y += 600) {
      await page.evaluate((to) => scrollTo(0, to), y);
      assert.deepEqual(await coveringText(page), [], `${tier}, scrolled to ${y}`);
      const bar = await page.locator('.top-bar').boundingBox();
      assert.ok(bar && bar.y === 0 && bar.height <= 64, `${tier}, scrolled to ${y}: the bar stays at the top, ${JSON.stringify(bar)}`);
      checked += 1;
    }
    assert.ok(checked >= 3, `${tier}: ${checked} screens checked`);
    if (tier === '特大') await page.screenshot({ path: screenshotPath('top-bar-390-x-large.png') });
    // 搜索 brings the field up with the keyboard's focus, below the bar; 目录 opens the list.
    await page.getByRole('link', { name: '搜索', exact: true }).click();
    const field = await page.evaluate(() => {
      const el = document.activeElement;
      const bar = document.querySelector('.top-bar').getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return { id: el.id, below: r.top >= bar.bottom && r.bottom <= innerHeight };
    });
    assert.deepEqual(field, { id: 'report-search-input', below: true }, tier);
    await page.getByRole('link', { name: '目录', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.toc-details').open);
    const list = await page.evaluate(() => {
      const r = document.getElementById('toc-list').getBoundingClientRect();
      return r.top >= document.querySelector('.top-bar').getBoundingClientRect().bottom && r.top < innerHeight;
    });
    assert.ok(list, `${tier}: the list opened below the bar`);
    await page.context().close();
  }
});

test('touch targets are at least 44×44 px', async () => {
  const page = await report();
  await expandAll(page);
  await page.click('.toc-details > summary');
  const small = await page.evaluate(() => [...document.querySelectorAll('button, summary, .key-figure, .toc-list a, .toc-details > summary, a.share-item, a.share-open')]
    .map((el) => ({ el: el.textContent.trim().slice(0, 20), r: el.getBoundingClientRect() }))
    .filter(({ r }) => (r.width > 0 || r.height > 0) && (r.width < 44 || r.height < 44)).map(({ el, r }) => `${el} ${r.width}×${r.height}`));
  assert.deepEqual(small, []);
  await page.context().close();
});

test('font tiers: 特大 makes phone body text at least 24 px, persists before first paint, and keeps the layout intact', async () => {
  const sizes = {};
  for (const tier of ['标准', '大', '特大']) {
    const page = await report({ viewport: { width: 320, height: 700 } });
    await choose(page, tier);
    await expandAll(page);
    sizes[tier] = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.item')).fontSize));
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${tier}: ${scroll}px wide at 320px`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath(`elder-font-${tier}-390x844.png`) });
    await page.context().close();
  }
  assert.ok(sizes['标准'] >= 16 && sizes['大'] > sizes['标准'] && sizes['特大'] >= 24, JSON.stringify(sizes));
  // Persisted, and applied by the early script before the app starts.
  const page = await report();
  await choose(page, '特大', '高对比度');
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => { window.__earlyFont = document.documentElement.dataset.font; });
  });
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => window.__earlyFont), 'x-large');
  assert.equal(await page.getAttribute('html', 'data-contrast'), 'high');
  assert.equal(await page.getAttribute('.option[aria-pressed="true"]', 'aria-pressed'), 'true');
  await page.context().close();
});

test('WeChat\'s own text enlargement (emulated: the browser\'s default font size doubled, as its text zoom does) keeps every tier intact', async () => {
  // WeChat scales text through the WebView's text zoom; every size here is relative (rem, %, em), so
  // doubling Chromium's default font size scales the page the same way.
  for (const tier of ['标准', '特大']) {
    const page = await report({ viewport: { width: 390, height: 844 } });
    await choose(page, tier);
    await expandAll(page);
    const normal = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.item')).fontSize));
    const client = await page.context().newCDPSession(page);
    await client.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const enlarged = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.item')).fontSize));
    assert.ok(enlarged >= normal * 1.9, `${tier}: ${normal}px became ${enlarged}px`);
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 });
      const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= inner, `${tier} enlarged: ${scroll}px wide at ${width}px`);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath(`wechat-enlarged-${tier}-390x844.png`) });
    await page.context().close();
  }
});

test('without localStorage (private mode) everything else still works', async () => {
  const page = await open(ctx.browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(ctx.server.base);
  await ready(page);
  await choose(page, '大');
  assert.equal(await page.getAttribute('html', 'data-font'), 'large');
  await page.click('#area-2 > summary');
  await page.waitForFunction(() => document.getElementById('area-2').open);
  assert.deepEqual(page.problems, []);
  assert.equal(await page.isHidden('#app-notice'), true);
  await page.context().close();
});

test('朗读 without a Chinese voice (headless Chromium has none, as WeChat often does not) says so in the dialog, with what to do instead', async () => {
  const page = await report({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, userAgent: WECHAT });
  const localChinese = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => v.localService && v.lang.toLowerCase().startsWith('zh')).length);
  assert.equal(localChinese, 0, 'this check assumes no local Chinese voice, as in headless Chromium');
  await page.getByRole('button', { name: '长辈模式' }).click();
  const said = await page.textContent('.speech-unavailable');
  assert.ok(said.includes('没有中文语音') && said.includes('读屏') && said.includes('听全文'), said);
  assert.equal(await page.getByRole('button', { name: '从当前位置朗读' }).count(), 0);
  await page.screenshot({ path: screenshotPath('elder-speech-no-voice-390x844.png') });
  await page.context().close();
});

/** A page whose browser has a local Chinese voice: a stand-in for the speech engine that records
 * what it is given (`window.__spoken`: each utterance's text and rate) and ends each utterance at
 * once, one after another, unless the test holds them (`window.__hold = true`). */
async function withChineseVoice(options) {
  const page = await open(ctx.browser, options);
  await page.addInitScript(() => {
    const voice = Object.create(SpeechSynthesisVoice.prototype, {
      lang: { value: 'zh-CN' }, localService: { value: true }, name: { value: '中文' }, voiceURI: { value: 'zh' }, default: { value: true },
    });
    class Utterance extends EventTarget {
      constructor(text) { super(); this.text = text; this.rate = 1; }
    }
    class Engine extends EventTarget {
      constructor() { super(); this.queue = []; this.paused = false; this.speaking = false; }
      getVoices() { return [voice]; }
      speak(u) { window.__spoken.push({ text: u.text, rate: u.rate }); this.queue.push(u); this.next(); }
      next() {
        if (window.__hold || this.speaking || !this.queue.length) return;
        const u = this.queue.shift();
        this.speaking = true;
        setTimeout(() => { this.speaking = false; u.dispatchEvent(new Event('end')); this.next(); }, 10);
      }
      cancel() { window.__cancelled = (window.__cancelled || 0) + 1; this.queue = []; }
      pause() { this.paused = true; }
      resume() { this.paused = false; }
    }
    window.__spoken = [];
    window.__hold = false;
    Object.defineProperty(window, 'speechSynthesis', { value: new Engine() });
    window.SpeechSynthesisUtterance = Utterance;
  });
  return page;
}

test('朗读 with a Chinese voice starts at the section in view, reads a figure with its unit, shows a bar that pauses and stops it, at the chosen speed', async () => {
  const page = await withChineseVoice({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, userAgent: WECHAT });
  // The third section of whatever report is under test, and the first figure it states.
  const third = reportData().derived.sections[2];
  const figure = figuresOf().find((f) => f.sectionId === third.id);
  await page.goto(`${ctx.server.base}#${third.id}`);
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  await page.evaluate(() => { window.__hold = true; });
  // (Opened as a tap does: Playwright's own click first scrolls the sticky top bar's button
  // "into view", which moves the page on from the section the address opened.)
  await page.getByRole('button', { name: '长辈模式' }).dispatchEvent('click');
  await page.getByRole('button', { name: '慢', exact: true }).click();
  await page.getByRole('button', { name: '从当前位置朗读' }).click();
  const bar = page.getByRole('region', { name: '朗读' });
  await bar.waitFor();
  assert.equal(await bar.getByRole('status').textContent(), '正在朗读');
  const spoken = await page.evaluate(() => window.__spoken);
  // From the third section (the one the address opened), not from 总览: its heading first, then
  // its items.
  assert.equal(spoken[0].text, third.heading);
  assert.ok(spoken.every((s) => s.rate === 0.75), 'at the slow speed');
  assert.ok(!spoken.some((s) => s.text.includes('总览')), 'nothing above the section in view');
  // A figure with its unit, in its item's words, without the item's 分享 link.
  const item = spoken.find((s) => s.text === figure.item);
  assert.ok(item && item.text.includes(`${numberText(figure)}${figure.unit}`), JSON.stringify({ item, figure }));
  // Over no text: the bar is a row of the top bar.
  const [barBox, topBar] = await page.evaluate(() => [document.querySelector('.speaking-bar'), document.querySelector('.top-bar')].map((e) => e.getBoundingClientRect().bottom));
  assert.ok(barBox <= topBar, 'in the top bar');
  await page.screenshot({ path: screenshotPath('elder-speech-reading-390x844.png') });
  await bar.getByRole('button', { name: '暂停' }).click();
  assert.equal(await page.evaluate(() => speechSynthesis.paused), true);
  assert.equal(await bar.getByRole('status').textContent(), '朗读已暂停');
  await bar.getByRole('button', { name: '继续' }).click();
  assert.equal(await page.evaluate(() => speechSynthesis.paused), false);
  await bar.getByRole('button', { name: '停止' }).click();
  await bar.waitFor({ state: 'detached' });
  assert.ok(await page.evaluate(() => window.__cancelled) >= 2, 'stopped in the engine too');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('朗读选中的文字: words selected before opening 长辈模式 are read, alone; without a selection the button is not there', async () => {
  const page = await withChineseVoice({ viewport: { width: 1366, height: 768 } });
  await page.goto(ctx.server.base);
  await ready(page);
  await page.getByRole('button', { name: '长辈模式' }).click();
  assert.equal(await page.getByRole('button', { name: '朗读选中的文字' }).count(), 0, 'nothing selected, no button');
  await page.getByRole('button', { name: '关闭' }).click();
  // The reader selects the review's opening sentence with the mouse, as a reader does.
  const intro = page.locator('.intro').first();
  const box = await intro.boundingBox();
  await page.mouse.move(box.x + 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + 8, { steps: 5 });
  await page.mouse.up();
  const selected = await page.evaluate(() => getSelection().toString().trim());
  assert.ok(selected.length > 5, `selected: ${selected}`);
  await page.evaluate(() => { window.__hold = true; });
  await page.getByRole('button', { name: '长辈模式' }).click();
  await page.getByRole('button', { name: '朗读选中的文字' }).click();
  await page.getByRole('region', { name: '朗读' }).waitFor();
  const spoken = await page.evaluate(() => window.__spoken.map((s) => s.text));
  assert.deepEqual(spoken, [selected.split(/\s+/).join(' ')], 'the selected words, and nothing else');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('指读: a tapped paragraph is read on from there (连读); the bar goes when the reading ends', async () => {
  const page = await withChineseVoice({ viewport: { width: 1366, height: 768 } });
  await page.goto(ctx.server.base);
  await ready(page);
  await page.getByRole('button', { name: '长辈模式' }).click();
  await page.getByRole('button', { name: '指读', exact: true }).click();
  await page.getByRole('button', { name: '关闭' }).click();
  await page.evaluate(() => { window.__hold = true; });
  // The first section of the report under test with two items or more: a tap on its first is read
  // on from there; the mouse resting on its second reads that one alone.
  const section = reportData().derived.sections.find((s) => s.items.length >= 2);
  const [first, second] = section.items;
  const opening = (text) => text.replace(/\s+/g, '').slice(0, 8);
  await page.evaluate((id) => { document.getElementById(id).open = true; }, section.id);
  const item = page.locator(`#${section.id}-item-1`);
  await item.click({ position: { x: 20, y: 10 } });
  await page.getByRole('region', { name: '朗读' }).waitFor();
  const spoken = await page.evaluate(() => window.__spoken.map((s) => s.text));
  assert.ok(spoken[0].replace(/\s+/g, '').startsWith(opening(first.text)), `${spoken[0]} is not ${first.text}`);
  assert.ok(spoken.length > 1, 'and on from it');
  // Let the engine read it all: the bar goes at the end.
  await page.evaluate(() => { window.__hold = false; speechSynthesis.next(); });
  await page.getByRole('region', { name: '朗读' }).waitFor({ state: 'detached', timeout: 15000 });
  // The mouse resting on one paragraph reads that one alone.
  await page.evaluate(() => { window.__spoken = []; window.__hold = true; });
  await page.locator(`#${section.id}-item-2`).hover({ position: { x: 30, y: 10 } });
  await page.waitForFunction(() => window.__spoken.length > 0, null, { timeout: 5000 });
  const rested = await page.evaluate(() => window.__spoken.map((s) => s.text));
  assert.equal(rested.length, 1, JSON.stringify(rested));
  assert.ok(rested[0].replace(/\s+/g, '').startsWith(opening(second.text)), `${rested[0]} is not ${second.text}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('reflow at 200% zoom and with WCAG 1.4.12 text spacing: no sideways scrolling, nothing clipped', async () => {
  const page = await report({ viewport: { width: 640, height: 400 } });
  await expandAll(page);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.append(style);
  });
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `${scroll}px wide at 640px`);
  const clipped = await page.evaluate(() => [...document.querySelectorAll('main *:not(.visually-hidden)')].filter((el) => {
    const s = getComputedStyle(el);
    return (s.overflow === 'hidden' || s.overflowY === 'hidden') && el.scrollHeight > el.clientHeight + 1;
  }).length);
  assert.equal(clipped, 0);
  await page.context().close();
});

test('reduced motion turns transitions off', async () => {
  const page = await report({ reducedMotion: 'reduce' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.toggle-hint')).transitionDuration), '0s');
  await page.context().close();
});

test('简约模式: one column of text and figures without chart controls, icons or animation, more space between lines, kept before first paint on reload', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 768 }]) {
    const page = await report({ viewport });
    const lineHeight = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.item')).lineHeight) / parseFloat(getComputedStyle(document.querySelector('.item')).fontSize));
    const before = await lineHeight();
    await choose(page, '简约模式');
    assert.equal(await page.getAttribute('html', 'data-simple'), 'on');
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => { window.__earlySimple = document.documentElement.dataset.simple; });
    });
    await page.reload();
    await ready(page);
    assert.equal(await page.evaluate(() => window.__earlySimple), 'on', 'applied before the app starts');
    await expandAll(page);
    assert.ok((await lineHeight()) >= 1.9 && (await lineHeight()) > before, `line height ${before} → ${await lineHeight()}`);
    const shown = (selector) => page.evaluate((s) => [...document.querySelectorAll(s)].filter((e) => e.getClientRects().length).length, selector);
    for (const gone of ['.icon', '.chart-export', '.embed-action', '.share-item']) assert.equal(await shown(gone), 0, `${viewport.width}: ${gone}`);
    // No decoration: no band behind the tiles' headings, no gradient on the header, the numbering
    // written as text ("一、坚持…").
    const look = await page.evaluate(() => ({
      band: getComputedStyle(document.querySelector('.tile-heading')).backgroundColor,
      header: getComputedStyle(document.querySelector('.site-header')).backgroundImage,
      heading: document.querySelector('.tile-heading').innerText.replace(/\s+/g, ''),
      // The numbering on the title's first line, not a line of its own.
      lines: (() => {
        const [badge, title] = ['.tile-heading .badge', '.tile-heading .tile-title'].map((s) => document.querySelector(s));
        return badge ? Math.abs(badge.getBoundingClientRect().top - title.getClientRects()[0].top) : 0;
      })(),
    }));
    assert.ok(look.lines < 4, `${viewport.width}: the numbering is ${look.lines} px off the title's first line`);
    assert.equal(look.band, 'rgba(0, 0, 0, 0)', `${viewport.width}: the tiles' headings on no band`);
    assert.equal(look.header, 'none', `${viewport.width}: a plain header`);
    assert.equal(look.heading, reportData().review.areas[0].heading.replace(/\s+/g, ''), `${viewport.width}: the first tile's heading as the report writes it`);
    // One column: the tiles one under another, and the text not beside a rail.
    const lefts = await page.evaluate(() => new Set([...document.querySelectorAll('.tile')].map((t) => Math.round(t.getBoundingClientRect().left))).size);
    assert.equal(lefts, 1, `${viewport.width}: the tiles in one column`);
    const [text, rail] = await page.evaluate(() => ['.report-text', '.report-rail'].map((s) => document.querySelector(s)?.getBoundingClientRect().top ?? 0));
    assert.ok(!rail || text > rail, `${viewport.width}: the contents rail above the text, not beside it`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.tile')).transitionDuration.split(',').every((d) => parseFloat(d) === 0)), true);
    assert.deepEqual(await axe(page), [], `${viewport.width} 简约模式`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath(`elder-simple-${viewport.width}x${viewport.height}.png`) });
    // And back.
    await choose(page, '简约模式');
    assert.equal(await page.getAttribute('html', 'data-simple'), null);
    assert.ok(await shown('.icon') > 0);
    await page.context().close();
  }
});

test('大字幕 shows the focused or pointed words very large at the bottom; 十字线 follows the mouse; both off by default and gone in print', async () => {
  const page = await report({ viewport: { width: 1366, height: 768 } });
  assert.equal(await page.locator('.caption-bar, .crosshair').count(), 0, 'off by default');
  await choose(page, '大字幕', '十字线');
  // The focus on a section's heading: its words in the bar (the mouse set aside, on the top bar's
  // empty end, where nothing is captioned).
  await page.mouse.move(2, 2);
  const summary = page.locator('details.expandable > summary').first();
  await summary.focus();
  const words = (await summary.textContent()).split(/\s+/).filter(Boolean).join(' ');
  await page.waitForFunction((w) => document.querySelector('.caption-bar')?.textContent === w, words);
  const bar = await page.evaluate(() => {
    const b = document.querySelector('.caption-bar'), box = b.getBoundingClientRect();
    return { size: parseFloat(getComputedStyle(b).fontSize), bottom: box.bottom, hidden: b.getAttribute('aria-hidden') };
  });
  assert.ok(bar.size >= 36, `the bar's text ${bar.size}px`);
  assert.equal(Math.round(bar.bottom), 768);
  assert.equal(bar.hidden, 'true', 'screen readers read the page, not the bar');
  // The pointer resting on a paragraph: its words.
  const intro = page.locator('.intro').first();
  await intro.hover();
  const introWords = (await intro.textContent()).split(/\s+/).filter(Boolean).join(' ');
  await page.waitForFunction((w) => document.querySelector('.caption-bar')?.textContent === w, introWords);
  // All of a long paragraph at once (set smaller, still large), and the crosshair under the words.
  const long = await page.evaluate(() => {
    const b = document.querySelector('.caption-bar');
    const [bar, cross] = [b, document.getElementById('crosshair-vertical')].map((e) => Number(getComputedStyle(e).zIndex));
    return { fits: b.scrollHeight <= b.clientHeight, size: parseFloat(getComputedStyle(b).fontSize), above: bar > cross };
  });
  assert.ok(long.fits && long.size >= 28, `the opening paragraph whole in the bar, at ${long.size}px`);
  assert.ok(long.above, 'the crosshair never crosses the bar\'s words');
  await page.screenshot({ path: screenshotPath('elder-captions-crosshair-1366x768.png') });
  // The crosshair through the mouse.
  await page.mouse.move(400, 300);
  const cross = () => page.evaluate(() => ['horizontal', 'vertical'].map((d) => {
    const box = document.getElementById(`crosshair-${d}`).getBoundingClientRect();
    return d === 'horizontal' ? box.top + box.height / 2 : box.left + box.width / 2;
  }));
  const through = async (x, y) => {
    const [across, down] = await cross();
    assert.ok(Math.abs(across - y) <= 1 && Math.abs(down - x) <= 1, `the lines at ${across}, ${down} for the mouse at ${x}, ${y}`);
  };
  await through(400, 300);
  await page.mouse.move(700, 500);
  await through(700, 500);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('.caption-bar, .crosshair')].filter((e) => e.getClientRects().length).length), 0, 'neither prints');
  await page.emulateMedia({ media: 'screen' });
  await choose(page, '大字幕', '十字线');
  assert.equal(await page.locator('.caption-bar, .crosshair').count(), 0, 'off again');
  await page.context().close();
});

test('特大 everywhere on a phone: no label or heading leaves one character alone on its last line at any tier, and an open section\'s heading takes the card\'s width', async () => {
  for (const tier of ['标准', '大', '特大']) {
    const page = await report({ viewport: { width: 390, height: 844 } });
    await choose(page, tier);
    await expandAll(page);
    const { lone, lines } = await page.evaluate(() => {
      const lone = [];
      for (const el of document.querySelectorAll('.key-figure-label, .tile-label, .tile-title, .section-title, .chart-title, .group-heading')) {
        if (!el.getClientRects().length) continue;
        // Each character's line (its box's top), in order.
        const tops = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.length; i++) {
            if (!node.data[i].trim()) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getBoundingClientRect();
            if (box.width) tops.push(Math.round(box.top));
          }
        }
        const last = tops.at(-1);
        if (new Set(tops).size > 1 && tops.filter((t) => Math.abs(t - last) < 3).length === 1) lone.push(el.textContent);
      }
      const title = document.querySelector('details.expandable[open] .section-title');
      return { lone, lines: Math.round(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight)) };
    });
    assert.deepEqual(lone, [], `${tier}: a character alone on a line`);
    assert.ok(lines <= 4, `${tier}: the first section's heading in ${lines} lines`);
    await page.context().close();
  }
});
