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
    expect(chooseBasemapLabels(labels, view, 0)).toEqual([0, 1]);
  });

  it('drops labels that do not fit the view', () => {
    expect(chooseBasemapLabels([{ box: box(380, 10), priority: 1 }], view)).toEqual([]);
  });
});
