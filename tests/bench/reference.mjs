// The usual alternative, built by the bench: the report's text as static HTML plus ECharts bar charts
// (full build) of the same-unit series. Figures come from the dataset export, never typed here.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Same-unit series the issue names, as figure ids: 提案, 社情民意信息, 宣传报道. */
const SERIES = [
  ['proposals-total', 'proposals-plenary', 'proposals-regular', 'proposals-accepted'],
  ['opinions-collected', 'opinions-adopted', 'opinions-sent-to-city', 'opinions-adopted-national-city'],
  ['publicity-reports', 'publicity-city-media'],
];

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes the reference site into `out` from the source lines and the exported figures. */
export function buildReference(out, lines, figures) {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(require.resolve('echarts/dist/echarts.min.js'), path.join(out, 'echarts.min.js'));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const charts = SERIES.map((ids) => ids.map((id) => byId.get(id)));
  fs.writeFileSync(path.join(out, 'charts.js'), `
const charts = ${JSON.stringify(charts.map((c) => c.map((f) => ({ label: f.label, value: f.value, unit: f.unit }))))};
charts.forEach((series, n) => {
  const chart = echarts.init(document.getElementById('chart-' + n));
  chart.setOption({
    title: { text: series[0].label + '（' + series[0].unit + '）' },
    xAxis: { type: 'category', data: series.map((s) => s.label), axisLabel: { interval: 0, width: 80, overflow: 'break' } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: series.map((s) => s.value), label: { show: true, position: 'top' } }],
  });
});
`);
  const body = lines.map((l, i) => (i < 2 ? `<h1>${escape(l)}</h1>` : `<p>${escape(l)}</p>`)).join('\n');
  const divs = charts.map((_, n) => `<div id="chart-${n}" style="width:100%;height:320px"></div>`).join('\n');
  fs.writeFileSync(path.join(out, 'index.html'), `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(lines[1])}</title><meta name="description" content="${escape(lines[3])}">
<style>body{font:18px/1.75 sans-serif;max-width:46rem;margin:0 auto;padding:0 1rem}</style></head>
<body>${body}
${divs}
<script src="echarts.min.js"></script><script src="charts.js"></script></body></html>`);
  fs.writeFileSync(path.join(out, '404.html'), '<!doctype html><title>404</title>');
}
