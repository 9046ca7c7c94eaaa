// `cargo xtask serve` as a developer uses it: the site answers on its port, and stopping the xtask
// (SIGTERM to it alone, as a process manager or an IDE's stop button does) stops the server too.
// `serve --report FILE` as the office uses it for next year's report: built from the file, rebuilt
// on each save, a save with problems listed and not built (a real build each time: minutes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repo } from './browser.mjs';
import { freePort, until } from './server.mjs';

/** Whether something answers HTTP on the port. */
async function answers(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

test('stopping cargo xtask serve stops its static server too', { skip: !process.env.YITU_XTASK && 'YITU_XTASK (the xtask binary) is set by cargo xtask test' }, async () => {
  const port = await freePort();
  const xtask = spawn(process.env.YITU_XTASK, ['serve', '--no-build', '--port', String(port)], { cwd: repo, stdio: 'ignore' });
  try {
    await until(() => answers(port), 'the site answers', 20000);
    xtask.kill('SIGTERM');
    await until(async () => !(await answers(port)), 'the site stops answering after the xtask is stopped', 20000);
  } finally {
    xtask.kill('SIGKILL');
  }
});

test('the static server keeps answering while the folder it serves is replaced', async () => {
  const folder = path.join(repo, 'target', 'e2e-serve-vanishing');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'index.html'), '<title>一</title>');
  const port = await freePort();
  const server = spawn(process.execPath, ['serve-site.mjs', folder, String(port), '--exit-with-stdin'], { cwd: path.join(repo, 'tests', 'e2e'), stdio: ['pipe', 'ignore', 'inherit'] });
  try {
    await until(async () => (await titleAt(port)) === '一', 'the site answers', 20000);
    // The folder gone (a build being swapped in, a folder removed by hand), the 404 page with it:
    // asked meanwhile, the server answers (it used to crash, taking the site down until restarted).
    fs.rmSync(folder, { recursive: true, force: true });
    const meanwhile = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
    assert.equal(meanwhile.status, 503);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'index.html'), '<title>二</title>');
    assert.equal(await titleAt(port), '二', 'the new build is served by the same server');
  } finally {
    server.kill('SIGKILL');
  }
});

/** The page's `<title>` at the port, or null while nothing answers. */
async function titleAt(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
    return /<title>([^<]*)<\/title>/.exec(await response.text())?.[1] ?? null;
  } catch {
    return null;
  }
}

test('cargo xtask serve --report builds the file, rebuilds it when saved, and keeps the last good build when a save has problems',
  { skip: !process.env.YITU_XTASK && 'YITU_XTASK (the xtask binary) is set by cargo xtask test', timeout: 15 * 60 * 1000 }, async () => {
    const work = path.join(repo, 'target', 'e2e-serve-report');
    fs.mkdirSync(work, { recursive: true });
    const file = path.join(work, 'report.toml');
    const original = fs.readFileSync(path.join(repo, 'tests', 'fixtures', 'no-proposals-report.toml'), 'utf8');
    const title = /^title = "([^"]+)"$/m.exec(original)[1];
    fs.writeFileSync(file, original);
    const port = await freePort();
    const xtask = spawn(process.env.YITU_XTASK, ['serve', '--report', file, '--port', String(port)], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    xtask.stdout.on('data', (chunk) => { output += chunk; });
    xtask.stderr.on('data', (chunk) => { output += chunk; });
    try {
      await until(async () => (await titleAt(port)) === title, 'the first build answers with the file\'s title', 8 * 60 * 1000);
      // A save with a problem: listed with its line and column, not built; the last build stays.
      const line = original.split('\n').findIndex((l) => l.startsWith('title = ')) + 1;
      fs.writeFileSync(file, original.replace(`title = "${title}"`, 'title = 12'));
      await until(() => output.includes('未重新构建'), 'the problem is reported', 60 * 1000);
      assert.ok(output.includes(`${file}:${line}:9:`), output.slice(-600));
      assert.equal(await titleAt(port), title, 'the last good build is still served');
      // A good save is built and served.
      const renamed = `${title}（第二稿）`;
      fs.writeFileSync(file, original.replace(`title = "${title}"`, `title = "${renamed}"`));
      await until(async () => (await titleAt(port)) === renamed, 'the saved title is served', 8 * 60 * 1000);
      assert.ok(fs.existsSync(path.join(repo, 'target', 'serve-report', 'index.html')), 'built into target/serve-report/');
    } catch (error) {
      // What the xtask said is the only clue to a failure on CI: keep its end with the failure.
      error.message += `\n--- cargo xtask serve --report printed (last 3000 characters) ---\n${output.slice(-3000)}`;
      throw error;
    } finally {
      xtask.kill('SIGTERM');
      await until(async () => (await titleAt(port)) === null, 'the server stops with the xtask', 20000).catch(() => xtask.kill('SIGKILL'));
    }
  });
