/**
 * The offline basemap as one Leaflet layer: its own canvas in its own pane (z-index 150, under
 * optional online tiles and the markers). It draws the prepared files of geo/basemap/ (see
 * src/model/basemap-format.ts): the world file from the start, 1:10m detail tiles once the map
 * is zoomed in to the index's minZoom. Files are pre-projected to Web Mercator zoom-0 pixels and
 * turned into Path2D objects once, so a redraw only sets the canvas transform (scale 2^zoom).
 *
 * It extends Leaflet's Renderer, which already positions the canvas after moves and scales it
 * with a CSS transform during zoom animations, as Leaflet's own Canvas renderer does.
 */
import {
  Renderer,
  DomUtil,
  type Bounds,
  type LatLng,
  type LeafletEventHandlerFn,
  type Map as LeafletMap,
  type Point,
} from 'leaflet/dist/leaflet-src.esm.js';
import { parseBasemapFile, parseDetailIndex, type BasemapFile, type DetailIndex } from '../model/basemap-format';
import { parseTileKey, tileBounds, tilesCovering, tileUrl, type PixelBounds, type Tile } from '../model/basemap-tiles';
import { drawLabels } from './basemap-labels';
import { isAbort, loadShared } from './basemap-cache';
import { WORLD_FILE } from './basemap-prefetch';
import { pathsOf } from './basemap-paths';

export const BASEMAP_PANE = 'summit-basemap';

export interface BasemapColors {
  /** The open sea: the whole canvas is filled with it first, so that nothing in it is transparent
   * (Chrome prints a canvas's transparent pixels white, whatever is behind them). */
  sea: string;
  land: string;
  tint: string;
  border: string;
  /** Lakes. */
  water: string;
  label: string;
  waterLabel: string;
}

export interface BasemapOptions {
  /** Folder URL of the prepared basemap (ends in "/"): world.json and detail/. */
  base: URL;
  /** Country names (as world-atlas spells them) to tint as "in the story". */
  tint: ReadonlySet<string>;
  colors: BasemapColors;
  /** Called once each time the layer is added, after the world file first paints. */
  onPaint?: () => void;
  /** Called with a plain-language message when the basemap cannot be shown. */
  onError?: (message: string) => void;
}

/** Detail is fetched from this zoom until the index (which names its own) has loaded. */
const DEFAULT_DETAIL_ZOOM = 5;
const TILE_DEBOUNCE_MS = 120;
const BORDER_WIDTH = 0.6; // CSS pixels
const DETAIL_BORDER_WIDTH = 0.8;
const PADDING = 0.1; // share of the view drawn beyond each edge, as Leaflet's renderers do

/** The Renderer internals this layer relies on (Leaflet 1.9; not in @types/leaflet). */
interface RendererInternals {
  _map: LeafletMap | undefined;
  _container: HTMLCanvasElement | undefined;
  _bounds: Bounds | undefined;
  _zoom: number;
  _center: LatLng;
  _zoomAnimated: boolean;
  _update(): void;
  _updateTransform(center: LatLng, zoom: number): void;
}

const RendererBase = Renderer as unknown as new (options: { pane: string; padding: number }) => Renderer;

export class BasemapLayer extends RendererBase {
  private base: URL;
  private tint: ReadonlySet<string>;
  private colors: BasemapColors;
  private readonly onPaint?: () => void;
  private readonly onError?: (message: string) => void;
  private ctx?: CanvasRenderingContext2D;
  private world?: BasemapFile;
  private index?: DetailIndex & { parsed: Tile[] };
  /** Detail tiles drawn in the current view, by key. */
  private readonly tiles = new Map<string, BasemapFile>();
  /** Per-request cancellation: the world file and index, and each tile in flight. */
  private lifetime?: AbortController;
  private readonly tileRequests = new Map<string, AbortController>();
  private tileTimer?: ReturnType<typeof setTimeout>;
  private redrawRequest = 0;
  private painted = false;
  /** The map size the canvas was last laid out for. */
  private updatedSize?: Point;

