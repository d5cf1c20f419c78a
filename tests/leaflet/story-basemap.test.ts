// The story view's basemap part on a plain Leaflet map in Chromium: the layer joins the map only
// after a paint, a removal while its code loads leaves nothing behind, and a basemap that cannot
// be read is reported.
import { map as createMap, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultBasemapBase } from '../../src/data/basemap-url';
import { StoryBasemap } from '../../src/leaflet/story-basemap';
import { nextFrame, until } from '../elements/helpers';
import { TEST_COLORS } from './test-colors';

const COLORS = TEST_COLORS;

let map: LeafletMap | undefined;
afterEach(() => {
  map?.remove();
  map = undefined;
  document.body.replaceChildren();
});

function mountMap(): LeafletMap {
  const div = document.createElement('div');
  div.style.cssText = 'width: 480px; height: 320px';
  document.body.append(div);
  map = createMap(div, { center: [30, 60], zoom: 2, zoomControl: false, attributionControl: false });
  return map;
}

const basemapCanvas = (target: LeafletMap) => target.getPane('summit-basemap')?.querySelector('canvas') ?? null;
const basemapMarks = () => performance.getEntriesByName('summit-map:basemap').length;

describe('StoryBasemap', () => {
  // First, while the basemap's code has not been loaded in this page yet.
  it('removed while its code loads: the layer never joins the map', async () => {
    const target = mountMap();
    const basemap = new StoryBasemap(target, { base: defaultBasemapBase, colors: () => COLORS });
    basemap.destroy();
    await import('../../src/leaflet/basemap-layer');
    await nextFrame();
    await nextFrame();
    expect(basemapCanvas(target)).toBeNull();
  });

  it('joins the map after a paint and marks its first paint once per map container', async () => {
    const target = mountMap();
    const errors: string[] = [];
    const marks = basemapMarks();
    const basemap = new StoryBasemap(target, {
      base: defaultBasemapBase,
      colors: () => COLORS,
      onError: (message) => errors.push(message),
    });
    basemap.setTint(['Sweden']);
    expect(basemapCanvas(target)).toBeNull();
    await until(() => basemapMarks() > marks, 'summit-map:basemap');
    expect(basemapMarks()).toBe(marks + 1);
    expect(basemapCanvas(target)).not.toBeNull();
    basemap.destroy();
    expect(basemapCanvas(target)).toBeNull();

    // The element's re-attach: a new map and basemap in the same container.
    const container = target.getContainer();
    target.remove();
    map = createMap(container, { center: [30, 60], zoom: 2, zoomControl: false, attributionControl: false });
    const again = new StoryBasemap(map, { base: defaultBasemapBase, colors: () => COLORS, onError: (message) => errors.push(message) });
    await until(() => basemapCanvas(map!) !== null, 'basemap again');
    const canvas = basemapCanvas(map)!;
    await until(() => canvas.getContext('2d')!.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data[3] === 255, 'painted');
    expect(basemapMarks()).toBe(marks + 1);
    again.destroy();
    expect(errors).toEqual([]);
  });

  it('a new folder replaces the layer; one with no basemap is reported', async () => {
    const target = mountMap();
    const errors: string[] = [];
    const basemap = new StoryBasemap(target, {
      base: defaultBasemapBase,
      colors: () => COLORS,
      onError: (message) => errors.push(message),
    });
    await until(() => basemapCanvas(target) !== null, 'basemap');
    basemap.setBase(new URL('/no-such-basemap/', location.href));
    expect(basemapCanvas(target)).toBeNull();
    await until(() => errors.length > 0, 'basemap error');
    expect(errors[0]).toMatch(/\w/);
    basemap.destroy();
  });
});
