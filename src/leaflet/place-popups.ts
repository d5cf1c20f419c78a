/**
 * The place's details: one per map, opened on a place by the selection and closed by it, so it
 * never reports back a selection the element already made. Only a reader's own close (the ×
 * button, Escape, a click on the map, another popup opening) is reported.
 *
 * This part holds what the map needs before any details open (the room the overlays leave, popup
 * or card, which place is open); the details themselves (popup-details.ts: a Leaflet popup or a
 * card, and their content) are code of their own, loaded with `load()` when a place is first
 * chosen: a first view never opens them.
 */
import type { Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import type { CSSResult } from 'lit';
import type { Rect } from '../model/framing';
import type { PlaceRecord } from './place-layers';
import type { keepClear, moveToPlace } from './details-placement';
import type { PopupDetails } from './popup-details';
import type { createPopupContent } from './popup-content';

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

export interface PlacePopupsOptions {
  /** What the details show (createPopupContent's arguments), asked each time they open (so they reflect the current links). */
  content: (record: PlaceRecord) => Parameters<typeof createPopupContent>;
  /** The reader closed the details. */
  onReaderClose: () => void;
  /** Adopts the details' stylesheets (which come with their code) before any details open. */
  styles?: (sheets: readonly CSSResult[]) => void;
}

/** The details' code, a file of its own beside the built module. */
const detailsCode = () => import('./popup-details');

export class PlacePopups {
  private readonly leafletMap: LeafletMap;
  private readonly options: PlacePopupsOptions;
  private clearance: PopupClearance = { topLeft: [16, 16], bottomRight: [16, 16] };
  private details?: PopupDetails;
  /** The moves that keep a chosen place and its details clear (clear-area.ts asks for them), loaded with the details. */
  placement?: { keepClear: typeof keepClear; moveToPlace: typeof moveToPlace };
  private loading?: Promise<void>;
  private destroyed = false;

  constructor(leafletMap: LeafletMap, options: PlacePopupsOptions) {
    this.leafletMap = leafletMap;
    this.options = options;
  }

  /** Whether the details' code is here: `open` shows them at once. */
  get loaded(): boolean {
    return !!this.details;
  }

  /** Loads the details' code, once; rejects when it could not be loaded (a module copied without its files), and tries again when asked again. */
  load(): Promise<void> {
    this.loading ??= detailsCode().then(
      ({ PopupDetails, keepClear, moveToPlace, detailsSheets }) => {
        if (this.destroyed) return;
        this.options.styles?.(detailsSheets);
        this.details = new PopupDetails(this.leafletMap, this.options, this.clearance);
        this.placement = { keepClear, moveToPlace };
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** The place whose details are open ('' for none). */
  get openId(): string {
    return this.details?.openId ?? '';
  }

  /** Whether details open as a card (narrow map) rather than a popup. */
  get asCard(): boolean {
    return !!this.clearance.card;
  }

  /** Opens the details of a place (once `load` has resolved); `focus` moves keyboard focus into them. */
  open(record: PlaceRecord, focus: boolean): void {
    this.details?.open(record, focus);
  }

  close(): void {
    this.details?.close();
  }

  /** Moves focus into the open details. */
  focus(): void {
    this.details?.focus();
  }

  /** The open details' outer element (popup or card), in the map container. */
  element(): HTMLElement | undefined {
    return this.details?.element();
  }

  /**
   * Keeps details clear of overlays; a change between popup and card reopens them in the new form.
   * False when nothing changed.
   */
  setClearance(clearance: PopupClearance): boolean {
    if (JSON.stringify(clearance) === JSON.stringify(this.clearance)) return false;
    this.clearance = clearance;
    this.details?.setClearance(clearance);
    return true;
  }

  get currentClearance(): PopupClearance {
    return this.clearance;
  }

  destroy(): void {
    this.destroyed = true;
    this.details?.destroy();
    this.details = undefined;
  }
}
