/**
 * The basemap files a view needs (see src/model/basemap-format.ts), fetched through the shared
 * cache (basemap-cache.ts): the names (labels.json) from the start; below the index's minZoom the
 * world file, from it the detail tiles instead (of the level that serves the zoom: 1:10m
 * simplified for zooms 5 to 7, then 1:10m as it is), and each 1:10m tile's rivers (a file of their
 * own) from its riverMinZoom, merged into the tile. A first view at zoom 5 or more never fetches
 * the world file, whose land the tiles would hide. Requests for tiles the view leaves are
 * cancelled; the tiles it leaves are let go of once those it needs (or the world file) have come,
 * so that a change of level or a pan never shows a hole where old tiles could still be drawn.
 * Closing cancels everything in flight.
 */
import type { Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { parseBasemapFile, parseDetailIndex, type BasemapFile, type DetailIndex } from '../model/basemap-format';
import { levelAt, tilesCovering, tileUrl } from '../model/basemap-tiles';
import { isAbort, loadShared } from './basemap-cache';
import { viewBounds } from './basemap-draw';
import { LABELS_FILE, WORLD_FILE } from './basemap-prefetch';
import { DETAIL_ZOOM } from '../model/view-frame';

export interface BasemapFilesEvents {
  /** The world file arrived: it is drawn at once. */
  onWorld: () => void;
  /** The names, or detail tiles, came or went. */
  onTiles: () => void;
  /** Called when the basemap cannot be shown, with a message for the page's author (the address tried, what to do). */
  onError: (message: string) => void;
}

/** Tiles are fetched for the view plus this share of it on each side. */
const PADDING = 0.1;
/**
 * A map opened in detail fetches the world file this long after its land first painted: printing
 * frames every place (and takes its picture before any request could come back), and zooming out
 * leaves detail. Not sooner, so the first view's own files come first.
 */
export const WORLD_AHEAD_MS = 3000;

export class BasemapFiles {
  /** The world file, once loaded (kept while the layer is off the map). */
  world?: BasemapFile;
  /** The names (labels.json), once loaded. */
  labels?: BasemapFile;
  private index?: DetailIndex;
  /** The world file has been asked for since the map was opened (below detail, or without it). */
  private worldAsked = false;
  /** Detail tiles loaded, by id: those of the current view, and those it left until their successors have come. */
  private readonly detail = new Map<string, BasemapFile>();
  /** Ids of the tiles the current view needs. */
  private wanted = new Set<string>();
  /** Per-request cancellation: the world file and index, and each tile in flight. */
  private lifetime?: AbortController;
  private readonly tileRequests = new Map<string, AbortController>();
  /** River files in flight, by tile key. */
  private readonly riverRequests = new Map<string, AbortController>();
  /** Keys of the loaded tiles their rivers are merged into. */
  private readonly riversIn = new Set<string>();
  private tileTimer?: ReturnType<typeof setTimeout>;
  private worldTimer?: ReturnType<typeof setTimeout>;
  private map?: LeafletMap;

  constructor(
    /** Folder URL of the prepared basemap (ends in "/"): world.json and detail/. */
    private readonly base: URL,
    private readonly events: BasemapFilesEvents,
  ) {}

  /** Detail tiles for the current view, by key. */
  get tiles(): ReadonlyMap<string, BasemapFile> {
    return this.detail;
  }

  /**
   * Whether the land of the view is all here to draw: the world file, or (zoomed in to detail) the
   * index and every tile the view needs, come or failed.
   */
  get ready(): boolean {
    return !!this.world || (!!this.index && !!this.map && this.map.getZoom() >= this.index.minZoom && this.tileRequests.size === 0);
  }

  /** Starts loading for `map`: the names and (below detail) the world file now, detail for its view. */
  open(map: LeafletMap): void {
    this.map = map;
    this.lifetime = new AbortController();
    this.load(LABELS_FILE, (labels) => (this.labels = labels), false);
    this.updateTiles();
  }

  /** Cancels every request and lets go of the detail tiles. */
  close(): void {
    this.lifetime?.abort();
    this.lifetime = undefined;
    this.map = undefined;
    for (const request of [...this.tileRequests.values(), ...this.riverRequests.values()]) request.abort();
    this.tileRequests.clear();
    this.riverRequests.clear();
    this.riversIn.clear();
    this.detail.clear();
    this.worldAsked = false;
    clearTimeout(this.tileTimer);
    clearTimeout(this.worldTimer);
  }

  /** The view's land has painted: the world file follows, ahead of need (WORLD_AHEAD_MS). */
  painted(): void {
    clearTimeout(this.worldTimer);
    if (!this.worldAsked) this.worldTimer = setTimeout(() => this.lifetime && this.loadWorld(), WORLD_AHEAD_MS);
  }

  /** The view moved: the detail it needs is fetched after `delay` ms without another move. */
  viewChanged(delay: number): void {
    clearTimeout(this.tileTimer);
    this.tileTimer = setTimeout(() => this.updateTiles(), delay);
  }

  /** The world file, once per opening; it may have come already. */
  private loadWorld(): void {
    if (this.worldAsked) return;
    this.worldAsked = true;
    this.load(WORLD_FILE, (world) => {
      this.world = world;
      this.events.onWorld();
      this.updateTiles(); // tiles kept while it came can go
    });
  }

  /**
   * Loads a file of the basemap folder. Only the land's failures are reported (the world file's,
   * also fetched where the detail index fails): they name the folder's address, and without the
   * names the map still shows its land.
   */
  private load(name: string, loaded: (file: BasemapFile) => void, report = true): void {
    const signal = this.lifetime!.signal;
    const url = new URL(name, this.base).href;
    loadShared(url, parseBasemapFile, signal).then(
      (file) => {
        if (signal.aborted) return;
        loaded(file);
        this.events.onTiles();
      },
      (error: unknown) => {
        if (report && !signal.aborted && !isAbort(error)) this.events.onError(basemapProblem(url, error));
      },
    );
  }

  /** Fetches the land the view needs: the world file below detail, else the tiles of its level. */
  private updateTiles(): void {
    const map = this.map;
    const signal = this.lifetime?.signal;
    if (!map || !signal) return;
    const zoom = map.getZoom();
    // Until the index (which names its own) has loaded, the model's detail zoom.
    const below = zoom < (this.index?.minZoom ?? DETAIL_ZOOM);
    if (below) this.loadWorld();
    else if (!this.index) {
      loadShared(new URL('detail/index.json', this.base).href, parseDetailIndex, signal).then(
        (index) => {
          if (signal.aborted) return;
          this.index = index;
          this.updateTiles();
        },
        () => !signal.aborted && this.loadWorld(), // no detail: the world file serves
      );
      return;
    }
    const wanted = new Set(
      below ? [] : tilesCovering(levelAt(this.index!.levels, zoom)!.tiles, viewBounds(map, PADDING)).map((tile) => tile.key),
    );
    this.wanted = wanted;
    for (const requests of [this.tileRequests, this.riverRequests])
      for (const [key, request] of requests) {
        if (wanted.has(key)) continue;
        request.abort();
        requests.delete(key);
      }
    for (const key of wanted) {
      if (this.detail.has(key) || this.tileRequests.has(key)) continue;
      const request = new AbortController();
      this.tileRequests.set(key, request);
      const settled = (tile?: BasemapFile) => {
        if (request.signal.aborted) return;
        this.tileRequests.delete(key);
        if (tile) this.detail.set(key, tile);
        this.prune();
        this.events.onTiles();
        this.loadRivers(key, zoom);
      };
      loadShared(tileUrl(this.base, key).href, parseBasemapFile, request.signal).then(settled, () => settled());
    }
    this.prune();
    for (const key of wanted) this.loadRivers(key, zoom);
  }

  /**
   * Lets go of the tiles the view left, once every tile it needs has come (or failed): tiles of
   * another level, or another place, stand in until then, and below detail until the world file has come.
   */
  private prune(): void {
    if (this.tileRequests.size > 0 || (this.wanted.size === 0 && !this.world)) return;
    for (const key of this.detail.keys()) {
      if (this.wanted.has(key)) continue;
      this.detail.delete(key);
      this.riversIn.delete(key);
      this.events.onTiles();
    }
  }

  /** Fetches the rivers of the loaded tile `key` if the view is zoomed in enough, and merges them into it. */
  private loadRivers(key: string, zoom: number): void {
    const index = this.index;
    if (!index || zoom < index.riverMinZoom || !index.rivers.includes(key) || !this.detail.has(key)) return;
    if (this.riversIn.has(key) || this.riverRequests.has(key)) return;
    const request = new AbortController();
    this.riverRequests.set(key, request);
    loadShared(new URL(`detail/rivers/${key}.json`, this.base).href, parseBasemapFile, request.signal).then(
      (file) => {
        if (request.signal.aborted) return;
        this.riverRequests.delete(key);
        const tile = this.detail.get(key);
        if (!tile) return;
        // A new object, so its cached paths (basemap-paths.ts) are built again with the rivers.
        this.detail.set(key, { ...tile, rivers: file.rivers });
        this.riversIn.add(key);
        this.events.onTiles();
      },
      () => {
        if (this.riverRequests.get(key) === request) this.riverRequests.delete(key);
      },
    );
  }
}

/** For the page's author: the address tried, what went wrong, and what to do. */
export function basemapProblem(url: string, error: unknown): string {
  const reason = error instanceof TypeError ? 'the request failed' : error instanceof Error ? error.message : String(error);
  return `The basemap file ${url} could not be loaded: ${reason}. Copy summit-map-basemap/ from the package into your site and set basemap-src to its address.`;
}
