// The basemap layer on a plain Leaflet map in Chromium: what it draws (read back from its canvas),
// when it fetches detail, and what it leaves behind.
import { map as createMap, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultBasemapBase } from '../../src/data/basemap-url';
import { WORLD_AHEAD_MS } from '../../src/leaflet/basemap-files';
import { createBasemapLayer, type BasemapLayer } from '../../src/leaflet/basemap-layer';
import { greatCircleKm } from '../../src/model/geo';
import placesText from '../../geo/places.geojson?raw';
import { TEST_COLORS } from './test-colors';

const COLORS = TEST_COLORS;
const RGB = { sea: [128, 128, 128], land: [0, 255, 0], tint: [255, 255, 0], water: [0, 0, 255] } as const;

const places = JSON.parse(placesText) as { features: { id: string; geometry: { type: string; coordinates: [number, number] } }[] };
const [talksLon, talksLat] = places.features.find((f) => f.id === 'lake-malaren-talks')!.geometry.coordinates;
const talks: [number, number] = [talksLat, talksLon];

const style = document.createElement('style');
style.textContent = leafletCss;
document.head.append(style);

let map: LeafletMap | undefined;
afterEach(() => {
  map?.remove();
  map = undefined;
  document.querySelectorAll('.basemap-test').forEach((element) => element.remove());
});

function mountMap(center: [number, number], zoom: number): LeafletMap {
  const div = document.createElement('div');
  div.className = 'basemap-test';
  div.style.cssText = 'width: 640px; height: 480px; background: #ffffff';
  document.body.append(div);
  map = createMap(div, { center, zoom, zoomControl: false, attributionControl: false, maxZoom: 12 });
  return map;
}

function addLayer(target: LeafletMap): { layer: BasemapLayer; painted: Promise<void> } {
  let resolve!: () => void;
  const painted = new Promise<void>((r) => (resolve = r));
  const layer = createBasemapLayer({
    base: defaultBasemapBase,
    tint: new Set(['Sweden']),
    colors: COLORS,
    onPaint: resolve,
    onError: (message) => {
      throw new Error(message);
    },
  });
  layer.addTo(target);
  return { layer, painted };
}

/** The layer's canvas pixels, and a function from a map position to a canvas pixel. */
function readCanvas(target: LeafletMap) {
  const canvas = target.getPane('summit-basemap')!.querySelector('canvas')!;
  const { data, width } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  const canvasBox = canvas.getBoundingClientRect();
  const containerBox = target.getContainer().getBoundingClientRect();
  const ratio = canvas.width / canvasBox.width;
  const pixelOf = (latLng: [number, number]) => {
    const point = target.latLngToContainerPoint(latLng);
    return [
      Math.round((point.x + containerBox.left - canvasBox.left) * ratio),
      Math.round((point.y + containerBox.top - canvasBox.top) * ratio),
    ] as const;
  };
  const rgbAt = (x: number, y: number) => [...data.slice((y * width + x) * 4, (y * width + x) * 4 + 3)];
  return { canvas, ratio, pixelOf, rgbAt };
}

const listenerCount = (target: LeafletMap) =>
  Object.values((target as unknown as { _events: Record<string, unknown[]> })._events).reduce((sum, list) => sum + list.length, 0);

