import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mercatorPixels } from '../../src/model/basemap-tiles';
import type { Rect } from '../../src/model/labels';
import {
  parseRegionFile,
  REGION_CELL_ZOOM,
  REGION_FORMAT,
  REGION_MIN_ZOOM,
  regionCellsCovering,
  type RegionLabel,
} from '../../src/model/region-format';
import { chooseRegionLabels } from '../../src/model/region-labels';

const view = { x: 0, y: 0, width: 400, height: 300 };
const label = (text: string, x: number, y: number, rank: number, zooms: [number, number] = [6, 19]): RegionLabel => ({
  text,
  kind: 'region',
  x,
  y,
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

describe('parseRegionFile', () => {
  const file = {
    format: REGION_FORMAT,
    unit: 4096,
    cell: [3, 0, 3],
    labels: [{ text: 'Hawaiʻi', kind: 'feature', x: 4096 * 17, y: 4096 * 114, minZoom: 6, maxZoom: 10, rank: 16 }],
  };

  it('gives label points in zoom-0 pixels', () => {
    expect(parseRegionFile(file)).toEqual([{ text: 'Hawaiʻi', kind: 'feature', x: 17, y: 114, minZoom: 6, maxZoom: 10, rank: 16 }]);
  });

  it('rejects another format, a label without a number or of an unknown kind, in plain words', () => {
    expect(() => parseRegionFile({ ...file, format: 'summit-basemap@1' })).toThrow(/region names file is not in the expected format/);
    expect(() => parseRegionFile({ ...file, labels: [{ ...file.labels[0], x: '1' }] })).toThrow(/expected format/);
    expect(() => parseRegionFile({ ...file, labels: [{ ...file.labels[0], kind: 'city' }] })).toThrow(/expected format/);
    expect(() => parseRegionFile(null)).toThrow(/expected format/);
  });
});

describe('regionCellsCovering', () => {
  it('lists the zoom-3 cells a view touches, none off the world', () => {
    // Kīlauea at zoom 8 on a 1280 × 900 map: one cell.
    const [x, y] = mercatorPixels(-155.26, 19.41);
    const half = [640 / 256, 450 / 256];
    expect(regionCellsCovering([x - half[0]!, y - half[1]!, x + half[0]!, y + half[1]!])).toEqual(['3-0-3']);
    expect(regionCellsCovering([60, 60, 70, 70])).toEqual(['3-1-1', '3-1-2', '3-2-1', '3-2-2']);
    expect(regionCellsCovering([-40, -40, -1, -1])).toEqual([]);
    expect(regionCellsCovering([250, 100, 300, 101])).toEqual(['3-7-3']);
  });
});

describe('the built region names (geo/basemap/regions/)', () => {
  const folder = join(import.meta.dirname, '../../geo/basemap/regions');
  const files = readdirSync(folder);
  const labels = files.flatMap((name) => parseRegionFile(JSON.parse(readFileSync(join(folder, name), 'utf8'))));
  const at = (text: string) => labels.filter((l) => l.text === text);

  it('has a file for every zoom-3 cell, each label in its own cell', () => {
    expect(files.length).toBe(4 ** REGION_CELL_ZOOM);
    for (const name of files) {
      const [, x, y] = name.replace('.json', '').split('-').map(Number);
      const size = 256 / 2 ** REGION_CELL_ZOOM;
      for (const l of parseRegionFile(JSON.parse(readFileSync(join(folder, name), 'utf8')))) {
        expect(Math.floor(l.x / size), `${l.text} in ${name}`).toBe(x);
        expect(Math.floor(l.y / size), `${l.text} in ${name}`).toBe(y);
      }
    }
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
