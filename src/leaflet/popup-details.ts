/**
 * A place's details as the reader sees them (place-popups.ts decides when): on a wide map a
 * Leaflet popup above the place, on a narrow one (a phone) a card over the lower part of the map,
 * where a quote can be read without scrolling. Both hold the same content (popup-content.ts, a
 * `role="dialog"` section) with the same close, Escape and focus. A file of its own in the built
 * module, with Leaflet's popups (scripts/vite-leaflet-slim.ts): loaded when a place is first
 * chosen, never by a first view.
 */
import { DomEvent, type Map as LeafletMap, type PopupOptions } from 'leaflet/dist/leaflet-src.esm.js';
import { popup as createPopup, type Popup } from 'virtual:summit-map/leaflet-popups';
import { CARD_SHARE, MIN_SEEN_PX } from '../model/framing';
import { MARKER_SIZE } from './marker-icon';
import type { PlaceRecord } from './place-layers';
import type { PlacePopupsOptions, PopupClearance } from './place-popups';
import { createPopupContent } from './popup-content';
import { detailsStyles, leafletPopupStyles } from '../elements/summit-map-styles/details.styles';

export { keepClear, moveToPlace } from './details-placement';

/** Leaflet options that keep a popup clear of the overlays: shared with the outcome layer's popups. */
export function popupOptions(clearance: PopupClearance, className = ''): PopupOptions {
  return {
    closeButton: false,
    // The map's own click and Escape handling report the close as the reader's.
    closeOnClick: false,
    closeOnEscapeKey: false,
    maxWidth: 320,
    minWidth: 220,
    autoPanPaddingTopLeft: clearance.topLeft,
    autoPanPaddingBottomRight: clearance.bottomRight,
    maxHeight: clearance.maxHeight,
    className: `summit-leaflet-popup ${className}`.trim(),
  };
}

/**
 * The element's stylesheets for the details (Leaflet's popup rules, then its own), in cascade order:
 * they come with this code, which the element adopts (SummitMap.adoptDetailsStyles).
 */
export const detailsSheets = [leafletPopupStyles, detailsStyles];

export class PopupDetails {
  private readonly leafletMap: LeafletMap;
  private readonly options: PlacePopupsOptions;
  private readonly popup: Popup;
  private card?: HTMLElement;
  private clearance: PopupClearance;
  /** The place whose details are open ('' for none). */
  openId = '';
  /** The record last opened: reopened in the other form when the map changes width. */
  private lastRecord?: PlaceRecord;
  private closingByCode = false;

  constructor(leafletMap: LeafletMap, options: PlacePopupsOptions, clearance: PopupClearance) {
    this.leafletMap = leafletMap;
    this.options = options;
    this.clearance = clearance;
    this.popup = createPopup(this.placePopupOptions());
    this.popup.on('remove', this.onRemove);
    leafletMap.on('click', this.onMapClick);
  }

  /** Opens the details of a place; `focus` moves keyboard focus into them. */
  open(record: PlaceRecord, focus: boolean): void {
    if (this.openId === record.place.id) return;
    this.close();
    this.openId = record.place.id;
    this.lastRecord = record;
    if (this.clearance.card) this.openCard(record);
    else {
      const shown = record.shown;
      const anchor = 'lat' in shown ? shown : shown.getCenter();
      const offsetY = 'lat' in record.target ? -MARKER_SIZE / 2 : 0;
      this.popup.options.offset = [0, 7 + offsetY];
      this.popup.setLatLng(anchor).setContent(this.content(record)).openOn(this.leafletMap);
    }
    if (focus) this.focus();
  }

  close(): void {
    if (!this.openId) return;
    this.closingByCode = true;
    this.leafletMap.closePopup(this.popup);
    if (this.card) {
      this.card.remove();
      this.card = undefined;
      this.leafletMap.fire('popupclose');
    }
    this.closingByCode = false;
    this.openId = '';
  }

  /** Moves focus into the open details. */
  focus(): void {
    this.element()?.querySelector<HTMLElement>('.popup')?.focus({ preventScroll: true });
  }

  /** The open details' outer element (popup or card), in the map container. */
  element(): HTMLElement | undefined {
    if (!this.openId) return undefined;
    return this.card ?? this.popup.getElement();
  }

  /** Keeps details clear of new overlays (place-popups.ts calls this on a change only); a change between popup and card reopens them in the new form. */
  setClearance(clearance: PopupClearance): void {
    const wasCard = !!this.clearance.card;
    this.clearance = clearance;
    Object.assign(this.popup.options, this.placePopupOptions());
    if (!this.openId) return;
    const element = this.element();
    const focused = !!element && element.contains((element.getRootNode() as Document | ShadowRoot).activeElement);
    if (wasCard !== !!clearance.card) {
      const id = this.openId;
      const record = this.lastRecord;
      this.close();
      if (record && record.place.id === id) this.open(record, focused);
      return;
    }
    if (this.card) {
      this.placeCard(this.card);
      return;
    }
    // update() re-inserts the content, which drops focus from inside it: put it back.
    this.popup.update();
    if (focused) this.focus();
  }

  destroy(): void {
    this.popup.off('remove', this.onRemove);
    this.leafletMap.off('click', this.onMapClick);
    this.card?.remove();
    this.card = undefined;
    this.openId = '';
  }

  private content(record: PlaceRecord): HTMLElement {
    return createPopupContent(...this.options.content(record));
  }

  private openCard(record: PlaceRecord): void {
    const card = document.createElement('div');
    card.className = 'summit-card';
    card.append(this.content(record));
    // Clicks, wheel and drags inside the card are the card's, not the map's.
    DomEvent.disableClickPropagation(card);
    DomEvent.disableScrollPropagation(card);
    this.placeCard(card);
    this.leafletMap.getContainer().append(card);
    this.card = card;
    // Announced as Leaflet announces its popups, so the view lays out what keeps clear of details.
    this.leafletMap.fire('popupopen');
  }

  /**
   * A card sits at the foot of the part of the map the window shows (a tall map on a story page
   * may reach below the fold), over at most CARD_SHARE of that part.
   */
  private placeCard(card: HTMLElement): void {
    const { bottom, maxHeight } = this.clearance.card ?? { bottom: 8, maxHeight: 240 };
    const container = this.leafletMap.getContainer();
    const box = container.getBoundingClientRect();
    const windowHeight = container.ownerDocument.defaultView?.innerHeight ?? box.bottom;
    const below = Math.max(0, box.bottom - windowHeight);
    const seen = box.height - below - Math.max(0, -box.top);
    // Hardly any of the map in the window: the reader scrolls to it, and the card keeps to the map.
    const fold = seen >= Math.min(MIN_SEEN_PX, box.height / 2) ? below : 0;
    card.style.bottom = `${Math.max(bottom, fold + 8)}px`;
    card.style.maxHeight = `${fold ? Math.max(120, Math.min(maxHeight, seen * CARD_SHARE)) : maxHeight}px`;
  }

  private placePopupOptions(): PopupOptions {
    // The view pans the popup clear of every overlay itself (see StoryView), so Leaflet's own
    // auto-pan, which knows only a padded rectangle, stays off.
    return { ...popupOptions(this.clearance), autoPan: false };
  }

  private readonly onRemove = () => {
    if (this.closingByCode || !this.openId) return;
    this.openId = '';
    this.options.onReaderClose();
  };

  private readonly onMapClick = () => {
    if (!this.openId) return;
    this.close();
    this.options.onReaderClose();
  };
}
