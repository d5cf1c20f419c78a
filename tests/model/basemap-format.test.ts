import { describe, expect, it } from 'vitest';
import { parseTileKey } from '../../src/model/basemap-tiles';
import { BASEMAP_FORMAT, decodeRing, parseBasemapFile, parseDetailIndex, ringsCover, winding } from '../../src/model/basemap-format';

describe('decodeRing', () => {
  it('turns [x0, y0, dx1, dy1, ...] into absolute coordinates', () => {
    expect([...decodeRing([10, 20, 5, 0, 0, 5, -5, 0])]).toEqual([10, 20, 15, 20, 15, 25, 10, 25]);
  });

  it('rejects odd lengths and non-numbers', () => {
    expect(() => decodeRing([1, 2, 3])).toThrow(/expected format/);
    expect(() => decodeRing([1, '2'])).toThrow(/expected format/);
    expect(() => decodeRing('1,2')).toThrow(/expected format/);
  });
});

describe('parseBasemapFile', () => {
  const file = {
    format: BASEMAP_FORMAT,
    unit: 16,
    countries: [{ name: 'Squareland', rings: [[0, 0, 160, 0, 0, 160, -160, 0]] }],
    land: [[320, 320, 16, 0, 0, 16]],
    lakes: [[40, 40, 16, 0, 0, 16, -16, 0]],
    borders: [[0, 0, 0, 160]],
    labels: [{ text: 'Squareland', kind: 'country', x: 80, y: 80, minZoom: 3, rank: 0 }],
  };

  it('decodes every part and gives label points in zoom-0 pixels', () => {
    const parsed = parseBasemapFile(file);
    expect(parsed.unit).toBe(16);
    expect([...parsed.countries[0]!.rings[0]!]).toEqual([0, 0, 160, 0, 160, 160, 0, 160]);
    expect(parsed.land).toHaveLength(1);
    expect(parsed.lakes).toHaveLength(1);
    expect([...parsed.borders[0]!]).toEqual([0, 0, 0, 160]);
    expect(parsed.labels[0]).toEqual({ text: 'Squareland', kind: 'country', x: 5, y: 5, minZoom: 3, rank: 0 });
  });

  it('treats missing parts as empty (tiles have no labels)', () => {
    const parsed = parseBasemapFile({ format: BASEMAP_FORMAT, unit: 4096, countries: [] });
    expect(parsed).toMatchObject({ land: [], lakes: [], borders: [], labels: [] });
  });

  it('rejects another format, a bad unit, or a malformed label with a plain message', () => {
    expect(() => parseBasemapFile({ ...file, format: 'topojson' })).toThrow(
      'The basemap file is not in the expected format (format topojson).',
    );
    expect(() => parseBasemapFile({ ...file, unit: 0 })).toThrow(/unit/);
    expect(() => parseBasemapFile({ ...file, labels: [{ text: 'x', kind: 'city', x: 0, y: 0, minZoom: 1, rank: 0 }] })).toThrow(/label/);
    expect(() => parseBasemapFile(null)).toThrow(/expected format/);
  });
});

describe('parseDetailIndex', () => {
  const full = { minZoom: 7, folder: '', unit: 4096, tiles: ['4-8-4', '4-9-4'] };
  // The cells of a zoom-1 grid, bit y·2 + x: 0b1001 is the tiles (0, 0) and (1, 1).
  const light = { minZoom: 5, folder: 'z5/', unit: 256, grid: 1, cells: btoa(String.fromCharCode(0b1001)) };
  const index = { format: BASEMAP_FORMAT, minZoom: 5, levels: [light, full] };

  it('reads each level: the zoom it starts at, its unit, and its tiles as ids with its folder', () => {
    expect(parseDetailIndex(index)).toEqual({
      minZoom: 5,
      levels: [
        { minZoom: 5, unit: 256, tiles: ['z5/1-0-0', 'z5/1-1-1'].map((key) => parseTileKey(key)) },
        { minZoom: 7, unit: 4096, tiles: ['4-8-4', '4-9-4'].map((key) => parseTileKey(key)) },
      ],
      riverMinZoom: Infinity,
      rivers: [],
    });
  });

  it('refuses no levels, a folder outside detail/, a bitmap that is not base64, and the old format', () => {
    expect(() => parseDetailIndex({ ...index, levels: [] })).toThrow(/levels/);
    expect(() => parseDetailIndex({ ...index, levels: [{ ...light, folder: '../' }] })).toThrow(/tiles/);
    expect(() => parseDetailIndex({ ...index, levels: [{ ...light, cells: 'not base64!' }] })).toThrow();
    expect(() => parseDetailIndex({ ...index, levels: [{ ...full, tiles: [4] }] })).toThrow(/tiles/);
    expect(() => parseDetailIndex({ ...index, levels: [{ ...full, tiles: ['4-16-0'] }] })).toThrow(/tiles/);
    expect(() => parseDetailIndex({ format: 'summit-basemap@1', unit: 4096, minZoom: 5, tiles: ['4-8-4'] })).toThrow(
      /format summit-basemap@1/,
    );
  });

  it('reads which tiles have a river file, and from which zoom the map fetches them', () => {
    const rivers = { ...index, riverMinZoom: 7, rivers: ['4-8-4'] };
    expect(parseDetailIndex(rivers)).toMatchObject({ riverMinZoom: 7, rivers: ['4-8-4'] });
    expect(() => parseDetailIndex({ ...rivers, riverMinZoom: '7' })).toThrow(/riverMinZoom/);
    expect(() => parseDetailIndex({ ...rivers, rivers: [4] })).toThrow(/rivers/);
  });
});

describe('a river file', () => {
  it('parses as a basemap file with rivers only, delta-decoded', () => {
    const file = parseBasemapFile({ format: BASEMAP_FORMAT, unit: 4096, tile: [4, 8, 4], rivers: [[10, 20, 1, 2, 3, 4]] });
    expect(file).toMatchObject({ countries: [], land: [], lakes: [], borders: [] });
    expect([...file.rivers[0]!]).toEqual([10, 20, 11, 22, 14, 26]);
  });
});

describe('winding and ringsCover (the nonzero rule the canvas fills with)', () => {
  const outer = decodeRing([0, 0, 10, 0, 0, 10, -10, 0]); // one way round
  const hole = decodeRing([3, 3, 0, 4, 4, 0, 0, -4]); // the other way round

  it('is nonzero inside a ring and zero outside', () => {
    expect(Math.abs(winding(outer, 5, 5))).toBe(1);
    expect(winding(outer, 15, 5)).toBe(0);
  });

  it('leaves holes that wind the other way uncovered', () => {
    expect(ringsCover([outer, hole], 5, 5)).toBe(false);
    expect(ringsCover([outer, hole], 1, 1)).toBe(true);
    expect(ringsCover([outer], 5, 5)).toBe(true);
  });
});
