// Framing at any scale, in Node: the summit story (a continent), the Alaska story (an ocean) and a
// local fixture (13 places on one island, four of them within 2 km of Hilo) are each framed by their
// own extent, and every place, once chosen, stands apart or fans out.
import { describe, expect, it } from 'vitest';
import { pixelDistance, project, separationZoom, SEPARATION_PX, storyFocus, type Rect } from '../../src/model/framing';
import { parseStory } from '../../src/model/story';
import type { Position, Story } from '../../src/model/types';
import { COINCIDE_PX, FAN_MAX_PLACES, FAN_PX, fanOut } from '../../src/model/fan-out';
import {
  authoredView,
  deepestZoom,
  DETAIL_ZOOM,
  fitView,
  OFFLINE_MAX_ZOOM,
  parseViewText,
  TILES_MAX_ZOOM,
  type Size,
  type View,
} from '../../src/model/view-frame';
import { readJson } from '../fixtures/load';

const stories: [string, Story][] = [
  ['the summit story', parseStory(readJson('geo/places.geojson')).value],
  ['the Alaska story', parseStory(readJson('stories/seascape-alaska/places.geojson')).value],
  ['the island fixture', parseStory(readJson('tests/e2e/fixtures/island.geojson')).value],
];
const island = stories[2]![1];

/** A desktop map and a phone map, each with the clear area its overlays and labels leave. */
const maps: [string, Size, Rect][] = [
  ['1280 wide', { width: 820, height: 640 }, { x: 110, y: 70, width: 600, height: 470 }],
  ['390 wide', { width: 390, height: 520 }, { x: 40, y: 60, width: 310, height: 330 }],
];

const points = (story: Story) =>
  story.places.flatMap((place) => (place.geometry.type === 'Point' ? [{ id: place.id, position: place.geometry.coordinates }] : []));
const order = (story: Story, id: string) => story.roles.find((role) => role.id === story.places.find((p) => p.id === id)!.role)!.order;

/** Where a position lands in a map of `size` showing `view`, in container pixels. */
function screen(position: Readonly<Position>, view: View, size: Size) {
  const scale = 2 ** view.zoom;
  const [p, c] = [project(position), project(view.center)];
  return { x: (p.x - c.x) * scale + size.width / 2, y: (p.y - c.y) * scale + size.height / 2 };
}

/** How much of the clear area the places' box fills, across and down (1: edge to edge). */
function spread(positions: readonly Position[], view: View, size: Size, area: Rect) {
  const xs = positions.map((position) => screen(position, view, size).x);
  const ys = positions.map((position) => screen(position, view, size).y);
  return { across: (Math.max(...xs) - Math.min(...xs)) / area.width, down: (Math.max(...ys) - Math.min(...ys)) / area.height };
}

function expectFramed(positions: readonly Position[], size: Size, area: Rect, maxZoom: number) {
  const view = fitView(positions, size, area, { maxZoom })!;
  for (const position of positions) {
    const { x, y } = screen(position, view, size);
    expect(x).toBeGreaterThanOrEqual(area.x - 0.5);
    expect(x).toBeLessThanOrEqual(area.x + area.width + 0.5);
    expect(y).toBeGreaterThanOrEqual(area.y - 0.5);
    expect(y).toBeLessThanOrEqual(area.y + area.height + 0.5);
  }
  const { across, down } = spread(positions, view, size, area);
  // Fitted by its own extent: one side fills the area, up to one zoom step (2^-0.25 = 0.84).
  if (view.zoom < maxZoom) expect(Math.max(across, down)).toBeGreaterThan(0.84);
  return view;
}

