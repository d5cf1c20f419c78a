/**
 * One canvas for the points and clusters of a large story: no DOM per place, so 100,000 places
 * draw and pan like one image. Redrawn after each move from what the view shows (asked for
 * asynchronously, from the cluster worker); scaled with the map while a zoom animates. The pointer
 * finds items by hit-testing what was drawn: a point is chosen, a cluster is zoomed into.
 */
import {
  DomUtil,
  Layer,
  latLngBounds,
  type LatLngBounds,
  type LeafletEvent,
  type Map as LeafletMap,
  type ZoomAnimEvent,
} from 'leaflet/dist/leaflet-src.esm.js';
import type { RoleSymbol } from '../model/types';
import { ITEM_STRIDE } from './cluster-items';
import { layerBoundsAtZoom } from './leaflet-internals';

/** Extra room drawn around the view on each side (a fraction of its size), so a drag shows drawn points. */
const PADDING = 0.25;
const POINT_RADIUS = 6;
/** Touch and pointer slack around what is drawn, in pixels. */
const HIT_SLACK = 4;

export interface PointStyle {
  color: string;
  symbol: RoleSymbol;
}

export interface PointCanvasOptions {
  /** What the view shows (see cluster-queries.ts), for a bounding box and zoom; may answer later. */
  query: (bbox: [number, number, number, number], zoom: number) => Promise<Float64Array>;
  style: (index: number) => PointStyle;
  /** Points drawn elsewhere (as DOM markers) are left out here. */
  skip: (index: number) => boolean;
  highlighted: (index: number) => boolean;
  onPoint: (index: number) => void;
  onCluster: (clusterId: number, lat: number, lon: number) => void;
  /** The first answer was drawn: the places are on screen. */
  onFirstDraw?: () => void;
}

interface Drawn {
  x: number;
  y: number;
  radius: number;
  count: number;
  id: number;
  lat: number;
  lon: number;
}

export class PointCanvas extends Layer {
  private readonly canvasOptions: PointCanvasOptions;
  private canvas?: HTMLCanvasElement;
  private items: Float64Array = new Float64Array(0);
  /** What was drawn, in layer pixels, for hit-testing. */
  private drawn: Drawn[] = [];
  private drawnBounds?: LatLngBounds;
  private drawnZoom = 0;
  private request = 0;
  private hovering = false;
  private drawnOnce = false;

  constructor(options: PointCanvasOptions) {
    super();
    this.canvasOptions = options;
  }

  override onAdd(map: LeafletMap): this {
    this.canvas = DomUtil.create('canvas', 'summit-point-canvas leaflet-zoom-animated') as HTMLCanvasElement;
    this.canvas.style.pointerEvents = 'none';
    map.getPane('overlayPane')!.append(this.canvas);
    // Capture: a hit is the canvas's, and Leaflet (which would close popups) never sees the click.
    map.getContainer().addEventListener('click', this.onClick, true);
    map.getContainer().addEventListener('mousemove', this.onPointerMove);
    this.refresh();
    return this;
  }

  override onRemove(map: LeafletMap): this {
    map.getContainer().removeEventListener('click', this.onClick, true);
    map.getContainer().removeEventListener('mousemove', this.onPointerMove);
    if (this.hovering) map.getContainer().style.cursor = '';
    this.canvas?.remove();
    this.canvas = undefined;
    this.request++;
    return this;
  }

  override getEvents() {
    return { moveend: this.refresh, resize: this.refresh, zoomanim: this.animateZoom, zoomend: this.followZoom } as Record<
      string,
      (event: LeafletEvent) => void
    >;
  }