  constructor(options: BasemapOptions) {
    super({ pane: BASEMAP_PANE, padding: PADDING });
    this.base = options.base;
    this.tint = options.tint;
    this.colors = options.colors;
    this.onPaint = options.onPaint;
    this.onError = options.onError;
  }

  private get internals(): RendererInternals {
    return this as unknown as RendererInternals;
  }

  setTint(tint: ReadonlySet<string>): this {
    this.tint = tint;
    this.requestRedraw();
    return this;
  }

  setColors(colors: BasemapColors): this {
    this.colors = colors;
    this.requestRedraw();
    return this;
  }

  override onAdd(map: LeafletMap): this {
    // Below the optional online tiles (tilePane is 200), so tiles draw over it when they load.
    const pane = map.getPane(BASEMAP_PANE) ?? map.createPane(BASEMAP_PANE);
    pane.style.zIndex = '150';
    this.lifetime = new AbortController();
    this.painted = false;
    (Renderer.prototype as unknown as { onAdd(this: unknown, map: LeafletMap): void }).onAdd.call(this, map);
    this.loadWorld(this.lifetime.signal);
    this.scheduleTiles(0);
    return this;
  }

  override onRemove(map: LeafletMap): this {
    this.lifetime?.abort();
    this.lifetime = undefined;
    for (const request of this.tileRequests.values()) request.abort();
    this.tileRequests.clear();
    this.tiles.clear();
    clearTimeout(this.tileTimer);
    (Renderer.prototype as unknown as { onRemove(this: unknown, map: LeafletMap): void }).onRemove.call(this, map);
    return this;
  }

  override getEvents(): Record<string, LeafletEventHandlerFn> {
    const events = (Renderer.prototype as unknown as { getEvents(this: unknown): Record<string, LeafletEventHandlerFn> }).getEvents.call(
      this,
    );
    return {
      ...events,
      moveend: () => {
        this.internals._update();
        this.scheduleTiles(TILE_DEBOUNCE_MS);
      },
      // A new size is drawn at once, not at a later frame or move end: printing (which resizes
      // the map in `beforeprint`) takes its picture before another frame comes. Usually the
      // resize's own move end has drawn it already.
      resize: () => {
        if (!this.updatedSize?.equals(this.internals._map!.getSize())) this.internals._update();
      },
    };
  }

  // --- Renderer hooks (called by Leaflet) ---------------------------------------------------

  _initContainer(): void {
    const canvas = document.createElement('canvas');
    canvas.style.pointerEvents = 'none';
    this.internals._container = canvas;
    this.ctx = canvas.getContext('2d') ?? undefined;
  }

  _destroyContainer(): void {
    cancelAnimationFrame(this.redrawRequest);
    this.redrawRequest = 0;
    this.internals._container?.remove();
    this.internals._container = undefined;
    this.ctx = undefined;
  }

  _update(): void {
    const internals = this.internals;
    const map = internals._map;
    const canvas = internals._container;
    if (!map || !canvas || (((map as unknown as { _animatingZoom?: boolean })._animatingZoom ?? false) && internals._bounds)) return;
    (Renderer.prototype as unknown as { _update(this: unknown): void })._update.call(this);
    this.updatedSize = map.getSize();
    const bounds = internals._bounds!;
    const size = bounds.getSize();
    const ratio = devicePixelRatio();
    DomUtil.setPosition(canvas, bounds.min!);
    canvas.width = Math.round(size.x * ratio);
    canvas.height = Math.round(size.y * ratio);
    canvas.style.width = `${size.x}px`;
    canvas.style.height = `${size.y}px`;
    this.paint();
  }

  /** The Renderer calls it when the view resets; nothing here draws layers of its own. */
  _updatePaths(): void {}

