/**
 * The place's details: one per map, opened on a place by the selection and closed by it, so it
 * never reports back a selection the element already made. Only a reader's own close (the ×
 * button, Escape, a click on the map, another popup opening) is reported.
 *
 * On a wide map the details are a Leaflet popup above the place; on a narrow one (a phone) they
 * are a card over the lower part of the map, where a quote can be read without scrolling. Both
 * hold the same content (a `role="dialog"` section) with the same close, Escape and focus.
 */
import { DomEvent, popup as createPopup, type Map as LeafletMap, type Popup, type PopupOptions } from 'leaflet/dist/leaflet-src.esm.js';
import type { Rect } from '../model/framing';
import type { PlaceRecord } from './place-layers';

/** Room details leave for overlays, in pixels of the map container. */
export interface PopupClearance {
  /** Padding of the part of the map no overlay covers (keyboard moves keep places inside it). */
  topLeft: [number, number];
  bottomRight: [number, number];
  /** Caps a popup's height; below that its content scrolls. */
  maxHeight?: number;
  /** The overlays' boxes: popups, cards and the chosen place keep clear of them. */
  obstacles?: Rect[];
  /** Show details as a card over the lower part of the map (narrow maps), `bottom` px up, at most `maxHeight` tall. */
  card?: { bottom: number; maxHeight: number };
}

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

export interface PlacePopupsOptions {
  /** Builds the details' content, each time they open (so they reflect the current links). */
  content: (record: PlaceRecord) => HTMLElement;
  /** The reader closed the details. */
  onReaderClose: () => void;
}

export class PlacePopups {
  private readonly leafletMap: LeafletMap;
  private readonly options: PlacePopupsOptions;
  private readonly popup: Popup;
  private card?: HTMLElement;
  private clearance: PopupClearance = { topLeft: [16, 16], bottomRight: [16, 16] };
  /** The place whose details are open ('' for none). */
  openId = '';
  /** The record last opened: reopened in the other form when the map changes width. */
  private lastRecord?: PlaceRecord;
  private closingByCode = false;

  constructor(leafletMap: LeafletMap, options: PlacePopupsOptions) {
    this.leafletMap = leafletMap;
    this.options = options;
    this.popup = createPopup(this.placePopupOptions());
    this.popup.on('remove', this.onRemove);
    leafletMap.on('click', this.onMapClick);
  }

  /** Whether details open as a card (narrow map) rather than a popup. */
  get asCard(): boolean {
    return !!this.clearance.card;
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
      const offsetY = 'lat' in record.target ? -11 : 0;
      this.popup.options.offset = [0, 7 + offsetY];
      this.popup.setLatLng(anchor).setContent(this.options.content(record)).openOn(this.leafletMap);
    }
    if (focus) this.focus();
  }

  close(): void {
    if (!this.openId) return;
    this.closingByCode = true;
    this.leafletMap.closePopup(this.popup);
    this.card?.remove();
    this.card = undefined;
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

  /**
   * Keeps details clear of overlays; a change between popup and card reopens them in the new form.
   * False when nothing changed.
   */
  setClearance(clearance: PopupClearance): boolean {
    if (JSON.stringify(clearance) === JSON.stringify(this.clearance)) return false;
    const wasCard = this.asCard;
    this.clearance = clearance;
    Object.assign(this.popup.options, this.placePopupOptions());
    if (!this.openId) return true;
    const element = this.element();
    const focused = !!element && element.contains((element.getRootNode() as Document | ShadowRoot).activeElement);
    if (wasCard !== this.asCard) {
      const id = this.openId;
      const record = this.lastRecord;
      this.close();
      if (record && record.place.id === id) this.open(record, focused);
      return true;
    }
    if (this.card) {
      this.placeCard(this.card);
      return true;
    }
    // update() re-inserts the content, which drops focus from inside it: put it back.
    this.popup.update();
    if (focused) this.focus();
    return true;
  }

  get currentClearance(): PopupClearance {
    return this.clearance;
  }

  destroy(): void {
    this.popup.off('remove', this.onRemove);
    this.leafletMap.off('click', this.onMapClick);
    this.card?.remove();
    this.card = undefined;
    this.openId = '';
  }

  private openCard(record: PlaceRecord): void {
    const card = document.createElement('div');
    card.className = 'summit-card';
    card.append(this.options.content(record));
    // Clicks, wheel and drags inside the card are the card's, not the map's.
    DomEvent.disableClickPropagation(card);
    DomEvent.disableScrollPropagation(card);
    this.placeCard(card);
    this.leafletMap.getContainer().append(card);
    this.card = card;
  }

  private placeCard(card: HTMLElement): void {
    const { bottom, maxHeight } = this.clearance.card ?? { bottom: 8, maxHeight: 240 };
    card.style.bottom = `${bottom}px`;
    card.style.maxHeight = `${maxHeight}px`;
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
