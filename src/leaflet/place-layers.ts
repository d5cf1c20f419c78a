/**
 * The story's places on the map: one record per place (its data, role, rank and, once drawn as
 * DOM, its Leaflet layers): a marker for a point, a great-circle line for a route, a light fill
 * plus a marker inside it for an area (a MultiPoint's other points are small dots). Choosing a layer
 * with the pointer is reported through `onChoose`; opening popups is the popups' job, moving the
 * view the camera's.
 *
 * Beyond `CANVAS_THRESHOLD` points, points are drawn on one canvas with clusters (point-canvas.ts,
 * cluster-index.ts, whose code is fetched only then) instead of one DOM marker each; only the
 * places named by `keepMarkers` (the keyboard's place, the open popup's) get a DOM marker, so
 * focus, popups and names work as below it.
 */
import {
  circleMarker,
  latLng,
  marker as createMarker,
  type LatLng,
  type LatLngBounds,
  type Layer,
  type Map as LeafletMap,
  type Marker,
  type Polyline,
} from 'leaflet/dist/leaflet-src.esm.js';
import { anchorOf, kindOf } from '../model/geometry';
import type { Place, Position, Role, Story } from '../model/types';
import { createAreaLayer } from './area-layer';
import type { ClusterIndex } from './cluster-index';
import { createMarkerIcon } from './marker-icon';
import type { PointCanvas } from './point-canvas';
import { createRouteLayer } from './route-layer';

/** Above this many points, points are drawn on a canvas with clusters rather than as DOM markers. */
export const CANVAS_THRESHOLD = 1000;
/** The extras of a place that has none (shared: a large story has a hundred thousand). */
const NO_EXTRAS: readonly Layer[] = Object.freeze([]);

let canvasCode: Promise<typeof import('./point-canvas-places')> | undefined;

/**
 * The code of a large story's canvas (point-canvas-places.ts, with cluster-index.ts and
 * point-canvas.ts), fetched once: by the draw of a large story, or ahead of it while a large file
 * is still being parsed, so the cluster worker starts as soon as the places are drawn rather than
 * after the page's next task.
 */
export function preloadCanvasCode(): Promise<typeof import('./point-canvas-places')> {
  if (!canvasCode) {
    canvasCode = import('./point-canvas-places');
    // Its worker starts loading too, while the places are still being parsed.
    void canvasCode.then(
      (code) => code.warmClusterWorker(),
      () => undefined,
    );
    // A preload nobody waits for yet must not report its failure; the draw that needs it does.
    canvasCode.catch(() => undefined);
  }
  return canvasCode;
}

/** A place on the map: its data, role and rank and, once drawn as DOM, its Leaflet layers. */
export class PlaceRecord {
  readonly place: Place;
  readonly role: Role;
  /** Position in keyboard and drawing order: role order, then dataset order; lower is more important. */
  readonly rank: number;
  /**
   * The layer a reader focuses and chooses: the marker of a point or an area, the line of a route.
   * On a canvas-drawn story a point has one only while it is kept as a DOM marker.
   */
  layer?: Marker | Polyline;
  /** Drawn under it: an area's fill, a MultiPoint's other points. */
  extras: readonly Layer[] = NO_EXTRAS;
  /** On a canvas-drawn story, a point's index in the cluster index (the canvas's order). */
  point?: number;
  private readonly anchor: Position;
  private aim?: LatLng | LatLngBounds;

  constructor(place: Place, role: Role, rank: number) {
    this.place = place;
    this.role = role;
    this.rank = rank;
    this.anchor = anchorOf(place);
  }

  /**
   * Where the view aims and the popup points: the anchor as a LatLng, or a route's bounds. Made
   * when first asked, as a large story has a hundred thousand places that are never aimed at.
   */
  get target(): LatLng | LatLngBounds {
    return (this.aim ??= latLng(this.anchor[1], this.anchor[0]));
  }

  set target(target: LatLng | LatLngBounds) {
    this.aim = target;
  }

  /** Where the place is drawn: its marker's position (off `target` while fanned out, see PlaceFan), else `target`. */
  get shown(): LatLng | LatLngBounds {
    const layer = this.layer;
    return layer && 'getLatLng' in layer ? layer.getLatLng() : this.target;
  }
}

/** Whether the view aims at a place as a point (a marker), not at a route's bounds; without making its target. */
export const aimsAtPoint = (record: PlaceRecord): boolean => kindOf(record.place) !== 'line';

export interface PlaceLayersOptions {
  /** A place was clicked or tapped. */
  onChoose: (id: string) => void;
  /** A cluster was clicked: bring this point into view at this zoom. */
  zoomInto?: (target: LatLng, zoom: number) => void;
  /**
   * A sentence describing a route for screen readers, asked when focus first enters the map or the
   * route gets focus; it may come later (summit-map fetches the code that writes it then).
   */
  describe?: (place: Place) => string | Promise<string>;
  /** The places are on screen: DOM markers at once, a canvas when it first draws its points. */
  onDrawn?: () => void;
}

