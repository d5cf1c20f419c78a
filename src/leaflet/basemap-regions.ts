/**
 * Region names on the basemap, a chunk of its own that the basemap layer loads only once the map
 * is zoomed in to REGION_MIN_ZOOM (a first view at world or continent scale never loads it): the
 * tiles a view needs, and drawing their names (basemap-region-labels.ts).
 *
 * The region-name tiles a view needs (regions/{L}-{x}-{y}.json beside the world file, see
 * src/model/region-format.ts), fetched through the shared cache (basemap-cache.ts) only once the
 * map is zoomed in to REGION_MIN_ZOOM, and of each level only once the map is zoomed in to where
 * its names show: a first view at world or continent scale never loads them. Tiles the view
 * leaves are let go of and their requests cancelled; closing cancels everything. A tile that
 * cannot be loaded leaves its names out: the map stays whole without them.
 */
import type { Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { parseRegionFile, regionTilesWanted, type RegionLabel, type RegionTile } from '../model/region-format';
import type { BasemapFile } from '../model/basemap-format';
import type { Rect } from '../model/framing';
import { ringsCover } from '../model/rings';
import { loadShared } from './basemap-cache';
import { viewBounds, type BasemapDrawing } from './basemap-draw';
import { drawRegionLabels } from './basemap-region-labels';

/** Cells are fetched for the view plus this share of it on each side. */
const PADDING = 0.1;

export class RegionFiles {
  /** Loaded tiles the view needs, by key. */
  private readonly cells = new Map<string, RegionTile>();
  private readonly requests = new Map<string, AbortController>();
  private timer?: ReturnType<typeof setTimeout>;
  private map?: LeafletMap;
  private cached: RegionLabel[] = [];
  /** Whether each name lies in the story's countries, for the tint `tintKey`. */
  private inTint = new WeakMap<RegionLabel, boolean>();
  private tintKey = '';

  constructor(
    /** Folder URL of the prepared basemap (ends in "/"). */
    private readonly base: URL,
    /** Names came or went: the basemap redraws. */
    private readonly onChange: () => void,
  ) {}

  /** The names of the tiles in view (each drawn only at its own zooms). */
  get labels(): readonly RegionLabel[] {
    return this.cached;
  }

  /** Starts loading for `map`'s view once it has held still (a story opens on a view it frames again at once). */
  open(map: LeafletMap, delay: number): void {
    this.map = map;
    this.viewChanged(delay);
  }

  close(): void {
    this.map = undefined;
    clearTimeout(this.timer);
    for (const request of this.requests.values()) request.abort();
    this.requests.clear();
    this.cells.clear();
    this.cached = [];
  }

  /** The view moved: the tiles it needs are fetched after `delay` ms without another move. */
  viewChanged(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), delay);
  }

  private update(): void {
    const map = this.map;
    if (!map) return;
    const wanted = new Set(regionTilesWanted(map.getZoom(), viewBounds(map, PADDING), this.cells));
    for (const [key, request] of this.requests) {
      if (wanted.has(key)) continue;
      request.abort();
      this.requests.delete(key);
    }
    let dropped = false;
    for (const key of this.cells.keys()) if (!wanted.has(key)) dropped = this.cells.delete(key) || dropped;
    if (dropped) this.changed();
    for (const key of wanted) {
      if (this.cells.has(key) || this.requests.has(key)) continue;
      const request = new AbortController();
      this.requests.set(key, request);
      loadShared(new URL(`regions/${key}.json`, this.base).href, parseRegionFile, request.signal).then(
        (tile) => {
          if (request.signal.aborted) return;
          this.requests.delete(key);
          this.cells.set(key, tile);
          this.changed();
          // Its children in view come next.
          if (tile.children.length > 0) this.update();
        },
        () => {
          if (this.requests.get(key) === request) this.requests.delete(key);
        },
      );
    }
  }

  /**
   * Draws the names for the view (see drawRegionLabels), clear of `taken` (the world file's names,
   * the places and the overlays, in canvas pixels). The world file's countries tell which names
   * lie in the story's (tinted) countries; without it, the detail tiles'.
   */
  draw(
    ctx: CanvasRenderingContext2D,
    { colors, tint }: BasemapDrawing,
    world: BasemapFile | undefined,
    tiles: readonly BasemapFile[],
    zoom: number,
    toScreen: (x: number, y: number) => [number, number],
    view: Rect,
    taken: readonly Rect[],
  ): void {
    // Whether a name lies in the story's countries does not change with the view: asked of the
    // world file once per tint (the tiles in view may still be coming, so their answer is not kept).
    const key = [...tint].join('\n');
    if (key !== this.tintKey) [this.tintKey, this.inTint] = [key, new WeakMap()];
    const files = world ? [world] : tiles;
    const inTint = (label: RegionLabel) => {
      let inside = this.inTint.get(label);
      if (inside === undefined) {
        inside = files.some((file) =>
          file.countries.some((country) => tint.has(country.name) && ringsCover(country.rings, label.x * file.unit, label.y * file.unit)),
        );
        if (world) this.inTint.set(label, inside);
      }
      return inside;
    };
    drawRegionLabels(ctx, this.cached, zoom, toScreen, view, taken, {
      color: colors.regionLabel,
      halo: colors.land,
      tintHalo: colors.tint,
      inTint: tint.size === 0 ? undefined : inTint,
    });
  }

  private changed(): void {
    this.cached = [...this.cells.values()].flatMap((tile) => tile.labels);
    this.onChange();
  }
}

export function createRegionFiles(base: URL, onChange: () => void): RegionFiles {
  return new RegionFiles(base, onChange);
}
