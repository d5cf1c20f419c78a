/**
 * `summit-map draft ARTICLE [--out DIR] [--assets URL] [--force]`: drafts a story from an article
 * (plain text or HTML) with the offline gazetteer and writes DIR/article.json,
 * DIR/places.geojson and DIR/index.html, with the drop-in module, its basemap and the story page's
 * stylesheet copied beside them (or linked from --assets), so DIR works on any static server.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nonLatinScript } from '../../model/draft/input-checks';
import { draftStory, type DraftedStory } from '../../model/draft/draft-story';
import { readArticle } from '../../model/draft/read-article';
import { UsageError, type Io } from '../io';
import { loadGazetteerFile, storyPageFiles } from '../package-files';
import { readTextFile } from '../read-input';
import { storyPage } from '../story-page';

const HELP = `Usage: summit-map draft ARTICLE [--out DIR] [--assets URL] [--force]
       cat ARTICLE | summit-map draft - --out DIR

Drafts a story from ARTICLE (plain text: the headline on the first line, then the paragraphs;
or an HTML page, of which only the text is read) and writes DIR/article.json, DIR/places.geojson
and DIR/index.html. DIR is ARTICLE's name without its extension unless --out says otherwise.

  --out DIR      where to write the story
  --assets URL   link summit-map.js and story-page.css from URL (ending in /) instead of copying
                 the drop-in module, its basemap and the stylesheet into DIR
  --force        replace a story already in DIR

Serve DIR with any static web server (e.g. python3 -m http.server -d DIR) to see the page.
Exit code 0: drafted; 1: drafted, and the summary lists what needs the author; 2: nothing written.`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArguments(argv);
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`give one article file.\n\n${HELP}`);
  const file = positionals[0]!;
  const started = performance.now();
  const text = readTextFile(io.cwd, file);
  const { article, problems } = readArticle(text);
  if (!article) throw new UsageError(problems.map((problem) => problem.message).join(' '));
  const notes = problems.map((problem) => problem.message);
  const script = nonLatinScript(article.paragraphs.join('\n'));
  if (script)
    notes.push(
      `Most of the text is in the ${script} script; the gazetteer holds names in Latin letters, so places written in it are not found.`,
    );
  const drafted = draftStory(article, loadGazetteerFile());
  if (drafted.places.features.length === 0) {
    const unresolved = drafted.summary.unresolved.map((name) => `"${name.name}"`);
    throw new UsageError(
      [
        'no place in the gazetteer was found in the article, so there is nothing to map.',
        unresolved.length ? `Names that may be places but are not in the gazetteer: ${unresolved.join(', ')}.` : '',
        ...notes,
      ]
        .filter(Boolean)
        .join(' '),
    );
  }
  if (file === '-' && !values.out) throw new UsageError('give --out DIR when the article comes from standard input.');
  const out = resolve(io.cwd, values.out ?? basename(file, extname(file)));
  const existing = ['article.json', 'places.geojson', 'index.html'].filter((name) => existsSync(join(out, name)));
  if (existing.length && !values.force) {
    throw new UsageError(
      `${relative(io.cwd, out) || '.'} already has ${existing.join(', ')}; nothing was written. Use --force to replace them, or --out for another folder.`,
    );
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'article.json'), `${JSON.stringify(article, null, 2)}\n`);
  writeFileSync(join(out, 'places.geojson'), `${JSON.stringify(drafted.places, null, 2)}\n`);
  const assets = values.assets ? (values.assets.endsWith('/') ? values.assets : `${values.assets}/`) : './';
  writeFileSync(join(out, 'index.html'), storyPage(article, assets));
  if (!values.assets) copyPageFiles(out, notes);
  const seconds = (performance.now() - started) / 1000;
  io.out(summaryText(drafted, relative(io.cwd, out) || '.', seconds));
  for (const note of notes) io.err(`Note: ${note}`);
  return drafted.summary.needsAuthor.length || notes.length ? 1 : 0;
}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, assets: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${HELP}`, { cause: error });
  }
}

/** The drop-in module with its chunks and basemap, and the story page's stylesheet, beside the page. */
function copyPageFiles(out: string, notes: string[]): void {
  const files = storyPageFiles();
  if (!files) {
    notes.push(
      'The drop-in module (dist/summit-map.js) was not found, so index.html needs --assets to show the map; run `npm run build` in a checkout.',
    );
    return;
  }
  for (const name of readdirSync(files.dist)) {
    if (/^summit-map(-[\w.-]+)?\.js$/.test(name) || name === 'summit-map-basemap') {
      cpSync(join(files.dist, name), join(out, name), { recursive: true });
    }
  }
  cpSync(files.stylesheet, join(out, 'story-page.css'));
}

function summaryText(drafted: DraftedStory, out: string, seconds: number): string {
  const { summary, places } = drafted;
  const width = Math.min(28, Math.max(...summary.places.map((place) => place.name.length)));
  const roleLabel = (role: string) => places.roles[role]?.label ?? role;
  const lines = [
    `Drafted ${summary.places.length} place${summary.places.length === 1 ? '' : 's'} in ${seconds.toFixed(1)} s → ${out}/ (article.json, places.geojson, index.html)`,
    '',
    ...summary.places.map((place) => {
      const mark = place.confidence >= 0.6 ? '✓' : '?';
      return `  ${mark} ${place.name.padEnd(width)}  ${place.kind.padEnd(8)}  ${roleLabel(place.role).padEnd(25)}  confidence ${place.confidence.toFixed(2)}`;
    }),
  ];
  if (summary.needsAuthor.length) lines.push('', 'Needs the author:', ...summary.needsAuthor.map((line) => `  - ${line}`));
  lines.push('', `Next: edit the draft, then \`summit-map check ${out}\`; serve ${out}/ with a static web server to see the page.`);
  return lines.join('\n');
}
