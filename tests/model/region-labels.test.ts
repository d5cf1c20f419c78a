import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mercatorPixels } from '../../src/model/basemap-tiles';
import type { Rect } from '../../src/model/framing';
import {
  parseRegionFile,
  REGION_FORMAT,
  REGION_LEVEL_OFFSET,
  REGION_MAX_LEVEL,
  REGION_MIN_LEVEL,
  REGION_MIN_ZOOM,
  regionTilesWanted,
  type RegionLabel,
  type RegionTile,
} from '../../src/model/region-format';
import { chooseRegionLabels } from '../../src/model/region-labels';

const view = { x: 0, y: 0, width: 400, height: 300 };
const label = (text: string, x: number, y: number, rank: number, zooms: [number, number] = [6, 19], r = 0): RegionLabel => ({
  text,
  kind: 'region',
  x,
  y,
  r,
  minZoom: zooms[0],
  maxZoom: zooms[1],
  rank,
});
/** Labels given in screen pixels: a box 60 × 12 centred on the point. */
const boxOf = (l: RegionLabel): Rect => ({ x: l.x - 30, y: l.y - 6, width: 60, height: 12 });
const names = (chosen: { label: RegionLabel }[]) => chosen.map((c) => c.label.text);

describe('chooseRegionLabels', () => {
  it('draws a name only at the zooms it is meant for: from minZoom, below maxZoom', () => {
    const labels = [label('Early', 100, 100, 0, [6, 8]), label('Late', 300, 200, 1, [8, 19])];
    expect(names(chooseRegionLabels({ labels, zoom: 5, boxOf, view, taken: [] }))).toEqual([]);
    expect(names(chooseRegionLabels({ labels, zoom: 6, boxOf, view, taken: [] }))).toEqual(['Early']);
    expect(names(chooseRegionLabels({ labels, zoom: 7.5, boxOf, view, taken: [] }))).toEqual(['Early']);
    expect(names(chooseRegionLabels({ labels, zoom: 8, boxOf, view, taken: [] }))).toEqual(['Late']);
  });

  it('never over a box already taken (a place, its label, a country name, an overlay)', () => {
    const labels = [label('Hawaiʻi', 100, 100, 0), label('Maui', 300, 200, 1)];
    const marker = { x: 95, y: 98, width: 24, height: 24 };
    const chosen = chooseRegionLabels({ labels, zoom: 8, boxOf, view, taken: [marker] });
    expect(names(chosen)).toEqual(['Maui']);
  });

  it('keeps a gap from what is taken', () => {
    const labels = [label('Near', 100, 100, 0)];
    // 2 px right of the label's box: inside the 4 px gap, outside a 1 px one.
    const taken = [{ x: 132, y: 90, width: 10, height: 20 }];
    expect(names(chooseRegionLabels({ labels, zoom: 8, boxOf, view, taken }))).toEqual([]);
    expect(names(chooseRegionLabels({ labels, zoom: 8, boxOf, view, taken, gap: 1 }))).toEqual(['Near']);
  });

  it('never one name over another: the lower rank goes, whatever the input order', () => {
    const labels = [label('Second', 110, 104, 7), label('First', 100, 100, 2), label('Apart', 300, 250, 9)];
    const chosen = chooseRegionLabels({ labels, zoom: 8, boxOf, view, taken: [] });
    expect(names(chosen)).toEqual(['First', 'Apart']);
  });

  it('draws only names whole inside the view', () => {
    const labels = [label('Edge', 10, 100, 0), label('Inside', 200, 100, 1)];
    expect(names(chooseRegionLabels({ labels, zoom: 8, boxOf, view, taken: [] }))).toEqual(['Inside']);
  });

  it('returns each chosen name with its box', () => {
    const [chosen] = chooseRegionLabels({ labels: [label('Box', 200, 100, 0)], zoom: 8, boxOf, view, taken: [] });
    expect(chosen!.box).toEqual({ x: 170, y: 94, width: 60, height: 12 });
  });
});

