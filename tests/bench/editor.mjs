// The office's editor (editor.html, from the disk): how long it takes to open, and how long its
// preview takes to follow an edit (the report's public address, which changes the page's footer
// and head), from the field's change to the preview frame holding the new page.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { open } from '../e2e/browser.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** The editor of `dist` opened `rounds` times (a fresh page each), then `edits` edits in one. */
export async function editorTimes(browser, dist, dataFile, { rounds = 5, edits = 30 } = {}) {
  const url = pathToFileURL(path.join(dist, 'editor.html')).href;
  const loads = [];
  for (let round = 0; round < rounds; round++) {
    const page = await open(browser, { viewport: { width: 1366, height: 768 } });
    await page.goto(url);
    await page.waitForSelector('#editor-paste');
    // From the navigation's start to the first step shown, with its controls working.
    loads.push(await page.evaluate(() => performance.now()));
    await page.context().close();
  }
  const page = await open(browser, { viewport: { width: 1366, height: 768 } });
  await page.goto(url);
  await page.setInputFiles('#editor-file', dataFile);
  await page.waitForSelector('#site-url');
  await page.waitForSelector('.editor-preview-frame');
  const updates = [];
  for (let n = 0; n < edits; n++) {
    const address = `https://www.example.gov.cn/reports/${2024 + (n % 2)}/`;
    updates.push(await page.evaluate((address) => new Promise((resolve) => {
      const frame = document.querySelector('.editor-preview-frame');
      const started = performance.now();
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.editor-preview-frame')?.srcdoc.includes(address)) return;
        observer.disconnect();
        resolve(performance.now() - started);
      }).observe(frame.parentNode, { subtree: true, attributes: true, attributeFilter: ['srcdoc'], childList: true });
      const field = document.getElementById('site-url');
      field.value = address;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }), address));
  }
  await page.context().close();
  return { load: median(loads), updateMedian: median(updates), updateP95: p95(updates), edits };
}
