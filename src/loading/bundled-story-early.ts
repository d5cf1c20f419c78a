/**
 * The drop-in module imports this first, so it runs before the rest of the module is evaluated
 * (Lit, Leaflet, the element): a page with a `<summit-map>` given no `src` shows the bundled
 * story, and asking for its file now overlaps its round trip with that evaluation instead of
 * starting it once the element is defined (bare embed page: markers one round trip sooner). A
 * map given its data by script later fetched ~7 KB it did not need; one with `src` fetches nothing.
 */
import { pageCarriesFirstView } from '../dom/first-view-on-page';
import { loadBundledStory } from './bundled-story-code';

// A page that carries its first view paints it first: nothing is asked for before then.
if (typeof document !== 'undefined' && document.querySelector('summit-map:not([src])') && !pageCarriesFirstView()) {
  // A failure is reported by the element when it asks for the same file.
  loadBundledStory().catch(() => undefined);
}