describe('chooseRegionLabels: making way', () => {
  // Zoom 8: a room of r zoom-0 pixels is r × 256 screen pixels.
  const roomy = (text: string, x: number, y: number, rank: number) => label(text, x, y, rank, [6, 19], 60 / 256);
  const marker = { x: 185, y: 96, width: 30, height: 10 }; // over the point (200, 100)

  it('moves a name whose point is taken to the nearest free spot inside its region (a line up, first)', () => {
    const [chosen] = chooseRegionLabels({ labels: [roomy('Hawaiʻi', 200, 100, 0)], zoom: 8, boxOf, view, taken: [marker] });
    expect(chosen!.box).toEqual({ x: 170, y: 94 - 16, width: 60, height: 12 });
  });

  it('leaves it out when its region has no room to move in', () => {
    const small = { ...roomy('Islet', 200, 100, 0), r: 5 / 256 };
    expect(chooseRegionLabels({ labels: [small], zoom: 8, boxOf, view, taken: [marker] })).toEqual([]);
  });

  it('names states and provinces only in the story’s countries; islands and ranges anywhere', () => {
    const labels = [
      label('Quảng Nam', 100, 100, 0),
      label('Attapu', 300, 100, 1),
      { ...label('Hainan', 200, 250, 2), kind: 'feature' as const },
    ];
    const inStory = (l: RegionLabel) => l.x < 200;
    expect(names(chooseRegionLabels({ labels, zoom: 8, boxOf, view, taken: [], inStory }))).toEqual(['Quảng Nam', 'Hainan']);
    expect(names(chooseRegionLabels({ labels, zoom: 8, boxOf, view, taken: [] }))).toEqual(['Quảng Nam', 'Attapu', 'Hainan']);
  });
});

describe('parseRegionFile', () => {
  const file = {
    format: REGION_FORMAT,
    unit: 4096,
    tile: [3, 0, 3],
    labels: [{ text: 'Hawaiʻi', kind: 'feature', x: 4096 * 17, y: 4096 * 114, r: 2048, minZoom: 6, maxZoom: 10, rank: 16 }],
    children: ['4-1-7'],
  };

  it('gives label points and room in zoom-0 pixels, and the tile’s children', () => {
    expect(parseRegionFile(file)).toEqual({
      labels: [{ text: 'Hawaiʻi', kind: 'feature', x: 17, y: 114, r: 0.5, minZoom: 6, maxZoom: 10, rank: 16 }],
      children: ['4-1-7'],
    });
  });

  it('rejects another format, a label without a number or of an unknown kind, in plain words', () => {
    expect(() => parseRegionFile({ ...file, format: 'summit-basemap@1' })).toThrow(/region names file is not in the expected format/);
    expect(() => parseRegionFile({ ...file, labels: [{ ...file.labels[0], x: '1' }] })).toThrow(/expected format/);
    expect(() => parseRegionFile({ ...file, labels: [{ ...file.labels[0], kind: 'city' }] })).toThrow(/expected format/);
    expect(() => parseRegionFile(null)).toThrow(/expected format/);
    expect(() => parseRegionFile({ ...file, children: [4] })).toThrow(/expected format/);
  });
});

describe('regionTilesWanted', () => {
  // Kīlauea with 1280 × 900 pixels around it.
  const [kx, ky] = mercatorPixels(-155.26, 19.41);
  const around = (zoom: number) => {
    const [w, h] = [640 / 2 ** zoom, 450 / 2 ** zoom];
    return [kx - w, ky - h, kx + w, ky + h] as const;
  };
  const tile = (children: string[]): RegionTile => ({ labels: [], children });

  it('wants nothing below zoom 6 (no names at the world or continent view)', () => {
    expect(regionTilesWanted(5.75, around(5.75), new Map())).toEqual([]);
    expect(regionTilesWanted(1, [0, 0, 256, 256], new Map())).toEqual([]);
  });

  it('wants the top level’s tiles in view from zoom 6, all of which exist', () => {
    expect(regionTilesWanted(6, around(6), new Map())).toEqual(['3-0-3']);
    expect(regionTilesWanted(6, [60, 60, 70, 70], new Map())).toEqual(['3-1-1', '3-1-2', '3-2-1', '3-2-2']);
    expect(regionTilesWanted(6, [-40, -40, -1, -1], new Map())).toEqual([]);
  });

  it('goes a level deeper per zoom step, through the children in view of the tiles loaded', () => {
    const loaded = new Map([
      ['3-0-3', tile(['4-1-5', '4-1-7', '4-3-7'])],
      ['4-1-7', tile(['5-2-14', '5-3-15'])],
    ]);
    // Kīlauea lies in 4-1-7 and 5-2-14 (zoom-0 x 17.6, y 113.9); 4-1-5, 4-3-7 and 5-3-15 are out of view.
    expect(regionTilesWanted(7, around(7), loaded)).toEqual(['3-0-3', '4-1-7']);
    expect(regionTilesWanted(8.5, around(8.5), loaded)).toEqual(['3-0-3', '4-1-7', '5-2-14']);
    // Before 3-0-3 has loaded, only it.
    expect(regionTilesWanted(8, around(8), new Map())).toEqual(['3-0-3']);
  });

  it('stops at the deepest level, which holds every name from its zoom on', () => {
    expect(REGION_MAX_LEVEL + REGION_LEVEL_OFFSET).toBe(10);
    const loaded = new Map<string, RegionTile>();
    let key = '3-0-3';
    for (let level = REGION_MIN_LEVEL; level < 9; level++) {
      const [, x, y] = key.split('-').map(Number);
      const child = `${level + 1}-${x! * 2 + ((kx * 2 ** (level + 1)) / 256 >= x! * 2 + 1 ? 1 : 0)}-${y! * 2 + ((ky * 2 ** (level + 1)) / 256 >= y! * 2 + 1 ? 1 : 0)}`;
      loaded.set(key, tile([child]));
      key = child;
    }
    expect(regionTilesWanted(14, around(14), loaded).map((k) => Number(k.split('-')[0]))).toEqual([3, 4, 5, 6, 7]);
  });
});

