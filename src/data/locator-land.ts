/**
 * The world's land for the locator inset: locator-land.json in the basemap folder (made by
 * scripts/build-locator-land.mjs), one SVG path in Web Mercator pixels at zoom 0 (256 px wide).
 * Map data, not code: fetched after the first paint, so no page pays for it in its module.
 */
const loads = new Map<string, Promise<string | undefined>>();

/** Only path commands and numbers: anything else is not the land file (it goes into an SVG `d` attribute). */
const PATH = /^[MLZ0-9 .-]*$/;

/** The land's path from the basemap folder at `base`, fetched once per folder; undefined if it is not there (the inset then shows no land). */
export function locatorLand(base: URL): Promise<string | undefined> {
  const url = new URL('locator-land.json', base).href;
  let load = loads.get(url);
  if (!load) {
    load = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<{ path?: unknown }>) : undefined))
      .then(
        (land) => (typeof land?.path === 'string' && PATH.test(land.path) ? land.path : undefined),
        () => undefined,
      );
    loads.set(url, load);
  }
  return load;
}
