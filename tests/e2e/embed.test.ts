// The drop-in module (dist/summit-map.js) on host pages: the two-line embed, a host page with
// its own window.L, two maps on one page, and another story given as an object or a URL.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { readText } from '../fixtures/load';
import {
  consoleErrorsBesidesFavicon,
  e2eSession,
  foreignRequests,
  placeIds,
  placePositions,
  popupIn,
  readJson,
  settled,
  storyPlaces,
  type PlacesCollection,
  type RecordedPage,
} from './browser';

const storyPlaceIds = storyPlaces()
  .features.map((feature) => feature.id)
  .sort();

const session = e2eSession();
const open = (path: string, viewport = { width: 1280, height: 900 }) => session.open(path, { viewport });

/** The element drew nothing wrong: no page errors, no console errors, nothing fetched from elsewhere. */
function expectClean(recorded: RecordedPage): void {
  expect(recorded.pageErrors).toEqual([]);
  expect(consoleErrorsBesidesFavicon(recorded)).toEqual([]);
  expect(foreignRequests(recorded.requests, session.server.origin)).toEqual([]);
}

async function openPopupByKeyboard(page: Page, host: string, id: string): Promise<void> {
  await page.locator(`${host} [part="map"] [data-place-id="${id}"]`).focus();
  await page.keyboard.press('Enter');
}

describe('the two-line embed on a bare page', () => {
  it('is exactly the two-line embed, nothing else', async () => {
    const text = readText('tests/e2e/fixtures/embed.html');
    expect(text.trim().split('\n')).toEqual(['<script type="module" src="/summit-map.js"></script>', '<summit-map></summit-map>']);
  });

  it('draws the bundled story', async () => {
    const embed = await open('/fixtures/embed.html');
    const { page } = embed;
    await expect.poll(async () => (await placeIds(page)).sort(), { timeout: 15_000 }).toEqual(storyPlaceIds);
    expect(await page.locator('summit-map [part="map"] path[data-place-id="overflight"]').count()).toBe(1);
    const box = await page.locator('summit-map').boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(200);
    const ready = (await embed.events()).filter((event) => event.type === 'summit-ready');
    expect(ready).toEqual([{ type: 'summit-ready', target: '', detail: { places: 10 } }]);
    expect(embed.requests.filter((url) => !url.startsWith('data:')).map((url) => new URL(url).pathname)).toEqual(
      expect.arrayContaining(['/fixtures/embed.html', '/summit-map.js']),
    );
    expectClean(embed);
  });
});

describe('a page that loads the module twice (two copies, as two CMS widgets might)', () => {
  it('registers the elements once and draws the story without errors', async () => {
    const twice = await open('/fixtures/twice.html');
    await expect.poll(async () => (await placeIds(twice.page)).sort(), { timeout: 15_000 }).toEqual(storyPlaceIds);
    expect(twice.requests.filter((url) => url.includes('summit-map.js'))).toHaveLength(2);
    expect(twice.pageErrors).toEqual([]);
    expect(consoleErrorsBesidesFavicon(twice)).toEqual([]);
  });
});

describe('a host page that has its own window.L', () => {
  it('keeps the host page’s L after the map is ready', async () => {
    const host = await open('/fixtures/host-l.html');
    const { page } = host;
    await expect.poll(async () => (await placeIds(page)).length, { timeout: 15_000 }).toBe(storyPlaceIds.length);
    await expect.poll(async () => (await host.events()).some((event) => event.type === 'summit-ready')).toBe(true);
    const L = await page.evaluate(() => {
      const w = window as unknown as { L: unknown; __hostL: unknown };
      return { same: w.L === w.__hostL, value: JSON.parse(JSON.stringify(w.L)) as unknown };
    });
    expect(L).toEqual({ same: true, value: { host: true } });
    expectClean(host);
  });
});

