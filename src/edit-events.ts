/**
 * The events of editing: `<summit-map editable>`'s pin drags and map clicks, and
 * `<summit-map-editor>`'s changes. Apart from src/events.ts so that they are in the code that
 * fires them (the edit handler, loaded only for an editable map; the editor's module), not in
 * every map's first download. Typed, bubbling, composed, declared in HTMLElementEventMap.
 */

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

interface SummitEditEventMap {
  'summit-editor-change': SummitEditorChangeEvent;
  'summit-map-click': SummitMapClickEvent;
  'summit-place-move': SummitPlaceMoveEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends SummitEditEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends SummitEditEventMap {}
}