export interface CanvasDrawing {
  /** Point records by point index (the order given to the cluster index). */
  points: PlaceRecord[];
  highlighted: Set<number>;
  /** Settles with the cluster index once the canvas's code has loaded. */
  index: Promise<ClusterIndex | undefined>;
  /** The canvas layer, once its code has loaded. */
  layer?: PointCanvas;
}

export class PlaceLayers {
  private readonly leafletMap: LeafletMap;
  private readonly options: PlaceLayersOptions;
  private readonly byId = new Map<string, PlaceRecord>();
  /** Records by rank: the arrow keys walk this order. */
  private ranked: PlaceRecord[] = [];
  private canvas?: CanvasDrawing;
  /** On a canvas-drawn story: the records drawn as DOM (routes and kept markers). */
  private readonly domRecords = new Set<PlaceRecord>();
  private kept = new Set<string>();

  constructor(leafletMap: LeafletMap, options: PlaceLayersOptions) {
    this.leafletMap = leafletMap;
    this.options = options;
  }

  /**
   * Replaces whatever was drawn with the story's places. `beforeAdding` runs once the records are
   * made and before any layer joins the map: a view set there places each layer once.
   */
  draw(story: Story, beforeAdding?: () => void): void {
    this.clear();
    // Role order, then dataset order: one bucket per role (linear; a sort costs more at 100,000 places).
    const buckets = new Map<string, { role: Role; places: Place[] }>(story.roles.map((role) => [role.id, { role, places: [] }]));
    for (const place of story.places) buckets.get(place.role)?.places.push(place);
    const pointCount = story.places.reduce((count, place) => count + (place.geometry.type === 'Point' ? 1 : 0), 0);
    const onCanvas = pointCount > CANVAS_THRESHOLD;
    // One record per place and nothing more: at 100,000 places every allocation shows as a pause.
    this.ranked = new Array<PlaceRecord>(story.places.length);
    let rank = 0;
    for (const { role, places } of buckets.values()) {
      for (const place of places) {
        const record = new PlaceRecord(place, role, rank);
        if (place.geometry.type !== 'Point' || !onCanvas) {
          record.layer = this.createLayer(record);
          record.extras = this.createExtras(record);
          if (kindOf(place) === 'line') record.target = (record.layer as Polyline).getBounds();
        }
        this.byId.set(place.id, record);
        this.ranked[rank++] = record;
      }
    }
    // Places whose role is not declared are not drawn (the parser has reported them).
    this.ranked.length = rank;
    beforeAdding?.();
    // Areas and routes first, so markers draw above them.
    for (const record of this.ranked) for (const extra of record.extras) extra.addTo(this.leafletMap);
    for (const record of this.ranked) if (record.place.geometry.type !== 'Point') record.layer!.addTo(this.leafletMap);
    if (onCanvas) {
      this.drawOnCanvas(pointCount);
      for (const record of this.ranked) if (record.layer) this.domRecords.add(record);
    } else {
      for (const record of this.ranked) if (record.place.geometry.type === 'Point') record.layer!.addTo(this.leafletMap);
    }
    for (const record of this.ranked) if (record.layer) this.decorate(record);
    if (!onCanvas) this.options.onDrawn?.();
  }

  get(id: string): PlaceRecord | undefined {
    return this.byId.get(id);
  }

  /** Every record, most important first. */
  get records(): readonly PlaceRecord[] {
    return this.ranked;
  }

  /** The records drawn as DOM (all of them below the threshold), for label layout. */
  get drawnRecords(): readonly PlaceRecord[] {
    return this.canvas ? [...this.domRecords] : this.ranked;
  }

  /** True when points are drawn on the canvas with clusters. */
  get clustered(): boolean {
    return !!this.canvas;
  }

  /** The keyboard-reachable element of a place, once drawn. */
  element(id: string): HTMLElement | SVGElement | undefined {
    return (this.byId.get(id)?.layer?.getElement() as HTMLElement | SVGElement | undefined) ?? undefined;
  }

  /**
   * On a canvas-drawn story, gives exactly these places ('' ignored) a DOM marker, so they can take
   * focus and show their name; the markers of places no longer named are removed. No effect below the threshold.
   */
  keepMarkers(ids: readonly string[]): void {
    const canvas = this.canvas;
    if (!canvas) return;
    const wanted = new Set(ids.filter((id) => this.byId.get(id)?.point !== undefined));
    for (const id of this.kept) {
      if (wanted.has(id)) continue;
      const record = this.byId.get(id);
      if (!record?.layer) continue;
      record.layer.remove();
      record.layer = undefined;
      this.domRecords.delete(record);
    }
    for (const id of wanted) {
      const record = this.byId.get(id)!;
      if (record.layer) continue;
      record.layer = this.createLayer(record).addTo(this.leafletMap);
      this.decorate(record);
      this.element(id)?.classList.toggle('highlighted', canvas.highlighted.has(record.point!));
      this.domRecords.add(record);
    }
    this.kept = wanted;
    canvas.layer?.draw();
  }