describe('the built region names (geo/basemap/regions/)', () => {
  const folder = join(import.meta.dirname, '../../geo/basemap/regions');
  const files = readdirSync(folder);
  const tiles = new Map(
    files.map((name) => [name.replace('.json', ''), parseRegionFile(JSON.parse(readFileSync(join(folder, name), 'utf8')))]),
  );
  const labels = [...tiles.values()].flatMap((tile) => tile.labels);
  const at = (text: string) => labels.filter((l) => l.text === text);

  it('has every top-level tile; each name in the tile of its level and point; every child listed exists', () => {
    for (let x = 0; x < 8; x++) for (let y = 0; y < 8; y++) expect(tiles.has(`3-${x}-${y}`)).toBe(true);
    for (const [key, tile] of tiles) {
      const [level, x, y] = key.split('-').map(Number);
      for (const l of tile.labels) {
        expect(level, l.text).toBe(Math.min(REGION_MAX_LEVEL, l.minZoom - REGION_LEVEL_OFFSET));
        expect(Math.floor((l.x * 2 ** level!) / 256), `${l.text} in ${key}`).toBe(x);
        expect(Math.floor((l.y * 2 ** level!) / 256), `${l.text} in ${key}`).toBe(y);
      }
      for (const child of tile.children) {
        expect(tiles.has(child), `${key} → ${child}`).toBe(true);
        const [cl, cx, cy] = child.split('-').map(Number);
        expect([cl, cx! >> 1, cy! >> 1]).toEqual([level! + 1, x, y]);
      }
    }
    // And every tile below the top is some tile's child.
    const listed = new Set([...tiles.values()].flatMap((tile) => tile.children));
    for (const key of tiles.keys()) if (!key.startsWith('3-')) expect(listed.has(key), key).toBe(true);
  });

  it('names nothing at the world view: every name starts at REGION_MIN_ZOOM or deeper', () => {
    expect(labels.length).toBeGreaterThan(4000);
    for (const l of labels) expect(l.minZoom, l.text).toBeGreaterThanOrEqual(REGION_MIN_ZOOM);
    for (const l of labels) expect(l.maxZoom, l.text).toBeGreaterThan(l.minZoom);
  });

  it('names the island of Hawaiʻi over Kīlauea at the offline zooms 6–8, once (not also as the state)', () => {
    const [island] = at('Hawai‘i');
    expect(island).toBeDefined();
    expect(island!.kind).toBe('feature');
    expect(island!.minZoom).toBe(6);
    expect(island!.maxZoom).toBeGreaterThan(8);
    const [x, y] = mercatorPixels(-155.26, 19.41); // Kīlauea's summit
    expect(Math.hypot(island!.x - x, island!.y - y) * 2 ** 8).toBeLessThan(150); // < 150 px at zoom 8
    expect(island!.r * 2 ** 8).toBeGreaterThan(60); // room to make way for the story's places
    expect(at('Hawaii')).toEqual([]);
  });
  it('names Alaska and Quảng Nam as regions (Natural Earth writes "Quàng Nam"), and leaves out names that are not the region’s', () => {
    expect(at('Alaska')[0]?.kind).toBe('region');
    expect(at('Quảng Nam')[0]?.kind).toBe('region');
    expect(at('Quàng Nam')).toEqual([]);
    expect(at('Đồng Bằng Sông Hồng')).toEqual([]);
    expect(labels.filter((l) => l.text.includes('?'))).toEqual([]);
  });

  it('gives a name one label: one point per state or province', () => {
    expect(at('Alaska')).toHaveLength(1);
    expect(at('Stockholm')).toHaveLength(1);
  });

  it('writes Natural Earth’s capitals as names ("Alaska Peninsula", not "ALASKA PENINSULA")', () => {
    expect(at('Alaska Peninsula')).toHaveLength(1);
    expect(labels.filter((l) => l.text.length > 3 && l.text === l.text.toUpperCase() && /\p{L}{4}/u.test(l.text))).toEqual([]);
  });
});
