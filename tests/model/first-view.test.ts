// The first view's shared rules (src/model/first-view.ts), which the live map and the static
// renderer both follow so that the picture and the map agree.
import { describe, expect, it } from 'vitest';
import { framedPositions } from '../../src/model/first-view';
import type { Position } from '../../src/model/types';

describe('framedPositions', () => {
  const seattle: Position = [-122.33, 47.61];
  const sanFrancisco: Position = [-122.42, 37.77];
  const anchorage: Position = [-149.9, 61.22];

  it('is the focus when it has an extent of its own', () => {
    expect(framedPositions([seattle, anchorage], [seattle, anchorage, sanFrancisco])).toEqual([seattle, anchorage]);
  });

  it('adds the nearest other place to a focus of one spot, for the story’s scale', () => {
    expect(framedPositions([seattle], [anchorage, seattle, sanFrancisco])).toEqual([seattle, sanFrancisco]);
    expect(framedPositions([seattle, seattle], [seattle, anchorage])).toEqual([seattle, seattle, anchorage]);
  });

  it('leaves a story of one spot as it is', () => {
    expect(framedPositions([seattle], [seattle, seattle])).toEqual([seattle]);
    expect(framedPositions([], [seattle])).toEqual([]);
  });
});
