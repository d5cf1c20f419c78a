// The `summit-map` command as a user runs it: the built dist/cli/summit-map.js (run `npm run
// build` first) in a child process, on files in a scratch folder.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStory } from '../../src/model/story';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli/summit-map.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'summit-map-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function summitMap(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: dir, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 99) : 0, stdout, stderr });
    });
  });
}
const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return name;
};

describe('summit-map draft and check', () => {
  it('drafts the Bloomberg article into a story the map reads, and checks it clean', async () => {
    file('bloomberg.txt', readFileSync(join(ROOT, 'geo/source/article.txt')));
    const draft = await summitMap('draft', 'bloomberg.txt', '--out', 'story');
    expect(draft.stderr).toBe('');
    expect(draft.stdout).toMatch(/^Drafted 15 places in [\d.]+ s → story\/ \(article.json, places.geojson, index.html\)/);
    expect(draft.stdout).toMatch(/✓ Hanoi +capital +Where it happens +confidence 0\.99/);
    expect([0, 1]).toContain(draft.code);
    const places = JSON.parse(readFileSync(join(dir, 'story/places.geojson'), 'utf8'));
    expect(parseStory(places).problems.filter((p) => p.level !== 'notice')).toEqual([]);
    const page = readFileSync(join(dir, 'story/index.html'), 'utf8');
    expect(page).toContain('<summit-map id="story-map" src="places.geojson" article-src="article.json"');
    expect(page).toContain('<script type="module" src="./summit-map.js"></script>');
    // The drop-in module, its basemap and the stylesheet beside the page, so any static server shows it.
    for (const name of ['summit-map.js', 'summit-map-basemap/world.json', 'story-page.css'])
      expect(existsSync(join(dir, 'story', name)), name).toBe(true);
    const check = await summitMap('check', 'story');
    expect(check).toEqual({
      code: 0,
      stdout: '✓ story/places.geojson: 15 places, every quote word for word, every name in the article.\n',
      stderr: '',
    });
  });

  it('check: one line per problem, naming the place, and exit 1', async () => {
    const places = JSON.parse(readFileSync(join(dir, 'story/places.geojson'), 'utf8'));
    const hanoi = places.features.find((f: { id: string }) => f.id === 'hanoi');
    hanoi.properties.quotes[0].text = hanoi.properties.quotes[0].text.replace('country’s', "country's");
    hanoi.properties.aliases.push('Ha Noi');
    file('edited.geojson', JSON.stringify(places));
    const check = await summitMap('check', 'story/article.json', 'edited.geojson');
    expect(check.code).toBe(1);
    const lines = check.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^edited\.geojson: "Hanoi", quote 1 \(.*\): not word for word in paragraph 2: character \d+ is "'" \(U\+0027\) against "’" \(U\+2019\) in the paragraph\.$/,
    );
    expect(lines).toContain('edited.geojson: The alias "Ha Noi" of "Hanoi" is not found in the article.');
    expect(lines.at(-1)).toBe('✗ 2 problems.');
  });

  it('reads HTML as text: no script reaches the story, and the author is told', async () => {
    file(
      'page.html',
      '<html><body><h1>Talks <script>alert(1)</script>in Hanoi</h1><p onmouseover="alert(2)">Envoys met in Hanoi on Monday.</p></body></html>',
    );
    const draft = await summitMap('draft', 'page.html', '--out', 'html', '--assets', 'https://example.org/summit-map/');
    expect(draft.code).toBe(1);
    expect(draft.stderr).toMatch(/Note: The HTML had 1 script and 1 event handler.*none of them ran/);
    const written = ['article.json', 'places.geojson', 'index.html']
      .map((name) => readFileSync(join(dir, 'html', name), 'utf8'))
      .join('\n');
    expect(written).not.toMatch(/alert|onmouseover/);
    expect(written).toContain('<script type="module" src="https://example.org/summit-map/summit-map.js"></script>');
  });

  it.each([
    ['an empty file', 'empty.txt', '', /the article "empty\.txt" is empty/],
    ['a 5 MB text', 'huge.txt', `Headline\n\n${'word '.repeat(1_100_000)}`, /"huge\.txt" is 5\.5 MB; an article is read up to 4 MB/],
    [
      'binary data',
      'photo.jpg',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
      /"photo\.jpg" is not text: it looks like binary data/,
    ],
    ['text that is not UTF-8', 'latin1.txt', Buffer.from('Caf\xe9 in Hanoi\n\nEnvoys met in Hanoi.', 'latin1'), /is not UTF-8 text/],
    [
      'a text with no place',
      'none.txt',
      'Budget talks\n\nThe committee met on Tuesday and agreed on nothing.',
      /no place in the gazetteer was found/,
    ],
    [
      'a place the gazetteer lacks',
      'unknown.txt',
      'Lava nears a village\n\nLava crossed the road near Xyzzyville on Monday.',
      /not in the gazetteer: "Xyzzyville"/,
    ],
    [
      'a text in a non-Latin script',
      'russian.txt',
      'Саммит\n\nПрезидент прибыл в Москву во вторник.',
      /Cyrillic script; the gazetteer holds names in Latin letters/,
    ],
    ['a missing file', 'missing.txt', undefined, /the article "missing\.txt" does not exist/],
  ])('%s: a plain message, exit 2, nothing written', async (_, name, content, message) => {
    if (content !== undefined) file(name, content);
    const result = await summitMap('draft', name, '--out', `out-${name}`);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(dir, `out-${name}`))).toBe(false);
  });

  it('never overwrites a story without --force', async () => {
    const again = await summitMap('draft', 'bloomberg.txt', '--out', 'story');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/story already has article\.json, places\.geojson, index\.html; nothing was written/);
  });

  it('reads the article from standard input with "-"', async () => {
    const child = spawn(process.execPath, [CLI, 'draft', '-', '--out', 'piped', '--assets', './'], { cwd: dir });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stdin.end('Talks in Hanoi\n\nEnvoys met in Hanoi on Monday.\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toMatch(/Drafted 1 place .*→ piped\//);
    expect(JSON.parse(readFileSync(join(dir, 'piped/article.json'), 'utf8')).paragraphs).toEqual(['Envoys met in Hanoi on Monday.']);
  });

  it('says how to use it', async () => {
    const help = await summitMap('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/summit-map draft ARTICLE \[--out DIR\]/);
    const unknown = await summitMap('publish');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/there is no command "publish"/);
  });
});
