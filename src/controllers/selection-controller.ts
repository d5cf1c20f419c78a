import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SummitSelectEvent } from '../events';
import { SelectionModel } from '../model/selection';
import { HashSyncController } from './hash-sync';

/** Where a selection came from: the map's own picks are already on screen, the rest must be shown. */
export type SelectionSource = 'map' | 'keyboard' | 'attribute' | 'hash' | 'api';

interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string;
  syncHash: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface SelectionView {
  /**
   * Shows a place ('' : none); `move` brings it into view, `focus` moves focus into its details;
   * `jump`: without animation, for newly drawn data, which has no view yet to move from.
   */
  show(id: string, how: { move: boolean; focus: boolean; jump: boolean }): void;
  /** The sentence announced for a selection, and the Feature the event carries. */
  describe(id: string): { announcement: string; feature: GeoJSON.Feature | null };
}

/**
 * The one owner of a map's selection. Every source — a marker, the list, a mention, the
 * timeline, the `selected` attribute, the URL hash, `select()` — calls `select()` once; it checks
 * the id, then updates `selected`, the view, the hash, the live announcement and fires
 * `summit-select`, each exactly once.
 */
export class SelectionController implements ReactiveController {
  /**
   * What screen readers hear about the last selection, written straight into the live region
   * (`[data-announcer]` in the host's template, which binds nothing inside it): a selection made
   * while new data is drawn, in the host's `updated`, then schedules no second render.
   */
  announcement = '';
  private readonly host: SelectionHost;
  private readonly view: SelectionView;
  private readonly model = new SelectionModel();
  private readonly hash: HashSyncController;
  private readonly warned = new Set<string>();

  constructor(host: SelectionHost, view: SelectionView) {
    this.host = host;
    this.view = view;
    this.hash = new HashSyncController(host, (id) => this.select(id, 'hash'));
    host.addController(this);
  }

  get id(): string {
    return this.model.id;
  }

  /** A change of `selected` from outside (attribute or property) is a selection like any other. */
  hostUpdate(): void {
    if (this.host.selected !== this.model.id && this.model.hasIds) this.select(this.host.selected, 'attribute');
  }

  /** Whether `reset` will try to choose a place: one the address names (sync-hash), else `selected`; known or not. */
  startsChosen(): boolean {
    return !!this.askedBefore()?.[0];
  }

  /**
   * Before the render that shows new data: `selected` already names the place asked for before
   * the data arrived (the address's, else the attribute's) if the data has it, so that this render
   * shows it and `reset`, run once it is drawn, changes nothing the template reads.
   */
  prepare(ids: readonly string[]): void {
    const asked = this.askedBefore();
    if (asked && ids.includes(asked[0])) this.host.selected = asked[0];
  }

  /** New data is drawn: only its ids can be selected; the selection asked for before it arrived (link, then attribute) applies now. */
  reset(ids: Iterable<string>): void {
    this.model.setKnownIds(ids);
    this.model.select('');
    const asked = this.askedBefore();
    if (asked) this.select(asked[0], asked[1], true);
  }

  /**
   * Selects a place ('' : none). False, changing nothing but warning once, for an unknown id.
   * `jump`: shown without animation (the selection newly drawn data starts with).
   */
  select(id: string, source: SelectionSource, jump = false): boolean {
    const previous = this.model.id;
    if (!this.model.select(id)) {
      if (!this.warned.has(id)) {
        this.warned.add(id);
        console.warn(`<summit-map>: no place has the id "${id}"; nothing was selected.`);
      }
      this.host.selected = previous;
      return false;
    }
    this.host.selected = id;
    this.view.show(id, { move: source !== 'map' && source !== 'keyboard', focus: source === 'keyboard', jump });
    if (id === previous) return true;
    if (source !== 'hash') this.hash.write(id);
    const { announcement, feature } = this.view.describe(id);
    this.announcement = announcement;
    const region = this.host.renderRoot.querySelector('[data-announcer]');
    if (region) region.textContent = announcement;
    this.host.dispatchEvent(new SummitSelectEvent({ id, feature }));
    return true;
  }

  /** The selection asked for before data arrived: the address's (sync-hash; '' for none), else a non-empty `selected`. */
  private askedBefore(): [string, SelectionSource] | undefined {
    const fromHash = this.hash.read();
    if (fromHash !== null) return [fromHash, 'hash'];
    return this.host.selected ? [this.host.selected, 'attribute'] : undefined;
  }
}
