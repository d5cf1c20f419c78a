/**
 * The zoom from which the basemap names regions (states, provinces, islands, ranges): local and
 * regional scale only. A module of its own: the basemap layer reads it to decide when to load the
 * region names' code (src/leaflet/basemap-regions.ts), which is kept out of its first download.
 */
export const REGION_MIN_ZOOM = 6;
