// The drop-in module's sibling files (dist/summit-map-*.js): a page loads only the code it uses,
// companions are registered when the page has them (also when added later), and a module copied
// without its siblings still shows its page's markers and says what is missing (the bundled story,
// a file of its own, is then missing too: the map says so).
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consoleErrorsBesidesFavicon, e2eSession, placeIds, storyPlaces } from './browser';
import { DIST, FIXTURES, ROOT } from './serve';

const storyPlaceIds = storyPlaces()
  .features.map((feature) => feature.id)
  .sort();

// A folder holding the module alone, as if an embedder copied only summit-map.js.
let lonely = '';
const session = e2eSession(async () => {
  lonely = await mkdtemp(join(tmpdir(), 'summit-map-lonely-'));
  await copyFile(join(DIST, 'summit-map.js'), join(lonely, 'summit-map.js'));
  await copyFile(join(ROOT, 'geo/places.geojson'), join(lonely, 'places.geojson'));
  await writeFile(
    join(lonely, 'page.html'),
    '<!doctype html>\n<title>Module alone</title>\n<script type="module" src="summit-map.js"></script>\n' +
      '<summit-map id="map" loading="eager" src="places.geojson"></summit-map>\n<summit-article for="map"></summit-article>\n',
  );
  await writeFile(
    join(lonely, 'bundled.html'),
    '<!doctype html>\n<title>Module alone, bundled story</title>\n<script type="module" src="summit-map.js"></script>\n' +
      '<summit-map id="map" loading="eager"></summit-map>\n',
  );
  return {
    mounts: [
      { prefix: '/fixtures/', dir: FIXTURES },
      { prefix: '/lonely/', dir: lonely },
      { prefix: '/', dir: DIST },
    ],
  };
});
afterAll(() => rm(lonely, { recursive: true, force: true }));

/** The sibling files a page fetched, without their content hashes: "summit-map-basemap-layer". */
const siblingsFetched = (requests: readonly string[]) =>
  [...new Set(requests.map((url) => new URL(url).pathname.match(/\/(summit-map-[\w-]+?)(-[\w-]{8})?\.js$/)?.[1]).filter(Boolean))].sort();

describe('a page with only a map', () => {
  it('fetches the map’s code and what its first view needs, never the companions’, the large-data code or the article’s checks', async () => {
    const embed = await session.open('/fixtures/embed.html');
    await expect.poll(async () => (await placeIds(embed.page)).sort(), { timeout: 15_000 }).toEqual(storyPlaceIds);
    await embed.page.waitForFunction(() => performance.getEntriesByName('summit-map:basemap').length > 0);
    await embed.page.waitForLoadState('networkidle');
    const fetched = siblingsFetched(embed.requests);
    expect(fetched).toContain('summit-map-basemap-layer');
    for (const unused of [
      'summit-article',
      'summit-place-list',
      'companion-link',
      'mentions',
      'point-canvas',
      'cluster',
      'parse',
      'leaflet-tiles',
      'polylabel',
      // The bundled story comes parsed and its quotes checked when the module was built.
      'summit-map-article',
      'summit-map-quotes',
    ])
      expect(
        fetched.filter((name) => name!.includes(unused)),
        unused,
      ).toEqual([]);
    expect(await embed.page.evaluate(() => customElements.get('summit-article'))).toBeUndefined();
  });
});

describe('a page whose reader chooses a place', () => {
  it('fetches the details’ code, one file, with the first choice (not before), and shows the details styled', async () => {
    // A map given its data and no outcome layer (whose popups would bring the details' code with it).
    const embed = await session.open('/fixtures/src-story.html');
    const { page } = embed;
    await expect.poll(async () => (await placeIds(page)).sort(), { timeout: 15_000 }).toEqual(['hiroshima', 'miyajima', 'tokyo']);
    await page.waitForFunction(() => performance.getEntriesByName('summit-map:basemap').length > 0);
    await page.waitForLoadState('networkidle');
    const details = () => siblingsFetched(embed.requests).filter((name) => name!.includes('popup-details'));
    expect(details()).toEqual([]);
    await page.locator('summit-map [data-place-id="tokyo"]').click();
    await expect.poll(() => page.locator('summit-map .leaflet-popup .popup-title').textContent(), { timeout: 15_000 }).toBe('Tokyo');
    expect(details()).toHaveLength(1);
    // Styled: Leaflet's popup rules and the details' own came with the code.
    const radius = await page.locator('summit-map .leaflet-popup-content-wrapper').evaluate((box) => getComputedStyle(box).borderRadius);
    expect(radius).toBe('6px');
    expect(embed.pageErrors).toEqual([]);
  });
});

