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
import { mercatorPixels, pixelsToLonLat, tileBounds, tileContaining, type Tile } from '../../src/model/basemap-tiles';
import { greatCircleKm } from '../../src/model/geo';
import { places } from './data';
import { DETAIL_ZOOM } from '../../src/model/view-frame';

const folder = new URL('../../geo/basemap/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, folder));
const worldBytes = read('world.json');
const world = parseBasemapFile(JSON.parse(worldBytes.toString('utf8')));
const { labels } = parseBasemapFile(JSON.parse(read('labels.json').toString('utf8')));
const index = parseDetailIndex(JSON.parse(read('detail/index.json').toString('utf8')));
/** The 1:10m level, as it is; the lighter levels before it. */
const full = index.levels.at(-1)!;
const lighter = index.levels.slice(0, -1);
const tiles = full.tiles;
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

/** The detail tile at a place (of the 1:10m level, or of the tiles given) and the place in that tile's units. */
function detailAt([lon, lat]: [number, number], among: Tile[] = tiles) {
  const [x, y] = mercatorPixels(lon, lat);
  const tile = tileContaining(among, x, y);
  if (!tile) throw new Error(`no detail tile at ${lon}, ${lat}`);
  const file = tileOf(tile);
  return { file, x: x * file.unit, y: y * file.unit };
}

function onLand(lonLat: [number, number], country?: string, among?: Tile[]): boolean {
  const { file, x, y } = detailAt(lonLat, among);
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
      const label = labels.find((l) => l.text === sea && l.kind === 'sea');
      expect(label, sea).toBeDefined();
      expect(label!.minZoom, sea).toBeLessThanOrEqual(4);
    }
    const [lon, lat] = pixelsToLonLat(labels.find((l) => l.text === 'Yellow Sea')!.x, labels.find((l) => l.text === 'Yellow Sea')!.y);
    expect(lon).toBeGreaterThan(119);
    expect(lon).toBeLessThan(127);
    expect(lat).toBeGreaterThan(32);
    expect(lat).toBeLessThan(40);
  });

  it('gives every tinted country a label', () => {
    for (const name of places.story.tint)
      expect(
        labels.some((l) => l.kind === 'country' && l.text === name),
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
        allRings(tileOf(tile)).some((ring) => wraps(ring, full.unit)),
        tile.key,
      ).toBe(false);
  });
});

