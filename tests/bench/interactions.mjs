// Interaction latency and memory over many repetitions.
//
// Latency is the work an input causes, measured from the input until the app has handled it (its
// events dispatched, Yew's render flushed) and the browser has laid out the result: the part that
// must fit in one 16 ms frame. Waiting for the display's next vsync is not counted.
import { open, ready } from '../e2e/browser.mjs';

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/**
 * Every interaction the app has, as a function run in the page that performs one step and resolves
 * once the app has handled it. Work the browser drives from a frame (a ResizeObserver delivering a
 * new size) resolves with its own duration, timed from the start of that frame to the DOM update,
 * so the wait for the frame is not counted.
 */
export const INTERACTIONS = {
  'open or close a section': () => {
    const details = document.getElementById('area-2');
    const settled = new Promise((done) => details.addEventListener('toggle', done, { once: true }));
    details.querySelector('summary').click();
    return settled;
  },
  /** `chart` is the id of a bar chart's canvas; every bar chart is timed on its own. */
  'redraw a chart at a new width': (chart) => {
    const canvas = document.getElementById(chart);
    const box = canvas.closest('.section-charts');
    box.style.maxWidth = box.style.maxWidth ? '' : '300px';
    return new Promise((done) => requestAnimationFrame(() => {
      const frameStart = performance.now();
      const observer = new MutationObserver(() => {
        observer.disconnect();
        done(performance.now() - frameStart);
      });
      observer.observe(canvas, { childList: true, subtree: true });
    }));
  },
};

/** Opens every section (so every chart is laid out) and returns the runs: [name, step, argument]. */
async function prepare(page) {
  await page.evaluate(() => { for (const d of document.querySelectorAll('details.expandable')) d.open = true; });
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-canvas')].every((c) => c.getBoundingClientRect().width > 0));
  const charts = await page.$$eval('.chart-canvas', (cs) => cs.map((c) => c.id));
  return [
    ['open or close a section', INTERACTIONS['open or close a section'], null],
    ...charts.map((id) => [`redraw ${id.replace(/-canvas$/, '')} at a new width`, INTERACTIONS['redraw a chart at a new width'], id]),
  ];
}

/** Times `repetitions` runs of each interaction: from the input to after the next frame. */
export async function latencies(browser, url, repetitions = 60) {
  const page = await open(browser);
  await page.goto(url);
  await ready(page);
  const runs = await prepare(page);
  const out = {};
  for (const [name, step, argument] of runs) {
    const times = await page.evaluate(async ([source, n, argument]) => {
      const run = new Function('argument', `return (${source})(argument)`).bind(null, argument);
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      // A task after everything already queued (no setTimeout clamping).
      const task = () => new Promise((done) => { const c = new MessageChannel(); c.port1.onmessage = done; c.port2.postMessage(0); });
      const times = [];
      for (let i = 0; i < n; i++) {
        await frame();
        const start = performance.now();
        const own = await run();
        await task();
        void document.body.offsetHeight; // style and layout of the result
        times.push(typeof own === 'number' ? own : performance.now() - start);
      }
      return times;
    }, [step.toString(), repetitions, argument]);
    out[name] = { n: times.length, median: percentile(times, 0.5), p95: percentile(times, 0.95) };
  }
  await page.context().close();
  return out;
}

/** JS heap and wasm memory after 100 and after 2,000 repetitions of every interaction (after GC). */
export async function memory(browser, url) {
  const page = await open(browser);
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  await page.goto(url);
  await ready(page);
  const runs = await prepare(page);
  const sample = () => page.evaluate(() => {
    window.gc();
    return { heap: performance.memory.usedJSHeapSize, wasm: window.__wasm.memory.buffer.byteLength };
  });
  const repeat = (n) => page.evaluate(async ([sources, n]) => {
    const steps = sources.map(([s, argument]) => new Function('argument', `return (${s})(argument)`).bind(null, argument));
    for (let i = 0; i < n; i++) {
      for (const step of steps) await step();
    }
    await new Promise((done) => setTimeout(done, 50));
  }, [runs.map(([, step, argument]) => [String(step), argument]), n]);
  await repeat(100);
  const after100 = await sample();
  await repeat(1900);
  const after2000 = await sample();
  await page.context().close();
  return { after100, after2000 };
}
