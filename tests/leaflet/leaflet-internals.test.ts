// Leaflet's private members: used in src/leaflet/leaflet-internals.ts only, which refuses a Leaflet
// other than the one they were read from, and whose helpers do what their callers rely on.
import { latLng, latLngBounds, map as createMap, version, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import leafletPackage from 'leaflet/package.json';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LEAFLET_VERSION,
  checkLeafletVersion,
  finishZoomAnimation,
  isZoomAnimating,
  layerBoundsAtZoom,
} from '../../src/leaflet/leaflet-internals';

const ADAPTER = '../../src/leaflet/leaflet-internals.ts';
const sources = import.meta.glob<string>('../../src/**/*.ts', { query: '?raw', import: 'default', eager: true });

/** Comments out: prose may name a member without using it. (`://` in URLs is not a comment.) */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/**
 * The private Leaflet members (names starting with "_") a source reads, writes, declares or
 * destructures. `this._map` (Leaflet's plugin convention for a layer's map) is allowed.
 */
function privateMembers(source: string): string[] {
  const code = withoutComments(source);
  const found = [
    ...[...code.matchAll(/(\bthis)?\??\.\s*(_[A-Za-z]\w*)/g)].filter((m) => !(m[1] && m[2] === '_map')).map((m) => m[2]),
    ...[...code.matchAll(/^\s*(?:(?:private|protected|public|override|readonly|static|async|get|set)\s+)*(_[A-Za-z]\w*)\s*[(<:=?!]/gm)].map(
      (m) => m[1],
    ),
    ...[...code.matchAll(/[{,]\s*(_[A-Za-z]\w*)\s*[:,}]/g)].map((m) => m[1]),
    ...[...code.matchAll(/\[\s*['"`](_[A-Za-z]\w*)['"`]\s*\]/g)].map((m) => m[1]),
  ];
  return [...new Set(found)];
}

describe('Leaflet internals in one adapter', () => {
  it('the scan finds the uses the code had before the adapter', () => {
    expect(privateMembers('if (internals._animatingZoom) internals._onZoomTransitionEnd?.();')).toEqual([
      '_animatingZoom',
      '_onZoomTransitionEnd',
    ]);
    expect(privateMembers('const offset = internals._latLngBoundsToNewLayerBounds(this.drawnBounds, zoom, center).min!;')).toEqual([
      '_latLngBoundsToNewLayerBounds',
    ]);
    expect(privateMembers('(Renderer.prototype as unknown as { _update(this: unknown): void })._update.call(this);')).toEqual(['_update']);
    expect(privateMembers('  _initContainer(): void {\n    this.internals._container = canvas;')).toEqual(['_container', '_initContainer']);
    expect(privateMembers('const { _map: map, _bounds: bounds } = this.internals;')).toEqual(['_map', '_bounds']);
    expect(privateMembers("const a = map['_zoom'];")).toEqual(['_zoom']);
    // Allowed, or not a member at all.
    expect(privateMembers('if (!this._map) return; this._map.getZoom(); // calls map._update\n<a target="_blank">')).toEqual([]);
  });

  it('no source file but the adapter uses a private member of Leaflet', () => {
    expect(Object.keys(sources)).toContain(ADAPTER);
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    const uses = Object.entries(sources)
      .filter(([path]) => path !== ADAPTER)
      .map(([path, source]) => [path, privateMembers(source)] as const)
      .filter(([, members]) => members.length > 0);
    expect(Object.fromEntries(uses)).toEqual({});
    // The adapter does use them (the scan is not blind to it).
    expect(privateMembers(sources[ADAPTER]!)).toEqual(
      expect.arrayContaining([
        '_animatingZoom',
        '_onZoomTransitionEnd',
        '_latLngBoundsToNewLayerBounds',
        '_container',
        '_bounds',
        '_update',
      ]),
    );
  });

  it('is written for the installed Leaflet', () => {
    expect(LEAFLET_VERSION).toBe('1.9.4');
    expect(leafletPackage.version).toBe(LEAFLET_VERSION);
    expect(version).toBe(LEAFLET_VERSION);
    expect(() => checkLeafletVersion(version)).not.toThrow();
  });

  it('refuses another Leaflet version, saying which and where to look', () => {
    expect(() => checkLeafletVersion('1.9.5')).toThrow(
      'Leaflet 1.9.5 is loaded, but summit-map uses private members of Leaflet 1.9.4 (see src/leaflet/leaflet-internals.ts).',
    );
    expect(() => checkLeafletVersion('2.0.0')).toThrow(/Leaflet 2\.0\.0 is loaded/);
  });
});

describe('the adapter on a map', () => {
  const style = document.createElement('style');
  style.textContent = leafletCss;
  document.head.append(style);
  let map: LeafletMap | undefined;
  afterEach(() => {
    map?.remove();
    map?.getContainer().remove();
    map = undefined;
  });

  function mount(): LeafletMap {
    const div = document.createElement('div');
    div.style.cssText = 'width: 400px; height: 300px';
    document.body.append(div);
    map = createMap(div, { center: [20, 100], zoom: 3, zoomAnimation: true, zoomControl: false, attributionControl: false });
    return map;
  }

  it('finishZoomAnimation ends a zoom animation at once, at its target zoom', async () => {
    const target = mount();
    let ended = 0;
    target.on('zoomend', () => ended++);
    target.setZoom(5, { animate: true });
    // Leaflet starts the animation at the next frame and ends it from a timer 250 ms later.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(isZoomAnimating(target)).toBe(true);
    finishZoomAnimation(target);
    expect(isZoomAnimating(target)).toBe(false);
    expect(ended).toBe(1);
    expect(target.getZoom()).toBe(5);
    // Nothing under way: nothing happens.
    finishZoomAnimation(target);
    expect(ended).toBe(1);
  });

  it('layerBoundsAtZoom gives where bounds will lie once a zoom ends', () => {
    const target = mount();
    const bounds = latLngBounds([10, 90], [30, 110]);
    const center = latLng(22, 104);
    const predicted = layerBoundsAtZoom(target, bounds, 5, center);
    target.setView(center, 5, { animate: false });
    const northWest = target.latLngToLayerPoint(bounds.getNorthWest());
    const southEast = target.latLngToLayerPoint(bounds.getSouthEast());
    expect(predicted.min!.x).toBeCloseTo(northWest.x, 0);
    expect(predicted.min!.y).toBeCloseTo(northWest.y, 0);
    expect(predicted.max!.x).toBeCloseTo(southEast.x, 0);
    expect(predicted.max!.y).toBeCloseTo(southEast.y, 0);
  });
});
