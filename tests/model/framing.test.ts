import { describe, expect, it } from 'vitest';
import { clearRect, coverage, intersects, pixelDistance, project, separationZoom, storyFocus, type Rect } from '../../src/model/framing';
import { clearShift } from '../../src/model/clear-shift';
import { insetFrame, insetGroups, insetPoint } from '../../src/model/locator';
import type { Position } from '../../src/model/types';
import { readJson } from '../fixtures/load';

interface Feature {
  id: string;
  geometry: { type: string; coordinates: Position };
  properties: { role: string };
}
const story = readJson('geo/places.geojson') as { roles: Record<string, { order: number }>; features: Feature[] };
const points = story.features.filter((feature) => feature.geometry.type === 'Point');
const at = (id: string) => points.find((point) => point.id === id)!.geometry.coordinates;
const others = (id: string) => points.filter((point) => point.id !== id).map((point) => point.geometry.coordinates);

describe('project', () => {
  it('puts the equator and the prime meridian at the middle of the zoom-0 world', () => {
    expect(project([0, 0])).toEqual({ x: 128, y: 128 });
    expect(project([-180, 85.0511287798]).x).toBe(0);
    expect(project([-180, 85.0511287798]).y).toBeCloseTo(0, 6);
  });
});

describe('separationZoom', () => {
  it('is the smallest zoom at which the nearest neighbour is 40 px away', () => {
    const zoom = separationZoom(at('danang'), others('danang'), { maxZoom: 10 });
    const nearest = Math.min(...others('danang').map((other) => pixelDistance(at('danang'), other, zoom)));
    expect(nearest).toBeGreaterThanOrEqual(40);
    expect(Math.min(...others('danang').map((other) => pixelDistance(at('danang'), other, zoom - 0.25)))).toBeLessThan(40);
    // Hanoi and Ho Chi Minh City are each about 600 km from Danang: apart by zoom 4.
    expect(zoom).toBeLessThanOrEqual(4);
  });

  it('is capped by maxZoom: the talks venue is 25 km from Stockholm', () => {
    expect(separationZoom(at('lake-malaren-talks'), others('lake-malaren-talks'), { maxZoom: 6 })).toBe(6);
    const zoom = separationZoom(at('lake-malaren-talks'), others('lake-malaren-talks'), { maxZoom: 10 });
    expect(zoom).toBeGreaterThan(6);
    expect(zoom).toBeLessThanOrEqual(10);
  });

  it('gives maxZoom for a place alone or on top of another, and respects minZoom', () => {
    expect(separationZoom([0, 0], [], { maxZoom: 9 })).toBe(9);
    expect(separationZoom([0, 0], [[0, 0]], { maxZoom: 9 })).toBe(9);
    expect(separationZoom([0, 0], [[90, 0]], { maxZoom: 9, minZoom: 3 })).toBe(3);
  });
});

describe('storyFocus', () => {
  const candidates = points.map((point) => ({
    id: point.id,
    position: point.geometry.coordinates,
    order: story.roles[point.properties.role]!.order,
  }));

  it('is the three Vietnamese venues for the story', () => {
    expect(storyFocus(candidates)).toEqual(['hanoi', 'danang', 'ho-chi-minh-city']);
  });

  it('is every place of the first role when nothing else is near, and empty for no places', () => {
    expect(storyFocus(candidates, 10)).toEqual(['hanoi']);
    expect(storyFocus([])).toEqual([]);
  });
});

const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

describe('clearRect', () => {
  it('cuts off each overlay along the side that loses the least', () => {
    const map = rect(0, 0, 400, 300);
    // A bar of controls along the top, a key in the bottom-left corner.
    const inner = clearRect(map, [rect(0, 0, 300, 40), rect(0, 240, 120, 60)]);
    expect(inner).toEqual(rect(0, 40, 400, 200));
    for (const box of [rect(0, 0, 300, 40), rect(0, 240, 120, 60)]) expect(intersects(inner, box)).toBe(false);
  });
});

describe('clearShift', () => {
  const map = rect(0, 0, 400, 300);
  it('does not move what is already clear', () => {
    expect(clearShift(rect(100, 100, 50, 50), [rect(0, 0, 50, 50)], map)).toEqual({ x: 0, y: 0 });
  });

  it('moves the least distance out of an overlay and into the map', () => {
    expect(clearShift(rect(10, 10, 50, 50), [rect(0, 0, 40, 30)], map)).toEqual({ x: 0, y: 20 });
    expect(clearShift(rect(10, 10, 50, 50), [rect(0, 0, 30, 40)], map)).toEqual({ x: 20, y: 0 });
    expect(clearShift(rect(380, 100, 50, 50), [], map)).toEqual({ x: -30, y: 0 });
  });

  it('is null when nothing in the map is clear', () => {
    expect(clearShift(rect(0, 0, 50, 50), [rect(0, 0, 400, 300)], map)).toBeNull();
  });
});

describe('coverage', () => {
  it('counts overlapping boxes once and ignores what lies outside', () => {
    const area = rect(0, 0, 100, 100);
    expect(coverage([rect(0, 0, 50, 50), rect(25, 25, 50, 50)], area)).toBeCloseTo(0.4375, 6);
    expect(coverage([rect(-50, -50, 100, 100)], area)).toBeCloseTo(0.25, 6);
    expect(coverage([], area)).toBe(0);
  });
});

describe('the locator inset', () => {
  const frame = insetFrame(
    points.map((point) => point.geometry.coordinates),
    200,
    100,
  );
  it('shows every place inside its frame', () => {
    for (const point of points) {
      const { x, y } = insetPoint(frame, point.geometry.coordinates);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(200);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(100);
    }
  });

  it('groups places that share a spot at its scale, the most important first', () => {
    const groups = insetGroups(
      frame,
      points.map((point, rank) => ({ id: point.id, position: point.geometry.coordinates, rank })),
    );
    const ids = groups.map((group) => group.ids);
    expect(ids).toContainEqual(['lake-malaren-talks', 'stockholm']);
    expect(ids).toContainEqual(['pyongyang', 'seoul']);
    expect(ids).toContainEqual(['washington']);
  });
});
