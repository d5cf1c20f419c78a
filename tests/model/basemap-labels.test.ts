import { describe, expect, it } from 'vitest';
import { chooseBasemapLabels } from '../../src/model/basemap-labels';

const view = { x: 0, y: 0, width: 400, height: 300 };
const box = (x: number, y: number, width = 60, height = 12) => ({ x, y, width, height });
/** The indexes of the names drawn. */
const chosen = (...args: Parameters<typeof chooseBasemapLabels>) => chooseBasemapLabels(...args).map(({ index }) => index);

describe('chooseBasemapLabels', () => {
  it('keeps every label that overlaps no other', () => {
    expect(
      chosen(
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
    expect(chosen(labels, view)).toEqual([1]);
  });

  it('keeps a gap between labels', () => {
    const labels = [
      { box: box(10, 10), priority: 1 },
      { box: box(72, 10), priority: 2 }, // 2 px to the right of the first
    ];
    expect(chosen(labels, view)).toEqual([0]);
    expect(chosen(labels, view, [], 0)).toEqual([0, 1]);
  });

  it('drops labels that do not fit the view', () => {
    expect(chosen([{ box: box(380, 10), priority: 1 }], view)).toEqual([]);
  });

  it('keeps clear of the obstacles (places’ labels, overlays): a name whose spot is taken moves a line up or down', () => {
    const inset = { x: 0, y: 0, width: 30, height: 24 };
    // Under the inset: one line down (12 px) clears it.
    expect(chooseBasemapLabels([{ box: box(10, 10), priority: 1 }], view, [inset])).toEqual([{ index: 0, box: box(10, 22) }]);
    // Under a label: one line up.
    const label = { x: 0, y: 60, width: 100, height: 16 };
    expect(chooseBasemapLabels([{ box: box(10, 56), priority: 1 }], view, [label])).toEqual([{ index: 0, box: box(10, 44) }]);
    // Taken above and below too: left out.
    const tall = { x: 0, y: 40, width: 100, height: 50 };
    expect(chooseBasemapLabels([{ box: box(10, 62), priority: 1 }], view, [tall])).toEqual([]);
    // Drawn under them, a name's letters may come up to an obstacle (they start 2 px below the top of
    // its line box and 1 px in from each side): the gap is between names.
    expect(chooseBasemapLabels([{ box: box(10, 22), priority: 1 }], view, [inset])[0]?.box.y).toBe(22);
    expect(chooseBasemapLabels([{ box: box(10, 21), priority: 1 }], view, [inset])[0]?.box.y).toBe(33);
    expect(chosen([{ box: box(29, 10), priority: 1 }], view, [inset])).toEqual([0]);
    expect(chooseBasemapLabels([{ box: box(28, 10), priority: 1 }], view, [inset])[0]?.box.y).toBe(22);
  });
});
