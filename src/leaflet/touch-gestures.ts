/**
 * Touch that scrolls the page, as a Leaflet handler is one behaviour (compare Leaflet's
 * Map.Drag and Map.TouchZoom). While enabled, one finger over the map scrolls the page instead
 * of dragging the map, and two fingers move it: Leaflet's own touchZoom follows the midpoint of
 * the two fingers, so it pans as it pinch-zooms. A one-finger swipe that starts on the map is
 * reported, so the element can say to use two fingers. Mouse dragging is left as it is.
 * Disabled, touch is Leaflet's default: one finger drags the map (for full-screen apps).
 */
import type { Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';

/** How far one finger moves, in CSS pixels, before its swipe counts as one (a tap stays a tap). */
const SWIPE_TOLERANCE = 10;

export interface TouchGesturesOptions {
  /** One finger started to swipe over the map (once per swipe). */
  onOneFingerSwipe: () => void;
}

export class TouchGestures {
  private readonly leafletMap: LeafletMap;
  private readonly options: TouchGesturesOptions;
  private enabled = false;
  /** Where the current one-finger touch began; undefined once a second finger joins or it was reported. */
  private swipeStart?: { x: number; y: number };
  /** Leaflet's dragging was switched off for the touch in progress. */
  private draggingPaused = false;

  constructor(leafletMap: LeafletMap, options: TouchGesturesOptions) {
    this.leafletMap = leafletMap;
    this.options = options;
  }

  enable(): void {
    if (this.enabled) return;
    this.enabled = true;
    const container = this.leafletMap.getContainer();
    // The browser decides at touchstart whether it may scroll: allow panning (not its own pinch,
    // which is the map's). Inline, so it wins over Leaflet's `touch-action: none`.
    container.style.touchAction = 'pan-x pan-y';
    // Capture, so dragging is off before Leaflet's own touchstart listener on the container runs.
    container.addEventListener('touchstart', this.onTouchStart, { capture: true, passive: true });
    container.addEventListener('touchmove', this.onTouchMove, { passive: true });
    container.addEventListener('touchend', this.onTouchEnd, { passive: true });
    container.addEventListener('touchcancel', this.onTouchEnd, { passive: true });
  }

  disable(): void {
    if (!this.enabled) return;
    this.enabled = false;
    const container = this.leafletMap.getContainer();
    container.style.touchAction = '';
    container.removeEventListener('touchstart', this.onTouchStart, { capture: true });
    container.removeEventListener('touchmove', this.onTouchMove);
    container.removeEventListener('touchend', this.onTouchEnd);
    container.removeEventListener('touchcancel', this.onTouchEnd);
    this.resumeDragging();
  }

  private readonly onTouchStart = (event: TouchEvent) => {
    if (event.touches.length !== 1) {
      this.swipeStart = undefined;
      return;
    }
    const touch = event.touches[0]!;
    // A touch inside a popup scrolls the popup or the page; it is not a try at moving the map.
    const inPopup = (event.target as Element | null)?.closest?.('.leaflet-popup');
    this.swipeStart = inPopup ? undefined : { x: touch.clientX, y: touch.clientY };
    if (this.leafletMap.dragging.enabled()) {
      this.leafletMap.dragging.disable();
      this.draggingPaused = true;
    }
  };

  private readonly onTouchMove = (event: TouchEvent) => {
    const start = this.swipeStart;
    if (!start || event.touches.length !== 1) return;
    const touch = event.touches[0]!;
    if (Math.abs(touch.clientX - start.x) + Math.abs(touch.clientY - start.y) < SWIPE_TOLERANCE) return;
    this.swipeStart = undefined;
    this.options.onOneFingerSwipe();
  };

  private readonly onTouchEnd = (event: TouchEvent) => {
    if (event.touches.length > 0) return;
    this.swipeStart = undefined;
    // Mouse dragging works again once every finger is up.
    this.resumeDragging();
  };

  private resumeDragging(): void {
    if (!this.draggingPaused) return;
    this.draggingPaused = false;
    this.leafletMap.dragging.enable();
  }
}
