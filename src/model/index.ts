// The declarations name the global `GeoJSON` types (@types/geojson, a dependency for that reason).
/// <reference types="geojson" preserve="true" />
/**
 * `summit-map/model`: the story's data model without a DOM or Leaflet, for Node, workers and
 * editors: the parsers the map uses, quote checks, and the drafting of a story from its article.
 */
export { parseStory, slugOf } from './story';
export { parseArticle } from './article';
export { verifyQuotes } from './quotes';
export { findMentions, sentenceAt } from './mentions';
export type { Mention } from './mentions';
export type { Article, Parsed, Place, PlaceGeometry, Position, Problem, Quote, Role, RoleSymbol, Story } from './types';

export { readArticle } from './draft/read-article';
export type { ArticleJson, ReadArticle } from './draft/read-article';
export { MAX_ARTICLE_CHARACTERS, nonLatinScript } from './draft/input-checks';
export { draftStory, DRAFT_ROLES, CHECK_BELOW } from './draft/draft-story';
export type {
  DraftCollection,
  DraftFeature,
  DraftInput,
  DraftRole,
  DraftSummary,
  DraftedStory,
  PlaceDraft,
  UnresolvedName,
} from './draft/draft-story';
export { checkStory, firstDifference } from './draft/check-story';

export { parseGazetteer, GAZETTEER_FORMAT } from './gazetteer/parse';
export { searchGazetteer, lookUp } from './gazetteer/search';
export { nameKey } from './gazetteer/name-key';
export { GAZETTEER_KINDS } from './gazetteer/types';
export type { Candidate, Gazetteer, GazetteerKind } from './gazetteer/types';
