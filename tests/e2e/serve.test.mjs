// `cargo xtask serve` as a developer uses it: the site answers on its port, and stopping the xtask
// (SIGTERM to it alone, as a process manager or an IDE's stop button does) stops the server too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
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
