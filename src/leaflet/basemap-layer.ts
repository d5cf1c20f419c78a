/**
 * The offline basemap as one Leaflet layer: its own canvas in its own pane (z-index 150, under
 * optional online tiles and the markers). Its jobs are split: which files the view needs and
 * fetching them (basemap-files.ts), drawing them (basemap-draw.ts), and keeping the canvas over
 * the view as Leaflet's own Canvas renderer does (PaneCanvasLayer, leaflet-internals.ts). This
 * file ties them to the map's life: added, moved, resized, recoloured, removed.
 */
import { DomUtil, type LeafletEventHandlerFn, type Map as LeafletMap, type Point } from 'leaflet/dist/leaflet-src.esm.js';
import { drawBasemap, type BasemapColors } from './basemap-draw';
import { BasemapFiles } from './basemap-files';
import type { RegionFiles } from './basemap-regions';
import type { Rect } from '../model/framing';
import { REGION_MIN_ZOOM } from '../model/region-zoom';
import { PaneCanvasLayer, type CanvasView } from './leaflet-internals';

export const BASEMAP_PANE = 'summit-basemap';

export interface BasemapOptions {
  /** Folder URL of the prepared basemap (ends in "/"): world.json and detail/. */
  base: URL;
  /** Country names (as world-atlas spells them) to tint as "in the story". */
  tint: ReadonlySet<string>;
  colors: BasemapColors;
  /** Called once each time the layer is added, after the land of its view (world file or detail tiles) first paints. */
  onPaint?: () => void;
  /** Called with a plain-language message when the basemap cannot be shown. */
  onError?: (message: string) => void;
}

const TILE_DEBOUNCE_MS = 120;
const PADDING = 0.1; // share of the view drawn beyond each edge, as Leaflet's renderers do

export class BasemapLayer extends PaneCanvasLayer {
  private tint: ReadonlySet<string>;
  private colors: BasemapColors;
  private readonly onPaint?: () => void;
  private readonly files: BasemapFiles;
  private readonly base: URL;
  /** Region names: their code is loaded once the map is zoomed in to them (loadRegions). */
  private regions?: RegionFiles;
  private regionsLoading = false;
  private regionsTimer?: ReturnType<typeof setTimeout>;
  /** What the basemap's names keep clear of, in container pixels (setObstacles). */
  private obstacles: readonly Rect[] = [];
  private ctx?: CanvasRenderingContext2D;
  private redrawRequest = 0;
  private painted = false;
  /** The map size the canvas was last laid out for. */
  private updatedSize?: Point;

  constructor(options: BasemapOptions) {
    super({ pane: BASEMAP_PANE, padding: PADDING });
    this.tint = options.tint;
    this.colors = options.colors;
    this.onPaint = options.onPaint;
    this.files = new BasemapFiles(options.base, {
      onWorld: () => this.paint(),
      onTiles: () => this.requestRedraw(),
      onError: (message) => options.onError?.(message),
    });
    this.base = options.base;
  }

  /**
   * Loads the region names' code the first time the map is zoomed in to them, once the view has
   * held still (a story opens on a view it frames again at once); they then follow the view.
   */
  private loadRegions(): void {
    clearTimeout(this.regionsTimer);
    this.regionsTimer = setTimeout(() => {
      const map = this.view?.map;
      if (this.regions || this.regionsLoading || !map || map.getZoom() < REGION_MIN_ZOOM) return;
      this.regionsLoading = true;
      import('./basemap-regions').then(
        ({ createRegionFiles }) => {
          this.regions = createRegionFiles(this.base, () => this.requestRedraw());
          // Else when the layer is added again.
          if (this.view) this.regions.open(this.view.map, 0);
        },
        () => (this.regionsLoading = false), // no names (the map is whole without them); a later view tries again
      );
    }, TILE_DEBOUNCE_MS);
  }

  /**
   * The boxes the basemap's names keep clear of (the places' markers and labels, the overlays), in
   * container pixels. The places lay out before the basemap draws on a move or resize (their
   * handlers come first, and that draw takes the frame requested here); any other change redraws
   * at the next frame.
   */
  setObstacles(obstacles: readonly Rect[]): this {
    this.obstacles = obstacles;
    this.requestRedraw();
    return this;
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
    this.painted = false;
    super.onAdd(map);
    this.files.open(map);
    if (this.regions) this.regions.open(map, TILE_DEBOUNCE_MS);
    else this.loadRegions();
    return this;
  }

  override onRemove(map: LeafletMap): this {
    this.files.close();
    this.regions?.close();
    clearTimeout(this.regionsTimer);
    super.onRemove(map);
    return this;
  }

  override getEvents(): Record<string, LeafletEventHandlerFn> {
    return {
      ...super.getEvents(),
      moveend: () => {
        this.updateView();
        this.files.viewChanged(TILE_DEBOUNCE_MS);
        if (this.regions) this.regions.viewChanged(TILE_DEBOUNCE_MS);
        else this.loadRegions();
      },
      // A new size is drawn at once, not at a later frame or move end: printing (which resizes
      // the map in `beforeprint`) takes its picture before another frame comes. Usually the
      // resize's own move end has drawn it already.
      resize: () => {
        const map = this.view?.map;
        if (map && !this.updatedSize?.equals(map.getSize())) this.updateView();
      },
    };
  }

  protected createCanvas(): HTMLCanvasElement {
    const canvas = document.createElement('canvas');
    canvas.style.pointerEvents = 'none';
    this.ctx = canvas.getContext('2d') ?? undefined;
    return canvas;
  }

  protected canvasRemoved(): void {
    cancelAnimationFrame(this.redrawRequest);
    this.redrawRequest = 0;
    this.ctx = undefined;
  }

  protected viewUpdated({ map, canvas, bounds }: CanvasView): void {
    this.updatedSize = map.getSize();
    const size = bounds.getSize();
    const ratio = devicePixelRatio();
    DomUtil.setPosition(canvas, bounds.min!);
    canvas.width = Math.round(size.x * ratio);
    canvas.height = Math.round(size.y * ratio);
    canvas.style.width = `${size.x}px`;
    canvas.style.height = `${size.y}px`;
    this.paint();
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
   * Redraws everything for the canvas position and zoom of the last view update, now: Leaflet
   * updates the view on every reset, move end and resize, so those draw synchronously.
   */
  private paint(): void {
    const view = this.view;
    const ctx = this.ctx;
    // A redraw can still be due after the layer left the map (compare Leaflet #6030).
    if (!view || !ctx) return;
    // This draws everything a requested frame would.
    cancelAnimationFrame(this.redrawRequest);
    this.redrawRequest = 0;
    const { world, tiles, labels } = this.files;
    drawBasemap(ctx, view, {
      world,
      tiles,
      labels: labels?.labels ?? [],
      colors: this.colors,
      tint: this.tint,
      regions: this.regions,
      obstacles: this.obstacles,
    });
    if (this.files.ready && !this.painted) {
      this.painted = true;
      this.files.painted();
      this.onPaint?.();
    }
  }
}

/** Device pixels per CSS pixel, capped: a 4× canvas would cost memory for nothing visible. */
function devicePixelRatio(): number {
  return Math.min(3, Math.max(1, globalThis.devicePixelRatio || 1));
}

export function createBasemapLayer(options: BasemapOptions): BasemapLayer {
  return new BasemapLayer(options);
}
