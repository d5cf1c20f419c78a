// Any story at any scale, on the built pages in Chromium at 1280 × 900 and at 390 × 844 with touch:
// a local story (13 places on one island, four within 2 km) is framed by its own extent and every
// marker is its own pointer target at the first view and once each place is chosen; on the story
// page the chosen place and its details are inside the window at any scroll position, and on a
// phone the card covers at most 45 % of the map the reader sees, leaving the place uncovered.
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { e2eSession, markerHits, openStoryPage, placesIn, readJson, settled } from './browser';

const island = readJson<{ features: { id: string; properties: { name: string } }[] }>('tests/e2e/fixtures/island.geojson');
const ids = island.features.map((feature) => feature.id);
const session = e2eSession();

const SIZES = [
  ['1280 × 900', { viewport: { width: 1280, height: 900 } }],
  ['390 × 844, touch', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
] as const;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The open details' box and the chosen marker's box, in the window. */
function detailsAndPlace(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('summit-map')!.shadowRoot!;
    const box = (element: Element | null): Box | null => {
      if (!element) return null;
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    const map = root.querySelector('[part="map"]')!.getBoundingClientRect();
    return {
      details: box(root.querySelector('.leaflet-popup-content-wrapper, .summit-card')),
      card: !!root.querySelector('.summit-card'),
      place: box(root.querySelector('.summit-marker.chosen')),
      seenMap: { top: Math.max(0, map.top), bottom: Math.min(innerHeight, map.bottom) },
      window: { width: innerWidth, height: innerHeight },
    };
  });
}

const insideWindow = (box: Box, window: { width: number; height: number }) =>
  box.top >= -0.5 && box.left >= -0.5 && box.bottom <= window.height + 0.5 && box.right <= window.width + 0.5;
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each(SIZES)('a local story at %s', (_name, options) => {
  it('frames its 13 places by their extent; each marker is its own target at the first view and once chosen', async () => {
    const { page } = await session.open('/fixtures/island.html', options);
    await page.locator(placesIn()).first().waitFor();
    const first = await settled(() => markerHits(page));
    expect(first.map((marker) => marker.id).sort()).toEqual([...ids].sort());
    for (const marker of first) expect(marker, marker.id).toMatchObject({ inMap: true, hits: true });
    // Spread: the places' box spans a real part of the map (the old first view: a 40-pixel blob).
    const span = Math.max(...first.map((m) => m.y)) - Math.min(...first.map((m) => m.y));
    expect(span).toBeGreaterThan(150);
    for (const id of ids) {
      await page.evaluate((id) => (document.querySelector('summit-map') as unknown as { select(id: string): boolean }).select(id), id);
      await page.locator('summit-map .leaflet-popup, summit-map .summit-card').first().waitFor();
      const now = await settled(() => markerHits(page));
      const chosen = now.find((marker) => marker.id === id)!;
      expect(chosen, id).toMatchObject({ inMap: true, hits: true });
      const { details, place, window } = await settled(() => detailsAndPlace(page));
      expect(insideWindow(details!, window), id).toBe(true);
      expect(overlaps(details!, place!), id).toBe(false);
    }
  });
});

describe('details always in sight on the story page', () => {
  it('at 1280 × 900, choosing Danang in ¶2 without scrolling shows the place and its details inside the window', async () => {
    const page = await openStoryPage(session, '/', SIZES[0][1]);
    await page.locator('summit-article').getByText('Danang', { exact: true }).first().click();
    await page.locator('summit-map .leaflet-popup, summit-map .summit-card').first().waitFor();
    const { details, place, window } = await settled(() => detailsAndPlace(page));
    expect(insideWindow(details!, window)).toBe(true);
    expect(insideWindow(place!, window)).toBe(true);
    expect(overlaps(details!, place!)).toBe(false);
  });

  it('at 390 × 844 with touch, choosing Stockholm in the list gives a card over at most 45 % of the map in sight, clear of the place', async () => {
    const page = await openStoryPage(session, '/', SIZES[1][1]);
    await page.locator('summit-place-list').getByRole('button', { name: 'Stockholm', exact: true }).click();
    await page.locator('summit-map .summit-card').waitFor();
    const { details, place, seenMap } = await settled(() => detailsAndPlace(page));
    const share = (Math.min(details!.bottom, seenMap.bottom) - Math.max(details!.top, seenMap.top)) / (seenMap.bottom - seenMap.top);
    expect(share).toBeLessThanOrEqual(0.45 + 0.01);
    expect(overlaps(details!, place!)).toBe(false);
    // It shows when it scrolls: a shadow at the edge that has more (a background on the card itself).
    const scrolls = await page.evaluate(() => {
      const card = document.querySelector('summit-map')!.shadowRoot!.querySelector<HTMLElement>('.summit-card')!;
      return { more: card.scrollHeight > card.clientHeight, background: getComputedStyle(card).backgroundImage };
    });
    if (scrolls.more) expect(scrolls.background).toMatch(/radial-gradient/);
  });
});