  /**
   * The zoom at which a place is drawn on its own rather than inside a cluster (at least
   * `fromZoom`); `fromZoom` itself below the threshold or for routes.
   */
  async zoomToShow(id: string, fromZoom: number): Promise<number> {
    const point = this.canvas && this.byId.get(id)?.point;
    const index = point === undefined ? undefined : await this.canvas?.index;
    if (!index || point === undefined) return fromZoom;
    const zoom = await index.emergeZoom(point, fromZoom);
    return Math.max(fromZoom, zoom);
  }

  /** Marks the places a reader is looking at (for example the paragraph in view); [] clears. */
  highlight(ids: readonly string[]): void {
    const wanted = new Set(ids);
    for (const record of this.drawnRecords) this.element(record.place.id)?.classList.toggle('highlighted', wanted.has(record.place.id));
    const canvas = this.canvas;
    if (!canvas) return;
    canvas.highlighted = new Set(ids.flatMap((id) => this.byId.get(id)?.point ?? []));
    canvas.layer?.draw();
  }

  clear(): void {
    for (const record of this.ranked) for (const layer of [record.layer, ...record.extras]) layer?.remove();
    const canvas = this.canvas;
    canvas?.layer?.remove();
    void canvas?.index.then((index) => index?.destroy());
    this.canvas = undefined;
    this.domRecords.clear();
    this.kept.clear();
    this.byId.clear();
    this.ranked = [];
  }

  private drawOnCanvas(pointCount: number): void {
    const points: PlaceRecord[] = [];
    const positions = new Float64Array(pointCount * 2);
    for (const record of this.ranked) {
      if (record.place.geometry.type !== 'Point') continue;
      const [lon, lat] = record.place.geometry.coordinates;
      positions[points.length * 2] = lon;
      positions[points.length * 2 + 1] = lat;
      record.point = points.length;
      points.push(record);
    }
    let resolveIndex: (index: ClusterIndex | undefined) => void = () => {};
    const canvas: CanvasDrawing = { points, highlighted: new Set(), index: new Promise((resolve) => (resolveIndex = resolve)) };
    this.canvas = canvas;
    // Drawn here, the code is not in the map's first download: fetched for a large story only.
    preloadCanvasCode().then(
      // Unless cleared or redrawn meanwhile.
      (code) =>
        resolveIndex(
          this.canvas === canvas
            ? code.drawPointCanvas(this.leafletMap, canvas, positions, this.options, () => this.canvas === canvas)
            : undefined,
        ),
      () => resolveIndex(undefined),
    );
  }

  private createLayer({ place, role, rank, target }: PlaceRecord): Marker | Polyline {
    const choose = () => this.options.onChoose(place.id);
    const geometry = place.geometry;
    if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
      const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      return createRouteLayer(parts, role).on('click', choose);
    }
    return createMarker(target as LatLng, {
      icon: createMarkerIcon(place, role),
      keyboard: true,
      riseOnHover: true,
      // Where markers overlap at small scales, the more important place is on top.
      zIndexOffset: 1_000_000 - rank,
    }).on('click', choose);
  }

  /** An area's fill; a MultiPoint's points beyond the first, as small dots. */
  private createExtras({ place, role }: PlaceRecord): Layer[] {
    const choose = () => this.options.onChoose(place.id);
    const geometry = place.geometry;
    if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
      return [createAreaLayer(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates, role).on('click', choose)];
    }
    if (geometry.type !== 'MultiPoint') return [];
    return geometry.coordinates
      .slice(1)
      .map(([lon, lat]) =>
        circleMarker([lat, lon], { radius: 5, color: role.color, fillOpacity: 0.8, bubblingMouseEvents: false }).on('click', choose),
      );
  }

  /** Accessible names; routes also become focusable buttons, described when they get focus. */
  private decorate({ place, role, layer }: PlaceRecord): void {
    const element = layer?.getElement() as HTMLElement | SVGElement | undefined;
    if (!element) return;
    element.setAttribute('aria-label', `${place.name}, ${role.label}`);
    element.setAttribute('aria-haspopup', 'dialog');
    element.setAttribute('data-place-id', place.id);
    element.setAttribute('tabindex', '-1');
    if (kindOf(place) !== 'line') return;
    element.setAttribute('role', 'button');
    const describe = this.options.describe;
    if (!describe) return;
    // Not with the first draw: formatting distances costs tens of milliseconds at start-up, and the
    // code that writes it is a file of its own. Asked when focus first enters the map (keyboard and
    // screen-reader users on their way to the route), or when the route itself gets focus.
    let asked = false;
    const addDescription = () => {
      if (asked) return;
      asked = true;
      void Promise.resolve(describe(place)).then(
        (text) => element.setAttribute('aria-description', text),
        // No description is no error: the route keeps its name and role.
        () => {
          asked = false;
        },
      );
    };
    element.addEventListener('focus', addDescription, { once: true });
    this.leafletMap.getContainer().addEventListener('focusin', addDescription, { once: true });
  }
}
