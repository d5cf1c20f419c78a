/** The bundled story: the places, the article and the offline basemap ship inside the module. */
import placesText from '../../geo/places.geojson?raw';
import outcomeText from '../../geo/outcome.geojson?raw';
import article from '../../geo/article.json';
import basemap from '../../geo/basemap.topo.json';

export const defaultPlaces: unknown = JSON.parse(placesText);
export const defaultArticle: unknown = article;
/** Later reporting ("what happened next"), kept apart from the article's data. */
export const defaultOutcome: unknown = JSON.parse(outcomeText);
export const defaultBasemap = basemap as unknown as import('topojson-specification').Topology;
