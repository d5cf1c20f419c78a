// The bench of issue 20 (the map before any script): `npm run bench:first-view [-- --runs 11]`
// after `npm run build`. Interleaved loads, each in a fresh context at 1280×900, of
//   - the story page (dist/index.html, its first view pre-rendered into <summit-map>),
//   - a bare page with only <summit-map> and the markup `summit-map render geo --html` pasted in it,
//   - the bare plain Leaflet 1.9.4 page of the main bench (scripts/bench/pages.mjs),
// measuring "places on screen": the later of the first animation frame with the first view's
// places in the DOM (pre-rendered `data-place` elements or live markers; Leaflet's markers on the
// reference) and the first contentful paint. Also the layout shift over the load (until 2 s after
// the basemap), the bytes the first view adds to the story page's HTML (gzip), and the time
// `summit-map render` takes to draw the 1200×630 card.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { ROOT } from './bytes.mjs';
import { FIRST_VIEW_PLACES, PAGES, serveBuild } from './pages.mjs';
import { installFirstViewProbe } from './probe.mjs';
import { markdownTable, median, ms, msWithSpread, ratio } from './report.mjs';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';

// --baseline <folder>: another build's dist/ (e.g. main's), whose story and bare pages are loaded
// in the same runs, interleaved, for an A/B on this machine shared with other jobs.
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '7' }, baseline: { type: 'string' } } });
const RUNS = Number(args.runs);
const CLI = join(ROOT, 'dist/cli/summit-map.js');
const EMBED_HTML = '/bench-first-view-embed.html';

async function load(browser, url, options) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(installFirstViewProbe, options);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // A promise in the page, not page.waitForFunction: that evaluates Playwright's injected script
    // (330 KB, 9–28 ms of the main thread in a trace), which landed inside the load it measured.
    await page.evaluate(
      () =>
        new Promise((done, fail) => {
          const timeout = setTimeout(() => fail(new Error('bench: no places on screen after 30 s')), 30_000);
          const check = () => {
            if (window.__firstView.placesAt === undefined || window.__firstView.fcp === undefined) return setTimeout(check, 50);
            clearTimeout(timeout);
            done();
          };
          check();
        }),
    );
    // Layout shift over the load: until the basemap has painted, and 2 s more.
    await page
      .waitForFunction(() => performance.getEntriesByName('summit-map:basemap').length > 0, undefined, { timeout: 30_000 })
      .catch(() => {});
    await page.waitForTimeout(2000);
    const { placesAt, fcp, shifts } = await page.evaluate(() => window.__firstView);
    return { onScreen: Math.max(placesAt, fcp), placesAt, fcp, cls: shifts.reduce((sum, [, value]) => sum + value, 0) };
  } finally {
    await context.close();
  }
}

/** gzip bytes of the story page's HTML with and without what the build added (first view, article, list, card tags). */
function htmlBytes() {
  const built = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  const bare = built
    .replace(/(<summit-map\b[^>]*>)[\s\S]*?(<\/summit-map>)/, '$1$2')
    .replace(/(<summit-article\b[^>]*>)[\s\S]*?(<\/summit-article>)/, '$1$2')
    .replace(/(<summit-place-list\b[^>]*>)[\s\S]*?(<\/summit-place-list>)/, '$1$2')
    .replace(/\s*<meta (property="og:image|name="twitter:)[^>]*>/g, '');
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  return { built: gz(built), bare: gz(bare), added: gz(built) - gz(bare) };
}

