import { map as createMap } from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { it } from 'vitest';
import { page } from 'vitest/browser';
import { defaultBasemapBase } from '../../src/data/basemap-url';
import { createBasemapLayer } from '../../src/leaflet/basemap-layer';

const style = document.createElement('style');
style.textContent = leafletCss;
document.head.append(style);
const colors = { land: '#f4f1ea', tint: '#e8dcc4', border: '#a9a398', water: '#d9e6ef', label: '#4a4f55', waterLabel: '#4f7391' };
const views: [string, [number, number], number][] = [
  ['world2', [30, 60], 2],
  ['asia4', [28, 112], 4],
  ['talks10', [59.5167, 17.6333], 10],
  ['sing10', [1.2496, 103.8245], 10],
  ['vietnam6', [16, 107], 6],
  ['korea5', [37.5, 125], 5],
];
it.each(views)('%s', async (name, center, zoom) => {
  const div = document.createElement('div');
  div.style.cssText = 'width: 330px; height: 480px; background: #d9e6ef';
  document.body.replaceChildren(div);
  const map = createMap(div, { center, zoom, zoomControl: false, attributionControl: false, maxZoom: 12 });
  createBasemapLayer({ base: defaultBasemapBase, tint: new Set(['Vietnam', 'China', 'North Korea', 'South Korea', 'Sweden', 'Singapore', 'United States of America']), colors }).addTo(map);
  await new Promise((r) => setTimeout(r, 2500));
  await page.screenshot({ path: `../../test-results/shots/${name}.png`, element: div });
  map.remove();
});
