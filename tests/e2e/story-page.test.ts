// The built story page (dist/index.html): it loads, draws every place in geo/places.geojson,
// every popup quotes the article word for word, nothing goes wrong in the console, and nothing
// is requested from anywhere but the page's own server.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allMarkersInView,
  e2eSession,
  foreignRequests,
  placeIds,
  placePositions,
  placesIn,
  popupIn,
  settled,
  storyPlaces,
  type RecordedPage,
} from './browser';

const places = storyPlaces();
const points = places.features.filter((feature) => feature.geometry.type === 'Point');
const routes = places.features.filter((feature) => feature.geometry.type === 'LineString');

const session = e2eSession();
let story: RecordedPage;

beforeAll(async () => {
  story = await session.open('/');
  await story.page.locator(placesIn()).first().waitFor();
});

describe('the story page (dist/index.html)', () => {
  it('has the headline and a <summit-map>', async () => {
    const { page } = story;
    expect(await page.locator('h1').count()).toBe(1);
    expect((await page.locator('h1').textContent())?.trim()).toBe('Where the second Trump–Kim summit could happen');
    expect(await page.locator('summit-map').count()).toBe(1);
    expect(await page.evaluate(() => customElements.get('summit-map') !== undefined)).toBe(true);
  });

  it('draws one marker per Point feature of geo/places.geojson, and the route', async () => {
    const { page } = story;
    expect(points.length).toBe(9);
    expect(routes.map((route) => route.id)).toEqual(['overflight']);
    await expect.poll(() => placeIds(page)).toHaveLength(places.features.length);
    expect((await placeIds(page)).sort()).toEqual(places.features.map((place) => place.id).sort());
    for (const point of points) {
      const marker = page.locator(`summit-map [part="map"] [data-place-id="${point.id}"]`);
      expect(await marker.count()).toBe(1);
      // Roving tabindex: exactly one place is in the Tab order (checked below).
      expect(await marker.getAttribute('tabindex')).toMatch(/^(0|-1)$/);
      expect(await marker.getAttribute('role')).toBe('button');
      expect(await marker.isVisible()).toBe(true);
    }
    expect(await page.locator('summit-map [data-place-id][tabindex="0"]').count()).toBe(1);
    const route = page.locator('summit-map [part="map"] path[data-place-id="overflight"]');
    expect(await route.count()).toBe(1);
    expect(await route.getAttribute('d')).toMatch(/^M/);
  });

  it('opens a popup quoting every quote of a place, for each place, from the keyboard', async () => {
    const { page } = story;
    for (const place of [...points, ...routes]) {
      await page.locator(`summit-map [part="map"] [data-place-id="${place.id}"]`).focus();
      await page.keyboard.press('Enter');
      const popup = page.locator(popupIn());
      await expect
        .poll(() => popup.locator('.popup-title').allTextContents(), { message: `popup of ${place.id}` })
        .toEqual([place.properties.name]);
      // Leaflet closes the previous popup when the next opens: one popup at a time.
      expect(await popup.count()).toBe(1);
      const text = (await popup.textContent()) ?? '';
      const blockquotes = await popup.locator('.popup-quote blockquote').allTextContents();
      const paragraphs = await popup.locator('.popup-paragraph').allTextContents();
      const quotes = place.properties.quotes ?? [];
      expect(quotes.length, `${place.id} has quotes in places.geojson`).toBeGreaterThan(0);
      for (const quote of quotes) {
        expect(text, `popup of ${place.id}`).toContain(quote.text);
        expect(blockquotes, `popup of ${place.id}`).toContain(quote.text);
        expect(
          paragraphs.map((p) => p.trim()),
          `popup of ${place.id}`,
        ).toContain(`¶${quote.paragraph}`);
      }
      expect(blockquotes).toHaveLength(quotes.length);
      expect(await popup.locator('.popup-credit').textContent()).toMatch(/Bloomberg/);
      expect(await page.locator('summit-map').getAttribute('selected')).toBe(place.id);
    }
  });

  it('zooms and frames all places with its own buttons', async () => {
    const { page } = story;
    const before = await placePositions(page);
    await page.locator('summit-map button[aria-label="Zoom in"]').click();
    await expect.poll(() => placePositions(page)).not.toEqual(before);
    await page.locator('summit-map button[aria-label="Zoom in"]').click();
    await page.locator('summit-map button[aria-label="Zoom in"]').click();
    await expect.poll(() => allMarkersInView(page), { timeout: 5000 }).toBe(false);
    // Leaflet drops a view change asked for while a zoom animates: let the zoom end first.
    await settled(() => placePositions(page));
    await page.locator('summit-map [part="controls"] button.fit').click();
    await expect.poll(() => allMarkersInView(page), { timeout: 5000 }).toBe(true);
  });

  it('logs no console errors and throws no page errors', () => {
    expect(story.pageErrors).toEqual([]);
    expect(story.consoleErrors).toEqual([]);
    expect(story.failedRequests).toEqual([]);
  });

  it('requests nothing from outside its own server', () => {
    expect(story.requests.length).toBeGreaterThan(1);
    expect(story.requests[0]).toBe(session.server.url('/'));
    expect(foreignRequests(story.requests, session.server.origin)).toEqual([]);
  });
});
