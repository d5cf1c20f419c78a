// Where the story page's first frame spends its time, from Chrome traces (docs/performance.md, "The
// map before any script"): `node scripts/bench/first-view-trace.mjs [--runs 9] [--baseline <dist>]`
// after `npm run build`. Loads the plain Leaflet reference page, the built story page and, with
// --baseline, another build's story page, interleaved, each traced in a fresh context at 1280×900,
// and prints medians (and middle halves) of what the renderer did up to the first contentful
// paint: CPU time of the main thread's parse, style, layout and paint, of raster and tile set-up,
// of the module's background parse; the tiles and layers rastered; the synchronous font requests
// to the browser process (typefaces and sizes) and the time the main thread waited on them. CPU
// times include the tracing's own overhead; compare builds with each other, not with the bench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { ROOT } from './bytes.mjs';
import { PAGES, serveBuild } from './pages.mjs';
import { markdownTable, median } from './report.mjs';
import { threadTimes } from './trace-threads.mjs';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '9' }, baseline: { type: 'string' } } });
const RUNS = Number(args.runs);
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'cc',
  'toplevel',
  'v8',
  'fonts',
];

/** The costs up to FCP in one trace (ms of CPU unless named otherwise). */
function analyse(traceJson) {
  const events = JSON.parse(traceJson).traceEvents;
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === navigation?.pid);
  if (!navigation || !fcp) throw new Error('no navigation or first contentful paint in the trace');
  const inWindow = events.filter((e) => e.ph === 'X' && e.pid === navigation.pid && e.ts >= navigation.ts && e.ts <= fcp.ts);
  const main = inWindow.filter((e) => e.tid === navigation.tid);
  const cpu = (list, ...names) => list.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  const fonts = main.filter(
    (e) => e.name === 'FontDataManager::onMatchFamilyStyle' || e.name === 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike',
  );
  const rasters = inWindow.filter((e) => e.name === 'RasterTask');
  // The renderer's CPU: each thread's outermost events only.
  const renderer = [...threadTimes(events, navigation.pid, navigation.ts, fcp.ts).values()].reduce((sum, time) => sum + time.cpu, 0);
  return {
    'FCP (ms)': (fcp.ts - navigation.ts) / 1000,
    'Parse + style': cpu(main, 'ParseHTML', 'UpdateLayoutTree'),
    Layout: cpu(main, 'Layout'),
    Paint: cpu(main, 'PrePaint', 'Paint', 'Layerize'),
    Raster: cpu(rasters, 'RasterTask'),
    'Tile set-up': cpu(inWindow, 'TileManager::PrepareTiles'),
    'Module parse': cpu(inWindow, 'v8.parseOnBackground'),
    'Renderer CPU': renderer,
    Tiles: rasters.length,
    Layers: new Set(rasters.map((e) => e.args?.tileData?.layerId)).size,
    'Font requests': fonts.length,
    'Waited on fonts (ms)': fonts.reduce((sum, e) => sum + e.dur, 0) / 1000,
  };
}

const folder = mkdtempSync(join(tmpdir(), 'summit-first-view-trace-'));
const baselineFolder = mkdtempSync(join(tmpdir(), 'summit-first-view-trace-baseline-'));
try {
  const server = await serveBuild(join(ROOT, 'dist'), folder);
  const baseline = args.baseline ? await serveBuild(resolve(args.baseline), baselineFolder) : undefined;
  const cases = [
    ['Plain Leaflet page (reference)', server.origin + PAGES.reference],
    ['Story page (dist/index.html)', server.origin + PAGES.story],
    ...(baseline ? [[`Story page, baseline (${args.baseline})`, baseline.origin + PAGES.story]] : []),
  ];
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const results = cases.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    for (const [i, [, url]] of cases.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      await browser.startTracing(tab, { categories: CATEGORIES });
      await tab.goto(url, { waitUntil: 'commit' });
      // A promise in the page: page.waitForFunction would evaluate Playwright's injected script inside the load.
      await tab.evaluate(
        () =>
          new Promise((done) => {
            const check = () => (performance.getEntriesByName('first-contentful-paint').length ? done() : setTimeout(check, 50));
            check();
          }),
      );
      const trace = await browser.stopTracing();
      await context.close();
      results[i].push(analyse(trace.toString()));
    }
  }
  await browser.close();
  await server.close();
  await baseline?.close();
  const keys = Object.keys(results[0][0]);
  const cell = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q) => sorted[Math.round(q * (sorted.length - 1))].toFixed(1);
    return `${median(values).toFixed(1)} (${at(0.25)}–${at(0.75)})`;
  };
  console.log(
    `\nUp to the first contentful paint, traced: medians (middle halves) of ${RUNS} interleaved loads at 1280×900; CPU ms unless named\n`,
  );
  console.log(
    markdownTable(
      ['', ...cases.map(([name]) => name)],
      keys.map((key) => [key, ...results.map((loads) => cell(loads.map((load) => load[key])))]),
    ),
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
  rmSync(baselineFolder, { recursive: true, force: true });
}