describe.each(stories)('%s', (_, story) => {
  const all = points(story);
  const focus = new Set(storyFocus(all.map((point) => ({ ...point, order: order(story, point.id) }))));

  it.each(maps)('fills the clear part of a map %s with its first view and with "Show all places"', (_, size, area) => {
    expectFramed(
      all.filter((point) => focus.has(point.id)).map((point) => point.position),
      size,
      area,
      OFFLINE_MAX_ZOOM,
    );
    expectFramed(
      all.map((point) => point.position),
      size,
      area,
      OFFLINE_MAX_ZOOM,
    );
  });

  it('shows every chosen place apart from its neighbours, or fanned out at the deepest offline zoom', () => {
    for (const tiles of [false, true]) {
      const maxZoom = deepestZoom(tiles);
      for (const place of all) {
        const others = all.filter((other) => other !== place).map((other) => other.position);
        const zoom = separationZoom(place.position, others, { maxZoom, minZoom: 1 });
        const nearest = Math.min(...others.map((other) => pixelDistance(place.position, other, zoom)));
        if (nearest >= SEPARATION_PX) continue;
        expect(zoom).toBe(maxZoom);
        // Still together at the deepest zoom: the fan spreads them, each its own 24-pixel target.
        const onScreen = all.map((point) => ({
          id: point.id,
          ...screen(point.position, { center: place.position, zoom }, { width: 0, height: 0 }),
        }));
        const offsets = fanOut(onScreen);
        const moved = onScreen.map((point) => ({
          x: point.x + (offsets.get(point.id)?.x ?? 0),
          y: point.y + (offsets.get(point.id)?.y ?? 0),
        }));
        for (let i = 0; i < moved.length; i++)
          for (let j = i + 1; j < moved.length; j++)
            expect(Math.hypot(moved[i]!.x - moved[j]!.x, moved[i]!.y - moved[j]!.y)).toBeGreaterThanOrEqual(COINCIDE_PX - 1e-6);
      }
    }
  });
});

describe('the island fixture', () => {
  const all = points(island);
  const at = (id: string) => all.find((point) => point.id === id)!.position;

  it('frames a paragraph naming three towns by their own extent, far closer than the old zoom 5', () => {
    for (const [, size, area] of maps) {
      const view = expectFramed([at('hilo'), at('volcano'), at('pahala')], size, area, OFFLINE_MAX_ZOOM);
      expect(view.zoom).toBeGreaterThan(7);
    }
  });

  it('with online tiles, separates every place, the four within 2 km of Hilo too, by zoom 18', () => {
    for (const place of all) {
      const others = all.filter((other) => other !== place).map((other) => other.position);
      const zoom = separationZoom(place.position, others, { maxZoom: TILES_MAX_ZOOM });
      expect(Math.min(...others.map((other) => pixelDistance(place.position, other, zoom)))).toBeGreaterThanOrEqual(SEPARATION_PX);
    }
    // Offline, Hilo's four coincide within a few pixels at zoom 8: they fan out.
    expect(pixelDistance(at('hilo'), at('site-a'), OFFLINE_MAX_ZOOM)).toBeLessThan(COINCIDE_PX);
  });
});

describe('deepestZoom', () => {
  it('is 8 offline and 18 with tiles; an author can only make it shallower', () => {
    expect(deepestZoom(false)).toBe(8);
    expect(deepestZoom(true)).toBe(18);
    expect(deepestZoom(true, 12)).toBe(12);
    expect(deepestZoom(false, 12)).toBe(8);
    expect(deepestZoom(false, 0)).toBe(1);
  });
});

