// The pages the bench loads besides dist/index.html, written into a temp folder that the server
// looks in before dist/: a bare embed page, a plain Leaflet 1.9.4 reference page for the story,
// the story page with that plain Leaflet map in place of <summit-map>, and for each scale size a
// summit-map page and a plain Leaflet canvas page over the same data.
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { feature } from 'topojson-client';
import { ROOT } from './bytes.mjs';
import { generatePlaces } from './datasets.mjs';
import { serveFolders } from './server.mjs';

const require = createRequire(import.meta.url);

/** The places of the story page's first view, pre-rendered: "places on screen" waits for these. */
export const FIRST_VIEW_PLACES = ['hanoi', 'danang', 'ho-chi-minh-city'];

export const PAGES = {
  story: '/',
  embed: '/bench-embed.html',
  reference: '/bench-reference.html',
  storyPageReference: '/bench-story-page-reference.html',
  scaleOurs: (count) => `/bench-scale-${count}.html`,
  scaleReference: (count) => `/bench-scale-${count}-reference.html`,
};

const head = (extra = '') =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<link rel="icon" href="data:,">\n<title>bench</title>\n${extra}</head>\n`;

const leafletHead = (style) =>
  head(`<link rel="stylesheet" href="bench-leaflet/leaflet.css">\n<style>html, body { margin: 0; } #map { height: ${style}; }</style>\n`);

// The basemap as a plain Leaflet page would draw it: a GeoJSON layer on a canvas renderer in a
// pane under the markers. Marked one frame after it is added, when Leaflet's canvas has drawn.
const basemapScript = `
map.createPane('basemap').style.zIndex = '150';
fetch('bench-world-50m.geojson').then((response) => response.json()).then((world) => {
  L.geoJSON(world, {
    pane: 'basemap',
    interactive: false,
    renderer: L.canvas({ pane: 'basemap' }),
    style: { color: '#b9b2a4', weight: 0.6, fillColor: '#efece4', fillOpacity: 1 },
  }).addTo(map);
  requestAnimationFrame(() => performance.mark('summit-map:basemap'));
});`;

// Places inline, as the story's bundle carries them; markers are Leaflet's default L.marker.
const referenceMap = (places) => `<script>
const places = ${JSON.stringify(places)};
const map = L.map('map');
const toLatLng = ([lon, lat]) => [lat, lon];
const points = places.features.filter((place) => place.geometry.type === 'Point');
map.fitBounds(points.map((place) => toLatLng(place.geometry.coordinates)), { padding: [28, 28] });
for (const place of places.features) {
  const layer = place.geometry.type === 'Point'
    ? L.marker(toLatLng(place.geometry.coordinates), { title: place.properties.name, alt: place.properties.name })
    : L.polyline(place.geometry.coordinates.map(toLatLng), { color: '#0b7a5c' });
  layer.bindPopup(place.properties.name).addTo(map);
}
performance.mark('summit-map:markers');
${basemapScript}
</script>`;

const storyReference = (places) => `${leafletHead('100vh')}<body>
<div id="map"></div>
<script src="bench-leaflet/leaflet.js"></script>
${referenceMap(places)}
</body>
</html>
`;

/**
 * The built story page with the same plain Leaflet map in place of <summit-map>, as a page author
 * would write it: Leaflet's stylesheet and script in the head, the map's script after its div. It
 * tells what the page itself costs a map, apart from what summit-map costs.
 */
function storyPageReference(storyPage, places) {
  // The module's tag, or the build's preload and loader that run it after the first paint (scripts/vite-story-pages-first-view.ts).
  const module =
    /(?:<link rel="modulepreload" href="\/summit-map\.js" \/>\s*)?<script type="module"(?:[^>]*src="\/summit-map\.js">|>[^<]*import\("\/summit-map\.js"\)[^<]*)<\/script>/;
  // Its content, if any, is the pre-rendered first view, which a plain Leaflet page does not have.
  const element = /<summit-map id="story-map"[^>]*>[\s\S]*?<\/summit-map>/;
  if (!module.test(storyPage) || !element.test(storyPage))
    throw new Error('bench: the story page no longer loads summit-map.js into #story-map');
  return (
    storyPage
      .replace(module, '<link rel="stylesheet" href="bench-leaflet/leaflet.css">\n<script src="bench-leaflet/leaflet.js"></script>')
      // The tag stays, undefined, as a box the page's CSS sizes and borders as it does the map.
      .replace(
        element,
        () =>
          `<summit-map style="display: block"><div id="map" style="height: var(--summit-map-height)"></div></summit-map>\n${referenceMap(places)}`,
      )
  );
}

