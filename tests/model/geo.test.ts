import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { boundsOf, greatCircleKm, lineLengthKm, sampleGreatCircle } from '../../src/model/geo';
import type { Position } from '../../src/model/types';
import { readJson } from '../fixtures/load';

// Coordinates as in geo/places.geojson; expected distances from geo/source/facts.md §3–4.
const PYONGYANG: Position = [125.7381, 39.0194];
const HANOI: Position = [105.8542, 21.0283];
const WHITE_HOUSE: Position = [-77.0365, 38.8977];
const CAPELLA: Position = [103.8245, 1.2496];
const SEOUL: Position = [126.9784, 37.566];
const places = readJson<{ features: { id: string; geometry: { coordinates: unknown } }[] }>('geo/places.geojson');
const overflight = places.features.find((f) => f.id === 'overflight')!.geometry.coordinates as Position[];

describe('greatCircleKm', () => {
  it('gives the distances in facts.md', () => {
    expect(greatCircleKm(PYONGYANG, HANOI)).toBeCloseTo(2756.2, 1);
    expect(Math.round(greatCircleKm(WHITE_HOUSE, HANOI))).toBe(13345);
    expect(Math.round(greatCircleKm(PYONGYANG, CAPELLA))).toBe(4753);
    expect(Math.round(greatCircleKm(PYONGYANG, SEOUL))).toBe(195);
  });

  it('agrees with turf', () => {
    for (const [a, b] of [
      [PYONGYANG, HANOI],
      [WHITE_HOUSE, CAPELLA],
      [SEOUL, SEOUL],
      [
        [0, 0],
        [179.9, 0],
      ],
    ] as const) {
      expect(greatCircleKm(a, b)).toBeCloseTo(distance(a as Position, b as Position, { units: 'kilometers' }), 6);
    }
  });

  it('is symmetric and zero for a point with itself', () => {
    expect(greatCircleKm(HANOI, PYONGYANG)).toBe(greatCircleKm(PYONGYANG, HANOI));
    expect(greatCircleKm(HANOI, HANOI)).toBe(0);
  });
});

describe('lineLengthKm', () => {
  it('measures the overflight route as facts.md §3c: 3,192.5 km in legs of 68 + 260 + 171 + 357 + 2,337', () => {
    expect(lineLengthKm(overflight)).toBeCloseTo(3192.5, 0);
    const legs = overflight.slice(1).map((to, i) => Math.round(greatCircleKm(overflight[i]!, to)));
    expect(legs).toEqual([68, 260, 171, 357, 2337]);
  });

  it('is zero for fewer than two positions', () => {
    expect(lineLengthKm([])).toBe(0);
    expect(lineLengthKm([HANOI])).toBe(0);
  });
});

describe('sampleGreatCircle', () => {
  const spacings = (samples: Position[]) => samples.slice(1).map((p, i) => greatCircleKm(samples[i]!, p));

  it.each([1, 10, 50, 333])('never spaces samples more than %d km apart', (step) => {
    const samples = sampleGreatCircle(overflight, step);
    expect(Math.max(...spacings(samples))).toBeLessThanOrEqual(step + 1e-9);
    expect(lineLengthKm(samples)).toBeCloseTo(lineLengthKm(overflight), 6);
  });

  it('keeps every vertex once and takes ceil(leg / step) steps per leg (322 samples at 10 km, as facts.md)', () => {
    const samples = sampleGreatCircle(overflight, 10);
    expect(samples).toHaveLength(322);
    for (const vertex of overflight) expect(samples).toContainEqual(vertex);
    expect(samples[0]).toEqual(PYONGYANG);
    expect(samples.at(-1)).toEqual(HANOI);
  });

  it('follows the great circle, not a straight line in lon/lat', () => {
    const samples = sampleGreatCircle([PYONGYANG, HANOI], 25);
    const direct = greatCircleKm(PYONGYANG, HANOI);
    for (const s of samples) {
      // On the minor arc between A and B exactly when d(A,S) + d(S,B) = d(A,B).
      expect(greatCircleKm(PYONGYANG, s) + greatCircleKm(s, HANOI) - direct).toBeLessThan(1e-6);
    }
    // The lon/lat midpoint is ~93 km off the great circle (a 6 km longer path), so this has teeth.
    const flatMid: Position = [(PYONGYANG[0] + HANOI[0]) / 2, (PYONGYANG[1] + HANOI[1]) / 2];
    expect(greatCircleKm(PYONGYANG, flatMid) + greatCircleKm(flatMid, HANOI) - direct).toBeGreaterThan(1);
  });

  it('unwraps longitude across the antimeridian so Leaflet does not draw a streak', () => {
    const tokyo: Position = [139.6917, 35.6895];
    const sanFrancisco: Position = [-122.4194, 37.7749];
    const samples = sampleGreatCircle([tokyo, sanFrancisco], 100);
    for (let i = 1; i < samples.length; i++) expect(Math.abs(samples[i]![0] - samples[i - 1]![0])).toBeLessThan(5);
    expect(samples.at(-1)![0]).toBeCloseTo(sanFrancisco[0] + 360, 9);
  });

  it('handles empty input, repeated points and rejects bad steps or antipodes', () => {
    expect(sampleGreatCircle([], 10)).toEqual([]);
    expect(sampleGreatCircle([HANOI], 10)).toEqual([HANOI]);
    expect(sampleGreatCircle([HANOI, HANOI], 10)).toEqual([HANOI, HANOI]);
    expect(() => sampleGreatCircle([HANOI, PYONGYANG], 0)).toThrow(RangeError);
    expect(() =>
      sampleGreatCircle(
        [
          [0, 0],
          [180, 0],
        ],
        10,
      ),
    ).toThrow(RangeError);
  });
});

describe('boundsOf', () => {
  it('returns [[south, west], [north, east]]', () => {
    expect(boundsOf([PYONGYANG, HANOI, WHITE_HOUSE, CAPELLA])).toEqual([
      [1.2496, -77.0365],
      [39.0194, 125.7381],
    ]);
    expect(boundsOf([HANOI])).toEqual([
      [21.0283, 105.8542],
      [21.0283, 105.8542],
    ]);
  });

  it('rejects an empty list', () => {
    expect(() => boundsOf([])).toThrow(RangeError);
  });
});
