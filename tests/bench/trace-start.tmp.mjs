import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';
const [dist, pagePath = 'present/', runs = '3'] = process.argv.slice(2);
const site = await serve(dist, '/reports/2023/', { compress: true });
const browser = await launch();
for (let r = 0; r < Number(runs); r++) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
  await page.goto(site.base + pagePath, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const buffer = await browser.stopTracing();
  const events = JSON.parse(buffer.toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const tasks = events.filter((e) => e.name === 'RunTask' && e.tid === main?.tid && e.pid === main?.pid && e.dur > 5000);
  const marks = events.filter((e) => e.cat?.includes('user_timing') && e.ph === 'b' || e.ph === 'X' && e.cat?.includes('user_timing'));
  const out = tasks.map((t) => {
    const inside = events.filter((e) => e.tid === t.tid && e.pid === t.pid && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 1000 && e !== t && e.name !== 'RunTask');
    const top = inside.sort((a, b) => b.dur - a.dur).slice(0, 6).map((e) => `${e.name}${e.args?.data?.url ? '(' + e.args.data.url.split('/').pop() + ')' : ''}${e.args?.data?.functionName ? '[' + e.args.data.functionName + ']' : ''}:${(e.dur / 1000).toFixed(1)}`);
    return `${(t.dur / 1000).toFixed(1)} ms  ${top.join('  ')}`;
  });
  console.log(`run ${r}:\n  ${out.join('\n  ')}`);
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => `${m.name}=${m.duration.toFixed(1)}`));
  console.log('  measures', measures.join(' '));
  await context.close();
}
await browser.close();
await site.close();
