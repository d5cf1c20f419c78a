// The prepared basemap (geo/basemap/, built by geo/scripts/build-basemap.mjs) against what the
// story needs from it: every pin on land at 1:10m, the lakes and islands the story happens on,
// the names, and the size of the first view.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Point } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { parseBasemapFile, parseDetailIndex, ringsCover, type BasemapFile, type Ring } from '../../src/model/basemap-format';
import { mercatorPixels, parseTileKey, pixelsToLonLat, tileContaining, type Tile } from '../../src/model/basemap-tiles';
import { greatCircleKm } from '../../src/model/geo';
import { places } from './data';
import { DETAIL_ZOOM } from '../../src/model/view-frame';

const folder = new URL('../../geo/basemap/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, folder));
const worldBytes = read('world.json');
const world = parseBasemapFile(JSON.parse(worldBytes.toString('utf8')));
const index = parseDetailIndex(JSON.parse(read('detail/index.json').toString('utf8')));
const tiles = index.tiles.map((key) => parseTileKey(key)!);
const tileFiles = new Map<string, BasemapFile>();
const tileOf = (tile: Tile) => {
  let file = tileFiles.get(tile.key);
  if (!file) tileFiles.set(tile.key, (file = parseBasemapFile(JSON.parse(read(`detail/${tile.key}.json`).toString('utf8')))));
  return file;
};
const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

const outcome = JSON.parse(readFileSync(new URL('../../geo/outcome.geojson', import.meta.url), 'utf8')) as typeof places;
const pins = [...places.features, ...outcome.features]
  .filter((f) => f.geometry.type === 'Point')
  .map((f) => ({ id: String(f.id), country: f.properties.country, lonLat: (f.geometry as Point).coordinates as [number, number] }));
const pin = (id: string) => pins.find((p) => p.id === id)!.lonLat;

/** The detail tile at a place and the place in that tile's units. */
function detailAt([lon, lat]: [number, number]) {
  const [x, y] = mercatorPixels(lon, lat);
  const tile = tileContaining(tiles, x, y);
  if (!tile) throw new Error(`no detail tile at ${lon}, ${lat}`);
  const file = tileOf(tile);
  return { file, x: x * file.unit, y: y * file.unit };
}

function onLand(lonLat: [number, number], country?: string): boolean {
  const { file, x, y } = detailAt(lonLat);
  const countries = file.countries.filter((c) => country === undefined || c.name === country);
  const land = countries.some((c) => ringsCover(c.rings, x, y)) || (country === undefined && ringsCover(file.land, x, y));
  return land && !ringsCover(file.lakes, x, y);
}

describe('world.json (the first view)', () => {
  it('decodes into named countries without Antarctica, each with a shape', () => {
    expect(world.countries.length).toBeGreaterThan(215); // of 240: microstates are below a pixel at zoom 4
    expect(world.countries.map((c) => c.name)).not.toContain('Antarctica');
    for (const country of world.countries) expect(country.rings.length, country.name).toBeGreaterThan(0);
  });

  it('has every country the story tints or puts a place in', () => {
    const names = new Set(world.countries.map((c) => c.name));
    const wanted = [...places.story.tint, ...pins.flatMap((p) => p.country ?? [])];
    expect(wanted.length).toBeGreaterThan(8);
    for (const name of wanted) expect(names, name).toContain(name);
  });

  it('is at most 45,000 B gzip', () => {
    console.log(`world.json: ${worldBytes.length} B raw, ${gzip(worldBytes)} B gzip`);
    expect(gzip(worldBytes)).toBeLessThanOrEqual(45_000);
  });

  it('names the seas of the story, at zooms the story is seen at', () => {
    for (const sea of ['South China Sea', 'Yellow Sea', 'Baltic Sea', 'East China Sea']) {
      const label = world.labels.find((l) => l.text === sea && l.kind === 'sea');
      expect(label, sea).toBeDefined();
      expect(label!.minZoom, sea).toBeLessThanOrEqual(4);
    }
    const [lon, lat] = pixelsToLonLat(
      world.labels.find((l) => l.text === 'Yellow Sea')!.x,
      world.labels.find((l) => l.text === 'Yellow Sea')!.y,
    );
    expect(lon).toBeGreaterThan(119);
    expect(lon).toBeLessThan(127);
    expect(lat).toBeGreaterThan(32);
    expect(lat).toBeLessThan(40);
  });

  it('gives every tinted country a label', () => {
    for (const name of places.story.tint)
      expect(
        world.labels.some((l) => l.kind === 'country' && l.text === name),
        name,
      ).toBe(true);
  });
});

describe('no ring wraps across ±180° (it would be drawn as a band around the world)', () => {
  const wraps = (ring: Ring, unit: number) => ring.some((value, i) => i >= 2 && i % 2 === 0 && Math.abs(value - ring[i - 2]!) > 128 * unit);
  const allRings = (file: BasemapFile) => [...file.countries.flatMap((c) => c.rings), ...file.land, ...file.lakes, ...file.borders];
  it('in world.json', () => {
    expect(allRings(world).filter((ring) => wraps(ring, world.unit))).toEqual([]);
  });
  it('in the detail tiles', () => {
    for (const tile of tiles)
      expect(
        allRings(tileOf(tile)).some((ring) => wraps(ring, index.unit)),
        tile.key,
      ).toBe(false);
  });
});

describe('detail tiles', () => {
  it('are listed in index.json exactly as written, each ≤ 60,000 B gzip, ≤ 8 MB in all', () => {
    const files = readdirSync(new URL('detail/', folder)).filter((name) => name.endsWith('.json') && name !== 'index.json');
    expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...index.tiles].sort());
    let raw = 0;
    let largest = 0;
    for (const name of files) {
      const bytes = read(`detail/${name}`);
      raw += statSync(new URL(`detail/${name}`, folder)).size;
      largest = Math.max(largest, gzip(bytes));
    }
    console.log(`detail: ${files.length} tiles, ${raw} B raw, largest ${largest} B gzip`);
    expect(largest).toBeLessThanOrEqual(60_000);
    expect(raw).toBeLessThanOrEqual(8_000_000);
    // The framing keeps a first view that barely enters detail on the world file (view-frame.ts DETAIL_ZOOM).
    expect(index.minZoom).toBe(DETAIL_ZOOM);
  });

  it('have their rivers in files of their own, listed in index.json, fetched only from zoom 7', () => {
    const files = readdirSync(new URL('detail/rivers/', folder));
    expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...index.rivers].sort());
    expect(index.rivers.every((key) => index.tiles.includes(key))).toBe(true);
    // Local context only: never fetched for a first view at region scale, where detail starts.
    expect(index.riverMinZoom).toBe(7);
    let raw = 0;
    for (const name of files) {
      const bytes = read(`detail/rivers/${name}`);
      raw += bytes.length;
      expect(gzip(bytes), name).toBeLessThanOrEqual(60_000);
      const file = parseBasemapFile(JSON.parse(bytes.toString('utf8')));
      expect(file.rivers.length, name).toBeGreaterThan(0);
      expect(file.countries.length + file.land.length + file.lakes.length + file.borders.length, name).toBe(0);
    }
    expect(raw).toBeLessThanOrEqual(3_000_000);
  });

  it.each(pins.map((p) => [p.id, p] as const))('%s lies on land, in its country', (_id, place) => {
    expect(onLand(place.lonLat, place.country)).toBe(true);
  });

  it('Sentosa is land (Singapore), where the Capella pin stands', () => {
    const sentosa: [number, number][] = [
      [103.8245, 1.2496], // Capella
      [103.812, 1.2545], // Siloso
      [103.838, 1.2475], // Tanjong Beach and Sentosa Cove side
    ];
    for (const point of sentosa) expect(onLand(point, 'Singapore'), point.join()).toBe(true);
    expect(onLand([103.8245, 1.2415])).toBe(false); // the Singapore Strait south of it is sea
  });

  it('Lake Mälaren is water within 10 km of the talks venue', () => {
    const talks = pin('lake-malaren-talks');
    const { file } = detailAt(talks);
    const [cx, cy] = mercatorPixels(...talks);
    const reach = 0.05; // zoom-0 pixels: about 15 km here
    const near = (ring: Ring) => {
      const xs = ring.filter((_, i) => i % 2 === 0);
      const ys = ring.filter((_, i) => i % 2 === 1);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)].map((v) => v / file.unit);
      return x1 >= cx - reach && x0 <= cx + reach && y1 >= cy - reach && y0 <= cy + reach;
    };
    const lakes = file.lakes.filter(near);
    let nearest = Infinity;
    const step = 0.0005; // zoom-0 pixels: about 40 m here
    for (let dx = -reach; dx <= reach; dx += step)
      for (let dy = -reach; dy <= reach; dy += step) {
        if (!ringsCover(lakes, (cx + dx) * file.unit, (cy + dy) * file.unit)) continue;
        nearest = Math.min(nearest, greatCircleKm(pixelsToLonLat(cx + dx, cy + dy), talks));
      }
    console.log(`nearest Mälaren water to the talks pin: ${nearest.toFixed(2)} km`);
    expect(nearest).toBeLessThanOrEqual(10);
  });

  describe('the coast at the Vietnamese venues is Natural Earth 1:10m', () => {
    const require = createRequire(import.meta.url);
    const vertices = (topology: Topology, [lon, lat]: [number, number]) => {
      const countries = feature(topology, topology.objects.countries as never) as unknown as GeoJSON.FeatureCollection;
      const vietnam = countries.features.find((f) => f.properties?.name === 'Vietnam')!.geometry as GeoJSON.MultiPolygon;
      return vietnam.coordinates.flat(2).filter(([x, y]) => Math.abs(x! - lon) <= 0.75 && Math.abs(y! - lat) <= 0.75).length;
    };
    const at10m = (lonLat: [number, number]) => vertices(require('world-atlas/countries-10m.json') as Topology, lonLat);
    const at50m = (lonLat: [number, number]) => vertices(require('world-atlas/countries-50m.json') as Topology, lonLat);
    const inDetail = ([lon, lat]: [number, number]) => {
      const { file } = detailAt([lon, lat]);
      const rings = file.countries.find((c) => c.name === 'Vietnam')!.rings;
      let count = 0;
      for (const ring of rings)
        for (let i = 0; i < ring.length; i += 2) {
          const [x, y] = pixelsToLonLat(ring[i]! / file.unit, ring[i + 1]! / file.unit);
          if (Math.abs(x - lon) <= 0.75 && Math.abs(y - lat) <= 0.75) count += 1;
        }
      return count;
    };
    it.each(['hanoi', 'danang', 'ho-chi-minh-city'])('%s: the detail keeps the 1:10m vertices, several times 1:50m', (id) => {
      const lonLat = pin(id);
      const [detail, fine, coarse] = [inDetail(lonLat), at10m(lonLat), at50m(lonLat)];
      console.log(`${id}: ${detail} vertices in the detail tile, ${fine} at 1:10m, ${coarse} at 1:50m`);
      expect(fine).toBeGreaterThan(2 * coarse);
      expect(detail).toBeGreaterThanOrEqual(0.95 * fine);
    });
  });
});
