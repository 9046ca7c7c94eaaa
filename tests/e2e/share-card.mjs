// `cargo xtask dist` runs this to write the share cards (`og:image` and the square thumbnail):
// each SVG that `charts::share_card` drew, rasterised at its own size by the Chromium the tests use
// (the CJK fonts installed with it), one pixel per unit, as a PNG of the same name.
// Usage: node share-card.mjs <folder of .svg> <out folder>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node share-card.mjs <folder of .svg> <out folder>');
  process.exit(2);
}
const browser = await launch();
try {
  for (const name of fs.readdirSync(from).filter((n) => n.endsWith('.svg')).sort()) {
    const svg = fs.readFileSync(path.join(from, name), 'utf8');
    const size = (attribute) => Number(svg.match(new RegExp(`^<svg[^>]* ${attribute}="(\\d+)"`))?.[1]);
    const [width, height] = [size('width'), size('height')];
    if (!(width > 0 && height > 0)) throw new Error(`${name}: no width and height on its <svg>`);
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, colorScheme: 'light' });
    const page = await context.newPage();
    await page.setContent(`<!doctype html><meta charset="utf-8"><body style="margin:0">${svg}</body>`);
    await page.evaluate(() => document.fonts.ready);
    const out = path.join(to, name.replace(/\.svg$/, '.png'));
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width, height } });
    await context.close();
    console.log(`drew ${out} (${width}×${height})`);
  }
} finally {
  await browser.close();
}
