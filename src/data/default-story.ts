/**
 * The bundled story: geo/places.geojson and geo/article.json, parsed and their quotes checked when
 * the module is built (scripts/vite-bundled-story.ts), in a file of their own beside the module. The
 * later reporting is a file of its own too (./default-outcome.ts), and the basemap is fetched from
 * `defaultBasemapBase` (./basemap-url.ts), both after the markers.
 */
import { article, story } from 'virtual:summit-map-bundled-story';

export const bundledStory = story;
export const bundledArticle = article;
