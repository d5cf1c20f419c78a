// `npm run eval:draft`: how well `summit-map draft` finds, places and quotes the places of real
// articles. Reads every labelled article in eval/draft/ (NAME.txt + NAME.json, see its README),
// drafts it with the built model (dist/lib/model.js) and the repository's gazetteer, and prints
// one Markdown table (per article, then per group: the two stories of the repository, the articles
// tuned on, the articles held back). Then times the draft of a 1,500-word article in process and
// through the built command (dist/cli/summit-map.js).
//
// Measures, as issue 18 defines them:
// - recall: map-worthy labelled places that the draft has (a drafted place matches a label when its
//   name or an alias is the label's name or one of its mentions; between labels of one name, the nearest);
// - precision: drafted places that are places in the text (any labelled place, map-worthy or not);
// - located: found map-worthy places within 25 km of the label (towns, villages, cities, sites),
//   100 km (regions, states, lakes, mountains, islands, rivers) or 500 km (countries, seas);
// - quotes verbatim: every drafted quote is a substring of the paragraph it cites.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = join(root, 'eval/draft/');
const { parseGazetteer, readArticle, draftStory, nameKey } = await import(join(root, 'dist/lib/model.js'));

/**
 * The second set: held back from the data and finder round of issue 18 item 5 (measured once after it),
 * then tuned on: the third set's round fixed what its misses showed. Reported apart from the first twelve.
 */
export const SECOND_SET = new Set([
  'uscg-sycamore-argus-2023',
  'nws-flash-flood-lake-lure',
  'blinken-virtual-travel-2021',
  'state-media-notes-2019-04-10',
]);
/** The third held-back set: labelled and committed after the second set was measured, before the fixes its misses showed. */
export const HELD_OUT_THIRD = new Set(['nws-flood-ravenna-2019', 'mckeon-boston-portsmouth-2022', 'uscg-galveston-island-2006']);
/** Articles not tuned on: labelled after the rules were written, and no rule changed after their results were seen. */
export const HELD_OUT = new Set(['nws-flood-martin-2021', 'nws-flash-flood-san-miguel-2021', ...HELD_OUT_THIRD]);
/** The two stories in the repository. */
export const REPOSITORY = new Set(['bloomberg-2019', 'seascape-alaska-2023']);

const RADIUS_KM = {
  town: 25,
  village: 25,
  city: 25,
  site: 25,
  region: 100,
  state: 100,
  lake: 100,
  mountain: 100,
  island: 100,
  river: 100,
  country: 500,
  sea: 500,
};

const loadStart = performance.now();
const gazetteer = parseGazetteer(gunzipSync(readFileSync(join(root, 'geo/gazetteer/gazetteer.tsv.gz'))).toString('utf8'));
const loadMs = performance.now() - loadStart;

function km(a, b) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
const keyOf = (words) => nameKey(words).replace(/^the /, '');

function evaluate(name) {
  const labels = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  const text = readFileSync(labels.text ? join(dir, labels.text) : join(dir, `${name}.txt`), 'utf8');
  const { article } = readArticle(text);
  const started = performance.now();
  const { places } = draftStory(article, gazetteer);
  const ms = performance.now() - started;
  const found = new Map(); // label → drafted feature
  let inText = 0;
  const wrong = [];
  for (const feature of places.features) {
    const [lon, lat] = feature.geometry.coordinates;
    const forms = new Set([feature.properties.name, ...feature.properties.aliases].map(keyOf));
    const candidates = labels.places.filter((label) => [label.name, ...label.mentions].some((words) => forms.has(keyOf(words))));
    const label = candidates.sort((a, b) => km(a, { lat, lon }) - km(b, { lat, lon }))[0];
    if (!label) {
      wrong.push(feature.properties.name);
      continue;
    }
    inText += 1;
    if (!found.has(label)) found.set(label, { lat, lon });
  }
  const worthy = labels.places.filter((label) => label.mapWorthy);
  const foundWorthy = worthy.filter((label) => found.has(label));
  const located = foundWorthy.filter((label) => km(label, found.get(label)) <= RADIUS_KM[label.kind]);
  const quotes = places.features.flatMap((f) => f.properties.quotes);
  const verbatim = quotes.filter((quote) => article.paragraphs[quote.paragraph - 1]?.includes(quote.text));
  return {
    name,
    worthy: worthy.length,
    found: foundWorthy.length,
    drafted: places.features.length,
    inText,
    located: located.length,
    quotes: quotes.length,
    verbatim: verbatim.length,
    ms,
    missed: worthy.filter((label) => !found.has(label)).map((label) => label.name),
    notLocated: foundWorthy.filter((label) => !located.includes(label)).map((label) => label.name),
    wrong,
  };
}

const pct = (a, b) => (b === 0 ? '–' : `${Math.round((100 * a) / b)} %`);
const row = (r, label = r.name) =>
  `| ${label} | ${pct(r.found, r.worthy)} (${r.found}/${r.worthy}) | ${pct(r.inText, r.drafted)} (${r.inText}/${r.drafted}) | ${pct(r.located, r.found)} (${r.located}/${r.found}) | ${r.verbatim}/${r.quotes} | ${r.ms.toFixed(0)} ms |`;
const sum = (rows, name) =>
  rows.reduce(
    (t, r) => ({
      ...t,
      worthy: t.worthy + r.worthy,
      found: t.found + r.found,
      drafted: t.drafted + r.drafted,
      inText: t.inText + r.inText,
      located: t.located + r.located,
      quotes: t.quotes + r.quotes,
      verbatim: t.verbatim + r.verbatim,
      ms: t.ms + r.ms,
    }),
    { name, worthy: 0, found: 0, drafted: 0, inText: 0, located: 0, quotes: 0, verbatim: 0, ms: 0 },
  );