  _onZoomEnd(): void {}

  // --- Loading ------------------------------------------------------------------------------

  private loadWorld(signal: AbortSignal): void {
    loadShared(new URL(WORLD_FILE, this.base).href, parseBasemapFile, signal).then(
      (world) => {
        if (signal.aborted) return;
        this.world = world;
        this.paint();
      },
      (error: unknown) => {
        if (signal.aborted || isAbort(error)) return;
        this.onError?.('The basemap could not be loaded.');
      },
    );
  }

  private scheduleTiles(delay: number): void {
    clearTimeout(this.tileTimer);
    this.tileTimer = setTimeout(() => this.updateTiles(), delay);
  }

  /** Fetches the detail tiles the view needs and lets go of the others. */
  private updateTiles(): void {
    const map = this.internals._map;
    const signal = this.lifetime?.signal;
    if (!map || !signal) return;
    const zoom = map.getZoom();
    if (zoom < (this.index?.minZoom ?? DEFAULT_DETAIL_ZOOM)) {
      if (this.tileRequests.size + this.tiles.size === 0) return;
      for (const request of this.tileRequests.values()) request.abort();
      this.tileRequests.clear();
      this.tiles.clear();
      this.requestRedraw();
      return;
    }
    if (!this.index) {
      loadShared(new URL('detail/index.json', this.base).href, parseIndex, signal).then(
        (index) => {
          if (signal.aborted) return;
          this.index = index;
          this.updateTiles();
        },
        () => {}, // no detail: the world file stays
      );
      return;
    }
    const wanted = new Set(tilesCovering(this.index.parsed, this.viewBounds(map, PADDING)).map((tile) => tile.key));
    for (const [key, request] of this.tileRequests) {
      if (wanted.has(key)) continue;
      request.abort();
      this.tileRequests.delete(key);
    }
    let dropped = false;
    for (const key of this.tiles.keys()) {
      if (!wanted.has(key)) dropped = this.tiles.delete(key);
    }
    if (dropped) this.requestRedraw();
    for (const key of wanted) {
      if (this.tiles.has(key) || this.tileRequests.has(key)) continue;
      const request = new AbortController();
      this.tileRequests.set(key, request);
      loadShared(tileUrl(this.base, key).href, parseBasemapFile, request.signal).then(
        (tile) => {
          if (request.signal.aborted) return;
          this.tileRequests.delete(key);
          this.tiles.set(key, tile);
          this.requestRedraw();
        },
        () => {
          if (this.tileRequests.get(key) === request) this.tileRequests.delete(key);
        },
      );
    }
  }

  // --- Drawing ------------------------------------------------------------------------------

