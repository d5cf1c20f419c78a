// The static renderer in Node: sizes, the same bytes every time, text kept as text in the SVG,
// the glyph check, and bad input refused in plain words with nothing drawn.
import { describe, expect, it } from 'vitest';
import { readJson } from '../fixtures/load';
import { intersects } from '../../src/model/framing';
import { rankPlaces } from '../../src/model/first-view';
import { basemapFrom, renderStory, RenderError } from '../../src/render/node';
import { overlayBoxes } from '../../src/render/overlays';
import { renderSvg } from '../../src/render/render-svg';
import { escapeXml } from '../../src/render/svg-writer';
import { PALETTES } from '../../src/render/palette';
import { placesSvg } from '../../src/render/places-svg';
import { checkedStory } from '../../src/render/story-check';
import { textWidth } from '../../src/render/text';

const places = () => readJson('geo/places.geojson');
const article = () => readJson('geo/article.json');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

async function refusal(options: Parameters<typeof renderStory>[0]): Promise<RenderError> {
  const error = await renderStory(options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(RenderError);
  return error as RenderError;
}

describe('renderStory', () => {
  it('draws a PNG of the asked size times the scale (default 1200×630 at 2×)', async () => {
    expect(pngSize((await renderStory({ places: places(), article: article() })).data)).toEqual([2400, 1260]);
    const small = await renderStory({ places: places(), article: article(), width: 400, height: 300, scale: 1, theme: 'dark' });
    expect(pngSize(small.data)).toEqual([400, 300]);
  });

  it('gives the same bytes for the same story, in PNG and SVG', async () => {
    for (const format of ['png', 'svg'] as const) {
      const [a, b] = await Promise.all([
        renderStory({ places: places(), article: article(), format }),
        renderStory({ places: places(), article: article(), format }),
      ]);
      expect(a.data.equals(b.data)).toBe(true);
    }
  });

  it('keeps text as text in the SVG: the names in view, the key and the credit', async () => {
    const svg = (await renderStory({ places: places(), article: article(), format: 'svg' })).data.toString('utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    for (const name of ['Hanoi', 'Danang', 'Ho Chi Minh City', 'Key', 'Likely summit venue', 'Vietnam'])
      expect(svg).toContain(`>${name}</text>`);
    expect(svg).toContain(
      'Quotes: Bloomberg, “Trump-Kim February Summit Expected to Take Place in Vietnam”, 21 January 2019 · Map: Natural Earth</text>',
    );
    // Each place drawn is one element carrying its id.
    for (const id of ['hanoi', 'danang', 'ho-chi-minh-city', 'overflight']) expect(svg).toMatch(new RegExp(`data-place="${id}"`));
    // No outside resources: no links, images or fonts fetched.
    expect(svg).not.toMatch(/href=|<image|@font-face|url\((?!#)/);
  });

  it('keys only the symbols the picture shows: a card has no inset for the places outside it', async () => {
    const svg = (await renderStory({ places: places(), article: article(), format: 'svg' })).data.toString('utf8');
    const roleLabels = (readJson('geo/places.geojson') as { roles: Record<string, { label: string }> }).roles;
    const shown = ['Likely summit venue', 'Other venue considered', 'Flight entirely over friendly territory'];
    const keyed = Object.values(roleLabels)
      .map(({ label }) => label)
      .filter((label) => svg.includes(`>${escapeXml(label)}</text>`));
    expect(keyed).toEqual(shown);
    // A story whose places are all in its card: every role keyed.
    const local = (path: string) => readJson(`stories/kilauea-summit-drive/${path}`);
    const whole = (await renderStory({ places: local('places.geojson'), article: local('article.json'), format: 'svg' })).data.toString(
      'utf8',
    );
    const localRoles = Object.values((local('places.geojson') as { roles: Record<string, { label: string }> }).roles);
    expect(localRoles.length).toBeGreaterThan(2);
    for (const { label } of localRoles) expect(whole).toContain(`>${escapeXml(label)}</text>`);
  });

  it('fans out markers that coincide, as the live map does at its deepest zoom and in print: a local story is no blob', async () => {
    const local = (path: string) => readJson(`stories/kilauea-summit-drive/${path}`);
    const { data, markers } = await renderStory({ places: local('places.geojson'), article: local('article.json'), format: 'svg' });
    const svg = data.toString('utf8');
    const drawn = markers.filter((marker) => !marker.covered);
    expect(drawn.length).toBeGreaterThanOrEqual(6);
    // Each marker its own target (22 px symbols): no two closer than that along both axes.
    for (let i = 0; i < drawn.length; i++)
      for (let j = i + 1; j < drawn.length; j++) {
        const [a, b] = [drawn[i]!, drawn[j]!];
        expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(22);
      }
    // A leader from each fanned marker back to where its place is.
    expect(svg.match(/<path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+" fill="none"/g)?.length ?? 0).toBeGreaterThanOrEqual(6);
  });

  it('frames the first view the way the live map does and lays its labels out clear of the key', async () => {
    const { markers } = await renderStory({ places: places(), article: article(), format: 'svg' });
    const visible = markers.filter(({ x, y }) => x >= 0 && y >= 0 && x <= 1200 && y <= 630).map(({ id }) => id);
    expect(visible).toEqual(['hanoi', 'danang', 'ho-chi-minh-city']);
    expect(markers.find(({ id }) => id === 'hanoi')!.side).toBe('right');
  });

  it('refuses a story whose names the bundled typeface cannot draw, naming the character and the place', async () => {
    const data = places() as { features: { properties: Record<string, unknown> }[] };
    data.features[0]!.properties.name = 'Hà Nội 河内';
    data.features[0]!.properties.aliases = [];
    // The check wants every name in the article's text.
    const withArticle = article() as { paragraphs: string[] };
    withArticle.paragraphs[0] += ' Hà Nội 河内';
    const error = await refusal({ places: data, article: withArticle });
    expect(error.problems.join('\n')).toMatch(/no glyph for U\+6CB3 “河” in the name of place "hanoi"/);
    expect(error.problems.join('\n')).toMatch(/U\+5185 “内”/);
    // Vietnamese letters are in the typeface: only the two CJK characters are refused.
    expect(error.problems).toHaveLength(2);
  });

  it('draws every bundled story without a missing glyph', async () => {
    await expect(
      renderStory({
        places: readJson('stories/seascape-alaska/places.geojson'),
        article: readJson('stories/seascape-alaska/article.json'),
      }),
    ).resolves.toBeTruthy();
  });

  it('refuses an unknown theme, size or scale with a plain message', async () => {
    expect((await refusal({ places: places(), theme: 'sepia' as 'light' })).problems).toEqual([
      'The theme "sepia" is unknown: use light or dark.',
    ]);
    expect((await refusal({ places: places(), width: 20 })).problems).toEqual([
      'The width 20 is not a whole number of pixels from 100 to 4000.',
    ]);
    expect((await refusal({ places: places(), height: 630.5 })).problems[0]).toMatch(/^The height 630.5 is not a whole number/);
    expect((await refusal({ places: places(), scale: 9 })).problems).toEqual(['The scale 9 is not a number from 0.5 to 4.']);
  });

  it('refuses a story that fails the check, listing its problems, and draws nothing', async () => {
    const data = places() as { features: { properties: { quotes?: { text: string; paragraph: number }[] } }[] };
    data.features[0]!.properties.quotes = [{ text: 'Words the article never printed', paragraph: 1 }];
    const error = await refusal({ places: data, article: article() });
    expect(error.message).toMatch(/^The story has problems, so nothing was drawn:/);
    expect(error.problems.join('\n')).toMatch(/not word for word in paragraph 1/);
    expect((await refusal({ places: { type: 'Feature' } })).problems[0]).toMatch(/not a GeoJSON FeatureCollection/);
  });
});

describe("the first view's basemap names", () => {
  /** The basemap's names in a rendered SVG: the <text>s of the group it draws them in, boxed as the renderer measures them. */
  function basemapNames(svg: string) {
    const group = /<g text-anchor="middle"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    return [...group.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" font-size="(\d+)"( font-weight="600")?[^>]*>([^<]+)<\/text>/g)].map(
      ([, x, y, fontSize, bold, name]) => {
        const style = { face: bold ? 'bold' : 'italic', size: Number(fontSize) } as const;
        const width = textWidth(name!, style);
        // Its letters: from the capitals' height above the baseline to the descenders below.
        return {
          name: name!,
          box: { x: Number(x) - width / 2 + 1, y: Number(y) - style.size * 0.72, width: width - 2, height: style.size * 0.92 },
        };
      },
    );
  }

  it('go under none of the overlays, as on the live map (the inset covered "Gulf of Thailand")', async () => {
    // The element's map on a phone (tests/render/sources.test.ts measures its overlays there).
    const size = { width: 364, height: 352 };
    const { story, article: text } = await checkedStory(places(), article());
    const { svg } = renderSvg(story, text, basemapFrom(), { ...size, theme: 'light', overlays: 'element', narrowViewport: true });
    const overlays = overlayBoxes(story, text, rankPlaces(story), size, { narrowViewport: true });
    const names = basemapNames(svg);
    expect(names.map(({ name }) => name)).toEqual(expect.arrayContaining(['Vietnam', 'Laos', 'South China Sea']));
    for (const { name, box } of names)
      for (const overlay of overlays) expect(intersects(box, overlay), `${name} under ${JSON.stringify(overlay)}`).toBe(false);
  });

  it('go under no place’s label: a country that is a place of the story is named once (a draft maps countries)', async () => {
    const point = (id: string, name: string, coordinates: [number, number]) => ({
      type: 'Feature',
      id,
      properties: { name, role: 'mentioned' },
      geometry: { type: 'Point', coordinates },
    });
    const { story } = await checkedStory(
      {
        type: 'FeatureCollection',
        roles: { mentioned: { label: 'Mentioned', symbol: 'circle', color: '#3d6b8f' } },
        features: [
          point('sweden', 'Sweden', [16.2, 62.7]),
          point('stockholm', 'Stockholm', [18.07, 59.33]),
          point('china', 'China', [103.8, 36.2]),
          point('beijing', 'Beijing', [116.4, 39.9]),
        ],
      },
      undefined,
    );
    const size = { width: 800, height: 500 };
    const { svg, view } = renderSvg(story, undefined, basemapFrom(), { ...size, theme: 'light', overlays: 'element' });
    const overlays = overlayBoxes(story, undefined, rankPlaces(story), size, {});
    const { boxes } = placesSvg(rankPlaces(story), {
      view,
      palette: PALETTES.light,
      obstacles: overlays,
      area: { x: 0, y: 0, ...size },
      idPrefix: 'test-',
      fontFamily: 'serif',
      fan: false,
    });
    expect(boxes).toHaveLength(8);
    const names = basemapNames(svg);
    expect(names.length).toBeGreaterThan(3);
    for (const { name, box } of names)
      for (const place of boxes) expect(intersects(box, place), `${name} under ${JSON.stringify(place)}`).toBe(false);
  });
});