describe('fitView', () => {
  const size = { width: 400, height: 300 };
  const area = { x: 0, y: 0, width: 400, height: 300 };
  it('centres a single place at the deepest zoom and fits a city block as closely as a continent', () => {
    expect(fitView([[10, 20]], size, area, { maxZoom: 8 })).toEqual({ center: [expect.closeTo(10, 9), expect.closeTo(20, 9)], zoom: 8 });
    const block = fitView(
      [
        [-155.09, 19.73],
        [-155.088, 19.731],
      ],
      size,
      area,
      { maxZoom: 18 },
    )!;
    expect(block.zoom).toBeGreaterThan(16);
    expect(fitView([], size, area, { maxZoom: 8 })).toBeUndefined();
  });

  it('puts the places in the middle of the clear area, not of the map', () => {
    const view = fitView(
      [
        [0, 0],
        [10, 0],
      ],
      size,
      { x: 200, y: 0, width: 200, height: 300 },
      { maxZoom: 8 },
    )!;
    expect(screen([5, 0], view, size).x).toBeCloseTo(300, 6);
  });

  it('with lightFrom, takes a fit less than half a zoom into the detail level back to the step before it, and no other', () => {
    // Two places 90° of longitude apart fit a 400-pixel area at 2^z = 400 / 64: z ≈ 2.64.
    const wide = (span: number): Position[] => [
      [0, 0],
      [span, 0],
    ];
    const zoomOf = (span: number, lightFrom?: number) => fitView(wide(span), size, area, { maxZoom: 8, lightFrom })!.zoom;
    // 400 px for `span` degrees: 2^z = 400 / (256·span/360).
    const spanAt = (zoom: number) => (400 / 2 ** zoom / 256) * 360;
    expect(zoomOf(spanAt(DETAIL_ZOOM + 0.3))).toBe(DETAIL_ZOOM + 0.25);
    expect(zoomOf(spanAt(DETAIL_ZOOM + 0.3), DETAIL_ZOOM)).toBe(DETAIL_ZOOM - 0.25);
    expect(zoomOf(spanAt(DETAIL_ZOOM + 0.6), DETAIL_ZOOM)).toBe(DETAIL_ZOOM + 0.5);
    expect(zoomOf(spanAt(DETAIL_ZOOM - 0.1), DETAIL_ZOOM)).toBe(DETAIL_ZOOM - 0.25);
    expect(zoomOf(spanAt(7.1), DETAIL_ZOOM)).toBe(7);
  });
});

describe('authored views', () => {
  const size = { width: 400, height: 300 };
  const area = { x: 0, y: 0, width: 400, height: 300 };
  it('reads "west,south,east,north" and "longitude,latitude,zoom", and says what is wrong with other text', () => {
    expect(parseViewText('-156.1,18.9,-154.8,20.3')).toEqual({ bounds: [-156.1, 18.9, -154.8, 20.3] });
    expect(parseViewText('-155.5, 19.6, 9')).toEqual({ center: [-155.5, 19.6], zoom: 9 });
    expect(parseViewText('Hawaii')).toMatch(/not a view/);
    expect(parseViewText('10,20,5,30')).toMatch(/west < east/);
    expect(parseViewText('10,95,5')).toMatch(/latitude/);
  });

  it('fits bounds and keeps a centre and zoom within the limits', () => {
    const view = authoredView({ bounds: [-156.1, 18.9, -154.8, 20.3] }, size, area, { maxZoom: 8 });
    expect(view.zoom).toBeGreaterThan(6);
    expect(view.center[0]).toBeCloseTo(-155.45, 1);
    expect(authoredView({ center: [1, 2], zoom: 12 }, size, area, { maxZoom: 8 })).toEqual({ center: [1, 2], zoom: 8 });
  });

  it('comes from the data\'s "story" member, and a wrong one is reported and ignored', () => {
    const base = { type: 'FeatureCollection', features: [] };
    expect(parseStory({ ...base, story: { view: { center: [-155.5, 19.6], zoom: 9 }, maxZoom: 12 } }).value).toMatchObject({
      view: { center: [-155.5, 19.6], zoom: 9 },
      maxZoom: 12,
    });
    const wrong = parseStory({ ...base, story: { view: { bounds: [10, 20, 5, 30] }, maxZoom: 'deep' } });
    expect(wrong.value.view).toBeUndefined();
    expect(wrong.value.maxZoom).toBeUndefined();
    expect(wrong.problems.map((problem) => problem.field)).toEqual(['story.view', 'story.maxZoom']);
  });
});

