/**
 * Keyboard use of the places, as a Leaflet handler is one behaviour: a roving tabindex puts one
 * place in the Tab order; arrow keys, Home and End move between places (panning them clear of
 * the overlays); Enter or Space opens a place's popup with focus inside; Escape closes it and
 * returns to the place. The mouse wheel zooms only while the map has focus, so a page that
 * embeds the map keeps its scroll.
 */
import type { Map as LeafletMap, Path } from 'leaflet/dist/leaflet-src.esm.js';
import type { PlaceLayers } from './place-layers';
import type { PlacePopups } from './place-popups';

/** An arrow key's move: by this many places, or to the first or the last. */
export type Step = number | 'first' | 'last';

const STEPS: Record<string, Step> = {
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
  /** Fetches the arrow keys' moves (place-moves.ts), code of their own: asked when focus first enters the map. */
  loadMoves: () => Promise<Moves>;
}

type Moves = Pick<typeof import('./place-moves'), 'moveFocus'>;

export class PlaceKeyboard {
  readonly leafletMap: LeafletMap;
  readonly places: PlaceLayers;
  readonly popups: PlacePopups;
  private readonly options: PlaceKeyboardOptions;
  private rovingId = '';
  /** The latest arrow-key move; an older one still waiting for the clusters or the code is dropped. */
  moveRequest = 0;
  /** The arrow keys' moves, once their code is here. */
  private moves?: Moves;
  private movesLoad?: Promise<Moves>;
  /** Arrow keys pressed on one place before the moves' code arrived. */
  private heldSteps?: { fromId: string; steps: Step[] };

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

  private loadMoves(): Promise<Moves> {
    return (this.movesLoad ??= this.options.loadMoves().then(
      (code) => (this.moves = code),
      (error: unknown) => {
        this.movesLoad = undefined;
        throw error;
      },
    ));
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as Element;
    const placeId = target.closest?.('[data-place-id]')?.getAttribute('data-place-id');
    const step = STEPS[event.key];
    if (placeId && step !== undefined && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      if (this.moves) this.moves.moveFocus(this, placeId, [step]);
      else {
        // Focus came in a moment ago and the code is still on its way: the keys still count, all
        // of them, carried out in order from the place they were pressed on once it is here.
        const held = this.heldSteps?.fromId === placeId ? this.heldSteps : { fromId: placeId, steps: [] };
        held.steps.push(step);
        this.heldSteps = held;
        const request = ++this.moveRequest;
        void this.loadMoves().then(
          (module) => {
            if (request !== this.moveRequest) return;
            this.heldSteps = undefined;
            module.moveFocus(this, held.fromId, held.steps);
          },
          () => (this.heldSteps = undefined),
        );
      }
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
    void this.loadMoves().catch(() => {});
    this.leafletMap.scrollWheelZoom.enable();
    const id = (event.target as Element).getAttribute?.('data-place-id');
    if (id) this.setRovingTarget(id);
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    if (!this.leafletMap.getContainer().contains(event.relatedTarget as Node | null)) this.leafletMap.scrollWheelZoom.disable();
  };
}