describe('two maps on one page', () => {
  let two: RecordedPage;
  const first = 'summit-map#first';
  const second = 'summit-map#second';

  beforeAll(async () => {
    two = await open('/fixtures/two-maps.html', { width: 1280, height: 1100 });
    await two.page.waitForFunction(
      (count) =>
        [...document.querySelectorAll('summit-map')].every(
          (el) => el.shadowRoot?.querySelectorAll('[part="map"] [data-place-id]').length === count,
        ),
      storyPlaceIds.length,
      { timeout: 15_000 },
    );
  });

  it('draws the story in each, with markers in each shadow root', async () => {
    expect((await placeIds(two.page, first)).sort()).toEqual(storyPlaceIds);
    expect((await placeIds(two.page, second)).sort()).toEqual(storyPlaceIds);
  });

  it('opens a popup in one map only', async () => {
    const { page } = two;
    await openPopupByKeyboard(page, first, 'hanoi');
    await expect.poll(() => page.locator(`${popupIn(first)} .popup-title`).allTextContents()).toEqual(['Hanoi']);
    expect(await page.locator(popupIn(second)).count()).toBe(0);
    expect(await page.locator(first).getAttribute('selected')).toBe('hanoi');
    expect(await page.locator(second).evaluate((map) => (map as HTMLElement & { selected: string }).selected)).toBe('');
    const selects = (await two.events()).filter((event) => event.type === 'summit-select');
    expect(selects.map((event) => [event.target, (event.detail as { id: string }).id])).toEqual([['first', 'hanoi']]);
  });

  it('zooms one map only', async () => {
    const { page } = two;
    const firstBefore = await settled(() => placePositions(page, first));
    const secondBefore = await settled(() => placePositions(page, second));
    await page.locator(`${first} button[aria-label="Zoom in"]`).click();
    await expect.poll(() => placePositions(page, first)).not.toEqual(firstBefore);
    const firstAfter = await settled(() => placePositions(page, first));
    expect(firstAfter).not.toEqual(firstBefore);
    expect(await settled(() => placePositions(page, second))).toEqual(secondBefore);
    // And the other way round.
    await page.locator(`${second} button[aria-label="Zoom in"]`).click();
    await expect.poll(() => placePositions(page, second)).not.toEqual(secondBefore);
    await settled(() => placePositions(page, second));
    expect(await settled(() => placePositions(page, first))).toEqual(firstAfter);
    expectClean(two);
  });
});

describe('another story', () => {
  it('shows only the places of a FeatureCollection given as `places`, with its own roles', async () => {
    const other = await open('/fixtures/other-story.html');
    const { page } = other;
    for (const host of ['summit-map#before', 'summit-map#after']) {
      await expect.poll(async () => (await placeIds(page, host)).sort(), { timeout: 15_000, message: host }).toEqual(['kyoto', 'osaka']);
      expect(await page.locator(`${host} [part="map"] path[data-place-id]`).count(), host).toBe(0);
      expect(await page.locator(`${host} [part="legend"] li`).allTextContents(), host).toEqual(['Host city', 'Side trip']);
    }
    // The element given data before it was defined never drew the bundled story.
    const ready = (await other.events()).filter((event) => event.type === 'summit-ready');
    expect(ready.filter((event) => event.target === 'before').map((event) => event.detail)).toEqual([{ places: 2 }]);
    expect(ready.filter((event) => event.target === 'after').map((event) => event.detail)).toEqual([{ places: 10 }, { places: 2 }]);
    // Its popups quote its own data, not the bundled article.
    await openPopupByKeyboard(page, 'summit-map#after', 'osaka');
    const popup = page.locator(popupIn('summit-map#after'));
    await expect.poll(() => popup.locator('.popup-title').allTextContents()).toEqual(['Osaka']);
    expect(await popup.locator('.popup-quote blockquote').allTextContents()).toEqual(['The G20 met in Osaka.']);
    expect(await popup.textContent()).not.toMatch(/Bloomberg/);
    expect((await other.events()).filter((event) => event.type === 'summit-error')).toEqual([]);
    expectClean(other);
  });

  it('loads a dataset from `src`', async () => {
    const fromUrl = await open('/fixtures/src-story.html');
    const { page } = fromUrl;
    const expected = readJson<PlacesCollection>('tests/e2e/fixtures/other-story.geojson')
      .features.map((feature) => feature.id)
      .sort();
    await expect.poll(async () => (await placeIds(page)).sort(), { timeout: 15_000 }).toEqual(expected);
    expect(await page.locator('summit-map [part="legend"] li').allTextContents()).toEqual(['Host city', 'Side trip']);
    expect(fromUrl.requests).toContain(session.server.url('/fixtures/other-story.geojson'));
    const events = await fromUrl.events();
    expect(events.filter((event) => event.type === 'summit-ready').map((event) => event.detail)).toEqual([{ places: 3 }]);
    expect(events.filter((event) => event.type === 'summit-error')).toEqual([]);
    await openPopupByKeyboard(page, 'summit-map', 'hiroshima');
    await expect.poll(() => page.locator(`${popupIn()} .popup-quote blockquote`).allTextContents()).toEqual(['Leaders met in Hiroshima.']);
    expectClean(fromUrl);
  });
});
