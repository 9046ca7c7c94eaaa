// The section icons are Tabler's own: every file in assets/icons/ is byte for byte the npm
// package's outline icon of that name, and the licence is the package's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { repo, dist } from './browser.mjs';

const require = createRequire(import.meta.url);
const tabler = path.dirname(require.resolve('@tabler/icons/package.json'));
const ours = path.join(repo, 'assets', 'icons');

test("the readers' bundles carry no icon: each page carries its report's, in its data", () => {
  const bundles = fs.readdirSync(dist).filter((f) => /^yitu(-embed|-present|-share)?-[0-9a-f]+_bg\.wasm$/.test(f));
  assert.equal(bundles.length, 4, bundles.join(', '));
  const wasm = bundles.map((f) => fs.readFileSync(path.join(dist, f)).toString('latin1'));
  const page = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  let carried = 0;
  for (const icon of fs.readdirSync(ours).filter((f) => f.endsWith('.svg'))) {
    // The icon's longest path, as build.rs keeps it (its data, verbatim).
    const paths = [...fs.readFileSync(path.join(ours, icon), 'utf8').matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
    const longest = paths.sort((a, b) => b.length - a.length)[0];
    for (const [n, bytes] of wasm.entries()) assert.ok(!bytes.includes(longest), `${icon} is in ${bundles[n]}`);
    if (page.includes(longest)) carried += 1;
  }
  assert.ok(carried > 0, "the report's page carries its icons");
});

test('every section icon is an unchanged Tabler outline icon, with its licence', () => {
  const icons = fs.readdirSync(ours).filter((f) => f.endsWith('.svg'));
  assert.ok(icons.length >= 7, `${icons.length} icons`);
  for (const icon of icons) {
    const original = path.join(tabler, 'icons', 'outline', icon);
    assert.ok(fs.existsSync(original), `${icon} is not a Tabler outline icon`);
    assert.ok(fs.readFileSync(path.join(ours, icon)).equals(fs.readFileSync(original)), `${icon} differs from Tabler's`);
  }
  assert.ok(fs.readFileSync(path.join(ours, 'LICENSE')).equals(fs.readFileSync(path.join(tabler, 'LICENSE'))), 'the licence');
  assert.equal(JSON.parse(fs.readFileSync(path.join(tabler, 'package.json'))).version, '3.52.0');
});
