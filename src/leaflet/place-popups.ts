/**
 * The place popup: one Leaflet popup per map, opened on a place by the selection and closed by
 * it, so a popup never reports back a selection the element already made. Only a reader's own
 * close (the × button, Escape, a click on the map, another popup opening) is reported.
 */
import { popup as createPopup, type Map as LeafletMap, type Popup, type PopupOptions } from 'leaflet/dist/leaflet-src.esm.js';
import type { PlaceRecord } from './place-layers';

/** Room popups leave for overlays, in pixels from the map's corners; `maxHeight` caps a popup. */
export interface PopupClearance {
  topLeft: [number, number];
  bottomRight: [number, number];
  maxHeight?: number;
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
  /** Builds the popup's content, each time it opens (so it reflects the current links). */
  content: (record: PlaceRecord) => HTMLElement;
  /** The reader closed the popup. */
  onReaderClose: () => void;
}

export class PlacePopups {
  private readonly leafletMap: LeafletMap;
  private readonly options: PlacePopupsOptions;
  private readonly popup: Popup;
  private clearance: PopupClearance = { topLeft: [16, 16], bottomRight: [16, 16] };
  /** The place whose popup is open ('' for none). */
  openId = '';
  private closingByCode = false;

  constructor(leafletMap: LeafletMap, options: PlacePopupsOptions) {
    this.leafletMap = leafletMap;
    this.options = options;
    this.popup = createPopup(popupOptions(this.clearance));
    this.popup.on('remove', this.onRemove);
    leafletMap.on('click', this.onMapClick);
  }

  /** Opens the popup on a place; `focus` moves keyboard focus into it. */
  open(record: PlaceRecord, focus: boolean): void {
    if (this.openId === record.place.id) return;
    this.close();
    this.openId = record.place.id;
    const anchor = 'lat' in record.target ? record.target : record.target.getCenter();
    const offsetY = 'lat' in record.target ? -11 : 0;
    this.popup.options.offset = [0, 7 + offsetY];
    this.popup.setLatLng(anchor).setContent(this.options.content(record)).openOn(this.leafletMap);
    if (focus) this.popup.getElement()?.querySelector<HTMLElement>('.popup')?.focus({ preventScroll: true });
  }

  close(): void {
    if (!this.openId) return;
    this.closingByCode = true;
    this.leafletMap.closePopup(this.popup);
    this.closingByCode = false;
    this.openId = '';
  }

  /** Keeps the popup clear of overlays: it is panned past them, and scrolls when it would not fit. */
  setClearance(clearance: PopupClearance): void {
    if (JSON.stringify(clearance) === JSON.stringify(this.clearance)) return;
    this.clearance = clearance;
    Object.assign(this.popup.options, popupOptions(clearance));
    if (!this.openId) return;
    // update() re-inserts the content, which drops focus from inside it: put it back.
    const element = this.popup.getElement();
    const focused = !!element && element.contains((element.getRootNode() as Document | ShadowRoot).activeElement);
    this.popup.update();
    if (focused) this.popup.getElement()?.querySelector<HTMLElement>('.popup')?.focus({ preventScroll: true });
  }

  get currentClearance(): PopupClearance {
    return this.clearance;
  }

  destroy(): void {
    this.popup.off('remove', this.onRemove);
    this.leafletMap.off('click', this.onMapClick);
    this.openId = '';
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
