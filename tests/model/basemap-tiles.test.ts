import { describe, expect, it } from 'vitest';
import {
  levelAt,
  mercatorPixels,
  parseTileKey,
  pixelsToLonLat,
  tileBounds,
  tileContaining,
  tilesCovering,
  tileUrl,
  type Tile,
} from '../../src/model/basemap-tiles';

const tiles = ['4-8-4', '4-9-4', '5-20-10', '4-12-7'].map((key) => parseTileKey(key)!);

describe('parseTileKey', () => {
  it('reads z-x-y keys inside the grid', () => {
    expect(parseTileKey('4-8-4')).toEqual({ key: '4-8-4', z: 4, x: 8, y: 4 });
    expect(parseTileKey('4-16-0')).toBeNull(); // x beyond a 16-tile row
    expect(parseTileKey('4-8')).toBeNull();
    expect(parseTileKey('../4-8-4')).toBeNull();
  });

  it("reads the id of a lighter level's tile: its folder, then the key", () => {
    expect(parseTileKey('z6/6-50-28')).toEqual({ key: 'z6/6-50-28', z: 6, x: 50, y: 28 });
    expect(parseTileKey('z6/../6-50-28')).toBeNull();
    expect(parseTileKey('rivers/4-8-4')).toBeNull();
  });
});

describe('tileBounds', () => {
  it('gives the tile in zoom-0 pixels', () => {
    expect(tileBounds({ key: '0-0-0', z: 0, x: 0, y: 0 })).toEqual([0, 0, 256, 256]);
    expect(tileBounds(parseTileKey('4-8-4')!)).toEqual([128, 64, 144, 80]);
  });
});

describe('tilesCovering', () => {
  const keys = (list: Tile[]) => list.map((t) => t.key);

  it('returns the listed tiles that intersect the view, of any zoom', () => {
    expect(keys(tilesCovering(tiles, [130, 70, 140, 75]))).toEqual(['4-8-4']);
    expect(keys(tilesCovering(tiles, [140, 70, 150, 75]))).toEqual(['4-8-4', '4-9-4']);
    expect(keys(tilesCovering(tiles, [161, 81, 162, 82]))).toEqual(['5-20-10']);
    const light = ['z6/6-50-28', 'z6/6-51-28'].map((key) => parseTileKey(key)!);
    expect(keys(tilesCovering(light, [203, 113, 205, 114]))).toEqual(['z6/6-50-28', 'z6/6-51-28']);
  });

  it('returns nothing over open sea (tiles not listed) and does not count a shared edge', () => {
    expect(tilesCovering(tiles, [0, 0, 10, 10])).toEqual([]);
    expect(keys(tilesCovering(tiles, [144, 64, 150, 70]))).toEqual(['4-9-4']);
  });
});

describe('tileContaining', () => {
  it('finds the tile a point falls in', () => {
    expect(tileContaining(tiles, 129, 65)?.key).toBe('4-8-4');
    expect(tileContaining(tiles, 1, 1)).toBeUndefined();
  });
});

describe('mercatorPixels and pixelsToLonLat', () => {
  it('match Leaflet’s map.project(latlng, 0)', () => {
    expect(mercatorPixels(0, 0)).toEqual([128, 128]);
    expect(mercatorPixels(-180, 85.0511287798)[0]).toBe(0);
    expect(mercatorPixels(-180, 85.0511287798)[1]).toBeCloseTo(0, 6);
    // Leaflet's SphericalMercator and zoom-0 transformation, written the textbook way.
    const leafletProject = (lon: number, lat: number) => [
      128 + (lon / 360) * 256,
      128 - (128 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
    ];
    for (const [lon, lat] of [
      [17.6333, 59.5167],
      [103.8245, 1.2496],
      [-77.0365, 38.8977],
    ] as const) {
      const [x, y] = mercatorPixels(lon, lat);
      expect(x).toBeCloseTo(leafletProject(lon, lat)[0]!, 9);
      expect(y).toBeCloseTo(leafletProject(lon, lat)[1]!, 9);
    }
  });

  it('round-trip', () => {
    const [lon, lat] = pixelsToLonLat(...mercatorPixels(103.8245, 1.2496));
    expect(lon).toBeCloseTo(103.8245, 9);
    expect(lat).toBeCloseTo(1.2496, 9);
  });
});

describe('levelAt', () => {
  const levels = [{ minZoom: 5 }, { minZoom: 6 }, { minZoom: 7 }];
  it("gives the level a zoom has reached last: each serves up to the next one's minZoom", () => {
    expect(levelAt(levels, 4.99)).toBeUndefined();
    expect(levelAt(levels, 5)).toBe(levels[0]);
    expect(levelAt(levels, 6.25)).toBe(levels[1]);
    expect(levelAt(levels, 6.99)).toBe(levels[1]);
    expect(levelAt(levels, 7)).toBe(levels[2]);
    expect(levelAt(levels, 10)).toBe(levels[2]);
  });
});

describe('tileUrl', () => {
  it("resolves under the base folder, in the folder of the tile's level", () => {
    const base = new URL('https://example.org/dist/summit-map-basemap/');
    expect(tileUrl(base, '4-8-4').href).toBe('https://example.org/dist/summit-map-basemap/detail/4-8-4.json');
    expect(tileUrl(base, 'z6/6-50-28').href).toBe('https://example.org/dist/summit-map-basemap/detail/z6/6-50-28.json');
  });
});
