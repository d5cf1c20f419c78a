// Where the bare embed page's time to markers goes, against the bare plain Leaflet page
// (docs/performance.md, "What the bare embed waits on"): `node scripts/bench/main-thread.mjs
// [--runs 9] [--baseline <dist>]` after `npm run build`. Loads the two pages (and with --baseline
// another build's bare embed page) interleaved, each traced in a fresh context at 1280×900, and
// prints medians, from navigation start to the `summit-map:markers` mark both pages set:
//   - the main thread's busy time (its top-level tasks, wall clock) and its CPU (thread time: a task
//     that waits on another process, or for a core, is busy without using the CPU);
//   - the CPU of the page's other threads (the module's background compile, compositor, raster);
//   - the requests the page made before its markers.
// Times include the tracing's own overhead: compare pages with each other, not with the bench.
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
if (!(RUNS >= 1)) throw new Error('--runs takes a positive number.');

/** Serves a build's dist/ with the bench's pages written beside it; `close` also removes them. */
async function servePages(dist) {
  const folder = mkdtempSync(join(tmpdir(), 'summit-main-thread-'));
  const server = await serveBuild(dist, folder);
  return {
    origin: server.origin,
    close: async () => {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function traceLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'v8', 'loading'] });
    await page.goto(url, { waitUntil: 'commit' });
    // A promise in the page, not page.waitForFunction, whose injected script would run inside the load.
    await page.evaluate(
      () =>
        new Promise((done) => {
          const check = () => (performance.getEntriesByName('summit-map:markers').length ? setTimeout(done, 100) : setTimeout(check, 50));
          check();
        }),
    );
    const { traceEvents: events } = JSON.parse((await browser.stopTracing()).toString());
    const start = events.find((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.startsWith('http'));
    const mark = events.find((event) => event.name === 'summit-map:markers' && event.pid === start.pid);
    const main = events.find((event) => event.name === 'ParseHTML' && event.pid === start.pid).tid;
    const times = threadTimes(events, start.pid, start.ts, mark.ts);
    const others = [...times].filter(([tid]) => tid !== main).reduce((sum, [, time]) => sum + time.cpu, 0);
    const requests = events.filter((event) => event.name === 'ResourceSendRequest' && event.ts < mark.ts && event.args?.data?.url).length;
    return {
      markers: (mark.ts - start.ts) / 1000,
      busy: times.get(main).busy,
      cpu: times.get(main).cpu,
      others,
      requests,
    };
  } finally {
    await context.close();
  }
}

const ours = await servePages(join(ROOT, 'dist'));
const baseline = args.baseline ? await servePages(resolve(args.baseline)) : undefined;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const cases = [
    ['Bare embed page (dist/)', ours.origin + PAGES.embed],
    ...(baseline ? [[`Bare embed page, baseline (${args.baseline})`, baseline.origin + PAGES.embed]] : []),
    ['Bare plain Leaflet page', ours.origin + PAGES.reference],
  ];
  const loads = new Map(cases.map(([name]) => [name, []]));
  // One untimed load of each first, then interleaved runs.
  for (const [, url] of cases) await traceLoad(browser, url);
  for (let run = 0; run < RUNS; run++) {
    process.stderr.write(`run ${run + 1} of ${RUNS}\n`);
    for (const [name, url] of cases.map((_, index) => cases[(index + run) % cases.length]))
      loads.get(name).push(await traceLoad(browser, url));
  }
  const cell = (name, what, digits = 1) => median(loads.get(name).map((load) => load[what])).toFixed(digits);
  console.log(
    `\nTo the markers mark, traced; medians of ${RUNS} interleaved loads at 1280×900 (ms; tracing adds its own overhead)\n\n` +
      markdownTable(
        ['Page', 'Markers', 'Main thread busy', 'Main thread CPU', 'Other threads CPU', 'Requests'],
        cases.map(([name]) => [
          name,
          cell(name, 'markers', 0),
          cell(name, 'busy'),
          cell(name, 'cpu'),
          cell(name, 'others'),
          cell(name, 'requests', 0),
        ]),
      ),
  );
} finally {
  await browser.close();
  await ours.close();
  await baseline?.close();
}
