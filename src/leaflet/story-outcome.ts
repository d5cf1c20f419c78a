/**
 * The outcome layer ("What happened next") on a story's map: later reporting drawn apart from the
 * story's places. Its code (outcome-layer.ts) is a file of its own beside the module, fetched with
 * the first outcome data so it stays out of the map's first download; the latest wish (data and
 * visibility) applies once the code is here.
 */
import type { Map as LeafletMap, LayerGroup, Path } from 'leaflet/dist/leaflet-src.esm.js';
import type { Outcome } from '../model/outcome';
import type { Position } from '../model/types';
import type { PlacePopups, PopupClearance } from './place-popups';

export class StoryOutcome {
  private readonly leafletMap: LeafletMap;
  private readonly popups: PlacePopups;
  private drawn?: { group: LayerGroup; layers: Map<string, Path>; data: Outcome };
  /** What `set` was last asked, kept while the layer's code loads. */
  private wanted?: { data: Outcome; visible: boolean };
  /** The layer's code (outcome-layer.ts), fetched with the first outcome data. */
  private code?: typeof import('./outcome-layer');
  private destroyed = false;

  constructor(leafletMap: LeafletMap, popups: PlacePopups) {
    this.leafletMap = leafletMap;
    this.popups = popups;
  }

  /** Shows or hides the layer; `data` replaces what it draws. */
  set(data: Outcome | undefined, visible: boolean): void {
    if (this.drawn && this.drawn.data !== data) {
      this.drawn.group.remove();
      this.drawn = undefined;
    }
    this.wanted = data && { data, visible };
    if (!data) return;
    const code = this.code;
    if (!code) {
      // The details' code and stylesheets come too: the layer's popups are Leaflet's, styled as the places' details.
      Promise.all([import('./outcome-layer'), this.popups.load()]).then(
        ([loaded]) => {
          this.code = loaded;
          if (this.wanted && !this.destroyed) this.set(this.wanted.data, this.wanted.visible);
        },
        // Not found beside the module: the map goes on without the optional layer.
        () => undefined,
      );
      return;
    }
    // The place popups' clearance, so the layer's popups stay clear of the overlays too.
    this.drawn ??= {
      ...code.createOutcomeLayer(this.leafletMap, data, this.popups.currentClearance, () => this.leafletMap.closePopup()),
      data,
    };
    if (visible && !this.leafletMap.hasLayer(this.drawn.group)) {
      this.drawn.group.addTo(this.leafletMap);
      code.decorateOutcome(this.drawn.layers, data);
    } else if (!visible) {
      this.drawn.group.remove();
    }
  }

  /** The positions of the features last asked for, drawn or not (to frame them). */
  positions(): Position[] {
    const features = this.wanted?.data.features ?? [];
    return features.flatMap((feature) =>
      feature.geometry.type === 'Point' ? [feature.geometry.coordinates] : feature.geometry.coordinates,
    );
  }

  /** The layer drawn for a feature (keyboard use opens its popup). */
  layer(id: string): Path | undefined {
    return this.drawn?.layers.get(id);
  }

  /** Follows a change of the overlays' room. */
  setClearance(clearance: PopupClearance): void {
    if (this.drawn) this.code?.setOutcomeClearance(this.drawn.layers, clearance);
  }

  destroy(): void {
    this.destroyed = true;
    this.drawn?.group.remove();
    this.drawn = undefined;
  }
}