describe('basemap layer', () => {
  it('draws Lake Mälaren within 10 km of the talks venue at zoom 10, with land under the pin', async () => {
    const target = mountMap(talks, 10);
    const { painted } = addLayer(target);
    await painted;
    // Detail tiles arrive after the world file (whose coarse lake covers the pin): wait for both
    // facts at once, water within 10 km and the pin on land.
    const lakeAndLand = () => {
      const { pixelOf, rgbAt, ratio } = readCanvas(target);
      const [cx, cy] = pixelOf(talks);
      const pin = rgbAt(cx, cy).join();
      let water: number | null = null;
      for (let y = -160; y <= 160; y += 2)
        for (let x = -160; x <= 160; x += 2) {
          if (rgbAt(cx + x, cy + y).join() !== RGB.water.join()) continue;
          const latLng = target.containerPointToLatLng(target.latLngToContainerPoint(talks).add([x / ratio, y / ratio]));
          const km = greatCircleKm([latLng.lng, latLng.lat], [talks[1], talks[0]]);
          if (water === null || km < water) water = km;
        }
      return { pinOnStoryLand: pin === RGB.tint.join(), nearestWaterWithin10Km: water !== null && water <= 10 };
    };
    await expect.poll(lakeAndLand, { timeout: 15_000 }).toEqual({ pinOnStoryLand: true, nearestWaterWithin10Km: true });
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.some((name) => name.includes('/detail/4-8-4.json'))).toBe(true);
  });

  it('draws the lighter level from zoom 5 to 7 (detail/z5/, detail/z6/) and the 1:10m tiles from zoom 7', async () => {
    performance.clearResourceTimings();
    const danang: [number, number] = [16.0678, 108.2208];
    const target = mountMap(danang, 6);
    const { layer, painted } = addLayer(target);
    await painted;
    const paintedAt = performance.now();
    // Every tile the view needs has come: none is still on its way when the next test starts.
    const settled = () => (layer as unknown as { files: { ready: boolean } }).files.ready;
    const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    const fullTile = /\/detail\/\d+-\d+-\d+\.json$/;
    const onLand = () => {
      const { pixelOf, rgbAt } = readCanvas(target);
      return rgbAt(...pixelOf([16.0, 107.9])).join() === RGB.land.join(); // inland of Da Nang
    };
    await expect.poll(() => requested().some((path) => path.includes('/detail/z6/6-'))).toBe(true);
    await expect.poll(onLand).toBe(true);
    expect(requested().filter((path) => fullTile.test(path) || path.includes('/detail/z5/'))).toEqual([]);

    target.setZoom(7, { animate: false });
    await expect.poll(() => requested().some((path) => fullTile.test(path))).toBe(true);
    await expect.poll(onLand).toBe(true);
    await expect.poll(settled).toBe(true);

    target.setZoom(5, { animate: false });
    await expect.poll(() => requested().some((path) => path.includes('/detail/z5/5-'))).toBe(true);
    await expect.poll(onLand).toBe(true);
    await expect.poll(settled).toBe(true);
    // Zoomed in to detail from the start, the map did not fetch the world file for its views: only
    // ahead of need, once its land had painted (the next test), or below zoom 5.
    const worldStarts = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/world.json'));
    expect(worldStarts.filter((entry) => entry.startTime < paintedAt + WORLD_AHEAD_MS - 100)).toEqual([]);
    target.setZoom(4, { animate: false });
    await expect.poll(() => requested().some((path) => path.endsWith('/world.json'))).toBe(true);
    await expect.poll(onLand).toBe(true);
    await expect.poll(settled).toBe(true);
  });

  it('opened in detail, fetches the world file once its land has painted, so printing or zooming out draws the land at once', async () => {
    const danang: [number, number] = [16.0678, 108.2208];
    const target = mountMap(danang, 6);
    const { layer, painted } = addLayer(target);
    await painted;
    const files = (layer as unknown as { files: { world?: unknown } }).files;
    expect(files.world).toBeUndefined();
    await expect.poll(() => files.world !== undefined, { timeout: WORLD_AHEAD_MS + 15_000 }).toBe(true);
    // As printing does: a new view, drawn before any request could come back.
    target.setView([20, 0], 2, { animate: false });
    const world = readCanvas(target);
    expect(world.rgbAt(...world.pixelOf([39, -100]))).toEqual(RGB.land); // the United States
    expect(world.rgbAt(...world.pixelOf([62, 16]))).toEqual(RGB.tint); // Sweden
  });

  it('draws the world file at zoom 3 without fetching detail tiles', async () => {
    performance.clearResourceTimings();
    const target = mountMap([30, 100], 3);
    const { painted } = addLayer(target);
    await painted;
    const { pixelOf, rgbAt } = readCanvas(target);
    expect(rgbAt(...pixelOf([35, 105]))).toEqual(RGB.land); // China, not tinted here
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('/detail/'))).toEqual([]);
  });

  it('fills the open sea with its colour: no pixel of the canvas is left transparent (print shows those white)', async () => {
    const target = mountMap([30, 100], 3);
    await addLayer(target).painted;
    const { canvas, pixelOf, rgbAt } = readCanvas(target);
    expect(rgbAt(...pixelOf([20, 140]))).toEqual(RGB.sea); // the Philippine Sea
    const alpha = canvas
      .getContext('2d')!
      .getImageData(0, 0, canvas.width, canvas.height)
      .data.filter((_, i) => i % 4 === 3);
    expect(alpha.every((value) => value === 255)).toBe(true);
  });

  it('draws a resize and a view reset at once, not at a later frame', async () => {
    const target = mountMap([30, 100], 3);
    await addLayer(target).painted;
    // Debounced, so the resize's move end comes later: the resize itself must draw.
    target.getContainer().style.width = '400px';
    target.getContainer().style.height = '300px';
    target.invalidateSize({ pan: false, debounceMoveend: true });
    const resized = readCanvas(target);
    expect(resized.canvas.getBoundingClientRect().width).toBeCloseTo(400 * 1.2, 0);
    expect(resized.rgbAt(...resized.pixelOf([35, 105]))).toEqual(RGB.land);
    target.setView([60, 16], 4, { animate: false });
    const reset = readCanvas(target);
    expect(reset.rgbAt(...reset.pixelOf([64, 16]))).toEqual(RGB.tint); // Sweden, drawn before any frame
  });

  it('tints the chosen countries and repaints on setTint and setColors', async () => {
    const target = mountMap([60, 16], 4);
    const { layer, painted } = addLayer(target);
    await painted;
    const sweden: [number, number] = [64, 16];
    expect(readCanvas(target).rgbAt(...readCanvas(target).pixelOf(sweden))).toEqual(RGB.tint);
    layer.setTint(new Set());
    await expect.poll(() => readCanvas(target).rgbAt(...readCanvas(target).pixelOf(sweden))).toEqual(RGB.land);
    layer.setColors({ ...COLORS, land: '#ff0000' });
    await expect.poll(() => readCanvas(target).rgbAt(...readCanvas(target).pixelOf(sweden))).toEqual([255, 0, 0]);
  });

  it('shares fetched files between maps: a second map fetches nothing again', async () => {
    const first = mountMap(talks, 10);
    const firstLayer = addLayer(first);
    await firstLayer.painted;
    // Detail drawn: the pin is on tinted land, no longer under the world file's coarse lake.
    await expect.poll(() => readCanvas(first).rgbAt(...readCanvas(first).pixelOf(talks)), { timeout: 15_000 }).toEqual(RGB.tint);
    // And its rivers, fetched once the tile has come and merged into it: no request of the first map is still on its way.
    const files = (firstLayer.layer as unknown as { files: { tiles: ReadonlyMap<string, { rivers: unknown[] }> } }).files;
    await expect.poll(() => files.tiles.get('4-8-4')?.rivers.length ?? 0).toBeGreaterThan(0);
    // And the first map's region names, which come level by level after their code: until its requests stop.
    const basemapRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/basemap/')).length;
    for (let before = -1; before !== basemapRequests();) {
      before = basemapRequests();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    performance.clearResourceTimings();
    const second = createMap(document.body.appendChild(Object.assign(document.createElement('div'), { className: 'basemap-test' })), {
      center: talks,
      zoom: 10,
    });
    second.getContainer().style.cssText = 'width: 320px; height: 240px';
    second.invalidateSize();
    const { painted } = addLayer(second);
    await painted;
    await new Promise((resolve) => setTimeout(resolve, 300)); // past the tile debounce
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/basemap/'))).toEqual([]);
    second.remove();
  });

  it('reports the address it tried and basemap-src when the basemap cannot be loaded', async () => {
    const target = mountMap([30, 100], 3);
    const message = await new Promise<string>((resolve) => {
      createBasemapLayer({ base: new URL('/no-basemap-here/', location.href), tint: new Set(), colors: COLORS, onError: resolve }).addTo(
        target,
      );
    });
    expect(message).toContain(`The basemap file ${location.origin}/no-basemap-here/world.json could not be loaded: `);
    expect(message).toContain('basemap-src');
  });

  it('scales its canvas with a CSS transform during a zoom animation, then redraws at the new zoom', async () => {
    const target = mountMap([30, 100], 3);
    await addLayer(target).painted;
    const canvas = readCanvas(target).canvas;
    const during: string[] = [];
    target.on('zoomanim', () => during.push(canvas.style.transform));
    const moved = new Promise((resolve) => target.once('moveend', resolve));
    target.setZoom(4, { animate: true });
    await moved;
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/scale\(2\)/);
    expect(canvas.style.transform).not.toMatch(/scale/);
    const { pixelOf, rgbAt } = readCanvas(target);
    expect(rgbAt(...pixelOf([35, 105]))).toEqual(RGB.land);
  });

  it('leaves no listeners and no canvas on the map after it is removed', async () => {
    const target = mountMap(talks, 6);
    const before = listenerCount(target);
    const { layer, painted } = addLayer(target);
    await painted;
    expect(listenerCount(target)).toBeGreaterThan(before);
    target.setZoom(7, { animate: false });
    layer.remove();
    expect(listenerCount(target)).toBe(before);
    expect(target.getPane('summit-basemap')!.querySelector('canvas')).toBeNull();
    // A redraw or tile that arrives after removal must not throw (Leaflet #6030).
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
});