  /** The part of the map in view (plus `padding` of it on each side), in zoom-0 pixels. */
  private viewBounds(map: LeafletMap, padding: number): PixelBounds {
    const size = map.getSize();
    const scale = 2 ** map.getZoom();
    const origin = map.getPixelOrigin();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-padding)).add(origin);
    const max = map.containerPointToLayerPoint(size.multiplyBy(1 + padding)).add(origin);
    return [min.x / scale, min.y / scale, max.x / scale, max.y / scale];
  }

  /** Draws at the next frame: for changes that may come in bursts (tint, colours, tiles). */
  private requestRedraw(): void {
    if (this.redrawRequest || !this.ctx) return;
    this.redrawRequest = requestAnimationFrame(() => {
      this.redrawRequest = 0;
      this.paint();
    });
  }

  /**
   * Redraws everything for the canvas position and zoom of the last `_update`, now: Leaflet calls
   * `_update` on every view reset, move end and resize, so those draw synchronously.
   */
  private paint(): void {
    const { _map: map, _bounds: bounds, _container: canvas } = this.internals;
    const ctx = this.ctx;
    // A redraw can still be due after the layer left the map (compare Leaflet #6030).
    if (!map || !bounds || !canvas || !ctx) return;
    // This draws everything a requested frame would.
    cancelAnimationFrame(this.redrawRequest);
    this.redrawRequest = 0;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = this.colors.sea;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    const world = this.world;
    if (!world) return;

    const ratio = canvas.width / Math.max(1, bounds.getSize().x);
    const zoom = this.internals._zoom;
    const scale = 2 ** zoom;
    const origin = map.getPixelOrigin();
    const offset = (bounds.min as Point).add(origin); // canvas (0, 0) in layer pixels at this zoom
    /** Sets the transform from file units (zoom-0 pixels × unit) to device pixels. */
    const useUnits = (unit: number) =>
      ctx.setTransform((ratio * scale) / unit, 0, 0, (ratio * scale) / unit, -ratio * offset.x, -ratio * offset.y);
    const tiles = [...this.tiles.values()];

    // The world file, except where detail tiles are drawn.
    ctx.save();
    if (tiles.length > 0) {
      useUnits(1);
      const clip = new Path2D();
      const view = this.viewBounds(map, 1);
      clip.rect(view[0], view[1], view[2] - view[0], view[3] - view[1]);
      for (const key of this.tiles.keys()) {
        const [x0, y0, x1, y1] = tileBounds(parseTileKey(key)!);
        clip.rect(x0, y0, x1 - x0, y1 - y0);
      }
      ctx.clip(clip, 'evenodd');
    }
    this.drawFiles(ctx, [world], useUnits, scale, BORDER_WIDTH);
    ctx.restore();
    this.drawFiles(ctx, tiles, useUnits, scale, DETAIL_BORDER_WIDTH);

    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const size = map.getSize();
    const topLeft = map.containerPointToLayerPoint([0, 0]).subtract(bounds.min as Point);
    drawLabels(
      ctx,
      world.labels,
      zoom,
      (x, y) => [x * scale - offset.x, y * scale - offset.y],
      { x: topLeft.x, y: topLeft.y, width: size.x, height: size.y },
      { label: this.colors.label, waterLabel: this.colors.waterLabel, halo: this.colors.land, tintHalo: this.colors.tint, tint: this.tint },
    );

    if (!this.painted) {
      this.painted = true;
      this.onPaint?.();
    }
  }

  /** Land, then tints, then lakes, then borders of all files, so a neighbour's margin never covers a lake. */
  private drawFiles(
    ctx: CanvasRenderingContext2D,
    files: BasemapFile[],
    useUnits: (unit: number) => void,
    scale: number,
    border: number,
  ): void {
    const paths = files.map((file) => ({ unit: file.unit, paths: pathsOf(file, this.tint) }));
    const fill = (color: string, pick: (p: ReturnType<typeof pathsOf>) => Path2D) => {
      ctx.fillStyle = color;
      for (const { unit, paths: p } of paths) {
        useUnits(unit);
        ctx.fill(pick(p));
      }
    };
    fill(this.colors.land, (p) => p.land);
    fill(this.colors.tint, (p) => p.tint);
    fill(this.colors.water, (p) => p.lakes);
    ctx.strokeStyle = this.colors.border;
    ctx.lineJoin = 'round';
    for (const { unit, paths: p } of paths) {
      useUnits(unit);
      ctx.lineWidth = (border * unit) / scale;
      ctx.stroke(p.borders);
    }
  }
}

function parseIndex(json: unknown): DetailIndex & { parsed: Tile[] } {
  const index = parseDetailIndex(json);
  return { ...index, parsed: index.tiles.map(parseTileKey).filter((tile): tile is Tile => tile !== null) };
}

/** Device pixels per CSS pixel, capped: a 4× canvas would cost memory for nothing visible. */
function devicePixelRatio(): number {
  return Math.min(3, Math.max(1, globalThis.devicePixelRatio || 1));
}

export function createBasemapLayer(options: BasemapOptions): BasemapLayer {
  return new BasemapLayer(options);
}
