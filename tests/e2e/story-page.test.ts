// The built story page (dist/index.html): it loads, draws every place in geo/places.geojson,
// every popup quotes the article word for word, nothing goes wrong in the console, and nothing
// is requested from anywhere but the page's own server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { foreignRequests, launchBrowser, markerIds, openPage, storyPlaces, type RecordedPage } from './browser';
import { startServer, type StaticServer } from './serve';

const places = storyPlaces();
const points = places.features.filter((feature) => feature.geometry.type === 'Point');
const routes = places.features.filter((feature) => feature.geometry.type === 'LineString');

let server: StaticServer;
let browser: Browser;
let story: RecordedPage;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  story = await openPage(browser);
  await story.page.goto(server.url('/'), { waitUntil: 'load' });
  await story.page.locator('summit-map .summit-marker').first().waitFor();
});

afterAll(async () => {
  await story?.close();
  await browser?.close();
  await server?.close();
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
    await expect.poll(() => markerIds(page)).toHaveLength(points.length);
    expect((await markerIds(page)).sort()).toEqual(points.map((point) => point.id).sort());
    for (const point of points) {
      const marker = page.locator(`summit-map .summit-marker[data-place-id="${point.id}"]`);
      expect(await marker.count()).toBe(1);
      // Roving tabindex: exactly one place is in the Tab order (checked below).
      expect(await marker.getAttribute('tabindex')).toMatch(/^(0|-1)$/);
      expect(await marker.getAttribute('role')).toBe('button');
      expect(await marker.isVisible()).toBe(true);
    }
    expect(await page.locator('summit-map [data-place-id][tabindex="0"]').count()).toBe(1);
    const route = page.locator('summit-map path.summit-route[data-place-id="overflight"]');
    expect(await route.count()).toBe(1);
    expect(await route.getAttribute('d')).toMatch(/^M/);
  });

  it('opens a popup quoting every quote of a place, for each place, from the keyboard', async () => {
    const { page } = story;
    for (const place of [...points, ...routes]) {
      const selector =
        place.geometry.type === 'Point' ? `.summit-marker[data-place-id="${place.id}"]` : `path.summit-route[data-place-id="${place.id}"]`;
      await page.locator(`summit-map ${selector}`).focus();
      await page.keyboard.press('Enter');
      // A Leaflet popup on a wide map, a card on a narrow one (the story page's map is under 600 px).
      const popup = page.locator('summit-map .leaflet-popup, summit-map .summit-card');
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
    const pane = page.locator('summit-map .leaflet-map-pane');
    const markers = () =>
      page
        .locator('summit-map .summit-marker')
        .evaluateAll((elements) => elements.map((element) => (element as HTMLElement).style.transform));
    const before = await markers();
    await page.locator('summit-map button[aria-label="Zoom in"]').click();
    await expect.poll(markers).not.toEqual(before);
    await page.locator('summit-map button[aria-label="Zoom out"]').click();
    await page.locator('summit-map button.fit').click();
    await page.waitForTimeout(600); // let the animations (and anything they would fetch) run
    expect(await pane.count()).toBe(1);
  });

  it('logs no console errors and throws no page errors', () => {
    expect(story.pageErrors).toEqual([]);
    expect(story.consoleErrors).toEqual([]);
    expect(story.failedRequests).toEqual([]);
  });

  it('requests nothing from outside its own server', () => {
    expect(story.requests.length).toBeGreaterThan(1);
    expect(story.requests[0]).toBe(server.url('/'));
    expect(foreignRequests(story.requests, server.origin)).toEqual([]);
  });
});
