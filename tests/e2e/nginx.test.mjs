// The server configuration dist writes, in a real nginx (Debian's, installed by cargo xtask test):
// dist/ served under /reports/2023/ on report.test, framed from news.test. Headers, types,
// compression and caching as the README asks; a framed report page refused, a framed embed allowed;
// the 404 page; the deck working through it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launch, open, dist, repo, TWO_SITES, report, started } from './browser.mjs';
import { freePort, until } from './server.mjs';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const PREFIX = '/reports/2023/';
const state = {};
/** A section of the report under test (`YITU_REPORT`), embedded by the news site. */
const SECTION = report().derived.sections[1];

before(async () => {
  assert.ok(fs.existsSync(NGINX), `nginx is installed (${NGINX}; cargo xtask test installs Debian's)`);
  assert.ok(process.env.YITU_XTASK, 'YITU_XTASK (the xtask binary) is set by cargo xtask test');
  const work = path.join(repo, 'target', 'e2e-nginx');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'www', 'reports'), { recursive: true });
  fs.mkdirSync(path.join(work, 'logs'));
  fs.cpSync(dist, path.join(work, 'www', 'reports', '2023'), { recursive: true });
  const site = execFileSync(process.env.YITU_XTASK, ['nginx-config', '--prefix', PREFIX, '--root', path.join(work, 'www'), dist], { encoding: 'utf8' });
  fs.writeFileSync(path.join(work, 'yitu.conf'), site);
  const port = await freePort();
  const temp = (name) => `${name}_temp_path ${path.join(work, 'logs', name)};`;
  fs.writeFileSync(path.join(work, 'nginx.conf'), `daemon off;
pid ${path.join(work, 'logs', 'nginx.pid')};
error_log ${path.join(work, 'logs', 'error.log')} warn;
worker_processes 1;
events { worker_connections 64; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    server_name report.test;
    include ${path.join(work, 'yitu.conf')};
    location / { return 404; }
  }
}
`);
  execFileSync(NGINX, ['-t', '-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'pipe' });
  state.nginx = spawn(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'inherit' });
  state.base = `http://127.0.0.1:${port}${PREFIX}`;
  state.site = `http://report.test:${port}${PREFIX}`;
  await until(() => fetch(state.base).then(() => true, () => false), `nginx answers at ${state.base}`, 10000);
  // The news site: another site framing a report page and an embed.
  state.news = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>新闻</title>
<iframe id="page" src="${state.site}" title="报告"></iframe>
<iframe id="embed" src="${state.site}embed/${SECTION.id}/" title="一部分"></iframe>`);
  });
  await new Promise((resolve) => state.news.listen(0, '127.0.0.1', resolve));
  state.browser = await launch(TWO_SITES);
});

after(async () => {
  await state.browser?.close();
  state.news?.close();
  state.nginx?.kill('SIGQUIT');
});

/** The headers of `suffix` as nginx answers it, asked for gzip. */
async function head(suffix) {
  const response = await fetch(state.base + suffix, { headers: { 'accept-encoding': 'gzip' }, redirect: 'manual' });
  await response.arrayBuffer();
  return { status: response.status, get: (name) => response.headers.get(name) ?? '' };
}

test('nginx sends the policy, nosniff, a referrer policy, the types, compression and caching the README asks', async () => {
  const wasm = fs.readdirSync(dist).find((f) => /^yitu-[0-9a-f]+_bg\.wasm$/.test(f));
  const pinned = fs.readdirSync(dist).find((f) => /^embed-[0-9a-f]{16}\.js$/.test(f));
  const css = fs.readdirSync(dist).find((f) => /^app-[0-9a-f]+\.css$/.test(f));
  const expected = [
    ['', 200, 'text/html', 'no-cache', "frame-ancestors 'self'"],
    ['present/', 200, 'text/html', 'no-cache', "frame-ancestors 'self'"],
    [`embed/${SECTION.id}/`, 200, 'text/html', 'no-cache', 'frame-ancestors *'],
    [wasm, 200, 'application/wasm', 'immutable', "frame-ancestors 'self'"],
    [css, 200, 'text/css', 'immutable', "frame-ancestors 'self'"],
    [pinned, 200, 'text/javascript', 'immutable', "frame-ancestors 'self'"],
    ['embed.js', 200, 'text/javascript', 'no-cache', "frame-ancestors 'self'"],
    ['present/sw.js', 200, 'text/javascript', 'no-cache', "frame-ancestors 'self'"],
  ];
  for (const [suffix, status, type, cache, framing] of expected) {
    const h = await head(suffix);
    const what = suffix || 'report';
    assert.equal(h.status, status, what);
    assert.ok(h.get('content-type').startsWith(type), `${what}: ${h.get('content-type')}`);
    assert.ok(h.get('cache-control').includes(cache), `${what}: ${h.get('cache-control')}`);
    assert.ok(h.get('content-security-policy').startsWith("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"), what);
    assert.ok(h.get('content-security-policy').endsWith(framing), `${what}: ${h.get('content-security-policy').slice(-40)}`);
    assert.equal(h.get('x-content-type-options'), 'nosniff', what);
    assert.equal(h.get('referrer-policy'), 'strict-origin-when-cross-origin', what);
    assert.equal(h.get('content-encoding'), 'gzip', `${what} is compressed`);
  }
  for (const loader of [pinned, 'embed.js']) assert.equal((await head(loader)).get('access-control-allow-origin'), '*', loader);
  assert.equal((await head('')).get('access-control-allow-origin'), '', 'only the loader is shared with other origins');
  assert.equal((await head('nginx.conf')).status, 404, 'the configuration is not served');
});

test('unknown paths get the friendly 404 page, with the headers', async () => {
  for (const suffix of ['no/such/page', 'embed/no-such-block/', 'present/nothing']) {
    const response = await fetch(state.base + suffix);
    assert.equal(response.status, 404, suffix);
    assert.ok((await response.text()).includes('没有找到这个页面'), suffix);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', suffix);
  }
});

test('through nginx, a report page framed by another site is refused, an embed is shown; the deck works', async () => {
  const page = await open(state.browser, { viewport: { width: 1000, height: 900 } });
  const refused = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 10000 });
  await page.goto(`http://news.test:${state.news.address().port}/`);
  await refused;
  const embed = await (await page.$('#embed')).contentFrame();
  await started(embed);
  assert.equal(await embed.textContent('h2'), SECTION.heading);
  const framed = await (await page.$('#page')).contentFrame();
  assert.equal(await framed.$('#app'), null, 'the report page is not shown inside another site');
  await page.context().close();

  const deck = await open(state.browser, { viewport: { width: 1280, height: 720 } });
  await deck.goto(`${state.site}present/#2`);
  await started(deck);
  await deck.keyboard.press('PageDown');
  await deck.waitForFunction(() => location.hash === '#3', null, { timeout: 5000 });
  const noWasmIntegrityError = deck.problems.filter((p) => /integrity|Refused/.test(p));
  assert.deepEqual(noWasmIntegrityError, []);
  await deck.context().close();
});
