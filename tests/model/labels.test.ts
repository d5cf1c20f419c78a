import { describe, expect, it } from 'vitest';
import { intersects } from '../../src/model/framing';
import { labelRect, placeLabels, underOverlay, type LabelRequest } from '../../src/model/labels';

const request = (id: string, x: number, y: number, priority = 0, width = 60, height = 14): LabelRequest => ({
  id,
  x,
  y,
  width,
  height,
  priority,
});

describe('placeLabels', () => {
  it('puts a lone label on the right', () => {
    expect(placeLabels([request('a', 100, 100)], 10).get('a')).toBe('right');
  });

  it('moves a lower-priority label to another side when the right is taken', () => {
    // b sits right of a: a's right-hand label would cover b's marker, so a goes left.
    const sides = placeLabels([request('a', 100, 100, 1), request('b', 130, 100, 0)], 10);
    expect(sides.get('b')).toBe('right');
    expect(sides.get('a')).toBe('left');
  });

  it('hides a label with no free side instead of overlapping', () => {
    // Markers close on all four sides of "boxed": each candidate side would cover one of them.
    const crowd = [
      request('boxed', 100, 100, 9),
      request('r', 140, 100),
      request('l', 60, 100),
      request('t', 100, 75),
      request('b', 100, 125),
    ];
    const sides = placeLabels(crowd, 10, { x: 0, y: 0, width: 400, height: 400 });
    expect(sides.get('boxed')).toBeNull();
    expect(sides.get('r')).toBe('right');
  });

  it('keeps labels off the overlays: another side, or hidden when every side is under one', () => {
    // The key covers the right of the marker: the label goes left.
    const key = { x: 110, y: 80, width: 100, height: 40 };
    expect(placeLabels([request('a', 100, 100)], 10, undefined, [key]).get('a')).toBe('left');
    // An overlay all around: no side is free.
    const everywhere = { x: 0, y: 0, width: 300, height: 300 };
    expect(placeLabels([request('a', 100, 100)], 10, undefined, [everywhere]).get('a')).toBeNull();
  });

  it('keeps labels inside the viewport', () => {
    const sides = placeLabels([request('edge', 390, 100)], 10, { x: 0, y: 0, width: 400, height: 400 });
    expect(sides.get('edge')).toBe('left');
  });

  it('never returns two overlapping labels or a label over a marker (random layouts)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 50; round++) {
      const requests = Array.from({ length: 12 }, (_, i) => request(`p${i}`, random() * 500, random() * 300, i, 30 + random() * 80));
      const sides = placeLabels(requests, 10);
      const rects = requests.flatMap((r) => (sides.get(r.id) ? [labelRect(r, sides.get(r.id)!, 10)] : []));
      for (let i = 0; i < rects.length; i++)
        for (let j = i + 1; j < rects.length; j++) expect(intersects(rects[i]!, rects[j]!)).toBe(false);
      for (const rect of rects)
        for (const r of requests) expect(intersects(rect, { x: r.x - 10, y: r.y - 10, width: 20, height: 20 })).toBe(false);
    }
  });
});

describe('underOverlay', () => {
  const inset = { x: 8, y: 276, width: 122, height: 56 };
  it('is true for a marker centred inside an overlay, false on its edge or outside', () => {
    expect(underOverlay(60, 300, [inset])).toBe(true);
    expect(underOverlay(8, 300, [inset])).toBe(false);
    expect(underOverlay(140, 300, [inset])).toBe(false);
    expect(underOverlay(60, 300, [])).toBe(false);
  });
});
