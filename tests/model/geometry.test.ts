import { booleanPointInPolygon, polygon as turfPolygon } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { greatCircleKm, lineLengthKm } from '../../src/model/geo';
import { anchorOf, kindOf, loadAreaCode, parseGeometry, positionsOf } from '../../src/model/geometry';
import type { PlaceGeometry, Position } from '../../src/model/types';

const ring = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const at = (geometry: PlaceGeometry) => ({ geometry });

describe('kindOf', () => {
  it.each([
    ['Point', 'point'],
    ['MultiPoint', 'point'],
    ['LineString', 'line'],
    ['MultiLineString', 'line'],
    ['Polygon', 'area'],
    ['MultiPolygon', 'area'],
  ] as const)('%s is drawn as a %s', (type, kind) => {
    expect(kindOf(at({ type, coordinates: [] } as unknown as PlaceGeometry))).toBe(kind);
  });
});

describe('positionsOf', () => {
  it('lists every position of every part', () => {
    expect(positionsOf({ type: 'Point', coordinates: [1, 2] })).toEqual([[1, 2]]);
    expect(
      positionsOf({
        type: 'MultiLineString',
        coordinates: [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [5, 6],
            [7, 8],
          ],
        ],
      }),
    ).toHaveLength(4);
    expect(positionsOf({ type: 'MultiPolygon', coordinates: [[ring(0, 0, 1), ring(0.2, 0.2, 0.1)], [ring(5, 5, 1)]] })).toHaveLength(15);
  });
});

describe('anchorOf', () => {
  // Areas' code is fetched when first needed (a map of points never loads it).
  beforeAll(() => loadAreaCode());
  it('is the point itself, or the first of a MultiPoint', () => {
    expect(anchorOf(at({ type: 'Point', coordinates: [1, 2] }))).toEqual([1, 2]);
    expect(
      anchorOf(
        at({
          type: 'MultiPoint',
          coordinates: [
            [3, 4],
            [1, 2],
          ],
        }),
      ),
    ).toEqual([3, 4]);
  });

  it('is halfway along a line, by great-circle length', () => {
    const path: Position[] = [
      [100, 10],
      [110, 10],
      [110, 30],
    ];
    const middle = anchorOf(at({ type: 'LineString', coordinates: path }));
    const half = lineLengthKm(path) / 2;
    // On the second leg: the distance from its start plus the first leg is half the length.
    expect(greatCircleKm(path[0]!, path[1]!) + greatCircleKm(path[1]!, middle)).toBeCloseTo(half, 3);
    expect(greatCircleKm(middle, path[2]!)).toBeCloseTo(half, 3);
  });

  it('is on the longest part of a MultiLineString', () => {
    const anchor = anchorOf(
      at({
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 0],
          ],
          [
            [10, 0],
            [20, 0],
          ],
        ],
      }),
    );
    expect(anchor[0]).toBeCloseTo(15, 6);
    expect(anchor[1]).toBeCloseTo(0, 6);
  });

  it('is inside an area, out of its hole, on its largest polygon', () => {
    const donut = [ring(0, 0, 10), ring(2, 2, 6)];
    const anchor = anchorOf(at({ type: 'Polygon', coordinates: donut }));
    expect(booleanPointInPolygon(anchor, turfPolygon(donut))).toBe(true);
    const big = [ring(30, 30, 4)];
    const multi = anchorOf(at({ type: 'MultiPolygon', coordinates: [[ring(0, 0, 1)], big] }));
    expect(booleanPointInPolygon(multi, turfPolygon(big))).toBe(true);
    expect(multi[0]).toBeCloseTo(32, 1);
  });

  it('is inside a concave area whose centre is outside it', () => {
    const u: Position[] = [
      [0, 0],
      [9, 0],
      [9, 9],
      [6, 9],
      [6, 3],
      [3, 3],
      [3, 9],
      [0, 9],
      [0, 0],
    ];
    expect(booleanPointInPolygon(anchorOf(at({ type: 'Polygon', coordinates: [u] })), turfPolygon([u]))).toBe(true);
  });
});

describe('parseGeometry', () => {
  it('limits the types to those asked for', () => {
    expect(parseGeometry({ type: 'Polygon', coordinates: [ring(0, 0, 1)] }, ['Point', 'LineString'])).toBe(
      'has a Polygon geometry; only Point, LineString can be shown.',
    );
  });

  it('keeps longitude and latitude, drops altitude, and rejects non-numbers', () => {
    expect(parseGeometry({ type: 'Point', coordinates: [1, 2, 300] })).toEqual({ type: 'Point', coordinates: [1, 2] });
    expect(parseGeometry({ type: 'Point', coordinates: [1, 2, 'high'] })).toMatch(/not \[longitude, latitude\]/);
  });
});
