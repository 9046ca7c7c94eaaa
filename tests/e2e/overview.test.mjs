// 总览 as a reader meets it: directly after the header, one tile per section, each heading verbatim
// with its badge and icon, its figures large (or its sub-headings); every tile is one link that
// opens and shows its section, with and without JavaScript; where the tiles stand on a phone, a
// laptop and a wide screen; the contents rail on wide screens; print shows the overview once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, open, ready, screenshotPath, linesOf, report, AT_TOP } from './browser.mjs';

const ctx = site();

/** Every tile: its link's target and text, the section's own heading text, and what it shows. */
const tiles = (page) => page.$$eval('.overview .tile', (items) => items.map((tile) => {
  const link = tile.querySelector('a.tile-link');
  const id = link.getAttribute('href').slice(1);
  const summary = document.querySelector(`details#${CSS.escape(id)} > summary .section-heading`);
  return {
    id,
    links: tile.querySelectorAll('a').length,
    text: link.textContent,
    sectionHeading: summary?.textContent ?? null,
    icon: !!tile.querySelector('svg.icon[aria-hidden="true"] path[d]'),
    sectionIcon: !!summary?.querySelector('svg.icon[aria-hidden="true"] path[d]'),
    figures: [...tile.querySelectorAll('.tile-figure')].map((f) => f.textContent),
    headings: [...tile.querySelectorAll('.tile-headings li')].map((h) => h.textContent),
  };
}));

