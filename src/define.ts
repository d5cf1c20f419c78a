// The declarations name the global `GeoJSON` types (@types/geojson, a dependency for that reason).
/// <reference types="geojson" preserve="true" />
/**
 * Registers the elements. The only module with that side effect: `src/index.ts` exports the
 * classes without defining them. Guarded, so loading two copies of the bundle is harmless.
 */
import { defineElement } from './define-element';
import { SummitMap } from './elements/summit-map';
import { SummitArticle } from './elements/summit-article';
import { SummitPlaceList } from './elements/summit-place-list';

defineElement('summit-map', SummitMap);
defineElement('summit-article', SummitArticle);
defineElement('summit-place-list', SummitPlaceList);

export { SummitArticle, SummitMap, SummitPlaceList };
// Also brings the events' declarations (their HTMLElementEventMap entries) into any program that
// imports only this module: `addEventListener('summit-select', (e) => e.detail.id)` type-checks
// with nothing but `import 'summit-map/define'`.
export type { SummitCiteEvent, SummitErrorEvent, SummitOutcomeEvent, SummitReadyEvent, SummitSelectEvent } from './events';