describe('fanOut', () => {
  it('spreads places that coincide on a ring, the first at the top, and leaves the others', () => {
    const offsets = fanOut([
      { id: 'a', x: 100, y: 100 },
      { id: 'b', x: 101, y: 100 },
      { id: 'c', x: 100, y: 102 },
      { id: 'far', x: 300, y: 100 },
    ]);
    expect([...offsets.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(offsets.get('a')!.y).toBeLessThan(0);
  });

  it('leaves more than FAN_MAX_PLACES where they are (a clustered dataset), however many coincide', () => {
    const many = Array.from({ length: FAN_MAX_PLACES + 1 }, (_, i) => ({ id: String(i), x: 100, y: 100 }));
    expect(fanOut(many).size).toBe(0);
    expect(fanOut(many.slice(0, 3)).size).toBe(3);
  });

  it('keeps the compass order of the true positions: the easternmost place goes east, the northernmost north', () => {
    const places = [
      { id: 'west', x: 90, y: 100 },
      { id: 'east', x: 110, y: 100 },
      { id: 'north', x: 100, y: 92 },
      { id: 'south', x: 100, y: 108 },
    ];
    const offsets = fanOut(places);
    const at = (id: string) => {
      const place = places.find((candidate) => candidate.id === id)!;
      return { x: place.x + offsets.get(id)!.x, y: place.y + offsets.get(id)!.y };
    };
    expect(at('east').x).toBeGreaterThan(at('west').x + 20);
    expect(at('south').y).toBeGreaterThan(at('north').y + 20);
    expect(Math.abs(at('north').x - at('south').x)).toBeLessThan(1);
  });

  it('keeps square targets apart whatever the turn: any two on a ring are FAN_PX apart along x or y', () => {
    for (const count of [2, 3, 4, 5, 6, 8])
      for (let turn = 0; turn < 8; turn++) {
        // Places around one point at a given turn, each a pixel from it: the ring follows their bearings.
        const places = Array.from({ length: count }, (_, k) => {
          const angle = turn / 5 + (2 * Math.PI * k) / count;
          return { id: `p${k}`, x: 100 + Math.cos(angle), y: 100 + Math.sin(angle) };
        });
        const offsets = fanOut(places);
        const at = places.map((place) => ({ x: place.x + offsets.get(place.id)!.x, y: place.y + offsets.get(place.id)!.y }));
        for (let i = 0; i < at.length; i++)
          for (let j = i + 1; j < at.length; j++)
            expect(
              Math.max(Math.abs(at[i]!.x - at[j]!.x), Math.abs(at[i]!.y - at[j]!.y)),
              `${count} places, turn ${turn}`,
            ).toBeGreaterThanOrEqual(FAN_PX - 1e-6);
      }
  });

  it('puts the most important of places at one point on top', () => {
    const offsets = fanOut([
      { id: 'first', x: 100, y: 100 },
      { id: 'second', x: 100, y: 100 },
      { id: 'third', x: 100, y: 100 },
    ]);
    expect(offsets.get('first')!.x).toBeCloseTo(0);
    expect(offsets.get('first')!.y).toBeLessThan(0);
  });

  it('takes a place the ring would land on into the ring', () => {
    const places = [
      { id: 'a', x: 100, y: 100 },
      { id: 'b', x: 100, y: 101 },
      { id: 'c', x: 100, y: 102 },
      { id: 'd', x: 100, y: 102.5 },
      { id: 'near', x: 100, y: 130 },
    ];
    const offsets = fanOut(places);
    expect(offsets.has('near')).toBe(true);
    const at = places.map((place) => ({ x: place.x + offsets.get(place.id)!.x, y: place.y + offsets.get(place.id)!.y }));
    for (let i = 0; i < at.length; i++)
      for (let j = i + 1; j < at.length; j++) expect(Math.hypot(at[i]!.x - at[j]!.x, at[i]!.y - at[j]!.y)).toBeGreaterThanOrEqual(28);
  });
});

// The offline basemap's honest deepest zoom, measured on its detail tiles (see OFFLINE_MAX_ZOOM).
const tiles = import.meta.glob<{ unit: number; countries?: { rings: number[][] }[]; land?: number[][] }>(
  '../../geo/basemap/detail/4-*.json',
  { eager: true, import: 'default' },
);

describe('the offline basemap', () => {
  it('has coasts whose median segment is at most 4 pixels at the deepest offline zoom, and twice that one zoom closer', () => {
    const lengths: number[] = [];
    for (const tile of Object.values(tiles)) {
      const rings = [...(tile.land ?? []), ...(tile.countries ?? []).flatMap((country) => country.rings)];
      for (const ring of rings) for (let i = 2; i + 1 < ring.length; i += 2) lengths.push(Math.hypot(ring[i]!, ring[i + 1]!) / tile.unit);
    }
    lengths.sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    expect(median * 2 ** OFFLINE_MAX_ZOOM).toBeLessThanOrEqual(4);
    expect(median * 2 ** (OFFLINE_MAX_ZOOM + 1)).toBeGreaterThan(4);
  });
});
