// The declarations name the global `GeoJSON` types (@types/geojson, a dependency for that reason).
/// <reference types="geojson" preserve="true" />
/** Public entry: classes, types and events. Defines nothing; import `./define` for that. */
export { SummitMap } from './elements/summit-map';
export { SummitPlaceList } from './elements/summit-place-list';
export { SummitArticle } from './elements/summit-article';
export { SummitCiteEvent, SummitErrorEvent, SummitOutcomeEvent, SummitReadyEvent, SummitSelectEvent } from './events';
export type { SummitCiteDetail, SummitErrorDetail, SummitOutcomeDetail, SummitReadyDetail, SummitSelectDetail } from './events';
// Types only: the classes are in the code that fires them (an editable map's edit handler, the editor's module).
export type { SummitMapClickEvent, SummitMapClickDetail, SummitPlaceMoveEvent, SummitPlaceMoveDetail } from './edit-events';
export { parseStory } from './model/story';
export { parseArticle } from './model/article';
export { verifyQuotes } from './model/quotes';
export type { Article, Place, Problem, Quote, Role, RoleSymbol, Story } from './model/types';
