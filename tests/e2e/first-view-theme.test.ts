// The story page's pre-rendered first view follows the element's theme before any script
// (src/render/first-view-markup.ts): dark under a dark prefers-color-scheme or theme="dark",
// light under theme="light", in the live map's palette (src/render/palette.ts); and once the
// element is defined, the picture takes its colours from the element's own palette properties.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../src/render/palette';
import { e2eSession, openPage } from './browser';

const session = e2eSession();
const SHOTS = '/tmp/summit-map-first-view';
mkdirSync(SHOTS, { recursive: true });
const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
] as const;

type Scheme = 'light' | 'dark';

/** Shares of the map box's pixels within a few levels of each palette's sea and land, from a screenshot. */
async function colourShares(browser: Browser, page: Page): Promise<Record<`${Scheme}-${'sea' | 'land'}`, number>> {
  const png = await page.locator('summit-map').screenshot();
  // The page under test may have JavaScript off: the pixels are read in a page of their own.
  const reader = await browser.newPage();
  try {
    const targets = Object.fromEntries(
      (['light', 'dark'] as const).flatMap((scheme) =>
        (['sea', 'land'] as const).map((key) => [`${scheme}-${key}`, PALETTES[scheme][key]]),
      ),
    );
    return await reader.evaluate(
      async ({ data, targets }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        const shares: Record<string, number> = {};
        for (const [name, hex] of Object.entries(targets)) {
          const [r, g, b] = rgb(hex);
          let count = 0;
          for (let i = 0; i < pixels.length; i += 4)
            if (Math.abs(pixels[i]! - r!) <= 3 && Math.abs(pixels[i + 1]! - g!) <= 3 && Math.abs(pixels[i + 2]! - b!) <= 3) count++;
          shares[name] = count / (pixels.length / 4);
        }
        return shares;
      },
      { data: png.toString('base64'), targets },
    );
  } finally {
    await reader.close();
  }
}

/** The picture's palette as drawn: sea and land each cover a good part of the box, the other palette's none. */
function expectPalette(shares: Record<string, number>, scheme: Scheme, where: string): void {
  const other = scheme === 'dark' ? 'light' : 'dark';
  expect(shares[`${scheme}-sea`], `${where}: ${JSON.stringify(shares)}`).toBeGreaterThan(0.1);
  expect(shares[`${scheme}-land`], `${where}: ${JSON.stringify(shares)}`).toBeGreaterThan(0.05);
  expect(shares[`${other}-sea`], `${where}: ${JSON.stringify(shares)}`).toBeLessThan(0.01);
  expect(shares[`${other}-land`], `${where}: ${JSON.stringify(shares)}`).toBeLessThan(0.01);
}

describe('the first view follows the theme before any script', () => {
  for (const size of SIZES) {
    for (const scheme of ['dark', 'light'] as const) {
      it(`is ${scheme} under a ${scheme} colour scheme without JavaScript (${size.name})`, async () => {
        const recorded = await openPage(session.browser, { ...size, colorScheme: scheme, javaScriptEnabled: false });
        const { page } = recorded;
        await page.goto(session.server.url('/'));
        expectPalette(await colourShares(session.browser, page), scheme, `${scheme}, ${size.name}`);
        await page.screenshot({ path: `${SHOTS}/no-js-${scheme}-${size.name}.png` });
        await recorded.close();
      });
    }
  }

  it('follows the theme attribute over the colour scheme', async () => {
    const recorded = await openPage(session.browser, {
      viewport: { width: 1280, height: 900 },
      colorScheme: 'dark',
      javaScriptEnabled: false,
    });
    const { page } = recorded;
    await page.goto(session.server.url('/'));
    await page.locator('summit-map').evaluate((host) => host.setAttribute('theme', 'light'));
    expectPalette(await colourShares(session.browser, page), 'light', 'theme="light" under a dark scheme');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('summit-map').evaluate((host) => host.setAttribute('theme', 'dark'));
    expectPalette(await colourShares(session.browser, page), 'dark', 'theme="dark" under a light scheme');
    await recorded.close();
  });

  it("keeps the live map's palette once the element is defined, until the picture is dropped", async () => {
    const recorded = await openPage(session.browser, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    const { page } = recorded;
    // The basemap never comes: the picture stays over the live markers.
    await page.route('**/summit-map-basemap/**', () => undefined);
    await page.goto(session.server.url('/'));
    await page.waitForFunction(() => !!document.querySelector('summit-map')?.shadowRoot?.querySelector('.summit-marker'));
    const fills = () =>
      page.evaluate(() => {
        const svg = [...document.querySelectorAll('summit-map > svg[data-first-view]')].find((s) => s.getBoundingClientRect().width > 0)!;
        const host = getComputedStyle(document.querySelector('summit-map')!);
        return { picture: getComputedStyle(svg.querySelector(':scope > rect')!).fill, live: host.getPropertyValue('--_sea').trim() };
      });
    expect(await fills()).toEqual({ picture: 'rgb(21, 35, 46)', live: PALETTES.dark.sea });
    // A page's own colour reaches the picture as it reaches the live map.
    await page.locator('summit-map').evaluate((host) => (host as HTMLElement).style.setProperty('--summit-map-sea', '#102030'));
    expect((await fills()).picture).toBe('rgb(16, 32, 48)');
    expect(recorded.pageErrors).toEqual([]);
    await recorded.close();
  });
});
