import { it } from 'vitest';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { startServer } from './serve';

async function snapshot(page: Page, findPath = ''): Promise<Map<string, { count: number; size: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  let chunks = '';
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => (chunks += e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snap = JSON.parse(chunks);
  const f = snap.snapshot.meta.node_fields as string[]; const types = snap.snapshot.meta.node_types[0] as string[];
  const n = f.length; const nodes = snap.nodes as number[]; const strings = snap.strings as string[];
  const out = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < nodes.length; i += n) {
    const type = types[nodes[i + f.indexOf('type')]!]!; const name = strings[nodes[i + f.indexOf('name')]!]!;
    const key = `${type}:${name.slice(0, 60)}`; const e = out.get(key) ?? { count: 0, size: 0 }; e.count++; e.size += nodes[i + f.indexOf('self_size')]!; out.set(key, e);
  }
  if (findPath) {
    const ef = snap.snapshot.meta.edge_fields as string[]; const etypes = snap.snapshot.meta.edge_types[0] as string[]; const edges = snap.edges as number[];
    const nodeCount = nodes.length / n; const rev: [number, string][][] = Array.from({ length: nodeCount }, () => []);
    let e = 0;
    for (let i = 0; i < nodeCount; i++) { const ec = nodes[i * n + f.indexOf('edge_count')]!; for (let k = 0; k < ec; k++, e += ef.length) { const t = etypes[edges[e]!]!; const nameOrIdx = edges[e + 1]!; const to = edges[e + 2]! / n; if (t === 'weak') continue; rev[to]!.push([i, `${t}:${t === 'element' || t === 'hidden' ? nameOrIdx : strings[nameOrIdx]}`]); } }
    const label = (i: number) => `${types[nodes[i * n]!]}:${strings[nodes[i * n + 1]!]!.slice(0, 50)}`;
    const targets: number[] = []; for (let i = 0; i < nodeCount; i++) if (strings[nodes[i * n + 1]!]!.includes(findPath)) targets.push(i);
    for (const target of targets.slice(0, 3)) {
      const prev = new Map<number, [number, string]>([[target, [-1, '']]]); const queue = [target]; let found = -1;
      while (queue.length) { const x = queue.shift()!; if (x === 0) { found = x; break; } for (const [from, en] of rev[x]!) if (!prev.has(from)) { prev.set(from, [x, en]); queue.push(from); } }
      const path: string[] = []; let x = found; while (x !== -1 && x !== target) { const [next, en] = prev.get(x)!; path.push(`${label(x)} --${en}-->`); x = next; }
      console.log('PATH', targets.length, '\n' + path.join('\n'));
    }
  }
  return out;
}
const cycle = (page: Page, count: number) => page.evaluate(async (count) => {
  const element = document.querySelector('summit-map')!; const parent = element.parentElement!;
  for (let i = 1; i <= count; i++) { element.remove(); parent.append(element); if (i % 10 === 0) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); }
}, count);
it('probe', async () => {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', String(e.stack ?? e).slice(0, 600)));
  page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text().slice(0, 300)));
  await page.goto(server.url('/fixtures/embed.html'));
  await page.locator('summit-map .summit-marker').first().waitFor({ timeout: 30_000 });
  await cycle(page, 50);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const a = await snapshot(page);
  await cycle(page, 200);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const b = await snapshot(page, 'leaflet-proxy');
  const diff = [...b].map(([k, v]) => [k, v.count - (a.get(k)?.count ?? 0), v.size - (a.get(k)?.size ?? 0)] as const).sort((x, y) => y[2] - x[2]).slice(0, 40);
  console.log(diff.map((d) => `${d[1]}\t${d[2]}\t${d[0]}`).join('\n'));
  await browser.close(); await server.close();
}, 120000);
