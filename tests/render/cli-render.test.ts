// `summit-map render`: files written only for a story that passes the check, plain refusals, --html.
import { mkdtempSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { readText } from '../fixtures/load';

function session() {
  const cwd = mkdtempSync(join(tmpdir(), 'summit-render-'));
  const out: string[] = [];
  const err: string[] = [];
  return { io: { cwd, out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, cwd, out, err };
}

/** The Vietnam story as a folder (its two files). */
function storyDir(cwd: string): string {
  const dir = join(cwd, 'story');
  cpSync(new URL('../../geo/', import.meta.url), dir, {
    recursive: true,
    filter: (source) => !/basemap|source|scripts|schema/.test(source),
  });
  return dir;
}

describe('summit-map render', () => {
  it('writes a PNG or an SVG of the story', async () => {
    const { io, cwd, err } = session();
    storyDir(cwd);
    expect(await main(['render', 'story', '--out', 'card.png', '--width', '600', '--height', '315', '--scale', '1'], io)).toBe(0);
    const png = readFileSync(join(cwd, 'card.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([600, 315]);
    expect(err.join('\n')).toMatch(/✓ card\.png: 600×315 px/);
    expect(await main(['render', 'story', '--out', 'card.svg', '--theme', 'dark'], io)).toBe(0);
    expect(readFileSync(join(cwd, 'card.svg'), 'utf8')).toContain('>Hanoi</text>');
  });

  it('refuses an unknown theme or size, or a file type it cannot write, in plain words', async () => {
    const { io, cwd, err } = session();
    storyDir(cwd);
    expect(await main(['render', 'story', '--out', 'card.png', '--theme', 'sepia'], io)).toBe(2);
    expect(err.pop()).toBe('summit-map render: The theme "sepia" is unknown: use light or dark.');
    expect(await main(['render', 'story', '--out', 'card.png', '--width', 'wide'], io)).toBe(2);
    expect(err.pop()).toBe('summit-map render: --width "wide" is not a number.');
    expect(await main(['render', 'story', '--out', 'card.png', '--height', '99999'], io)).toBe(2);
    expect(err.pop()).toMatch(/The height 99999 is not a whole number of pixels from 100 to 4000/);
    expect(await main(['render', 'story', '--out', 'card.jpg'], io)).toBe(2);
    expect(err.pop()).toMatch(/should end in \.png or \.svg/);
    expect(existsSync(join(cwd, 'card.png'))).toBe(false);
  });

  it('stops on a story that fails the check, with its problems, and writes nothing', async () => {
    const { io, cwd, err } = session();
    const dir = storyDir(cwd);
    const places = JSON.parse(readText('geo/places.geojson')) as { features: { properties: { quotes: { text: string }[] } }[] };
    places.features[0]!.properties.quotes[0]!.text = 'A quote the article never printed';
    writeFileSync(join(dir, 'places.geojson'), JSON.stringify(places));
    expect(await main(['render', 'story', '--out', 'card.png'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/The story has problems, so nothing was drawn:\n- hanoi: .*quote 1/);
    expect(existsSync(join(cwd, 'card.png'))).toBe(false);
  });

  it('prints the markup to paste inside <summit-map> with --html', async () => {
    const { io, cwd, out } = session();
    storyDir(cwd);
    expect(await main(['render', 'story', '--html', '--width', '700', '--height', '480'], io)).toBe(0);
    const markup = out.join('\n');
    expect(markup).toMatch(/^<style>summit-map:not\(:defined\)\{display:block;/);
    expect(markup).toMatch(
      /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 700 480" slot="first-view" data-first-view="0" preserveAspectRatio="xMidYMid meet"/,
    );
    for (const id of ['hanoi', 'danang', 'ho-chi-minh-city']) expect(markup).toContain(`data-place="${id}"`);
    expect(markup).toContain('<details class="summit-map-key"><summary>Key</summary>');
    expect(markup).not.toMatch(/<script|on[a-z]+=|javascript:/i);
  });
});
