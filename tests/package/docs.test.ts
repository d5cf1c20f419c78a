// The README and the pages in docs/: a short front page whose quick start is two commands and says
// a server is needed, links that lead somewhere, and data-format tables that say what the schemas say.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** The bench's markers (scripts/bench/report.mjs). */
const [README_START, README_END] = ['<!-- bench:start -->', '<!-- bench:end -->'];
const readme = read('README.md');
const pages = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`),
  'stories/seascape-alaska/README.md',
  'stories/kilauea-summit-drive/README.md',
].filter((path) => path.endsWith('.md'));

/** GitHub's anchor for a heading: lower case, punctuation but `-` and `_` dropped, spaces as `-`. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors of a Markdown page's headings (code blocks skipped). */
function anchors(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/^```[\s\S]*?^```$/gm, '');
  return new Set([...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1]!)));
}

/** Each Markdown table under `heading` (first column name → rows of cells). */
function table(markdown: string, firstColumn: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${firstColumn} `));
  if (start < 0) throw new Error(`no table starting with "${firstColumn}"`);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    rows.push(
      lines[i]!.slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const name = (cell: string) => /`([^`]+)`/.exec(cell)![1]!;

describe('the README', () => {
  it('is a short front page: what it is, quick start, the embed, npm, links', () => {
    expect(readme.split('\n').length).toBeLessThan(100);
    expect([...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual([
      'Quick start',
      'Put the map in any page',
      'Install from npm',
      'Documentation',
    ]);
    for (const page of ['api', 'guide', 'data-format', 'authoring', 'performance', 'architecture'])
      expect(readme).toContain(`](docs/${page}.md)`);
  });

  it('starts with two commands: one installs and serves, one runs every test', () => {
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Put the map'));
    const commands = /```sh\n([\s\S]*?)```/
      .exec(quickStart)![1]!
      .trim()
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm install && npm start', 'npm test']);
  });

  it('says that a page opened from a file shows nothing, and that a server is needed', () => {
    expect(readme).toMatch(/file:\/\/[^\n]*\)? they show no map/);
    expect(readme).toMatch(/through a server/);
    expect(readme).toMatch(/Serve the page over http\(s\), not from a file/);
  });

  it('keeps the two-line embed', () => {
    expect(readme).toContain('```html\n<script type="module" src="summit-map.js"></script>\n<summit-map></summit-map>\n```');
  });
});

describe('docs/performance.md', () => {
  it('holds the bench’s table, which `npm run bench -- --write-readme` rewrites there, not in the README', () => {
    const performance = read('docs/performance.md');
    expect(performance.split(README_START).length - 1).toBe(1);
    expect(performance.indexOf(README_END)).toBeGreaterThan(performance.indexOf(README_START));
    expect(readme).not.toContain(README_START);
    expect(read('scripts/bench.mjs')).toContain("writeReadmeSection(join(ROOT, 'docs/performance.md'), section)");
  });
});

describe('links in the README and docs/', () => {
  for (const page of pages) {
    it(`${page}: every relative link leads to a file, and every #anchor to a heading`, () => {
      const markdown = read(page).replace(/^```[\s\S]*?^```$/gm, '');
      const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((link) => !/^[a-z]+:/.test(link));
      const broken = links.filter((link) => {
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const target = path ? join(ROOT, dirname(page), path) : join(ROOT, page);
        if (!existsSync(target)) return true;
        return anchor !== undefined && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(anchor);
      });
      expect(broken, relative(ROOT, join(ROOT, page))).toEqual([]);
    });
  }
});

describe('docs/data-format.md and the schemas', () => {
  const doc = read('docs/data-format.md');

  it('lists every article field, and as required exactly what geo/article.schema.json requires (no date)', () => {
    const schema = JSON.parse(read('geo/article.schema.json')) as { required: string[]; properties: Record<string, unknown> };
    const rows = table(doc, 'article field');
    expect(rows.map((row) => name(row[0]!)).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(
      rows
        .filter((row) => row[1] === 'yes')
        .map((row) => name(row[0]!))
        .sort(),
    ).toEqual([...schema.required].sort());
    expect(schema.required).not.toContain('date');
  });

  it('lists every place property, with a name or a title required, as geo/places.schema.json says', () => {
    const schema = JSON.parse(read('geo/places.schema.json')) as {
      $defs: { place: { properties: { properties: { properties: Record<string, unknown>; anyOf: { required: string[] }[] } } } };
    };
    const properties = schema.$defs.place.properties.properties;
    const rows = table(doc, 'place property');
    expect(rows.map((row) => name(row[0]!)).sort()).toEqual(Object.keys(properties.properties).sort());
    const required = properties.anyOf.flatMap((option) => option.required).sort();
    expect(required).toEqual(['name', 'title']);
    expect(
      rows
        .filter((row) => row[1]!.startsWith('yes'))
        .map((row) => name(row[0]!))
        .sort(),
    ).toEqual(required);
  });

  it('no page says the article schema asks for a date', () => {
    for (const page of pages) expect(read(page), page).not.toMatch(/schema (asks for|requires) (one|a date)|`date` \(ISO\), optional/);
  });
});
