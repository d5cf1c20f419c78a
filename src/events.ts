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

interface SummitEventMap {
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
