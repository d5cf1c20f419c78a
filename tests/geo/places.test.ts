// geo/places.geojson against Natural Earth's countries and the gazetteer it was copied from.
import { booleanPointInPolygon } from '@turf/turf';
import type { LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { greatCircleKm, lineLengthKm, sampleGreatCircle } from '../../src/model/geo';
import type { Position } from '../../src/model/types';
import { basemap, countriesOf, countryNamed, gazetteer, placeById, places } from './data';

const countries = countriesOf(basemap);
const points = places.features.filter((f) => f.geometry.type === 'Point').map((f) => ({ ...f, geometry: f.geometry as Point }));

/** Which gazetteer entry each place's coordinates were copied from (geo/source/gazetteer.json). */
const GAZETTEER_ID: Record<string, string> = {
  hanoi: 'hanoi',
  danang: 'danang',
  'ho-chi-minh-city': 'ho-chi-minh-city',
  'lake-malaren-talks': 'hackholmssund',
  stockholm: 'stockholm',
  singapore: 'capella-singapore',
  washington: 'white-house',
  pyongyang: 'pyongyang',
  seoul: 'seoul',
};

describe('points', () => {
  it('are the places the gazetteer map expects', () => {
    expect(points.map((p) => String(p.id)).sort()).toEqual(Object.keys(GAZETTEER_ID).sort());
  });

  // That every point lies on land in its country, at 1:10m and with no tolerance: tests/geo/basemap.test.ts.

  it.each(Object.entries(GAZETTEER_ID))('%s matches gazetteer entry %s within 50 m', (placeId, gazetteerId) => {
    const entry = gazetteer.find((g) => g.id === gazetteerId);
    expect(entry, gazetteerId).toBeDefined();
    const position = placeById(placeId).geometry.coordinates as Position;
    expect(greatCircleKm(position, [entry!.lon, entry!.lat])).toBeLessThanOrEqual(0.05);
  });
});

describe('overflight: "flying entirely over friendly Chinese territory"', () => {
  const route = placeById('overflight');
  const path = (route.geometry as LineString).coordinates as Position[];
  const allowed = (route.properties.countries ?? []).map((name) => countryNamed(countries, name));
  const onAllowedLand = (p: Position) => allowed.some((country) => booleanPointInPolygon(p, country));
  const pyongyang = placeById('pyongyang').geometry.coordinates as Position;
  const hanoi = placeById('hanoi').geometry.coordinates as Position;

  it('runs from Pyongyang to Hanoi over North Korea, China and Vietnam', () => {
    expect(path[0]).toEqual(pyongyang);
    expect(path.at(-1)).toEqual(hanoi);
    expect(route.properties.countries).toEqual(['North Korea', 'China', 'Vietnam']);
  });

  it.each([10, 1])('never leaves those countries, sampled every %d km', (step) => {
    const samples = sampleGreatCircle(path, step);
    expect(samples.filter((p) => !onAllowedLand(p))).toEqual([]);
    for (const country of allowed) expect(samples.some((p) => booleanPointInPolygon(p, country))).toBe(true);
  });

  it('while the direct great circle crosses the Yellow Sea (so the check above can fail)', () => {
    const step = 1;
    const offLand = sampleGreatCircle([pyongyang, hanoi], step).filter((p) => !onAllowedLand(p));
    const waterKm = offLand.length * step;
    console.log(`direct great circle: ${waterKm} km of its samples are off NK/CN/VN land (facts.md §3a: ~680 km)`);
    expect(waterKm).toBeGreaterThan(600);
    expect(waterKm).toBeLessThan(760);
  });

  it('is 3,192.5 km against a 2,756.2 km great circle (+15.8 %, facts.md §3c)', () => {
    const routeKm = lineLengthKm(path);
    const directKm = greatCircleKm(pyongyang, hanoi);
    const detour = routeKm / directKm - 1;
    const km = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    console.log(`overflight ${km(routeKm)} km vs great circle ${km(directKm)} km (+${(detour * 100).toFixed(1)}%)`);
    expect(routeKm).toBeCloseTo(3192.5, 0);
    expect(directKm).toBeCloseTo(2756.2, 0);
    expect(detour * 100).toBeCloseTo(15.8, 1);
  });
});
