// The renderer's copies of what the element draws with (palette, symbols) are held to the
// element's own sources, and its Leaflet arithmetic to positions measured from Leaflet in Chromium.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJson } from '../fixtures/load';
import { firstView, rankPlaces } from '../../src/model/first-view';
import { containerPoint } from '../../src/model/map-view';
import { anchorOf } from '../../src/model/geometry';
import { parseStory } from '../../src/model/story';
import { PALETTES, PROPERTY_OF, type Palette } from '../../src/render/palette';
import { SHAPES } from '../../src/render/symbols';
import { overlayBoxes } from '../../src/render/overlays';
import { checkedStory } from '../../src/render/story-check';

// Read as text from disk: the build's CSS minifier would transform them as modules.
const source = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const roleSymbolSource = source('src/symbols/role-symbol.ts');
const themeSource = source('src/elements/theme.styles.ts');

describe('the renderer copies the element', () => {
  it('draws with the palettes of theme.styles.ts', () => {
    // The light palette is the first block (:host), the dark one the `dark` css block before it.
    const dark = themeSource.slice(themeSource.indexOf('const dark'), themeSource.indexOf('export const palette'));
    const light = themeSource.slice(themeSource.indexOf('export const palette'), themeSource.indexOf(":host([theme='dark'])"));
    for (const [theme, block] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      for (const [key, property] of Object.entries(PROPERTY_OF) as [keyof Palette, string][]) {
        if (key === 'water') continue; // falls back to the sea
        const match = new RegExp(`${property}: var\\(--summit-map-[a-z-]+, (#[0-9a-f]{6})\\)`).exec(block);
        expect(match?.[1], `${theme} ${property}`).toBe(PALETTES[theme][key]);
      }
      expect(PALETTES[theme].water).toBe(PALETTES[theme].sea);
    }
  });

  it('draws the symbols of role-symbol.ts', () => {
    for (const markup of Object.values(SHAPES)) expect(roleSymbolSource).toContain(`svg\`${markup}\``);
  });
});

describe('the first view without Leaflet', () => {
  // Measured in Chromium on the story page (1280×900: a 537×802 map) from Leaflet's own markers,
  // with the overlays' boxes of the element measured there too.
  const overlays = [
    [8, 8, 30, 30],
    [42, 8, 30, 30],
    [375.171875, 8, 28, 30],
    [407.171875, 8, 28, 30],
    [439.171875, 8, 28, 30],
    [349.953125, 750, 181.21875, 32],
    [473.828125, 8, 55.34375, 30],
    [314.484375, 783.828125, 222.6875, 18.171875],
    [8, 700, 174, 82],
  ].map(([x, y, width, height]) => ({ x: x!, y: y!, width: width!, height: height! }));

  it("puts each marker on the pixel Leaflet's fitBounds puts it", () => {
    const story = parseStory(readJson('geo/places.geojson')).value;
    const view = firstView(story, { width: 537, height: 802 }, overlays)!;
    const at = Object.fromEntries(rankPlaces(story).map(({ place }) => [place.id, containerPoint(anchorOf(place), view)]));
    expect(at.hanoi).toEqual({ x: 204, y: 84 });
    expect(at.danang).toEqual({ x: 332, y: 368 });
    expect(at['ho-chi-minh-city']).toEqual({ x: 250, y: 662 });
    expect(at.singapore).toEqual({ x: 94, y: 1181 });
    expect(at.washington).toEqual({ x: -9694, y: -1040 });
  });
});

describe('the overlays the picture is framed clear of', () => {
  // Measured in Chromium on the built story page (tests/e2e/first-view.test.ts's sizes), before
  // "What happened next" loads: controls, key, timeline, credits and the locator inset (120 × 54
  // inside its border on a narrow map).
  const measured = {
    desktop: {
      size: { width: 537.17, height: 802 },
      narrowViewport: false,
      boxes: [
        [8, 8, 30, 30],
        [42, 8, 30, 30],
        [375.2, 8, 28, 30],
        [407.2, 8, 28, 30],
        [439.2, 8, 28, 30],
        [473.8, 8, 55.3, 30],
        [350, 750, 181.2, 32],
        [314.5, 783.8, 222.7, 18.2],
        [8, 726, 122, 56],
      ],
    },
    phone: {
      size: { width: 364, height: 352.48 },
      narrowViewport: true,
      boxes: [
        [8, 8, 30, 30],
        [42, 8, 30, 30],
        [202, 8, 28, 30],
        [234, 8, 28, 30],
        [266, 8, 28, 30],
        [305.4, 8, 50.6, 30],
        [176.8, 300.5, 181.2, 32],
        [141.3, 334.3, 222.7, 18.2],
        [8, 276.5, 122, 56],
      ],
    },
  };
  for (const [name, { size, narrowViewport, boxes }] of Object.entries(measured)) {
    it(`are the element's, within a pixel (${name})`, async () => {
      const { story, article } = await checkedStory(readJson('geo/places.geojson'), readJson('geo/article.json'));
      const predicted = overlayBoxes(story, article, rankPlaces(story), size, { narrowViewport });
      expect(predicted).toHaveLength(boxes.length);
      predicted.forEach((box, i) => {
        const [x, y, width, height] = boxes[i]!;
        for (const [got, want] of [
          [box.x, x],
          [box.y, y],
          [box.width, width],
          [box.height, height],
        ] as const)
          expect(Math.abs(got - want!), `${name} box ${i}: ${JSON.stringify(box)}`).toBeLessThanOrEqual(1);
      });
    });
  }
});
