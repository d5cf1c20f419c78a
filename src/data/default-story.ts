/**
 * The bundled story: the places, the article and the later reporting ship inside the module.
 * The basemap does not: it is fetched from `defaultBasemapBase` (./basemap-url.ts) after the markers.
 */
import placesText from '../../geo/places.geojson?raw';
import outcomeText from '../../geo/outcome.geojson?raw';
import article from '../../geo/article.json';

export const defaultPlaces: unknown = JSON.parse(placesText);
export const defaultArticle: unknown = article;
/** Later reporting ("what happened next"), kept apart from the article's data. */
export const defaultOutcome: unknown = JSON.parse(outcomeText);