describe('a page that opts into online tiles', () => {
  it('fetches Leaflet’s tile layers, a file of their own, and draws the tiles', async () => {
    const embed = await session.open('/fixtures/embed.html');
    const { page } = embed;
    await expect.poll(async () => (await placeIds(page)).sort(), { timeout: 15_000 }).toEqual(storyPlaceIds);
    // Tiles that are not there: Leaflet still lays out an <img> for each one it asks for.
    await page.evaluate(() => document.querySelector('summit-map')!.setAttribute('tiles', `${location.origin}/no-tiles/{z}/{x}/{y}.png`));
    await expect.poll(() => page.locator('summit-map .leaflet-tile').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(siblingsFetched(embed.requests).filter((name) => name!.includes('leaflet-tiles'))).toHaveLength(1);
    expect(embed.pageErrors).toEqual([]);
  });
});

describe('a page with companions', () => {
  it('registers the article at once and a place list added later, both linked to the map', async () => {
    const page = (await session.open('/fixtures/companions.html')).page;
    await page.locator('summit-article [part="paragraph"]').first().waitFor({ timeout: 15_000 });
    await page.locator('summit-place-list li').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('summit-place-list li').count()).toBe(storyPlaceIds.length);
    // Linked: choosing a list item selects the place on the map.
    await page.locator('summit-place-list li button').first().click();
    await expect.poll(() => page.locator('summit-map').getAttribute('selected')).not.toBe('');
  });
});

describe('the module copied without its sibling files', () => {
  it('still draws the markers, says the basemap could not be loaded (summit-error), and logs which files are missing', async () => {
    const lonelyPage = await session.open('/lonely/page.html');
    const { page } = lonelyPage;
    await expect.poll(async () => (await placeIds(page)).sort(), { timeout: 15_000 }).toEqual(storyPlaceIds);
    const errorMessages = async () =>
      (await lonelyPage.events()).flatMap((event) =>
        event.type === 'summit-error' ? [(event.detail as { message: string }).message] : [],
      );
    await expect.poll(async () => (await errorMessages()).join('\n'), { timeout: 15_000 }).toMatch(/basemap could not be loaded/i);
    await expect.poll(() => page.locator('summit-map [part="error"]').isVisible()).toBe(true);
    expect(lonelyPage.pageErrors).toEqual([]);
    await expect.poll(() => consoleErrorsBesidesFavicon(lonelyPage).join('\n')).toMatch(/summit-map-\*\.js files beside summit-map\.js/);
    // A place chosen: its details' code is missing too, and the map says so rather than nothing.
    await page.evaluate(() => (document.querySelector('summit-map') as HTMLElement & { select(id: string): void }).select('hanoi'));
    await expect.poll(async () => (await errorMessages()).join('\n'), { timeout: 15_000 }).toMatch(/details could not be loaded/i);
    expect(lonelyPage.pageErrors).toEqual([]);
  });

  it('without src, says that the bundled story is a file beside the module, and how to fix it', async () => {
    const lonelyPage = await session.open('/lonely/bundled.html');
    const errorMessages = async () =>
      (await lonelyPage.events()).flatMap((event) =>
        event.type === 'summit-error'
          ? [(event.detail as { message: string; problems: { message: string }[] }).problems.map((problem) => problem.message).join(' ')]
          : [],
      );
    await expect
      .poll(async () => (await errorMessages()).join('\n'), { timeout: 15_000 })
      .toMatch(/bundled story.*summit-map-\*\.js files beside summit-map\.js.*src/is);
    expect(lonelyPage.pageErrors).toEqual([]);
  });
});
