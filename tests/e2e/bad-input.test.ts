// Bad input on a host page: a dataset URL that 404s, and data that is not GeoJSON fed to a map
// already showing a story. The element says so (role="alert", summit-error) and never throws
// into the page.
import { describe, expect, it } from 'vitest';
import { e2eSession, foreignRequests, placeIds, popupIn, storyPlaces } from './browser';

const storyPlaceIds = storyPlaces()
  .features.map((feature) => feature.id)
  .sort();

const session = e2eSession();
const open = (path: string) => session.open(path);

interface ErrorDetail {
  message: string;
  problems: { message: string }[];
}

describe('a dataset URL that is not there', () => {
  it('shows an alert in the shadow root and fires summit-error, without a page error', async () => {
    const missing = await open('/fixtures/missing.html');
    const { page } = missing;
    const alert = page.locator('summit-map [role="alert"]');
    await alert.waitFor({ state: 'visible', timeout: 15_000 });
    // The alert is in the element's shadow root, not in the host page's light DOM.
    expect(await page.evaluate(() => document.querySelector('summit-map')?.shadowRoot?.querySelector('[role="alert"]') !== null)).toBe(
      true,
    );
    expect(await page.evaluate(() => document.querySelectorAll('[role="alert"]').length)).toBe(0);
    // The readers' note is short; the address is for the author (the event below, and the console).
    expect(await alert.textContent()).not.toContain('missing.json');

    await expect.poll(async () => (await missing.events()).filter((event) => event.type === 'summit-error').length).toBe(1);
    const events = await missing.events();
    const error = events.find((event) => event.type === 'summit-error');
    expect(error?.target).toBe('map');
    const detail = error?.detail as ErrorDetail;
    expect(detail.message).toMatch(/\S/);
    expect(detail.problems.map((problem) => problem.message).join(' ')).toMatch(/missing\.json.*404/);
    // It does not pretend: no bundled story instead, no "ready".
    expect(await placeIds(page)).toEqual([]);
    expect(events.filter((event) => event.type === 'summit-ready')).toEqual([]);

    expect(missing.requests).toContain(session.server.url('/fixtures/missing.json'));
    expect(missing.pageErrors).toEqual([]);
    expect(foreignRequests(missing.requests, session.server.origin)).toEqual([]);
  });
});

describe('data that is not GeoJSON, given to a map showing a story', () => {
  it('keeps the markers it showed, shows an alert and fires summit-error', async () => {
    const bad = await open('/fixtures/bad-places.html');
    const { page } = bad;
    await page.waitForFunction(() => (window as unknown as { __fedBadData?: boolean }).__fedBadData === true, undefined, {
      timeout: 15_000,
    });
    const before = await page.evaluate(() => (window as unknown as { __markersBefore: string[] }).__markersBefore);
    expect([...before].sort()).toEqual(storyPlaceIds);

    const alert = page.locator('summit-map [role="alert"]');
    await alert.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await alert.textContent()).toMatch(/\S/);

    await expect.poll(async () => (await bad.events()).map((event) => event.type)).toEqual(['summit-ready', 'summit-error']);
    const events = await bad.events();
    expect(events[0]?.detail).toEqual({ places: 10 });
    expect(events[1]?.target).toBe('map');
    expect((events[1]?.detail as ErrorDetail).problems.length).toBeGreaterThan(0);

    // What was on the map stays, and still works.
    expect((await placeIds(page)).sort()).toEqual(storyPlaceIds);
    for (const id of storyPlaceIds)
      expect(await page.locator(`summit-map [part="map"] [data-place-id="${id}"]`).isVisible(), id).toBe(true);
    expect(await page.locator('summit-map [part="map"] path[data-place-id="overflight"]').count()).toBe(1);
    await page.locator('summit-map [part="map"] [data-place-id="hanoi"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${popupIn()} .popup-title`).allTextContents()).toEqual(['Hanoi']);

    expect(bad.pageErrors).toEqual([]);
    expect(foreignRequests(bad.requests, session.server.origin)).toEqual([]);
  });
});
