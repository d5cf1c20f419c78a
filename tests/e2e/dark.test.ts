// The built story page in dark mode and in forced colours: axe-core finds nothing, the page and
// the elements switch palette, and forced colours mark only the paragraph (and place) being read.
import { describe, expect, it } from 'vitest';
import { e2eSession, popupIn, openStoryPage, axeViolations } from './browser';

const session = e2eSession();

const open = (path: string, options = {}) => openStoryPage(session, path, options);

/** Relative luminance of an "rgb(r, g, b)" colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('dark mode (prefers-color-scheme: dark)', () => {
  it('axe-core reports no violations, on load and with a popup and the keyboard help open', async () => {
    const page = await open('/', { colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('summit-map [data-place-id="hanoi"]').focus();
    await page.keyboard.press('Enter');
    await page.locator(popupIn()).waitFor();
    await page.locator('summit-map .help-toggle').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches the page, the map, its popups and controls, the article and the list to dark', async () => {
    const page = await open('/#place=hanoi', { colorScheme: 'dark' });
    await page.locator(popupIn()).waitFor();
    // The inset's land is a basemap file fetched after the first paint.
    await page.waitForFunction(() => document.querySelector('summit-map')!.shadowRoot!.querySelector('.inset-land') !== null);
    const styles = await page.evaluate(() => {
      const map = document.querySelector('summit-map')!.shadowRoot!;
      const style = (element: Element | null) => getComputedStyle(element!);
      return {
        page: style(document.body).backgroundColor,
        sea: style(map.querySelector('.map')).backgroundColor,
        popup: style(map.querySelector('.leaflet-popup-content-wrapper, .summit-card')).backgroundColor,
        popupText: style(map.querySelector('.popup-title')).color,
        control: style(map.querySelector('.controls button')).backgroundColor,
        legend: style(map.querySelector('.legend')).backgroundColor,
        credits: style(map.querySelector('.credits')).color,
        article: style(document.querySelector('summit-article')!.shadowRoot!.querySelector('p.paragraph')).color,
        list: style(document.querySelector('summit-place-list')!.shadowRoot!.querySelector('button')).color,
        // The locator inset: its sea, land and place names (it stayed light, mean luminance 0.84).
        inset: style(map.querySelector('.inset')).backgroundColor,
        insetLand: style(map.querySelector('.inset-land')).fill,
        insetLabel: style(map.querySelector('.inset-label')).color,
      };
    });
    for (const background of ['page', 'sea', 'popup', 'control', 'legend', 'inset', 'insetLand'] as const)
      expect(luminance(styles[background]), background).toBeLessThan(0.05);
    for (const text of ['popupText', 'credits', 'article', 'list', 'insetLabel'] as const)
      expect(luminance(styles[text]), text).toBeGreaterThan(0.4);
  });

  it('redraws the basemap in the dark palette when the reader switches to dark, and back', async () => {
    const page = await open('/');
    const landPixels = (rgb: number[]) =>
      page.evaluate((color) => {
        let count = 0;
        for (const canvas of document.querySelector('summit-map')!.shadowRoot!.querySelectorAll('canvas')) {
          if (!canvas.width || !canvas.height) continue;
          const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 0; i < data.length; i += 4)
            if (data[i] === color[0] && data[i + 1] === color[1] && data[i + 2] === color[2]) count++;
        }
        return count;
      }, rgb);
    const [light, dark] = [
      [243, 240, 232],
      [44, 48, 52],
    ];
    await expect.poll(() => landPixels(light)).toBeGreaterThan(1000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => landPixels(dark)).toBeGreaterThan(1000);
    expect(await landPixels(light)).toBe(0);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => landPixels(light)).toBeGreaterThan(1000);
  });

  it('theme="light" on the elements keeps them light in a dark page', async () => {
    const page = await open('/', { colorScheme: 'dark' });
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('summit-map, summit-article, summit-place-list'))
        element.setAttribute('theme', 'light');
    });
    const sea = await page.evaluate(
      () => getComputedStyle(document.querySelector('summit-map')!.shadowRoot!.querySelector('.map')!).backgroundColor,
    );
    expect(sea).toBe('rgb(217, 230, 239)');
  });
});

describe('forced colours', () => {
  it('mark only the paragraph being read, and only the current place in the list', async () => {
    const page = await open('/#place=danang', { forcedColors: 'active' });
    await page.locator('summit-article p[data-paragraph="4"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(() => page.locator('summit-article p.paragraph.current').count()).toBe(1);
    await expect.poll(() => page.locator('summit-place-list li.current').count()).toBe(1);
    const barred = (selector: string) =>
      page.locator(selector).evaluateAll((elements) =>
        elements
          .filter((element) => {
            const style = getComputedStyle(element);
            return (
              style.borderLeftStyle !== 'none' && parseFloat(style.borderLeftWidth) > 0 && style.borderLeftColor !== 'rgba(0, 0, 0, 0)'
            );
          })
          .map((element) => element.className),
      );
    expect(await barred('summit-article p.paragraph')).toEqual(['paragraph current']);
    expect(await barred('summit-place-list li')).toEqual(['current']);
  });

  it('axe-core reports no violations', async () => {
    const page = await open('/', { forcedColors: 'active' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
