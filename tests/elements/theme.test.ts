// Themes, host text settings, the credit line and printing, for the three elements in Chromium.
import { afterEach, describe, expect, it } from 'vitest';
import { readBasemapColors } from '../../src/controllers/basemap-colors';
import type { SummitMap } from '../../src/elements/summit-map';
import { cleanup, markers, mountMap, nextFrame, shadow, until, viewOf } from './helpers';

afterEach(cleanup);

const LIGHT_LAND = 'rgb(243, 240, 232)';
const DARK_LAND = 'rgb(44, 48, 52)';

/** How many pixels of the map's canvases have exactly this colour. */
function canvasPixels(element: SummitMap, rgb: string): number {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  let count = 0;
  for (const canvas of shadow(element).querySelectorAll('canvas')) {
    if (!canvas.width || !canvas.height) continue;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) count++;
  }
  return count;
}

const color = (element: Element) => getComputedStyle(element).color;
const background = (element: Element) => getComputedStyle(element).backgroundColor;

describe('theme', () => {
  it('is "auto" by default and reflected; "dark" and "light" switch the palette of the overlays and the basemap', async () => {
    const element = await mountMap();
    expect(element.theme).toBe('auto');
    expect(element.getAttribute('theme')).toBe('auto');
    const legend = shadow(element).querySelector('.legend')!;
    const lightLegend = background(legend);
    await until(() => canvasPixels(element, LIGHT_LAND) > 1000, 'the light basemap');

    element.theme = 'dark';
    await element.updateComplete;
    expect(element.getAttribute('theme')).toBe('dark');
    expect(readBasemapColors(element).land).toBe(DARK_LAND);
    expect(background(legend)).not.toBe(lightLegend);
    expect(background(shadow(element).querySelector('.map')!)).toBe('rgb(21, 35, 46)');
    await until(() => canvasPixels(element, DARK_LAND) > 1000, 'the dark basemap');
    expect(canvasPixels(element, LIGHT_LAND)).toBe(0);

    element.setAttribute('theme', 'light');
    await element.updateComplete;
    expect(readBasemapColors(element).land).toBe(LIGHT_LAND);
    await until(() => canvasPixels(element, LIGHT_LAND) > 1000, 'the light basemap again');
  });

  it('reads the basemap colours from the page’s custom properties, resolved for a canvas', async () => {
    const element = await mountMap((map) => {
      map.style.setProperty('--summit-map-land', 'color-mix(in srgb, red 50%, white)');
      map.style.setProperty('--summit-map-sea', '#000080');
    });
    const colors = readBasemapColors(element);
    // Resolved to a colour a canvas draws as given.
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = colors.land;
    context.fillRect(0, 0, 1, 1);
    expect([...context.getImageData(0, 0, 1, 1).data]).toEqual([255, 128, 128, 255]);
    // Lakes take the sea colour unless told otherwise.
    expect(colors.water).toBe('rgb(0, 0, 128)');
    // The sea, which the basemap's canvas fills (so that it prints).
    expect(colors.sea).toBe('rgb(0, 0, 128)');
    expect(Object.keys(colors).sort()).toEqual(['border', 'label', 'land', 'regionLabel', 'river', 'sea', 'tint', 'water', 'waterLabel']);
  });

  it('gives the article and the list the dark palette under theme="dark"', async () => {
    const element = await mountMap((map) => (map.id = 'themed-map'));
    const article = Object.assign(document.createElement('summit-article'), { for: 'themed-map' });
    const list = Object.assign(document.createElement('summit-place-list'), { for: 'themed-map' });
    document.body.append(article, list);
    await until(() => !!list.shadowRoot?.querySelector('li') && !!article.shadowRoot?.querySelector('p.paragraph'), 'article and list');
    expect(article.getAttribute('theme')).toBe('auto');
    const lightInk = color(article);
    for (const companion of [article, list]) {
      companion.theme = 'dark';
      await companion.updateComplete;
      expect(color(companion)).toBe('rgb(232, 230, 225)');
      expect(background(companion)).toBe('rgb(22, 25, 28)');
    }
    expect(lightInk).toBe('rgb(22, 24, 26)');
    const mention = article.shadowRoot!.querySelector('button.mention')!;
    expect(color(mention)).toBe('rgb(148, 188, 246)');
    element.remove();
  });
});

