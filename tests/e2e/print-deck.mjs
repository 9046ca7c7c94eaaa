// `cargo xtask dist` runs this to write dist/present.pdf: every slide of the deck, one per 16:9
// page (the deck's print stylesheet), printed by the Chromium the tests use from the single-file
// deck, so the closing slide's QR code is the report's public address or none, never a local one.
// Usage: node print-deck.mjs <dist> <out.pdf>
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './browser.mjs';

const [root, out] = process.argv.slice(2);
if (!root || !out) {
  console.error('usage: node print-deck.mjs <dist> <out.pdf>');
  process.exit(2);
}
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(pathToFileURL(path.resolve(root, 'present-offline.html')).href);
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 60000 });
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
  if (problems.length > 0) throw new Error(`the deck reported errors while printing:\n${problems.join('\n')}`);
  console.log(`printed ${out}`);
} finally {
  await browser.close();
}
