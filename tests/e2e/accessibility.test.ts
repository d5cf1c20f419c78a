// The built story page for readers who use a keyboard, a screen reader, or reduced motion:
// an axe-core scan, deep links with Back, and jumps instead of flights under reduced motion.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { axeViolations, e2eSession, openStoryPage, placePositions, popupIn, settled } from './browser';

const session = e2eSession();

const open = (path: string, options = {}) => openStoryPage(session, path, options);

describe('accessibility of the story page', () => {
  it('axe-core reports no violations on load', async () => {
    const page = await open('/');
    expect(await axeViolations(page)).toEqual([]);
    // The scan can fail: a planted problem inside the map's shadow root is found.
    await page.evaluate(() =>
      document.querySelector('summit-map')!.shadowRoot!.append(Object.assign(document.createElement('img'), { src: 'data:,' })),
    );
    expect((await axeViolations(page)).map((violation) => violation.id)).toContain('image-alt');
  });

  it('axe-core reports no violations with a popup open and the keyboard help shown', async () => {
    const page = await open('/');
    await page.locator('summit-map [data-place-id="hanoi"]').focus();
    await page.keyboard.press('Enter');
    await page.locator(popupIn()).waitFor();
    await page.locator('summit-map [part="controls"] button[aria-controls="keyboard-help"]').click();
    await page.locator('summit-map [part="help"]').waitFor({ state: 'visible' });
    expect(await page.locator(popupIn()).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the page reads its deep link, writes the selection, and Back restores the previous one', async () => {
    const page = await open('/#place=danang');
    const selected = () => page.locator('summit-map').getAttribute('selected');
    await expect.poll(selected).toBe('danang');
    await page.locator('summit-place-list button', { hasText: 'Seoul' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#place=seoul');
    await expect.poll(() => page.locator('summit-place-list button[aria-current="true"]').textContent()).toContain('Seoul');
    await page.goBack();
    await expect.poll(selected).toBe('danang');
    await expect.poll(() => page.locator('summit-place-list button[aria-current="true"]').textContent()).toContain('Danang');
  });

  it('under reduced motion a selection jumps (the place is in view at once); otherwise it flies', async () => {
    // Zoomed in on Vietnam, Washington is out of view: the map must move to it. (The story
    // page's map is narrow, so details open in a card at once either way: watch the marker.)
    const openNow = async (page: Page) => {
      await page.evaluate(() => document.querySelector('summit-map')!.select('hanoi'));
      await page.locator(popupIn()).waitFor();
      for (let i = 0; i < 3; i++) await page.locator('summit-map button[aria-label="Zoom in"]').click();
      // Let the zoom end, so that only the selection can move the map.
      await settled(() => placePositions(page));
      return page.evaluate(() => {
        const map = document.querySelector('summit-map')!;
        map.select('washington');
        const box = map.shadowRoot!.querySelector('[part="map"]')!.getBoundingClientRect();
        const marker = map.shadowRoot!.querySelector('[data-place-id="washington"]')!.getBoundingClientRect();
        return marker.left >= box.left && marker.right <= box.right && marker.top >= box.top && marker.bottom <= box.bottom;
      });
    };
    expect(await openNow(await open('/', { reducedMotion: 'reduce' }))).toBe(true);
    expect(await openNow(await open('/', { reducedMotion: 'no-preference' }))).toBe(false);
  });
});
