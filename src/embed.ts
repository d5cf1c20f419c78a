// The declarations name the global `GeoJSON` types (@types/geojson, a dependency for that reason).
/// <reference types="geojson" preserve="true" />
/**
 * The drop-in module, `dist/summit-map.js` (`vite build --mode embed`). It registers
 * `<summit-map>` at once. The companions' code sits in `summit-map-*.js` files beside it and is
 * fetched only for a page that uses them: a `<summit-article>` or `<summit-place-list>` in the
 * document, now or added later. A page with only a map loads only the map's code. Companions
 * inside another component's shadow root are not seen: call `loadCompanions()` for them.
 */
// First, so that it runs before the rest of this module is evaluated.
import './loading/bundled-story-early';
import { defineElement } from './define-element';
import { afterFirstContentfulPaint, afterNextPaint } from './dom/after-paint';
import { pageCarriesFirstView } from './dom/first-view-on-page';
import { SummitMap } from './elements/summit-map';

// A page that carries its map's first view (`summit-map render --html`, the story pages) shows it
// at the first paint: the element, whose start builds the live map, is defined once that paint is
// on screen. Defined after the next frame only, its start (70–120 ms of script in the bench) ran
// while the raster and compositor threads were still drawing the picture, and held it back.
const preRendered = pageCarriesFirstView();
const afterFirstPaint = preRendered ? afterFirstContentfulPaint : afterNextPaint;
if (preRendered) afterFirstPaint(() => defineElement('summit-map', SummitMap));
else defineElement('summit-map', SummitMap);

const companions = new Map<string, () => Promise<CustomElementConstructor>>([
  ['summit-article', () => import('./elements/summit-article').then((module) => module.SummitArticle)],
  ['summit-place-list', () => import('./elements/summit-place-list').then((module) => module.SummitPlaceList)],
]);
const loading = new Map<string, Promise<void>>();

function loadCompanion(name: string): Promise<void> {
  let done = loading.get(name);
  if (!done) {
    done = companions.get(name)!().then(
      (element) => defineElement(name, element),
      (error: unknown) =>
        console.error(`summit-map: the code of <${name}> did not load. Copy the summit-map-*.js files beside summit-map.js.`, error),
    );
    loading.set(name, done);
    if (loading.size === companions.size) watcher.disconnect();
  }
  return done;
}

/** Loads and registers `<summit-article>` and `<summit-place-list>` whether or not the document shows one yet. */
export function loadCompanions(): Promise<void> {
  return Promise.all([...companions.keys()].map(loadCompanion)).then(() => undefined);
}

/** Loads the companions used in or under `root`. */
function loadUsedIn(root: Element | Document): void {
  for (const name of companions.keys()) {
    if (!loading.has(name) && ((root instanceof Element && root.matches(name)) || root.querySelector(name))) void loadCompanion(name);
  }
}

const watcher = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadUsedIn(node);
});
watcher.observe(document, { childList: true, subtree: true });
// The companions' code is asked for once the page has painted: even starting its requests would
// hold back the first paint of a map on the same page, whose markers come first.
afterFirstPaint(() => loadUsedIn(document));

export { SummitMap };
export type { SummitArticle } from './elements/summit-article';
export type { SummitPlaceList } from './elements/summit-place-list';
export * from './events';
