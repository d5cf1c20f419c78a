/**
 * The part of the map that no overlay covers (controls, key, inset, timeline, credits, an open
 * card), in container pixels, and what keeps to it: where a chosen place and its details go, and
 * the padding that frames places inside it. The moves that keep a chosen place and its details
 * clear (details-placement.ts) come with the details' code (place-popups.ts): no first view makes them.
 */
import type { Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { clearAreaOf, framePaddingOf, type FramePadding } from '../model/first-view';
import { MIN_SEEN_PX, type Rect } from '../model/framing';
import type { Camera } from './camera';
import type { PlaceRecord } from './place-layers';
import type { PlacePopups } from './place-popups';

export class ClearArea {
  readonly leafletMap: LeafletMap;
  readonly popups: PlacePopups;
  readonly camera: Camera;

  constructor(leafletMap: LeafletMap, popups: PlacePopups, camera: Camera) {
    this.leafletMap = leafletMap;
    this.popups = popups;
    this.camera = camera;
  }

  /** Moves a place into the clear part of the map: above an open card, or low enough for a popup above it. */
  moveToPlace(record: PlaceRecord, zoom: number | undefined, animate: boolean): void {
    this.popups.placement?.moveToPlace(this, record, zoom, animate);
  }

  /**
   * The part of the map clear of overlays (and of an open card), in container pixels; with
   * `inWindow`, also inside the window, so a place and its details are shown where the reader can
   * see them (a tall map on a story page may reach below the fold).
   */
  area(inWindow = true): Rect {
    const size = this.leafletMap.getSize();
    const obstacles = [...(this.popups.currentClearance.obstacles ?? []), ...(inWindow ? this.outsideWindow() : [])];
    const card = this.popups.asCard ? this.popups.element() : undefined;
    if (card) obstacles.push(this.boxOf(card));
    return clearAreaOf({ width: size.x, height: size.y }, obstacles);
  }

  /** Padding for fitting bounds into the clear part of the map, with room for labels beside the places. */
  framePadding(labels = true): FramePadding {
    const size = this.leafletMap.getSize();
    // Framing uses the whole map: the reader scrolls to see it, and a sticky map is seen whole.
    // The same padding as the pre-rendered first view's (src/render/), so it hands over without a jump.
    return framePaddingOf({ width: size.x, height: size.y }, this.area(false), labels);
  }

  /** Pans so the open details and their place are inside the map and clear of every overlay. */
  keepClear(record: PlaceRecord | undefined, animate: boolean): void {
    if (record) this.popups.placement?.keepClear(this, record, animate);
  }

  /**
   * The parts of the map outside the window, in container pixels, as obstacles: none when the map
   * is wholly in view, or when so little of it is that the whole map is the better frame (the
   * reader will scroll to it).
   */
  outsideWindow(): Rect[] {
    const container = this.leafletMap.getContainer();
    const box = container.getBoundingClientRect();
    const view = container.ownerDocument.defaultView;
    if (!view || box.height === 0) return [];
    const top = Math.max(0, -box.top);
    const bottom = Math.max(0, box.bottom - view.innerHeight);
    const seen = box.height - top - bottom;
    if ((top === 0 && bottom === 0) || seen < Math.min(MIN_SEEN_PX, box.height / 2)) return [];
    const bands: Rect[] = [];
    if (top > 0) bands.push({ x: -1, y: -1, width: box.width + 2, height: top + 1 });
    if (bottom > 0) bands.push({ x: -1, y: box.height - bottom, width: box.width + 2, height: bottom + 1 });
    return bands;
  }

  /** An element's box in the map container's pixels. */
  boxOf(element: Element): Rect {
    const container = this.leafletMap.getContainer().getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return { x: box.left - container.left, y: box.top - container.top, width: box.width, height: box.height };
  }
}