describe('a host page’s text settings', () => {
  it('do not reach into the map: the credit strip keeps its height under line-height 3', async () => {
    const plain = await mountMap();
    const plainHeight = shadow(plain).querySelector<HTMLElement>('.credits')!.offsetHeight;
    const host = document.createElement('div');
    host.style.cssText =
      'line-height: 3; font-size: 22px; letter-spacing: 3px; word-spacing: 9px; text-transform: uppercase; text-align: center';
    document.body.append(host);
    const element = await mountMap(() => {}, host);
    const credits = shadow(element).querySelector<HTMLElement>('.credits')!;
    expect(credits.offsetHeight).toBe(plainHeight);
    expect(plainHeight).toBeLessThan(20);
    expect(getComputedStyle(credits).letterSpacing).toBe('normal');
    expect(getComputedStyle(shadow(element).querySelector('.legend')!).textTransform).toBe('none');
  });
});

describe('the credit line', () => {
  it.each([800, 540, 340])('shows its first letter and "Map: Natural Earth" in full at %i px', async (width) => {
    const element = await mountMap((map) => (map.style.width = `${width}px`));
    await nextFrame();
    const host = element.getBoundingClientRect();
    const spans = [...shadow(element).querySelectorAll<HTMLElement>('.credits span')];
    const first = spans[0]!.getBoundingClientRect();
    expect(first.left).toBeGreaterThanOrEqual(host.left);
    const mapCredit = spans.find((span) => span.textContent === 'Map: Natural Earth')!;
    const box = mapCredit.getBoundingClientRect();
    expect(mapCredit.scrollWidth).toBeLessThanOrEqual(mapCredit.clientWidth);
    expect(box.right).toBeLessThanOrEqual(host.right + 0.5);
    expect(box.left).toBeGreaterThanOrEqual(host.left);
  });
});

describe('the credit line at the offline limit', () => {
  it('names the source of the quotes in full on a narrow map; the note on the offline view gives way', async () => {
    const element = await mountMap((map) => (map.style.width = '340px'));
    // As far in as the offline basemap goes: the credits add their note.
    const leafletMap = viewOf(element).leafletMap;
    leafletMap.setZoom(leafletMap.getMaxZoom(), { animate: false });
    await until(() => !!shadow(element).querySelector('.credits .offline-limit'), 'the note on the offline view');
    await nextFrame();
    const spans = [...shadow(element).querySelectorAll<HTMLElement>('.credits span')];
    const shown = (text: string) => {
      const span = spans.find((each) => each.textContent!.startsWith(text))!;
      return span.scrollWidth <= span.clientWidth;
    };
    expect(spans.map((span) => span.textContent)).toEqual([
      'Quotes: Bloomberg',
      'Map: Natural Earth',
      'Closest offline view: coasts at 1:10m',
    ]);
    expect(shown('Quotes: Bloomberg')).toBe(true);
    expect(shown('Map: Natural Earth')).toBe(true);
    // 340 px hold the first two and part of the note.
    expect(shown('Closest offline view')).toBe(false);
    const credits = shadow(element).querySelector('.credits')!.getBoundingClientRect();
    expect(credits.right).toBeLessThanOrEqual(element.getBoundingClientRect().right + 0.5);
  });
});

describe('printing', () => {
  it('frames every place at the print size before printing and returns to the screen view after', async () => {
    const element = await mountMap();
    const container = shadow(element).querySelector<HTMLElement>('.map')!;
    const washington = () =>
      markers(element)
        .find((m) => m.dataset.placeId === 'washington')!
        .getBoundingClientRect();
    const outside = (box: DOMRect) => {
      const frame = container.getBoundingClientRect();
      return box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom;
    };
    element.frame(['hanoi']);
    await until(() => outside(washington()), 'a view without Washington');
    // The flight has ended: the marker stays put from one frame to the next.
    let last = '';
    await until(() => {
      const now = JSON.stringify(washington());
      const still = now === last;
      last = now;
      return still;
    }, 'the end of the flight');
    const before = washington();

    window.dispatchEvent(new Event('beforeprint'));
    expect(container.classList.contains('printing')).toBe(true);
    // 9.5 cm at 96 px to the inch, less the 26 px line under the map for the key of numbered places.
    expect(Math.round(container.getBoundingClientRect().height)).toBe(359 - 26);
    for (const m of markers(element)) expect(outside(m.getBoundingClientRect()), m.dataset.placeId).toBe(false);

    window.dispatchEvent(new Event('afterprint'));
    expect(container.classList.contains('printing')).toBe(false);
    const after = washington();
    expect(Math.round(after.left)).toBe(Math.round(before.left));
    expect(Math.round(after.top)).toBe(Math.round(before.top));
  });
});