function scaleReference(count) {
  return `${leafletHead('100vh')}<body>
<div id="map"></div>
<script src="bench-leaflet/leaflet.js"></script>
<script>
const map = L.map('map', { preferCanvas: true }).setView([20, 0], 2);
fetch('bench-places-${count}.geojson').then((response) => response.json()).then((places) => {
  const group = L.featureGroup();
  for (const place of places.features) {
    const [lon, lat] = place.geometry.coordinates;
    L.circleMarker([lat, lon], { radius: 4, weight: 1, color: '#ffffff', fillColor: places.roles[place.properties.role].color, fillOpacity: 0.9 })
      .bindTooltip(place.properties.name)
      .addTo(group);
  }
  map.fitBounds(group.getBounds());
  group.addTo(map);
  performance.mark('summit-map:markers');
});
${basemapScript}
</script>
</body>
</html>
`;
}

const scaleOurs = (count) =>
  `${head('<style>body { margin: 0; } summit-map { --summit-map-height: 100vh; }</style>\n')}<body>
<summit-map src="bench-places-${count}.geojson"></summit-map>
<script type="module" src="summit-map.js"></script>
</body>
</html>
`;

// The bare embed page of the README: one module script and the element, nothing else.
const embed = `${head()}<body>
<script type="module" src="summit-map.js"></script>
<summit-map></summit-map>
</body>
</html>
`;

/**
 * Writes every page and data file into `folder`: `storyPage` is the built story page's HTML (the
 * same-page reference is made from it); scale files only for the given sizes.
 */
export function writePages(folder, { placesFile, storyPage, scaleSizes }) {
  const leafletDist = dirname(require.resolve('leaflet/dist/leaflet.js'));
  mkdirSync(join(folder, 'bench-leaflet'), { recursive: true });
  for (const file of ['leaflet.js', 'leaflet.css']) copyFileSync(join(leafletDist, file), join(folder, 'bench-leaflet', file));
  cpSync(join(leafletDist, 'images'), join(folder, 'bench-leaflet', 'images'), { recursive: true });

  const world = require('world-atlas/countries-50m.json');
  writeFileSync(join(folder, 'bench-world-50m.geojson'), JSON.stringify(feature(world, world.objects.countries)));

  writeFileSync(join(folder, PAGES.embed), embed);
  const places = JSON.parse(readFileSync(placesFile, 'utf8'));
  writeFileSync(join(folder, PAGES.reference), storyReference(places));
  writeFileSync(join(folder, PAGES.storyPageReference), storyPageReference(storyPage, places));

  if (scaleSizes.length === 0) return;
  const all = generatePlaces(Math.max(...scaleSizes));
  for (const count of scaleSizes) {
    const places = { ...all, story: { title: `${count} generated places` }, features: all.features.slice(0, count) };
    writeFileSync(join(folder, `bench-places-${count}.geojson`), JSON.stringify(places));
    writeFileSync(join(folder, PAGES.scaleOurs(count)), scaleOurs(count));
    writeFileSync(join(folder, PAGES.scaleReference(count)), scaleReference(count));
  }
}

/**
 * The bench's pages for the build in `dist` (its story page, the summit story's places), written
 * into `folder` and served from there, then from `dist`; for the scripts that compare two builds.
 */
export function serveBuild(dist, folder) {
  writePages(folder, {
    placesFile: join(ROOT, 'geo', 'places.geojson'),
    storyPage: readFileSync(join(dist, 'index.html'), 'utf8'),
    scaleSizes: [],
  });
  return serveFolders([folder, dist]);
}
