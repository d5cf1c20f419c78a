/**
 * The events the elements fire: typed, bubbling, composed (they cross shadow roots), and
 * declared in HTMLElementEventMap so `addEventListener('summit-select', e => e.detail.id)`
 * type-checks in a host page.
 */
import type { Problem } from './model/types';

export interface SummitReadyDetail {
  /** How many places are drawn. */
  places: number;
}

export interface SummitSelectDetail {
  /** The selected place's id, or '' when nothing is selected. */
  id: string;
  /** The selected place's GeoJSON Feature, or null. */
  feature: GeoJSON.Feature | null;
}

export interface SummitErrorDetail {
  /** A plain-language summary. */
  message: string;
  problems: Problem[];
}

export interface SummitCiteDetail {
  /** The place whose popup offered the link. */
  id: string;
  /** The 1-based paragraph of the article to show. */
  paragraph: number;
}

export interface SummitOutcomeDetail {
  /** How many features the outcome layer ("What happened next") now has; 0 when it has none. */
  features: number;
}

export interface SummitPlaceMoveDetail {
  /** The place whose marker was dragged (on a `<summit-map editable>`). */
  id: string;
  /** Where it was dropped, in degrees (WGS 84), rounded to 5 decimals. */
  lat: number;
  lon: number;
}

export interface SummitMapClickDetail {
  /** Where the map was clicked away from the markers (on a `<summit-map editable>`), in degrees, rounded to 5 decimals. */
  lat: number;
  lon: number;
}

/** What changed the story in `<summit-map-editor>`. */
export type SummitEditorChangeReason = 'open' | 'draft' | 'edit' | 'undo' | 'redo' | 'restore';

export interface SummitEditorChangeDetail {
  reason: SummitEditorChangeReason;
  /** How many places the story now has. */
  places: number;
}

const init = { bubbles: true, composed: true } as const;

export class SummitReadyEvent extends CustomEvent<SummitReadyDetail> {
  constructor(detail: SummitReadyDetail) {
    super('summit-ready', { ...init, detail });
  }
}

export class SummitSelectEvent extends CustomEvent<SummitSelectDetail> {
  constructor(detail: SummitSelectDetail) {
    super('summit-select', { ...init, detail });
  }
}

export class SummitErrorEvent extends CustomEvent<SummitErrorDetail> {
  constructor(detail: SummitErrorDetail) {
    super('summit-error', { ...init, detail });
  }
}

export class SummitCiteEvent extends CustomEvent<SummitCiteDetail> {
  constructor(detail: SummitCiteDetail) {
    super('summit-cite', { ...init, detail });
  }
}

export class SummitOutcomeEvent extends CustomEvent<SummitOutcomeDetail> {
  constructor(detail: SummitOutcomeDetail) {
    super('summit-outcome', { ...init, detail });
  }
}

export class SummitPlaceMoveEvent extends CustomEvent<SummitPlaceMoveDetail> {
  constructor(detail: SummitPlaceMoveDetail) {
    super('summit-place-move', { ...init, detail });
  }
}

export class SummitMapClickEvent extends CustomEvent<SummitMapClickDetail> {
  constructor(detail: SummitMapClickDetail) {
    super('summit-map-click', { ...init, detail });
  }
}

export class SummitEditorChangeEvent extends CustomEvent<SummitEditorChangeDetail> {
  constructor(detail: SummitEditorChangeDetail) {
    super('summit-editor-change', { ...init, detail });
  }
}

interface SummitEventMap {
  'summit-editor-change': SummitEditorChangeEvent;
  'summit-map-click': SummitMapClickEvent;
  'summit-place-move': SummitPlaceMoveEvent;
  'summit-cite': SummitCiteEvent;
  'summit-outcome': SummitOutcomeEvent;
  'summit-ready': SummitReadyEvent;
  'summit-select': SummitSelectEvent;
  'summit-error': SummitErrorEvent;
}

declare global {
  // On elements, and (as they bubble and compose) on document and window listeners too.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends SummitEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends SummitEventMap {}
}
