// The locator inset's geometry (src/model/locator.ts): its frame, where places fall, and groups.
import { describe, expect, it } from 'vitest';
import { project } from '../../src/model/framing';
import { INSET_GROUP_PX, insetFrame, insetGroups, insetPoint, type InsetPlace } from '../../src/model/locator';
import type { Position } from '../../src/model/types';

const hanoi: Position = [105.85, 21.03];
const singapore: Position = [103.82, 1.35];
const stockholm: Position = [18.07, 59.33];
const washington: Position = [-77.04, 38.91];
const world = [hanoi, singapore, stockholm, washington];

describe('insetFrame', () => {
  it('shows every place inside the inset, with a margin, in the inset’s proportions', () => {
    for (const [width, height] of [
      [160, 100],
      [100, 160],
      [120, 120],
    ] as const) {
      const frame = insetFrame(world, width, height);
      expect(frame.view.width / frame.view.height).toBeCloseTo(width / height, 9);
      expect(frame.scale).toBeCloseTo(width / frame.view.width, 9);
      for (const place of world) {
        const { x, y } = insetPoint(frame, place);
        // At least the 10 % margin on the side that limits the frame, and inside on all sides.
        expect(x).toBeGreaterThan(0.09 * width);
        expect(x).toBeLessThan(0.91 * width);
        expect(y).toBeGreaterThan(0.09 * height);
        expect(y).toBeLessThan(0.91 * height);
      }
    }
  });

  it('is centred on the places', () => {
    const frame = insetFrame([hanoi, stockholm], 200, 100);
    const [a, b] = [project(hanoi), project(stockholm)];
    expect(frame.view.x + frame.view.width / 2).toBeCloseTo((a.x + b.x) / 2, 9);
    expect(frame.view.y + frame.view.height / 2).toBeCloseTo((a.y + b.y) / 2, 9);
  });

  it('never zooms in closer than about 45° of longitude, even on one place', () => {
    const frame = insetFrame([hanoi], 160, 100);
    // 32 zoom-0 pixels (of 256 around the world) plus the margins.
    expect(frame.view.width).toBeCloseTo(32 / 0.8, 9);
    expect(insetPoint(frame, hanoi).x).toBeCloseTo(80, 9);
    expect(insetPoint(frame, hanoi).y).toBeCloseTo(50, 9);
    const close = insetFrame([hanoi, [105.9, 21.1]], 160, 100);
    expect(close.view.width).toBeCloseTo(frame.view.width, 9);
  });
});

describe('insetPoint', () => {
  it('maps the frame’s corners to the inset’s corners', () => {
    const frame = { view: { x: 100, y: 50, width: 40, height: 20 }, scale: 4 };
    const at = (x: number, y: number) => {
      // The position whose projection is (x, y), found by inverting project().
      const lon = (x / 256) * 360 - 180;
      const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 256))) * 180) / Math.PI;
      return insetPoint(frame, [lon, lat]);
    };
    expect(at(100, 50).x).toBeCloseTo(0, 9);
    expect(at(100, 50).y).toBeCloseTo(0, 9);
    expect(at(140, 70).x).toBeCloseTo(160, 9);
    expect(at(140, 70).y).toBeCloseTo(80, 9);
  });
});

describe('insetGroups', () => {
  const frame = insetFrame(world, 160, 100);
  const place = (id: string, position: Position, rank: number): InsetPlace => ({ id, position, rank });

  it('gives each place that stands alone its own target, most important first', () => {
    const groups = insetGroups(frame, [place('washington', washington, 3), place('hanoi', hanoi, 1), place('stockholm', stockholm, 2)]);
    expect(groups.map((group) => group.ids)).toEqual([['hanoi'], ['stockholm'], ['washington']]);
    expect(groups[0]!.at).toEqual(insetPoint(frame, hanoi));
  });

  it('joins places within the group distance to the most important one, at its spot', () => {
    const haiphong: Position = [106.68, 20.86];
    expect(
      Math.hypot(insetPoint(frame, haiphong).x - insetPoint(frame, hanoi).x, insetPoint(frame, haiphong).y - insetPoint(frame, hanoi).y),
    ).toBeLessThan(INSET_GROUP_PX);
    const groups = insetGroups(frame, [place('haiphong', haiphong, 5), place('singapore', singapore, 2), place('hanoi', hanoi, 1)]);
    expect(groups).toEqual([
      { ids: ['hanoi', 'haiphong'], at: insetPoint(frame, hanoi) },
      { ids: ['singapore'], at: insetPoint(frame, singapore) },
    ]);
  });

  it('measures the distance from a group’s first place, with the distance it is given', () => {
    const [a, b] = [insetPoint(frame, hanoi), insetPoint(frame, singapore)];
    const apart = Math.hypot(a.x - b.x, a.y - b.y);
    const places = [place('hanoi', hanoi, 1), place('singapore', singapore, 2)];
    expect(insetGroups(frame, places, apart + 0.01)).toHaveLength(1);
    expect(insetGroups(frame, places, apart - 0.01)).toHaveLength(2);
  });

  it('does not change the list it is given', () => {
    const places = [place('b', stockholm, 2), place('a', hanoi, 1)];
    insetGroups(frame, places);
    expect(places.map((p) => p.id)).toEqual(['b', 'a']);
  });
});