// `--tuning`: while rules change, leave the held-back articles unseen and skip the timings.
const tuning = process.argv.includes('--tuning');
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.json') && !(tuning && HELD_OUT.has(file.slice(0, -5))))
  .map((file) => file.slice(0, -5))
  .sort();
const results = names.map(evaluate);
const group = (test) => results.filter((r) => test(r.name));
const lines = [
  '| Article | Recall | Precision | Located | Quotes verbatim | Draft time |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...results.map((r) =>
    row(
      r,
      `${r.name}${HELD_OUT.has(r.name) ? ' (held back)' : REPOSITORY.has(r.name) ? ' (repository)' : SECOND_SET.has(r.name) ? ' (second set, tuned on since)' : ''}`,
    ),
  ),
  row(
    sum(
      group((n) => REPOSITORY.has(n)),
      '',
    ),
    '**The repository’s two stories**',
  ),
  row(
    sum(
      group((n) => !REPOSITORY.has(n) && !HELD_OUT.has(n) && !SECOND_SET.has(n)),
      '',
    ),
    '**Labelled, tuned on**',
  ),
  row(
    sum(
      group((n) => SECOND_SET.has(n)),
      '',
    ),
    '**Second set (tuned on since the third set)**',
  ),
  row(
    sum(
      group((n) => HELD_OUT.has(n)),
      '',
    ),
    '**Labelled, held back**',
  ),

  row(
    sum(
      group((n) => HELD_OUT_THIRD.has(n)),
      '',
    ),
    '**… of which the third set**',
  ),
  row(sum(results, ''), '**All**'),
];
console.log(lines.join('\n'));
console.log('\nMissed (map-worthy, not drafted), placed too far, drafted but not a place in the text:');
for (const r of results) {
  const parts = [
    r.missed.length && `missed ${r.missed.join(', ')}`,
    r.notLocated.length && `too far ${r.notLocated.join(', ')}`,
    r.wrong.length && `not places ${r.wrong.join(', ')}`,
  ];
  console.log(`- ${r.name}: ${parts.filter(Boolean).join('; ') || 'nothing'}`);
}

// `--no-timing`: the table only (as for measuring an older commit's draft).
if (tuning || process.argv.includes('--no-timing')) process.exit(0);

// A 1,500-word article: the labelled texts one after another, cut at 1,500 words.
const paragraphs = [];
let words = 0;
for (const name of names) {
  const labels = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  const { article } = readArticle(readFileSync(labels.text ? join(dir, labels.text) : join(dir, `${name}.txt`), 'utf8'));
  for (const paragraph of article.paragraphs) {
    if (words >= 1500) break;
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
}
const long = { headline: 'A 1,500-word article', paragraphs };
const times = [];
for (let n = 0; n < 5; n++) {
  const started = performance.now();
  draftStory(long, gazetteer);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const scratch = mkdtempSync(join(tmpdir(), 'eval-draft-'));
writeFileSync(join(scratch, 'long.txt'), `A 1,500-word article\n\n${paragraphs.join('\n\n')}\n`);
const cliStarted = performance.now();
try {
  execFileSync(process.execPath, [join(root, 'dist/cli/summit-map.js'), 'draft', 'long.txt', '--out', 'out', '--assets', './'], {
    cwd: scratch,
    stdio: 'ignore',
  });
} catch (error) {
  if (error.status !== 1) throw error; // 1: drafted, with notes for the author
}
const cliMs = performance.now() - cliStarted;
rmSync(scratch, { recursive: true, force: true });
console.log(
  `\nTime: loading the gazetteer ${loadMs.toFixed(0)} ms (Node, once); drafting a ${words}-word article ${times[2].toFixed(0)} ms (median of 5, in process, after loading); ` +
    `\`summit-map draft\` on it end to end ${(cliMs / 1000).toFixed(1)} s.`,
);

// The same article in Chromium: the gazetteer fetched and unpacked by summit-map/gazetteer's
// loadGazetteer (DecompressionStream), then drafted by dist/lib/model.js, as the editor does.
const types = { '.js': 'text/javascript', '.gz': 'application/gzip', '.html': 'text/html' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  if (path === '/') return response.end('<!doctype html><title>eval</title>');
  if (!/^\/(dist\/lib\/[\w.-]+\.js|geo\/gazetteer\/gazetteer\.tsv\.gz)$/.test(path)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[path.slice(path.lastIndexOf('.'))] });
  response.end(readFileSync(join(root, path)));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const inBrowser = await page.evaluate(async (article) => {
    const started = performance.now();
    const { loadGazetteer } = await import('/dist/lib/gazetteer.js');
    const { draftStory } = await import('/dist/lib/model.js');
    const gazetteer = await loadGazetteer('/geo/gazetteer/gazetteer.tsv.gz');
    const load = performance.now() - started;
    const times = [];
    for (let n = 0; n < 5; n++) {
      const t = performance.now();
      draftStory(article, gazetteer);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { load, draft: times[2] };
  }, long);
  console.log(
    `In Chromium: loading the gazetteer (fetch, unpack, parse) ${inBrowser.load.toFixed(0)} ms; drafting the ${words}-word article ${inBrowser.draft.toFixed(0)} ms (median of 5).`,
  );
} finally {
  await browser.close();
  server.close();
}