describe('detail tiles', () => {
  it('are listed in index.json exactly as written, each ≤ 60,000 B gzip, ≤ 8 MB in all', () => {
    const files = readdirSync(new URL('detail/', folder)).filter((name) => name.endsWith('.json') && name !== 'index.json');
    expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual(full.tiles.map((tile) => tile.key).sort());
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
    expect(index.rivers.every((key) => full.tiles.some((tile) => tile.key === key))).toBe(true);
    // Local context only: never fetched for a first view at region scale, where detail starts;
    // merged into the 1:10m tiles, which the map draws from the same zoom.
    expect(index.riverMinZoom).toBe(7);
    expect(full.minZoom).toBe(index.riverMinZoom);
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

describe('the lighter detail levels (1:10m simplified for zooms 5 to 7)', () => {
  const levelTiles = lighter.map((level) => level.tiles);

  it('serve zoom 5 to 6 and 6 to 7, the 1:10m tiles from 7', () => {
    expect(index.minZoom).toBe(DETAIL_ZOOM);
    expect(index.levels.map((level) => level.minZoom)).toEqual([5, 6, 7]);
  });

  it.each(lighter.map((level, i) => [level.minZoom, i] as const))(
    'from zoom %d: listed in index.json exactly as written, each ≤ 60,000 B gzip',
    (_zoom, i) => {
      const folderName = `detail/${lighter[i]!.tiles[0]!.key.split('/')[0]}/`;
      const files = readdirSync(new URL(folderName, folder));
      expect(files.map((name) => folderName.slice('detail/'.length) + name.replace(/\.json$/, '')).sort()).toEqual(
        lighter[i]!.tiles.map((tile) => tile.key).sort(),
      );
      let [raw, zipped] = [0, 0];
      for (const name of files) {
        const bytes = read(folderName + name);
        raw += bytes.length;
        zipped += gzip(bytes);
        expect(gzip(bytes), name).toBeLessThanOrEqual(60_000);
      }
      console.log(`${folderName}: ${files.length} tiles, ${raw} B raw, ${zipped} B gzip`);
      // Far lighter than the 1:10m tiles they stand in for.
      expect(zipped).toBeLessThanOrEqual(1_200_000);
    },
  );

  it.each(pins.map((p) => [p.id, p] as const))(
    '%s lies on land, in its country, at every level (or within a pixel of it)',
    (_id, place) => {
      lighter.forEach((level, i) => {
        const pixel = 1 / 2 ** index.levels[i + 1]!.minZoom; // a CSS pixel where the level hands over, in zoom-0 pixels
        const [x, y] = mercatorPixels(...place.lonLat);
        const around = Array.from({ length: 16 }, (_, k) => pixelsToLonLat(x + pixel * Math.cos(k / 2.55), y + pixel * Math.sin(k / 2.55)));
        const land =
          onLand(place.lonLat, place.country, levelTiles[i]) || around.some((point) => onLand(point, place.country, levelTiles[i]));
        expect(land, `level from zoom ${level.minZoom}`).toBe(true);
      });
    },
  );

  /** How far (in CSS pixels at `zoom`) the 1:10m coast of Vietnam near a place is from a level's. */
  function offsets([lon, lat]: [number, number], among: Tile[], zoom: number): number[] {
    const vietnam = (file: BasemapFile) =>
      file.countries.find((c) => c.name === 'Vietnam')!.rings.map((ring) => ring.map((v) => v / file.unit));
    const [cx, cy] = mercatorPixels(lon, lat);
    const fine = vietnam(detailAt([lon, lat]).file);
    const light = vietnam(detailAt([lon, lat], among).file);
    // Vertices inside both tiles, away from their edges (where rings are cut, not drawn).
    const inside = (x: number, y: number) =>
      [tileContaining(tiles, cx, cy)!, tileContaining(among, cx, cy)!]
        .map(tileBounds)
        .every(([x0, y0, x1, y1]) => x > x0 + 0.05 && x < x1 - 0.05 && y > y0 + 0.05 && y < y1 - 0.05);
    const reach = 0.5; // zoom-0 pixels: about 50 km here
    const distances: number[] = [];
    for (const ring of fine)
      for (let i = 0; i < ring.length; i += 2) {
        const [px, py] = [ring[i]!, ring[i + 1]!];
        if (Math.abs(px - cx) > reach || Math.abs(py - cy) > reach || !inside(px, py)) continue;
        let nearest = Infinity;
        for (const other of light)
          for (let j = 0; j < other.length; j += 2) {
            const k = (j + 2) % other.length;
            const [ax, ay, bx, by] = [other[j]!, other[j + 1]!, other[k]!, other[k + 1]!];
            const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2 || 1)));
            nearest = Math.min(nearest, Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay)));
          }
        distances.push(nearest * 2 ** zoom);
      }
    return distances.sort((a, b) => a - b);
  }

  it.each([
    ['Da Nang', pin('danang')],
    ['Ho Chi Minh City', pin('ho-chi-minh-city')],
    ['Ha Long Bay', [107.1, 20.9]],
  ] as const)('%s: each level keeps the 1:10m coast within half a pixel at the zoom it hands over at (95% of vertices)', (id, lonLat) => {
    lighter.forEach((level, i) => {
      const top = index.levels[i + 1]!.minZoom;
      const distances = offsets([...lonLat], levelTiles[i]!, top);
      const p95 = distances[Math.floor(distances.length * 0.95)]!;
      console.log(
        `${id}, level from zoom ${level.minZoom}: ${distances.length} 1:10m vertices, 95% within ${p95.toFixed(2)} px at zoom ${top}, all within ${distances.at(-1)!.toFixed(2)} px`,
      );
      expect(distances.length).toBeGreaterThan(20);
      expect(p95).toBeLessThanOrEqual(0.5);
    });
  });
});
