// The declarations name the global `GeoJSON` types (@types/geojson, a dependency for that reason).
/// <reference types="geojson" preserve="true" />
/**
 * Registers the elements. The only module with that side effect: `src/index.ts` exports the
 * classes without defining them. Guarded, so loading two copies of the bundle is harmless.
 */
import { SummitMap } from './elements/summit-map';
import { SummitArticle } from './elements/summit-article';
import { SummitPlaceList } from './elements/summit-place-list';

if (!customElements.get('summit-map')) customElements.define('summit-map', SummitMap);
if (!customElements.get('summit-article')) customElements.define('summit-article', SummitArticle);
if (!customElements.get('summit-place-list')) customElements.define('summit-place-list', SummitPlaceList);

export { SummitArticle, SummitMap, SummitPlaceList };
