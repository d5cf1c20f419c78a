import { describe, expect, it } from 'vitest';
import { chooseBasemapLabels } from '../../src/model/basemap-labels';

const view = { x: 0, y: 0, width: 400, height: 300 };
const box = (x: number, y: number, width = 60, height = 12) => ({ x, y, width, height });

describe('chooseBasemapLabels', () => {
  it('keeps every label that overlaps no other', () => {
    expect(
      chooseBasemapLabels(
        [
          { box: box(10, 10), priority: 1 },
          { box: box(200, 200), priority: 2 },
        ],
        view,
      ),
    ).toEqual([0, 1]);
  });

  it('drops the lower-priority one of two overlapping labels, whatever the input order', () => {
    const labels = [
      { box: box(10, 10), priority: 5 },
      { box: box(40, 14), priority: 1 },
    ];
    expect(chooseBasemapLabels(labels, view)).toEqual([1]);
  });

  it('keeps a gap between labels', () => {
    const labels = [
      { box: box(10, 10), priority: 1 },
      { box: box(72, 10), priority: 2 }, // 2 px to the right of the first
    ];
    expect(chooseBasemapLabels(labels, view)).toEqual([0]);
    expect(chooseBasemapLabels(labels, view, [], 0)).toEqual([0, 1]);
  });

  it('drops labels that do not fit the view', () => {
    expect(chooseBasemapLabels([{ box: box(380, 10), priority: 1 }], view)).toEqual([]);
  });

  it('keeps clear of the obstacles (places, overlays), leaving the room to a label of lower priority', () => {
    const labels = [
      { box: box(10, 10), priority: 1 }, // under the inset
      { box: box(40, 22), priority: 2 }, // too close to the first; clear of the inset
    ];
    const inset = { x: 0, y: 0, width: 30, height: 24 };
    expect(chooseBasemapLabels(labels, view)).toEqual([0]);
    expect(chooseBasemapLabels(labels, view, [inset])).toEqual([1]);
    // Drawn under them, a name may come up to an obstacle: the gap is between names.
    expect(chooseBasemapLabels([{ box: box(10, 24), priority: 1 }], view, [inset])).toEqual([0]);
    expect(chooseBasemapLabels([{ box: box(10, 23), priority: 1 }], view, [inset])).toEqual([]);
  });
});
