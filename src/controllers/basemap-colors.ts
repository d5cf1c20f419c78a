/** The colours the basemap's canvas draws with, read from the element's palette (theme.styles.ts). */
import type { BasemapColors } from '../leaflet/basemap-draw';

export type { BasemapColors };

const PROPERTIES: Record<keyof BasemapColors, string> = {
  sea: '--_sea',
  land: '--_land',
  tint: '--_tint',
  border: '--_border',
  water: '--_water',
  river: '--_river',
  label: '--_label',
  waterLabel: '--_water-label',
  regionLabel: '--_region-label',
};

/**
 * Resolves the basemap colours of `element`'s current theme to `rgb()` strings a canvas takes.
 * A probe in the shadow root computes each one, so any CSS colour a page gives
 * (`--summit-map-land: light-dark(…)`, `color-mix(…)`, a system colour) arrives resolved.
 */
export function readBasemapColors(element: Element): BasemapColors {
  const root = element.shadowRoot ?? element;
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  const colors = {} as BasemapColors;
  for (const [key, property] of Object.entries(PROPERTIES) as [keyof BasemapColors, string][]) {
    probe.style.color = `var(${property})`;
    colors[key] = getComputedStyle(probe).color;
  }
  probe.remove();
  return colors;
}
