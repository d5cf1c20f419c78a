// The bundled basemap (geo/basemap.topo.json, built by geo/scripts/build-basemap.mjs) against
// what the story needs from it and against the Natural Earth 1:50m data it was made from.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { area, bbox, coordAll, pointToPolygonDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { basemap, countriesOf, countryNamed, paths, places, world50m, type Country } from './data';

const countries = countriesOf(basemap);
const originals = countriesOf(world50m);
const BUDGET_BYTES = 150_000; // gzip -9 of basemap + places + article, as in the build script

describe('basemap.topo.json', () => {
  it('decodes into the world-atlas countries with ids and names unchanged (Antarctica dropped)', () => {
    const idsAndNames = (list: Country[]) => list.map((c) => `${String(c.id)} ${c.properties.name}`);
    const expected = idsAndNames(originals.filter((c) => c.properties.name !== 'Antarctica'));
    expect(idsAndNames(countries)).toEqual(expected);
    for (const country of countries) expect(['Polygon', 'MultiPolygon']).toContain(country.geometry?.type);
  });

  it('has every country the story tints or puts a place in', () => {
    const names = new Set(countries.map((c) => c.properties.name));
    const wanted = [
      ...places.story.tint,
      ...places.features.flatMap((f) => [f.properties.country ?? [], f.properties.countries ?? []].flat()),
    ];
    expect(wanted.length).toBeGreaterThan(8);
    for (const name of wanted) expect(names, name).toContain(name);
  });

  it(`fits the page budget: basemap + places + article ≤ ${BUDGET_BYTES.toLocaleString('en-US')} B gzip`, () => {
    const gzip = (path: URL) => gzipSync(readFileSync(path), { level: 9 }).length;
    const sizes = { basemap: gzip(paths.basemap), places: gzip(paths.places), article: gzip(paths.article) };
    const total = sizes.basemap + sizes.places + sizes.article;
    console.log(`gzip: basemap ${sizes.basemap} B + places ${sizes.places} B + article ${sizes.article} B = ${total} B`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('has no ring that wraps across ±180° (Leaflet would draw it as a band around the world)', () => {
    for (const country of countries) {
      const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
      const wraps = polygons.flat().some((ring) => ring.some(([lon], i) => i > 0 && Math.abs(lon! - ring[i - 1]![0]!) > 180));
      expect(wraps, country.properties.name).toBe(false);
    }
  });
});

describe('fidelity to Natural Earth 1:50m', () => {
  type Window = [west: number, south: number, east: number, north: number];

  /** Largest distance (km) from an original vertex inside `window` to the bundled outline. */
  function worstVertexKm(name: string, window: Window): number {
    const bundled = countryNamed(countries, name);
    const kept = new Set(coordAll(bundled).map((p) => p.join()));
    const [west, south, east, north] = window;
    let worst = 0;
    for (const vertex of coordAll(countryNamed(originals, name))) {
      const [lon, lat] = vertex as [number, number];
      if (lon < west || lon > east || lat < south || lat > north || kept.has(vertex.join())) continue;
      worst = Math.max(worst, Math.abs(pointToPolygonDistance(vertex, bundled, { units: 'kilometers' })));
    }
    return worst;
  }

  // Story regions (the build's boxes): every 1:50m vertex should survive, so the outline matches
  // the original to within 0.5 km (rounding aside, it is exact).
  const WORLD: Window = [-180, -90, 180, 90];
  it.each([
    { name: 'Vietnam', where: 'all', window: WORLD },
    { name: 'North Korea', where: 'all', window: WORLD },
    { name: 'South Korea', where: 'all', window: WORLD },
    { name: 'Singapore', where: 'all', window: WORLD },
    { name: 'China', where: 'the story region', window: [95, 0, 135, 45] as Window },
    { name: 'Sweden', where: 'around Stockholm', window: [10, 55, 25, 62] as Window },
    { name: 'United States of America', where: 'around Washington', window: [-79, 37.5, -75, 40] as Window },
  ])('$name ($where): every 1:50m vertex lies within 0.5 km of the bundled outline', ({ name, window }) => {
    const worst = worstVertexKm(name, window);
    console.log(`${name}: worst 1:50m vertex is ${worst.toFixed(3)} km from the bundled outline`);
    expect(worst).toBeLessThanOrEqual(0.5);
  });

  it.each(['Vietnam', 'North Korea', 'South Korea', 'Singapore'])('%s: area within 0.1 per cent of 1:50m', (name) => {
    const change = area(countryNamed(countries, name)) / area(countryNamed(originals, name)) - 1;
    console.log(`${name}: area change ${(change * 100).toFixed(4)}%`);
    expect(Math.abs(change)).toBeLessThan(0.001);
  });

  it('elsewhere, simplified but recognisable: countries over 50,000 km² keep their area within 4%', () => {
    // Russia and Fiji are left out: their 1:50m rings wrap across ±180°, which turf's area misreads.
    for (const original of originals) {
      const { name } = original.properties;
      if (['Antarctica', 'Russia', 'Fiji'].includes(name) || area(original) < 50_000e6) continue;
      const change = area(countryNamed(countries, name)) / area(original) - 1;
      expect(Math.abs(change), name).toBeLessThan(0.04);
    }
  });

  it('keeps the bundled outline inside the map (bbox sanity)', () => {
    const [west, south, east, north] = bbox({ type: 'FeatureCollection', features: countries });
    expect([west, east]).toEqual([-180, 180]);
    expect(south).toBeGreaterThan(-60); // Antarctica is gone
    expect(north).toBeLessThan(84);
  });
});
