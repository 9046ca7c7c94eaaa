// The first thing a reader does, on a weak phone: Lighthouse's mobile values (a 4× slower CPU, its
// slow 4G) applied through DevTools. The control is used as soon as it shows, whether or not the
// wasm has arrived. Two times for each:
// - interaction to next paint: the longest Event Timing duration among the interaction's events
//   (from the input to the next frame painted after its handlers), what INP counts;
// - until the response shows: from the input to the dialog open, the results listed, the next slide
//   shown or the readout shown (the wasm's arrival included when the input came before it).
// The pages get a narrow window of their own (500×900: headless Chromium opens none narrower), not
// DevTools' viewport emulation: under emulation, a change painted only inside a `position: fixed`
// element (the 长辈模式 button) is not reported as presented until something else repaints. The
// same tap measured 2.0-2.9 s to next paint in a 500-wide emulated viewport and 64-112 ms in a
// 500-wide window, while requestAnimationFrame ran every frame in both.
import { launch, open } from '../e2e/browser.mjs';
import { median } from './lighthouse.mjs';

/** Lighthouse's mobile network throttling as DevTools applies it (`throttling.mobileSlow4G`). */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const WINDOW = { width: 500, height: 900 };
/** How long a response may take before it counts as never shown. */
const GIVE_UP_MS = 20000;

/** Records, in the page, the first input's time and every interaction's Event Timing duration. */
function recordInteractions() {
  window.__firstInput = null;
  for (const type of ['pointerdown', 'keydown']) {
    addEventListener(type, (event) => {
      if (window.__firstInput !== null) return;
      window.__firstInput = event.timeStamp;
      window.__beforeApp = document.documentElement.dataset.app === undefined;
    }, { capture: true });
  }
  window.__interactions = [];
  window.__firstInputReported = false;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) window.__interactions.push(entry.duration);
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  // The first input is always reported, whatever its duration: proof the entries have arrived.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__interactions.push(entry.duration);
      window.__firstInputReported = true;
    }
  }).observe({ type: 'first-input', buffered: true });
}

/**
 * The first interactions measured: where (a path under the site), what the reader does, and when
 * the response shows (a function run in the page, or its source). `number` is a figure of the
 * report as typed into the search (digits: key presses, which Event Timing sees; Chinese text
 * would arrive as composed input), `chart` the id of a bar chart, shown in its embed, and
 * `closedSection` the id of a section that starts closed.
 */
export function firstInteractions({ number, chart, closedSection }) {
  const id = JSON.stringify(closedSection);
  return {
    // What the browser answers by itself, before the wasm as after: a section's summary, a link.
    'report: open a closed section': {
      path: '',
      act: (page) => page.locator(`#${closedSection} > summary`).click(),
      shown: `() => document.getElementById(${id}).open`,
    },
    'report: follow an overview tile to its section': {
      path: '',
      act: (page) => page.locator(`a.tile-link[href="#${closedSection}"]`).click(),
      shown: `() => location.hash === '#' + ${id}`,
    },
    'report: tap 长辈模式': {
      path: '',
      act: (page) => page.getByRole('button', { name: '长辈模式' }).click(),
      shown: () => document.getElementById('reading-dialog')?.open === true,
    },
    'report: type a number into the search field': {
      path: '',
      act: async (page) => {
        await page.locator('#report-search-input').click();
        await page.keyboard.type(number);
      },
      shown: () => document.querySelectorAll('.search-results li').length > 0,
    },
    'deck: PageDown': {
      path: 'present/',
      act: (page) => page.keyboard.press('PageDown'),
      shown: () => location.hash === '#2',
    },
    [`embed: tap a bar of ${chart}`]: {
      path: `embed/${chart}/`,
      act: (page) => page.locator('.chart-mark').first().click(),
      shown: () => [...document.querySelectorAll('.chart-readout')].some((r) => r.getBoundingClientRect().height > 0),
    },
  };
}

/** One first interaction on a fresh page: { inp, shown } in ms (`shown` null when it never showed),
 * and whether the input came before the app had started (`beforeApp`). */
async function once(browser, base, { path, act, shown }) {
  const page = await open(browser, { viewport: null });
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(recordInteractions);
    // The response's test, installed with the init script: the pages' policy forbids evaluating text.
    await page.addInitScript(`window.__shown = ${shown};`);
    await page.goto(base + path, { waitUntil: 'commit' });
    const size = await page.evaluate(() => [innerWidth, innerHeight]);
    if (size[0] !== WINDOW.width) throw new Error(`the window is ${size.join('×')}, not ${WINDOW.width} wide`);
    await page.waitForLoadState('domcontentloaded');
    await act(page);
    // The time is read in the page the moment the response shows, not after a round trip.
    const shownAt = await page
      .waitForFunction(() => (window.__shown() ? performance.now() : false), null, { timeout: GIVE_UP_MS, polling: 'raf' })
      .then((handle) => handle.jsonValue(), (error) => {
        if (!/Timeout/.test(error.message)) throw error;
        return null;
      });
    // Entries arrive after their frame is presented, later still on a slow CPU: wait for them.
    await page.waitForFunction(() => window.__firstInputReported, null, { timeout: 5000 }).catch(() => {});
    // The entries of the interaction's later events (keyup, click, the next keys typed) come in the
    // frames after; nothing signals the last, so they get half a second (a bound, not a guess at a
    // state: the response has already shown).
    await page.waitForTimeout(500);
    const measured = await page.evaluate(() => ({ durations: window.__interactions, firstInput: window.__firstInput, beforeApp: window.__beforeApp }));
    if (!measured.durations.length) throw new Error(`${path}: no Event Timing entry arrived for the input`);
    return {
      inp: Math.max(...measured.durations),
      shown: shownAt === null ? null : shownAt - measured.firstInput,
      beforeApp: measured.beforeApp,
    };
  } finally {
    await page.context().close();
  }
}

/** Each first interaction `rounds` times (interleaved), medians: { name: { inp, shown, beforeApp } }
 * (`beforeApp`: in how many rounds the input came before the app had started). */
export async function firstInteractionTimes(base, interactions, rounds = 3) {
  const runs = Object.fromEntries(Object.keys(interactions).map((name) => [name, []]));
  const browser = await launch([`--window-size=${WINDOW.width},${WINDOW.height}`]);
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [name, interaction] of Object.entries(interactions)) runs[name].push(await once(browser, base, interaction));
    }
  } finally {
    await browser.close();
  }
  return Object.fromEntries(Object.entries(runs).map(([name, results]) => [name, {
    inp: median(results.map((r) => r.inp)),
    // A response that never showed counts as the slowest.
    shown: median(results.map((r) => r.shown ?? Infinity)),
    beforeApp: results.filter((r) => r.beforeApp).length,
    rounds,
  }]));
}