test('directly after the header: a tile per section, its heading verbatim with badge and icon, its figures or its sub-headings', async () => {
  const page = await open(ctx.browser);
  await page.goto(ctx.server.base);
  await ready(page);
  const after = await page.evaluate(() => {
    const header = document.querySelector('.site-header');
    const main = document.querySelector('main');
    // The overview is a part of its own, in a host that lays out no box (`display: contents`).
    const first = main.firstElementChild;
    return [header.nextElementSibling === main, (first.classList.contains('part-host') ? first.firstElementChild : first).id];
  });
  assert.deepEqual(after, [true, 'overview'], 'the overview opens the main content, right after the header');
  const found = await tiles(page);
  const sections = await page.$$eval('details.expandable', (d) => d.map((e) => e.id));
  assert.deepEqual(found.map((t) => t.id), sections, 'one tile per section, in page order');
  const lines = linesOf();
  for (const tile of found) {
    assert.equal(tile.links, 1, `${tile.id}: one link`);
    assert.ok(lines.includes(tile.text), `${tile.id}: "${tile.text}" is a line of the source, verbatim`);
    assert.equal(tile.text, tile.sectionHeading, `${tile.id}: the heading as the section's`);
    assert.ok(tile.icon && tile.sectionIcon, `${tile.id}: the same icon on the tile and the section`);
    assert.ok((tile.figures.length >= 1 && tile.figures.length <= 3) !== (tile.headings.length > 0), `${tile.id}: figures or sub-headings`);
    // A figure on a tile is one the section states, as written (number, unit and words).
    for (const figure of tile.figures) {
      const stated = await page.$$eval(`#${tile.id} .figure`, (f) => f.map((e) => e.textContent));
      assert.ok(stated.some((s) => figure.startsWith(s)), `${tile.id}: ${figure} is stated in the section`);
    }
  }
  // An area that states no figure shows its sub-headings: the section's own.
  for (const tile of found.filter((t) => t.headings.length > 0)) {
    const own = await page.$$eval(`#${tile.id} .group-heading, #${tile.id} .tasks .item`, (h) => h.map((e) => e.textContent));
    assert.deepEqual(tile.headings, own, `${tile.id}: its own sub-headings`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('each tile opens and shows its section with JavaScript, and scrolls to it without', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const page = await open(ctx.browser, { javaScriptEnabled });
    await page.goto(ctx.server.base);
    if (javaScriptEnabled) await ready(page);
    const ids = await page.$$eval('.overview a.tile-link', (links) => links.map((a) => a.getAttribute('href').slice(1)));
    for (const id of ids) {
      await page.evaluate(() => window.scrollTo(0, 0));
      // A tap anywhere on the tile, here its lower part, away from the heading's text.
      const tile = page.locator(`.overview .tile:has(a[href="#${id}"])`);
      const box = await tile.boundingBox();
      await tile.click({ position: { x: box.width / 2, y: box.height - 12 } });
      await page.waitForFunction((id) => location.hash === `#${id}`, id);
      if (javaScriptEnabled) {
        // Opened, and brought to the top of the screen, below the top bar.
        await page.waitForFunction((id) => document.getElementById(id).open, id);
        // (A short report's last sections go as far up as the page goes.)
        await page.waitForFunction(AT_TOP, id, { timeout: 5000 });
      } else {
        // The browser scrolls to it (the last ones as far as the page goes): its heading is in view.
        await page.waitForFunction((id) => {
          const r = document.querySelector(`#${id} > summary`).getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }, id, { timeout: 5000 });
      }
    }
    assert.deepEqual(page.problems, [], `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
    await page.context().close();
  }
});

test('the keyboard reaches every tile in order; Enter opens its section', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 768 } });
  await page.goto(ctx.server.base);
  await ready(page);
  const ids = await page.$$eval('.overview a.tile-link', (links) => links.map((a) => a.getAttribute('href').slice(1)));
  const reached = [];
  for (let n = 0; n < 30 && reached.length < ids.length; n++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement.closest('.overview a.tile-link')?.getAttribute('href'));
    if (href) reached.push(href.slice(1));
  }
  assert.deepEqual(reached, ids);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.getElementById(id).open, ids.at(-1));
  await page.context().close();
});

/** The tiles' boxes in page coordinates. */
const boxes = (page) => page.$$eval('.overview .tile', (t) => t.map((e) => {
  const r = e.getBoundingClientRect();
  return { top: Math.round(r.top + scrollY), left: Math.round(r.left), width: Math.round(r.width), bottom: Math.round(r.bottom + scrollY) };
}));

test('where the tiles stand: on a phone the five areas begin within two screens; on laptops three or more a row; wide screens use the width', async () => {
  const areas = (page) => page.$$eval('.overview .tiles:not(.tiles-parts) .tile', (t) => t.length);
  for (const [width, height] of [[390, 844], [1366, 768], [1920, 1080]]) {
    const page = await open(ctx.browser, { viewport: { width, height } });
    await page.goto(ctx.server.base);
    await ready(page);
    const all = await boxes(page);
    const count = await areas(page);
    const label = `${width}×${height}`;
    if (width === 390) {
      for (const [n, box] of all.slice(0, count).entries()) assert.ok(box.top < 2 * height, `${label}: area tile ${n + 1} begins at ${box.top}`);
    } else {
      const firstRow = all.filter((b) => b.top === all[0].top).length;
      assert.ok(firstRow >= 3, `${label}: ${firstRow} tiles in the first row`);
      const left = Math.min(...all.map((b) => b.left));
      const right = Math.max(...all.map((b) => b.left + b.width));
      assert.ok(right - left >= 0.85 * (width - 40) || right - left >= 1400, `${label}: the overview spans ${right - left} px`);
      const measure = await page.$eval('.report-text', (e) => e.getBoundingClientRect().width);
      assert.ok(measure <= 46 * 19 + 1, `${label}: the text keeps its measure (${measure} px)`);
    }
    await page.screenshot({ path: screenshotPath(`overview-${width}x${height}.png`) });
    await page.context().close();
  }
});

test('on wide screens the contents rail stays beside the text and marks the section being read', async () => {
  const page = await open(ctx.browser, { viewport: { width: 1366, height: 768 } });
  await page.goto(ctx.server.base + '#area-3');
  await ready(page);
  const rail = await page.$eval('.report-rail', (r) => {
    const box = r.getBoundingClientRect();
    const text = document.querySelector('.report-text').getBoundingClientRect();
    return { visible: box.width > 0 && box.top >= 0 && box.top < innerHeight, beside: box.right <= text.left };
  });
  assert.deepEqual(rail, { visible: true, beside: true });
  const links = await page.$$eval('.report-rail .toc-list a', (a) => a.filter((e) => e.getBoundingClientRect().height > 0).length);
  assert.equal(links, 2 + report().derived.sections.length, 'the overview, the key figures and every section');
  // Where the browser supports scroll-target-group, the section in view is marked.
  const supported = await page.evaluate(() => CSS.supports('scroll-target-group', 'auto'));
  if (supported) {
    await page.waitForFunction(() => {
      const marked = [...document.querySelectorAll('.report-rail .toc-list a')].find((a) => a.matches(':target-current'));
      return marked?.getAttribute('href') === '#area-3';
    }, null, { timeout: 5000 });
  }
  await page.context().close();
});

test('print shows the overview once, its tiles whole and legible without backgrounds', async () => {
  const page = await open(ctx.browser);
  await page.goto(ctx.server.base);
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const headings = [...document.querySelectorAll('.tile-heading')];
    return {
      overviews: [...document.querySelectorAll('.overview')].filter(visible).length,
      tiles: [...document.querySelectorAll('.tile')].filter(visible).length,
      headingColours: [...new Set(headings.map((h) => getComputedStyle(h).color))],
      rail: [...document.querySelectorAll('.report-rail .toc, .report-rail .search')].filter(visible).length,
    };
  });
  const sections = await page.$$eval('details.expandable', (d) => d.length);
  assert.deepEqual(shown, { overviews: 1, tiles: sections, headingColours: ['rgb(0, 0, 0)'], rail: 0 });
  // A figure caught rising into place prints still and at full strength.
  const rising = await page.$eval('.tile .key-figure-number', (n) => {
    n.setAttribute('data-rise', '');
    return [getComputedStyle(n).animationName, getComputedStyle(n).opacity, getComputedStyle(n).color];
  });
  assert.deepEqual(rising, ['none', '1', 'rgb(0, 0, 0)']);
  await page.context().close();
});
