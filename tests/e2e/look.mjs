// Screenshots to look at, as readers meet the site: the report's top at 390×844, 1366×768 and
// 1920×1080 in light, dark and high contrast (and the whole page at 390 and 1366); the 长图 as one
// picture; every slide at 1920×1080. Run by `cargo xtask look [DIR]` against a built dist/.
//   node look.mjs <dist> <out-dir> [only: page|long|slides]
import fs from 'node:fs';
import path from 'node:path';
import { launch, open, ready } from './browser.mjs';
import { serve } from './server.mjs';

const [distDir, outDir, only] = process.argv.slice(2);
if (!distDir || !outDir) {
  console.error('usage: node look.mjs <dist> <out-dir> [page|long|slides]');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
const server = await serve(path.resolve(distDir), '/reports/2023/', { compress: true });
const browser = await launch();
const out = (name) => path.join(outDir, name);

/** A page (console errors recorded, see browser.mjs) with a theme and 长辈模式 settings. */
async function page(viewport, { colorScheme = 'light', storage = '' } = {}) {
  const p = await open(browser, { viewport, colorScheme });
  if (storage) await p.addInitScript((s) => localStorage.setItem('yitu-reading', s), storage);
  return p;
}

/** Closes a page, saying what went wrong in it. */
async function done(p, what) {
  if (p.problems.length) console.error(`${what}: ${p.problems.join('; ')}`);
  await p.context().close();
}

async function reportPage() {
  const themes = [['light', 'light', ''], ['dark', 'dark', ''], ['contrast', 'light', 'contrast=high']];
  for (const [width, height] of [[390, 844], [1366, 768], [1920, 1080]]) {
    for (const [name, colorScheme, storage] of themes) {
      const p = await page({ width, height }, { colorScheme, storage });
      await p.goto(server.base);
      await ready(p);
      await p.screenshot({ path: out(`report-${width}-${name}.png`) });
            if (name === 'light' && width !== 1920) await p.screenshot({ path: out(`report-${width}-full.png`), fullPage: true });
      await done(p, `report ${width} ${name}`);
    }
  }
}

async function longImage() {
  const p = await page({ width: 390, height: 844 });
  await p.goto(`${server.base}share/`);
  await ready(p);
  await p.click('.picture-maker button >> text=生成长图');
  await p.waitForSelector('.pictures img', { timeout: 60000 });
  const sources = await p.$$eval('.pictures img', (imgs) => imgs.map((i) => i.src));
  // The parts stacked into one picture, as a reader scrolls through them.
  const composite = await p.evaluate(async (sources) => {
        const images = await Promise.all(sources.map((src) => new Promise((loaded, failed) => {
      const img = new Image();
      img.onload = () => loaded(img);
      img.onerror = () => failed(new Error('a part of the long image does not load'));
      img.src = src;
    })));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(...images.map((i) => i.naturalWidth));
    canvas.height = images.reduce((sum, i) => sum + i.naturalHeight, 0);
    const context = canvas.getContext('2d');
    let y = 0;
    for (const img of images) {
      context.drawImage(img, 0, y);
      y += img.naturalHeight;
    }
    return [canvas.toDataURL('image/png'), canvas.width, canvas.height];
  }, sources);
  fs.writeFileSync(out('long-image.png'), Buffer.from(composite[0].split(',')[1], 'base64'));
    console.log(`long image: ${sources.length} part(s), ${composite[1]}×${composite[2]} px`);
  await done(p, 'long image');
}

async function slides() {
  const p = await page({ width: 1920, height: 1080 });
  await p.goto(`${server.base}present/`);
  await ready(p);
  const total = Number((await p.textContent('.deck-progress')).split('/')[1]);
  for (let n = 1; n <= total; n++) {
    if (n > 1) await p.keyboard.press('PageDown');
    await p.waitForFunction((n) => location.hash === `#${n}`, n);
        await p.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished' || !a.effect?.target?.matches('[data-rise]')), null, { timeout: 5000 });
    await p.screenshot({ path: out(`slide-${String(n).padStart(2, '0')}.png`) });
  }
    console.log(`slides: ${total}`);
  await done(p, 'slides');
}

try {
  if (!only || only === 'page') await reportPage();
  if (!only || only === 'long') await longImage();
  if (!only || only === 'slides') await slides();
} finally {
  await browser.close();
  await server.close();
}
