// The third example story's built page (dist/stories/kilauea-summit-drive/), at the scale of one
// park: it draws its own six places from the data beside it, and at its first view, at 1280 × 900
// and at 390 × 844 with touch, its markers are spread apart and each is its own pointer target.
import { describe, expect, it } from 'vitest';
import {
  consoleErrorsBesidesFavicon,
  e2eSession,
  foreignRequests,
  markerHits,
  placeIds,
  placesIn,
  popupIn,
  readJson,
  settled,
} from './browser';

const folder = 'stories/kilauea-summit-drive';
interface DrivePlaces {
  roles: Record<string, { label: string; order: number }>;
  features: { id: string; properties: { name: string; quotes: { text: string; paragraph: number }[] } }[];
}
const places = readJson<DrivePlaces>(`${folder}/places.geojson`);
const ids = places.features.map((feature) => feature.id);
const session = e2eSession();

const SIZES = [
  ['1280 × 900', { viewport: { width: 1280, height: 900 } }],
  ['390 × 844, touch', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
] as const;

describe.each(SIZES)('the Kīlauea summit drive page at %s', (_name, options) => {
  it('draws its own six places and roles, from the data beside the page', async () => {
    const recorded = await session.open(`/${folder}/`, options);
    const { page } = recorded;
    await page.locator(placesIn()).first().waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await placeIds(page)).sort()).toEqual([...ids].sort());
    const labels = Object.values(places.roles)
      .sort((a, b) => a.order - b.order)
      .map((role) => role.label);
    expect(await page.locator('summit-map .legend li').allTextContents()).toEqual(labels);
    expect(recorded.requests).toEqual(
      expect.arrayContaining([session.server.url(`/${folder}/places.geojson`), session.server.url(`/${folder}/article.json`)]),
    );
    const events = await recorded.events();
    expect(events.filter((event) => event.type === 'summit-ready').map((event) => event.detail)).toEqual([{ places: 6 }]);
    expect(events.filter((event) => event.type === 'summit-error')).toEqual([]);
    expect(recorded.pageErrors).toEqual([]);
    expect(consoleErrorsBesidesFavicon(recorded)).toEqual([]);
    expect(foreignRequests(recorded.requests, session.server.origin)).toEqual([]);
  });

  it('spreads its markers at the first view, each its own target, though all six lie within 5 km', async () => {
    const { page } = await session.open(`/${folder}/`, options);
    await page.locator(placesIn()).first().waitFor({ timeout: 15_000 });
    const first = await settled(() => markerHits(page));
    expect(first.map((marker) => marker.id).sort()).toEqual([...ids].sort());
    for (const marker of first) expect(marker, marker.id).toMatchObject({ inMap: true, hits: true });
    // Spread: no two markers' centres closer than a 24-pixel target (WCAG 2.5.8).
    for (const a of first)
      for (const b of first) if (a.id < b.id) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id}–${b.id}`).toBeGreaterThanOrEqual(24);
  });

  it('quotes the guide word for word when a place is chosen', async () => {
    const { page } = await session.open(`/${folder}/`, options);
    await page.locator(placesIn()).first().waitFor({ timeout: 15_000 });
    await page.locator('summit-map .summit-marker[data-place-id="halemaumau"]').focus();
    await page.keyboard.press('Enter');
    const popup = page.locator(`${popupIn()}, summit-map .summit-card`);
    await expect.poll(() => popup.locator('.popup-title').allTextContents()).toEqual(['Halemaʻumaʻu Crater']);
    const halemaumau = places.features.find((feature) => feature.id === 'halemaumau')!;
    expect(await popup.locator('.popup-quote blockquote').allTextContents()).toEqual(
      halemaumau.properties.quotes.map((quote) => quote.text),
    );
  });
});

describe('links between the example stories', () => {
  it('the summit and Alaska pages link to this one', async () => {
    for (const [path, href] of [
      ['/', 'stories/kilauea-summit-drive/'],
      ['/stories/seascape-alaska/', '../kilauea-summit-drive/'],
    ] as const) {
      const { page } = await session.open(path);
      const link = page.locator(`a[href="${href}"]`);
      expect(await link.count(), path).toBe(1);
      expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(session.server.url(`/${folder}/`));
    }
  });
});
