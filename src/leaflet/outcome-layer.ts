/**
 * The outcome layer ("What happened next"): later reporting drawn in its own pane and style (grey-violet,
 * hollow), each popup badged as later reporting with its sources. Never shows article quotes.
 */
import { html, nothing, render } from 'lit';
import {
  circleMarker,
  layerGroup,
  polyline,
  type Map as LeafletMap,
  type LatLngTuple,
  type Layer,
  type LayerGroup,
  type Path,
} from 'leaflet/dist/leaflet-src.esm.js';
import { sampleGreatCircle } from '../model/geo';
import type { Outcome, OutcomeFeature } from '../model/outcome';
import type { PopupClearance } from './place-popups';
// The details' code (a file of its own beside the built module), with Leaflet's popups: `bindPopup` comes with it.
import { popupOptions } from './popup-details';

export const OUTCOME_PANE = 'summit-outcome';
const COLOR = '#5b4a8b';

export function createOutcomeLayer(
  leafletMap: LeafletMap,
  outcome: Outcome,
  clearance: PopupClearance,
  onClose: () => void,
): { group: LayerGroup; layers: Map<string, Path> } {
  const pane = leafletMap.getPane(OUTCOME_PANE) ?? leafletMap.createPane(OUTCOME_PANE);
  pane.style.zIndex = '450';
  const group = layerGroup();
  const layers = new Map<string, Path>();
  for (const feature of outcome.features) {
    const layer = createFeatureLayer(feature);
    // The place popups' options, clearance included, so these stay clear of the overlays too.
    layer.bindPopup(() => createOutcomePopup(feature, outcome, onClose), {
      ...popupOptions(clearance, 'summit-outcome-popup'),
      closeOnClick: true,
      closeOnEscapeKey: true,
    });
    layers.set(feature.id, layer);
    group.addLayer(layer as Layer);
  }
  return { group, layers };
}

function createFeatureLayer(feature: OutcomeFeature): Path {
  const common = { pane: OUTCOME_PANE, color: COLOR, className: `summit-outcome summit-outcome-${feature.kind}` };
  if (feature.geometry.type === 'Point') {
    const [lon, lat] = feature.geometry.coordinates;
    return feature.kind === 'venue'
      ? circleMarker([lat, lon], { ...common, radius: 10, weight: 3, fill: true, fillColor: '#ffffff', fillOpacity: 0.9 })
      : circleMarker([lat, lon], { ...common, radius: 5, weight: 2, fill: true, fillColor: '#ffffff', fillOpacity: 1 });
  }
  // Reported stops joined as great circles: a sketch of the journey, not the rail geometry.
  const path = sampleGreatCircle(feature.geometry.coordinates, 50).map(([lon, lat]): LatLngTuple => [lat, lon]);
  return polyline(path, {
    ...common,
    weight: feature.kind === 'train' ? 3 : 2.5,
    dashArray: feature.kind === 'train' ? '2 6' : '6 4',
    lineCap: 'round',
  });
}

/** Follows a change of the overlays' room (the element's layout). */
export function setOutcomeClearance(layers: ReadonlyMap<string, Path>, clearance: PopupClearance): void {
  for (const layer of layers.values()) {
    const popup = layer.getPopup();
    if (popup)
      Object.assign(popup.options, popupOptions(clearance, 'summit-outcome-popup'), { closeOnClick: true, closeOnEscapeKey: true });
  }
}

/** Names and focusability for the layer's SVG elements, once they are on the map. */
export function decorateOutcome(layers: ReadonlyMap<string, Path>, outcome: Outcome): void {
  for (const [id, layer] of layers) {
    const element = layer.getElement() as SVGElement | undefined;
    const feature = outcome.features.find((candidate) => candidate.id === id);
    if (!element || !feature) continue;
    element.setAttribute('data-outcome-id', id);
    element.setAttribute('role', 'button');
    element.setAttribute('tabindex', '0');
    element.setAttribute('aria-label', `${feature.name} (later reporting${feature.dateLabel ? `, ${feature.dateLabel}` : ''})`);
  }
}

export function createOutcomePopup(feature: OutcomeFeature, outcome: Outcome, onClose: () => void): HTMLElement {
  const container = document.createElement('div');
  const titleId = `summit-outcome-${feature.id}`;
  render(
    html`<section class="popup popup-outcome" role="dialog" aria-labelledby=${titleId} tabindex="-1">
      <p class="outcome-badge">${outcome.title}: later reporting, not from the article</p>
      <header class="popup-header">
        <h2 class="popup-title" id=${titleId}>${feature.name}</h2>
        <button type="button" class="popup-close" aria-label="Close ${feature.name}" @click=${onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      ${feature.dateLabel ? html`<p class="popup-role">${feature.dateLabel}</p>` : nothing}
      ${feature.summary ? html`<p class="outcome-summary">${feature.summary}</p>` : nothing}
      ${
        feature.sources.length
          ? html`<p class="popup-credit">
              Sources:
              ${feature.sources.map(
                (url, index) =>
                  html`${index ? ', ' : ''}<a href=${url} target="_blank" rel="noopener noreferrer"
                      >${new URL(url).hostname.replace(/^www\./, '')}</a
                    >`,
              )}
            </p>`
          : nothing
      }
    </section>`,
    container,
  );
  return container;
}
