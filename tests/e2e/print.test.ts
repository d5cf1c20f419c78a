// The built story page on paper (print media) and the page's own furniture on screen: in print,
// nothing that only acts on screen shows, and the map comes first, at a fixed size on the first
// page, framed on every place, with its key; on a phone no article text shows between the sticky
// map and the follow switch; skip links lead to the map and to the article.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { e2eSession, storyPlaces, popupIn, openStoryPage } from './browser';

const session = e2eSession();
const pointIds = storyPlaces()
  .features.filter((feature) => feature.geometry.type === 'Point')
  .map((feature) => feature.id);

const open = (path: string, options = {}) => openStoryPage(session, path, options);

/** Elements that would print: laid out (a box) and not hidden. */
function shownIn(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
      })
      .map((element) => element.textContent?.trim() || element.getAttribute('aria-label') || element.className),
  );
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

/** Whether a place's marker has its centre inside the map's box. */
async function inMap(page: Page, id: string): Promise<boolean> {
  const map = await box(page, 'summit-map');
  const marker = await box(page, `summit-map .summit-marker[data-place-id="${id}"]`);
  const [x, y] = [marker.x + marker.width / 2, marker.y + marker.height / 2];
  return x > map.x && x < map.x + map.width && y > map.y && y < map.y + map.height;
}

describe('the story page in print', () => {
  it('prints no control, switch, timeline or help, and the key open', async () => {
    const page = await open('/#place=hanoi');
    await page.locator(popupIn()).waitFor();
    expect(await shownIn(page, 'summit-map button')).not.toEqual([]);
    // A reader folded the key: it prints open all the same.
    await page.evaluate(() =>
      (document.querySelector('summit-map')!.shadowRoot!.querySelector('details.legend') as HTMLDetailsElement).removeAttribute('open'),
    );
    expect(await shownIn(page, 'summit-map .legend li')).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await shownIn(page, 'summit-map button')).toEqual([]);
    expect(await shownIn(page, `summit-map .timeline, summit-map .help, ${popupIn()}`)).toEqual([]);
    expect(await shownIn(page, 'summit-article .follow, summit-article button:not(.mention)')).toEqual([]);
    expect(await shownIn(page, '.skip-links a, figcaption')).toEqual([]);
    const key = await shownIn(page, 'summit-map .legend li');
    expect(key.length).toBeGreaterThanOrEqual(5);
    expect(key).toContain('Likely summit venue');
  });

  it('puts the map first, 9.5 cm high on the first page, framed on every place, then the article and the list', async () => {
    const page = await open('/');
    // Zoomed in on Hanoi, the far places are out of view on screen.
    await page.evaluate(() => document.querySelector('summit-map')!.frame(['hanoi']));
    await expect.poll(() => inMap(page, 'washington')).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const map = await box(page, 'summit-map');
    expect(Math.round(map.height)).toBe(359);
    // An A4 page's height with the page's 14 mm margins, in CSS pixels.
    expect(map.y + map.height).toBeLessThan(((297 - 28) / 25.4) * 96);
    expect(map.y).toBeLessThan((await box(page, 'summit-article')).y);
    expect((await box(page, 'summit-article')).y).toBeLessThan((await box(page, 'summit-place-list')).y);
    for (const id of pointIds) expect(await inMap(page, id), `${id} in the printed map`).toBe(true);
    // Back on screen, the controls return.
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => shownIn(page, 'summit-map .controls button')).not.toEqual([]);
    // The print class goes with the media change's event (an update later than the CSS): wait for it.
    await expect.poll(() => page.locator('summit-map .map.printing').count()).toBe(0);
  });

  it('makes a PDF without errors', async () => {
    const recorded = await session.open('/');
    await recorded.page.locator('summit-map .summit-marker').first().waitFor();
    const pdf = await recorded.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(recorded.pageErrors).toEqual([]);
  });
});

describe('the story page on screen', () => {
  it('has skip links to the map and to the article, before the article', async () => {
    const page = await open('/');
    const links = page.locator('.skip-links a');
    expect(await links.allTextContents()).toEqual(['Skip to the map', 'Skip to the article']);
    expect(await page.locator('.skip-links a[href="#story-map"]').count()).toBe(1);
    expect(await page.locator('#story-map').evaluate((element) => element.localName)).toBe('summit-map');
    expect(await page.locator('#article summit-article').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the map');
    expect((await box(page, '.skip-links a')).x).toBeGreaterThanOrEqual(0);
  });

  it('on a phone, shows no article text between the sticky map and the follow switch', async () => {
    const page = await open('/', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.locator('summit-article p[data-paragraph="6"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 200));
    const figure = await box(page, 'figure');
    const follow = await box(page, 'summit-article .follow');
    expect(figure.y).toBeLessThanOrEqual(0.5);
    // The switch starts where the map's figure ends (or under it): no gap for text to show through.
    expect(follow.y).toBeLessThanOrEqual(figure.y + figure.height);
    // And what is painted at the seam is the page, not a paragraph.
    const seam = Math.floor(figure.y + figure.height);
    const hit = await page.evaluate(
      ([x, y]) => {
        const element = document.elementFromPoint(x!, y!);
        const inner = element?.shadowRoot?.elementFromPoint(x!, y!) ?? element;
        return inner?.closest('p') ? 'paragraph' : (inner?.localName ?? '');
      },
      [60, seam],
    );
    expect(hit).not.toBe('paragraph');
  });
});
