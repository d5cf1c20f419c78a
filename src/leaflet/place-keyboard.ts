/**
 * Keyboard use of the places, as a Leaflet handler is one behaviour: a roving tabindex puts one
 * place in the Tab order; arrow keys, Home and End move between places (panning them clear of
 * the overlays); Enter or Space opens a place's popup with focus inside; Escape closes it and
 * returns to the place. The mouse wheel zooms only while the map has focus, so a page that
 * embeds the map keeps its scroll.
 */
import type { Map as LeafletMap, Path } from 'leaflet/dist/leaflet-src.esm.js';
import type { PlaceLayers, PlaceRecord } from './place-layers';
import type { PlacePopups } from './place-popups';

const STEPS: Record<string, number | 'first' | 'last'> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

export interface PlaceKeyboardOptions {
  /** Enter or Space on a place: open it, focus inside its popup. */
  onActivate: (id: string) => void;
  /** Escape in an open popup. */
  onClose: () => void;
  /** Enter or Space on an element of the outcome layer. */
  outcomeLayer?: (id: string) => Path | undefined;
}

export class PlaceKeyboard {
  private readonly leafletMap: LeafletMap;
  private readonly places: PlaceLayers;
  private readonly popups: PlacePopups;
  private readonly options: PlaceKeyboardOptions;
  private rovingId = '';
  /** The latest arrow-key move; an older one still waiting for the clusters is dropped. */
  private moveRequest = 0;

  constructor(leafletMap: LeafletMap, places: PlaceLayers, popups: PlacePopups, options: PlaceKeyboardOptions) {
    this.leafletMap = leafletMap;
    this.places = places;
    this.popups = popups;
    this.options = options;
  }

  enable(): void {
    const container = this.leafletMap.getContainer();
    container.addEventListener('focusin', this.onFocusIn);
    container.addEventListener('focusout', this.onFocusOut);
    container.addEventListener('keydown', this.onKeyDown);
  }

  disable(): void {
    const container = this.leafletMap.getContainer();
    container.removeEventListener('focusin', this.onFocusIn);
    container.removeEventListener('focusout', this.onFocusOut);
    container.removeEventListener('keydown', this.onKeyDown);
  }

  /** Puts one place in the Tab order ('' : the first); on a canvas-drawn story, gives it a DOM marker. */
  setRovingTarget(id: string, alsoKeep: readonly string[] = []): void {
    const target = id || this.places.records[0]?.place.id || '';
    this.places.keepMarkers([target, this.popups.openId, ...alsoKeep]);
    // Only the previous and the new target change: no walk over every place.
    if (this.rovingId !== target) this.places.element(this.rovingId)?.setAttribute('tabindex', '-1');
    this.places.element(target)?.setAttribute('tabindex', '0');
    this.rovingId = target;
  }

  /** Returns focus to a place's marker or route (after its popup closes). */
  focusPlace(id: string): void {
    this.places.element(id)?.focus({ preventScroll: true });
  }

  private moveFocus(fromId: string, step: number | 'first' | 'last'): void {
    const records = this.places.records;
    if (records.length === 0) return;
    const from = this.places.get(fromId);
    const index = from ? from.rank : -1;
    const next = step === 'first' ? 0 : step === 'last' ? records.length - 1 : (index + step + records.length) % records.length;
    const record = records[next]!;
    const request = ++this.moveRequest;
    if (!this.places.clustered) {
      this.reveal(record);
      return;
    }
    // On a clustered story, zoom in far enough that the place stands clear of its cluster.
    void this.places.zoomToShow(record.place.id, Math.floor(this.leafletMap.getZoom())).then((zoom) => {
      if (request === this.moveRequest && this.places.get(record.place.id) === record) this.reveal(record, zoom, fromId);
    });
  }

  /** Focuses a place, panning it into view, first zooming to `zoom` when that is closer than now. */
  private reveal(record: PlaceRecord, zoom = 0, fromId = ''): void {
    // Keep the place focus leaves until the new one has it, so focus never falls to the page.
    this.setRovingTarget(record.place.id, [fromId]);
    // Focusing an element outside the visible map would scroll Leaflet's container and break its
    // layout; pan it into the clear part of the map first, then focus without scrolling.
    const { topLeft, bottomRight } = this.popups.currentClearance;
    const padding = { paddingTopLeft: topLeft, paddingBottomRight: bottomRight, animate: false };
    if ('lat' in record.target) {
      if (zoom > Math.floor(this.leafletMap.getZoom())) this.leafletMap.setView(record.target, zoom, { animate: false });
      else this.leafletMap.panInside(record.target, padding);
    } else if (!this.leafletMap.getBounds().intersects(record.target)) this.leafletMap.fitBounds(record.target, padding);
    this.focusPlace(record.place.id);
    if (fromId) this.places.keepMarkers([record.place.id, this.popups.openId]);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as Element;
    const placeId = target.closest?.('[data-place-id]')?.getAttribute('data-place-id');
    const step = STEPS[event.key];
    if (placeId && step !== undefined && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      this.moveFocus(placeId, step);
      return;
    }
    if (event.key === 'Escape' && this.popups.openId) {
      event.preventDefault();
      this.options.onClose();
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const outcomeId = target.closest?.('[data-outcome-id]')?.getAttribute('data-outcome-id');
    if (outcomeId) {
      event.preventDefault();
      this.options.outcomeLayer?.(outcomeId)?.openPopup();
      return;
    }
    if (placeId) {
      event.preventDefault();
      event.stopPropagation();
      this.options.onActivate(placeId);
    }
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    this.leafletMap.scrollWheelZoom.enable();
    const id = (event.target as Element).getAttribute?.('data-place-id');
    if (id) this.setRovingTarget(id);
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    if (!this.leafletMap.getContainer().contains(event.relatedTarget as Node | null)) this.leafletMap.scrollWheelZoom.disable();
  };
}
