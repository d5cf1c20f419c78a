/** The world's land for the locator inset (geo/locator-land.json, made by scripts/build-locator-land.mjs): map data, not code. */
import land from '../../geo/locator-land.json';

/** One SVG path in Web Mercator pixels at zoom 0 (256 px wide). */
export const LOCATOR_LAND: string = land.path;
