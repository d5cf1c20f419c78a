/**
 * The bundled story: the places and the article ship inside the module; the later reporting is
 * a file of its own (./default-outcome.ts), and the basemap is fetched from `defaultBasemapBase`
 * (./basemap-url.ts), both after the markers.
 */
import placesText from '../../geo/places.geojson?raw';
import article from '../../geo/article.json';

export const defaultPlaces: unknown = JSON.parse(placesText);
export const defaultArticle: unknown = article;