  /** Asks for what the view shows now and draws it when the answer comes (the latest answer wins). */
  readonly refresh = () => {
    const map = this._map;
    if (!map || !this.canvas) return;
    const bounds = map.getBounds().pad(PADDING);
    const zoom = map.getZoom();
    const request = ++this.request;
    const bbox: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-90, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(90, bounds.getNorth()),
    ];
    void this.canvasOptions.query(bbox, zoom).then((items) => {
      if (request !== this.request || !this._map) return;
      this.items = items ?? new Float64Array(0);
      this.draw();
      if (!this.drawnOnce) {
        this.drawnOnce = true;
        this.canvasOptions.onFirstDraw?.();
      }
    });
  };

  /** Draws the last answer again (for example after the DOM markers or highlights changed). */
  draw(): void {
    const map = this._map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const pad = size.multiplyBy(PADDING).round();
    const topLeft = map.containerPointToLayerPoint([-pad.x, -pad.y]).round();
    const width = size.x + 2 * pad.x;
    const height = size.y + 2 * pad.y;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    DomUtil.setPosition(canvas, topLeft);
    this.drawnBounds = latLngBounds(map.layerPointToLatLng(topLeft), map.layerPointToLatLng(topLeft.add([width, height])));
    this.drawnZoom = map.getZoom();
    const context = canvas.getContext('2d')!;
    context.setTransform(ratio, 0, 0, ratio, -topLeft.x * ratio, -topLeft.y * ratio);
    const clusters: Drawn[] = [];
    const points: Drawn[] = [];
    const items = this.items;
    for (let k = 0; k < items.length; k += ITEM_STRIDE) {
      const [lon, lat, count, id] = [items[k]!, items[k + 1]!, items[k + 2]!, items[k + 3]!];
      if (count === 1 && this.canvasOptions.skip(id)) continue;
      const point = map.latLngToLayerPoint([lat, lon]);
      const radius = count === 1 ? POINT_RADIUS : Math.round(12 + 5 * Math.log10(count));
      (count === 1 ? points : clusters).push({ x: point.x, y: point.y, radius, count, id, lat, lon });
    }
    for (const cluster of clusters) drawCluster(context, cluster);
    for (const point of points) drawPoint(context, point, this.canvasOptions.style(point.id), this.canvasOptions.highlighted(point.id));
    // Points are on top, so they are hit first.
    this.drawn = [...clusters, ...points];
    // What is drawn, for tests and debugging (a canvas has no DOM to inspect).
    canvas.dataset.clusters = String(clusters.length);
    canvas.dataset.points = String(points.length);
    canvas.dataset.zoom = String(this.drawnZoom);
  }

  /** Scales what was drawn along with the map's zoom animation, until the new view is drawn. */
  private readonly animateZoom = (event: LeafletEvent) => {
    const { zoom, center } = event as ZoomAnimEvent;
    if (!this.canvas || !this.drawnBounds || !this._map) return;
    const offset = layerBoundsAtZoom(this._map, this.drawnBounds, zoom, center).min!;
    DomUtil.setTransform(this.canvas, offset, this._map.getZoomScale(zoom, this.drawnZoom));
  };

  /** After a zoom without animation, keeps the old drawing in place until the new one comes. */
  private readonly followZoom = () => {
    if (!this.canvas || !this.drawnBounds || !this._map) return;
    const offset = this._map.latLngToLayerPoint(this.drawnBounds.getNorthWest());
    DomUtil.setTransform(this.canvas, offset, this._map.getZoomScale(this._map.getZoom(), this.drawnZoom));
  };

  private hit(event: MouseEvent): Drawn | undefined {
    const map = this._map;
    if (!map) return undefined;
    const target = event.target as Element | null;
    // Markers, popups, routes and controls handle their own pointer.
    if (target?.closest?.('.leaflet-marker-icon, .leaflet-popup, .leaflet-interactive, .leaflet-control')) return undefined;
    const point = map.mouseEventToLayerPoint(event);
    for (let k = this.drawn.length - 1; k >= 0; k--) {
      const item = this.drawn[k]!;
      const reach = item.radius + HIT_SLACK;
      if ((item.x - point.x) ** 2 + (item.y - point.y) ** 2 <= reach * reach) return item;
    }
    return undefined;
  }

  private readonly onClick = (event: MouseEvent) => {
    if ((this._map?.dragging as { moved?: () => boolean } | undefined)?.moved?.()) return;
    const item = this.hit(event);
    if (!item) return;
    event.stopImmediatePropagation();
    event.stopPropagation();
    if (item.count === 1) this.canvasOptions.onPoint(item.id);
    else this.canvasOptions.onCluster(item.id, item.lat, item.lon);
  };

  private readonly onPointerMove = (event: MouseEvent) => {
    const hovering = !!this.hit(event);
    if (hovering === this.hovering || !this._map) return;
    this.hovering = hovering;
    this._map.getContainer().style.cursor = hovering ? 'pointer' : '';
  };
}

function drawCluster(context: CanvasRenderingContext2D, { x, y, radius, count }: Drawn): void {
  context.beginPath();
  context.arc(x, y, radius, 0, 2 * Math.PI);
  context.fillStyle = 'rgba(27, 59, 96, 0.82)';
  context.fill();
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  context.stroke();
  context.fillStyle = '#fff';
  context.font = `700 ${radius > 16 ? 12 : 11}px system-ui, sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(count >= 10_000 ? `${Math.round(count / 1000)}k` : String(count), x, y);
}

function drawPoint(context: CanvasRenderingContext2D, { x, y, radius }: Drawn, style: PointStyle, highlighted: boolean): void {
  context.beginPath();
  const r = radius;
  switch (style.symbol) {
    case 'square':
      context.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case 'diamond':
      context.moveTo(x, y - r);
      context.lineTo(x + r, y);
      context.lineTo(x, y + r);
      context.lineTo(x - r, y);
      context.closePath();
      break;
    case 'triangle':
      context.moveTo(x, y - r);
      context.lineTo(x + r, y + r * 0.8);
      context.lineTo(x - r, y + r * 0.8);
      context.closePath();
      break;
    case 'star':
      for (let k = 0; k < 10; k++) {
        const angle = (Math.PI / 5) * k - Math.PI / 2;
        const reach = k % 2 === 0 ? r * 1.2 : r * 0.5;
        context.lineTo(x + reach * Math.cos(angle), y + reach * Math.sin(angle));
      }
      context.closePath();
      break;
    default:
      context.arc(x, y, r, 0, 2 * Math.PI);
  }
  context.fillStyle = style.color;
  context.fill();
  context.lineWidth = highlighted ? 3 : 1.5;
  context.strokeStyle = highlighted ? '#b26a00' : '#fff';
  context.stroke();
}
