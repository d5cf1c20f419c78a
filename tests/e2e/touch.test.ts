// Touch on the built story page (dist/index.html) on a phone, with real touch input through the
// Chrome DevTools Protocol (Playwright has no swipe): one finger over the sticky map scrolls the
// page and leaves the map where it is, with a hint to use two fingers; two fingers move the map;
// a tap on a marker opens it; with `one-finger-pan` one finger moves the map instead.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { e2eSession, type RecordedPage, popupIn } from './browser';

const session = e2eSession();

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

type Point = [number, number];

/** Moves fingers from `fingers` by `delta` in `steps` touch moves, as a real touchscreen reports them. */
async function touchDrag(page: Page, fingers: Point[], delta: Point, steps = 12): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) => fingers.map(([x, y], id) => ({ x: x + delta[0] * t, y: y + delta[1] * t, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= steps; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Where a place's marker is, relative to the map's own box: changes only when the map moves. */
function markerInMap(page: Page, id: string): Promise<Point> {
  return page.evaluate((placeId) => {
    const root = document.querySelector('summit-map')!.shadowRoot!;
    const marker = root.querySelector(`[data-place-id="${placeId}"]`)!.getBoundingClientRect();
    const map = root.querySelector('.leaflet-container')!.getBoundingClientRect();
    return [Math.round(marker.left - map.left), Math.round(marker.top - map.top)] as Point;
  }, id);
}

/** A point on the map in the viewport clear of markers, labels and overlays. */
function openWater(page: Page): Promise<Point> {
  return page.evaluate(() => {
    const root = document.querySelector('summit-map')!.shadowRoot!;
    const map = root.querySelector('.leaflet-container')!;
    const box = map.getBoundingClientRect();
    for (const fy of [0.55, 0.45, 0.65, 0.35, 0.75]) {
      for (const fx of [0.5, 0.35, 0.65, 0.25, 0.75]) {
        const [x, y] = [box.left + box.width * fx, box.top + box.height * fy];
        const hit = root.elementFromPoint(x, y);
        if (hit && map.contains(hit) && !hit.closest('.summit-marker, .summit-route, .leaflet-popup')) return [x, y] as Point;
      }
    }
    throw new Error('no open water on the map');
  });
}

/** Waits until the page stops scrolling (a fling may go on after the finger lifts) and returns scrollY. */
async function settledScroll(page: Page): Promise<number> {
  let last = -1;
  for (;;) {
    const now = await page.evaluate(
      () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY)))),
    );
    if (now === last) return now;
    last = now;
  }
}

/** The story page on a phone, with following switched off so that scrolling never reframes the map. */
async function openPhoneStory(): Promise<RecordedPage> {
  const story = await session.open('/', PHONE);
  const { page } = story;
  await page.locator('summit-map .summit-marker').first().waitFor();
  await page.evaluate(() => document.querySelector('summit-article')!.setAttribute('follow-paused', ''));
  // The first framing is over once the map stops moving.
  let last: Point = [-1, -1];
  for (;;) {
    await page.waitForTimeout(100);
    const now = await markerInMap(page, 'hanoi');
    if (now[0] === last[0] && now[1] === last[1]) break;
    last = now;
  }
  return story;
}

/** Records whether the touch hint ever shows, however briefly. */
function watchHint(page: Page): Promise<void> {
  return page.evaluate(() => {
    const hint = document.querySelector('summit-map')!.shadowRoot!.querySelector('.touch-hint')!;
    const w = window as unknown as { __hintShown: boolean };
    w.__hintShown = false;
    new MutationObserver(() => {
      if (hint.classList.contains('visible')) w.__hintShown = true;
    }).observe(hint, { attributes: true, attributeFilter: ['class'] });
  });
}
const hintShown = (page: Page) => page.evaluate(() => (window as unknown as { __hintShown: boolean }).__hintShown);

describe('touch on the story page, 390 × 844', () => {
  it('a one-finger vertical swipe over the map scrolls the page and leaves the map where it is, with a hint', async () => {
    const { page, pageErrors } = await openPhoneStory();
    await watchHint(page);
    const scrollBefore = await settledScroll(page);
    const markerBefore = await markerInMap(page, 'hanoi');
    const [x, y] = await openWater(page);

    await touchDrag(page, [[x, y]], [0, -160]);
    const scrollAfter = await settledScroll(page);

    expect(scrollAfter).toBeGreaterThan(scrollBefore + 80);
    expect(await markerInMap(page, 'hanoi')).toEqual(markerBefore);
    expect(await hintShown(page)).toBe(true);
    const hint = page.locator('summit-map .touch-hint');
    expect(await hint.textContent()).toBe('Use two fingers to move the map');
    expect(await hint.getAttribute('aria-hidden')).toBe('true');
    expect(pageErrors).toEqual([]);
  });

  it('two fingers move the map, and the page stays put', async () => {
    const { page, pageErrors } = await openPhoneStory();
    await watchHint(page);
    const scrollBefore = await settledScroll(page);
    const markerBefore = await markerInMap(page, 'hanoi');
    const [x, y] = await openWater(page);

    await touchDrag(
      page,
      [
        [x - 50, y],
        [x + 50, y],
      ],
      [40, -70],
    );
    await expect.poll(() => markerInMap(page, 'hanoi').then(([, top]) => top)).toBeLessThan(markerBefore[1] - 40);

    const markerAfter = await markerInMap(page, 'hanoi');
    expect(markerAfter[0]).toBeGreaterThan(markerBefore[0] + 20);
    expect(await settledScroll(page)).toBe(scrollBefore);
    expect(await hintShown(page)).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it('a tap on a marker opens its popup', async () => {
    const { page, pageErrors } = await openPhoneStory();
    // A marker whose centre is its own (not under a neighbour or an overlay).
    const target = await page.evaluate(() => {
      const root = document.querySelector('summit-map')!.shadowRoot!;
      for (const marker of root.querySelectorAll<HTMLElement>('.summit-marker')) {
        const box = marker.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        if (root.elementFromPoint(x, y)?.closest('.summit-marker') === marker) return { id: marker.dataset.placeId!, x, y };
      }
      throw new Error('no marker can be tapped');
    });
    await page.touchscreen.tap(target.x, target.y);
    await expect.poll(() => page.locator('summit-map').getAttribute('selected')).toBe(target.id);
    await page.locator(popupIn()).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('with one-finger-pan, one finger moves the map and the page stays put', async () => {
    const { page, pageErrors } = await openPhoneStory();
    await page.evaluate(() => document.querySelector('summit-map')!.setAttribute('one-finger-pan', ''));
    await watchHint(page);
    const scrollBefore = await settledScroll(page);
    const markerBefore = await markerInMap(page, 'hanoi');
    const [x, y] = await openWater(page);

    await touchDrag(page, [[x, y]], [0, -100]);
    await expect.poll(() => markerInMap(page, 'hanoi').then(([, top]) => top)).toBeLessThan(markerBefore[1] - 60);

    expect(await settledScroll(page)).toBe(scrollBefore);
    expect(await hintShown(page)).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});
