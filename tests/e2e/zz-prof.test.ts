import { it } from 'vitest';
import { generatePlaces } from '../fixtures/generate-places';
import { e2eSession } from './browser';
const session = e2eSession();
it('profile', async () => {
  const recorded = await session.open('/fixtures/embed.html');
  const { page } = recorded;
  const data = JSON.stringify(generatePlaces(100_000));
  await page.route('**/generated/places.geojson', (route) => route.fulfill({ body: data, contentType: 'application/geo+json' }));
  await page.route('**/generated/host.html', (route) => route.fulfill({ body: `<script type="module" src="/summit-map.js"></script><summit-place-list for="map" style="display:block;height:400px;overflow:auto"></summit-place-list><summit-map id="map" src="/generated/places.geojson"></summit-map>`, contentType: 'text/html' }));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(session.server.url('/generated/host.html'));
  await page.waitForFunction(() => Number(document.querySelector('summit-map')?.shadowRoot?.querySelector('.summit-point-canvas')?.getAttribute('data-clusters')) > 0, null, { timeout: 50000 });
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const dt = profile.timeDeltas!; const samples = profile.samples!;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<number, number>();
  samples.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
  for (const [id, t] of counts) { const n = byId.get(id)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
  // longest busy run
  let best = { start: 0, end: 0, t: 0 }; let cur = { start: 0, t: 0 };
  samples.forEach((s, i) => { const name = byId.get(s)!.callFrame.functionName; if (name === '(idle)') { cur = { start: i + 1, t: 0 }; return; } cur.t += dt[i] ?? 0; if (cur.t > best.t) best = { start: cur.start, end: i, t: cur.t }; });
  const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  for (let i = best.start; i <= best.end; i++) { let id: number | undefined = samples[i]; const seen = new Set<string>(); while (id !== undefined) { const n = byId.get(id)!; const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0)); seen.add(k); } id = parent.get(id); } }
  console.log('BUSY', best.t / 1000, [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, t]) => `${(t / 1000).toFixed(0)}ms ${k}`).join('\n'));
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, t]) => `${(t / 1000).toFixed(0)}ms ${k}`).join('\n'));
}, 60000);
