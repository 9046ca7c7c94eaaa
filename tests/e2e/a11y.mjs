// Accessibility helpers: real axe-core in the page, and Chromium's accessibility tree over CDP.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's violations for the given tags (evaluated over CDP, so the page's CSP does not apply),
 * once every figure rising into place has risen (mid-rise, its opacity is not yet the page's). */
export async function axe(page, tags = WCAG_AA) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished' || !a.effect?.target?.matches?.('[data-rise]')), null, { timeout: 5000 });
  await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), tags);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

/** Chromium's accessibility tree in document order (CDP lists nodes in no particular order). */
export async function axTree(page) {
  const client = await page.context().newCDPSession(page);
  const { nodes: all } = await client.send('Accessibility.getFullAXTree');
  await client.detach();
  const byId = new Map(all.map((n) => [n.nodeId, n]));
  const ordered = [];
  const visit = (node) => {
    ordered.push(node);
    for (const id of node.childIds ?? []) if (byId.has(id)) visit(byId.get(id));
  };
  visit(all.find((n) => !n.parentId) ?? all[0]);
  return ordered.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value,
    name: n.name?.value ?? '',
    level: n.properties?.find((p) => p.name === 'level')?.value?.value,
    live: n.properties?.find((p) => p.name === 'live')?.value?.value,
  }));
}
