/**
 * A place marker's icon: the role's inline-SVG symbol plus the place's name as a label.
 * Built as DOM (Leaflet inserts a string `html` as markup; an Element it appends as is).
 */
import { html, render } from 'lit';
import { divIcon } from 'leaflet/dist/leaflet-src.esm.js';
import type { Place, Role } from '../model/types';
import { roleSymbol } from '../symbols/role-symbol';

/** Symbol size in pixels, and so a marker's target: 24 × 24, WCAG 2.5.8's minimum. Labels are placed clear of a circle of half this. */
export const MARKER_SIZE = 24;

/** One marker per role rendered by Lit; the others are its copies, with their own name. */
const markerOfRole = new WeakMap<Role, HTMLElement>();

function markerElement(role: Role): HTMLElement {
  let model = markerOfRole.get(role);
  if (!model) {
    model = document.createElement('div');
    model.className = 'place-marker';
    render(
      html`${roleSymbol(role.symbol, role.color, MARKER_SIZE)}<span class="place-label" data-side="right" aria-hidden="true"></span>`,
      model,
    );
    markerOfRole.set(role, model);
  }
  return model.cloneNode(true) as HTMLElement;
}

export function createMarkerIcon(place: Place, role: Role) {
  const element = markerElement(role);
  element.querySelector('.place-label')!.textContent = place.name;
  return divIcon({
    html: element,
    className: `summit-marker role-${role.symbol}`,
    iconSize: [MARKER_SIZE, MARKER_SIZE],
    iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
    popupAnchor: [0, -MARKER_SIZE / 2],
  });
}
