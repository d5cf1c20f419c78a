/**
 * The offline basemap under a story's map, from loading to removal: its code (basemap-layer.ts, a
 * file of its own beside the module, kept out of the map's first download) and its names are
 * fetched once the markers have painted, side by side, and the layer joins the map when its code
 * has come: it is a canvas the size of the map, drawn in full on every view change. A new folder
 * (`basemap-src`) or removal cancels a load still under way.
 */
import type { Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { afterNextPaint } from '../dom/after-paint';
import type { BasemapColors } from './basemap-draw';
import type { Rect } from '../model/framing';
import type { BasemapLayer } from './basemap-layer';
import { LABELS_FILE, prefetch } from './basemap-prefetch';
import { markOncePerMap } from './mark-once';

export interface StoryBasemapOptions {
  /** Folder URL of the prepared basemap (world.json and detail/). */
  base: URL;
  /** Reads the colours to draw with: asked when the layer is made and when `refreshColors` is called, not before (reading CSS forces a style pass). */
  colors: () => BasemapColors;
  /** The basemap could not be shown: a message for the page's author (what was tried, what to do). */
  onError?: (message: string) => void;
  /** The basemap has painted for the first time since it was added. */
  onPaint?: () => void;
}

const markPainted = markOncePerMap('summit-map:basemap');

export class StoryBasemap {
  private readonly leafletMap: LeafletMap;
  private readonly onError?: (message: string) => void;
  private readonly onPaint?: () => void;
  private readonly colors: () => BasemapColors;
  /** Country names to tint as "in the story", kept for a layer whose code is still loading. */
  private tint: ReadonlySet<string> = new Set();
  /** What region names keep clear of, kept for a layer whose code is still loading. */
  private obstacles: readonly Rect[] = [];
  /** Undefined until its code has loaded (see load). */
  private layer?: BasemapLayer;
  /** Cancels a basemap still loading (see load). */
  private cancelLoad = () => {};

  constructor(leafletMap: LeafletMap, options: StoryBasemapOptions) {
    this.leafletMap = leafletMap;
    this.colors = options.colors;
    this.onError = options.onError;
    this.onPaint = options.onPaint;
    this.load(options.base);
  }

  /** Fetches the basemap from another folder (the element's `basemap-src`). */
  setBase(base: URL): void {
    this.layer?.remove();
    this.layer = undefined;
    this.load(base);
  }

  /** Reads the colours again (the theme or colour scheme changed); a layer still loading reads them when made. */
  refreshColors(): void {
    this.layer?.setColors(this.colors());
  }

  /** Tints the story's countries (world-atlas names). */
  setTint(countries: Iterable<string>): void {
    this.tint = new Set(countries);
    this.layer?.setTint(this.tint);
  }

  /** The places' markers and labels and the overlays, in container pixels: the basemap's names keep clear of them. */
  setObstacles(obstacles: readonly Rect[]): void {
    this.obstacles = obstacles;
    this.layer?.setObstacles(obstacles);
  }

  destroy(): void {
    this.cancelLoad();
    this.layer?.remove();
    this.layer = undefined;
  }

  private load(base: URL): void {
    this.cancelLoad();
    let cancelled = false;
    let withdrawPrefetch = () => {};
    // Even starting the two requests costs the markers' task a few milliseconds: they start once
    // the markers have painted.
    const cancelPaint = afterNextPaint(() => {
      // Only the names: the land to fetch (the world file or detail tiles) depends on the first
      // view's zoom, which the story may not have set yet; the layer asks for it when it comes.
      withdrawPrefetch = prefetch(new URL(LABELS_FILE, base).href);
      import('./basemap-layer').then(
        ({ createBasemapLayer }) => {
          if (cancelled) return;
          this.layer = createBasemapLayer({
            base,
            tint: this.tint,
            colors: this.colors(),
            onPaint: () => {
              markPainted(this.leafletMap.getContainer());
              this.onPaint?.();
            },
            onError: this.onError,
          });
          this.layer.setObstacles(this.obstacles);
          // Added, the layer's own request takes the prefetched one over.
          this.layer.addTo(this.leafletMap);
          withdrawPrefetch();
        },
        () => !cancelled && this.onError?.('The basemap code is not beside the module: copy every summit-map-*.js file.'),
      );
    });
    this.cancelLoad = () => {
      cancelled = true;
      cancelPaint();
      withdrawPrefetch();
    };
  }
}