/** The story page and the bare page of the build in `dist` (its CLI writes the bare page's markup), in `folder`; served from there, then `dist`. */
function servePages(dist, folder) {
  const served = serveBuild(dist, folder);
  const cli = join(dist, 'cli/summit-map.js');
  const markup = execFileSync(process.execPath, [cli, 'render', join(ROOT, 'geo'), '--html', '--width', '1280', '--height', '480'], {
    encoding: 'utf8',
  });
  writeFileSync(
    join(folder, EMBED_HTML),
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<link rel="icon" href="data:,">\n<title>bench</title>\n<style>html, body { margin: 0; }</style>\n<script type="module" src="/summit-map.js"></script>\n</head>\n<body>\n<summit-map>${markup}</summit-map>\n</body>\n</html>\n`,
  );
  return served;
}

const folder = mkdtempSync(join(tmpdir(), 'summit-first-view-bench-'));
const baselineFolder = mkdtempSync(join(tmpdir(), 'summit-first-view-baseline-'));
try {
  const server = await servePages(join(ROOT, 'dist'), folder);
  const baseline = args.baseline ? await servePages(resolve(args.baseline), baselineFolder) : undefined;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const cases = [
    ['Plain Leaflet page (reference)', server.origin + PAGES.reference, { selector: '.leaflet-marker-icon', count: 9 }],
    ['Story page (dist/index.html)', server.origin + PAGES.story, { ids: FIRST_VIEW_PLACES }],
    ['Bare page with `render --html` markup', server.origin + EMBED_HTML, { ids: FIRST_VIEW_PLACES }],
    ...(baseline
      ? [
          [`Story page, baseline (${args.baseline})`, baseline.origin + PAGES.story, { ids: FIRST_VIEW_PLACES }],
          ['Bare page with `render --html` markup, baseline', baseline.origin + EMBED_HTML, { ids: FIRST_VIEW_PLACES }],
        ]
      : []),
  ];
  const results = cases.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    // The reference first, then the pages, in turn forwards and backwards (none always follows the reference).
    const pages = [...cases.keys()].slice(1);
    for (const i of [0, ...(run % 2 ? pages.reverse() : pages)]) results[i].push(await load(browser, cases[i][1], cases[i][2]));
  }
  await browser.close();
  await server.close();
  await baseline?.close();
  const reference = median(results[0].map((r) => r.onScreen));
  const rows = cases.map(([name], i) => {
    const on = median(results[i].map((r) => r.onScreen));
    const of = (key) => median(results[i].map((r) => r[key]));
    // Each run's ratio to the reference loaded just before it: the spread of the interleaved pairs.
    const pairs = results[i].map((r, run) => r.onScreen / results[0][run].onScreen).sort((a, b) => a - b);
    const quartile = (q) => pairs[Math.round(q * (pairs.length - 1))].toFixed(2);
    const pairSpread = `${pairs[0].toFixed(2)}–${pairs.at(-1).toFixed(2)}×, middle half ${quartile(0.25)}–${quartile(0.75)}×`;
    return [
      name,
      msWithSpread(results[i].map((r) => r.onScreen)),
      `${ratio(on, reference)} (runs ${pairSpread})`,
      ms(of('fcp')),
      ms(of('placesAt')),
      of('cls').toFixed(3),
    ];
  });
  console.log(
    `\nPlaces on screen: the later of the first frame with the first view's places in the DOM and FCP; medians of ${RUNS} interleaved runs at 1280×900\n`,
  );
  console.log(markdownTable(['Page', 'Places on screen', 'vs plain Leaflet', 'FCP', 'Places in DOM', 'Layout shift'], rows));
  if (baseline) {
    // This build against the baseline run by run (the two loads of a run are seconds apart): steadier
    // than two medians on a machine whose load moves the reference from one run to the next.
    const against = (ours, theirs) => {
      const pairs = results[ours].map((r, run) => r.onScreen / results[theirs][run].onScreen).sort((a, b) => a - b);
      const at = (q) => pairs[Math.round(q * (pairs.length - 1))].toFixed(2);
      return `${median(pairs).toFixed(2)}× (middle half ${at(0.25)}–${at(0.75)}×)`;
    };
    console.log(`\nThis build ÷ baseline, run by run: story page ${against(1, 3)}, bare page ${against(2, 4)}.`);
  }
  const bytes = htmlBytes();
  console.log(
    `\nStory page HTML: ${bytes.built} B gzip, of which the first view, article, place list and card tags add ${bytes.added} B (budget 30 KB).`,
  );
  const whole = [];
  const drawn = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const { stderr, status } = spawnSync(
      process.execPath,
      [CLI, 'render', join(ROOT, 'geo'), '--out', join(folder, 'card.png'), '--scale', '1'],
      {
        encoding: 'utf8',
      },
    );
    whole.push(performance.now() - started);
    if (status !== 0) throw new Error(`summit-map render failed: ${stderr}`);
    drawn.push(Number(/drawn in (\d+) ms/.exec(stderr)?.[1]));
  }
  console.log(
    `Card (1200×630 PNG, \`summit-map render\`, medians of 5): ${ms(median(drawn))} to draw, ${ms(median(whole))} for the whole command with Node's start-up.`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
  rmSync(baselineFolder, { recursive: true, force: true });
}
