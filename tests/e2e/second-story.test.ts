// The second example story's built page (dist/stories/seascape-alaska/): its own places, roles,
// article and quotes, loaded by URL from beside the page, and nothing of the summit story.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  consoleErrorsBesidesFavicon,
  e2eSession,
  foreignRequests,
  placeIds,
  readJson,
  storyPlaces,
  type RecordedPage,
  popupIn,
} from './browser';

const folder = 'stories/seascape-alaska';
interface SeascapePlaces {
  roles: Record<string, { label: string; order: number }>;
  features: { id: string; properties: { name: string; quotes: { text: string; paragraph: number }[] } }[];
}
const places = readJson<SeascapePlaces>(`${folder}/places.geojson`);
const article = readJson<{ headline: string; paragraphs: string[] }>(`${folder}/article.json`);
const summit = storyPlaces();

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const session = e2eSession();
let seascape: RecordedPage;

/** Every text the page shows, the elements' shadow roots included. */
function shownText(recorded: RecordedPage): Promise<string> {
  return recorded.page.evaluate(() => {
    const shadowText = [...document.querySelectorAll('summit-map, summit-article, summit-place-list')].map(
      (element) => element.shadowRoot?.textContent ?? '',
    );
    return [document.body.innerText, ...shadowText].join('\n');
  });
}

beforeAll(async () => {
  seascape = await session.open(`/${folder}/`);
  await seascape.page.locator('summit-map .summit-marker').first().waitFor({ timeout: 15_000 });
});

describe('the Seascape Alaska page', () => {
  it('draws its own eight places with its own roles, from the data beside the page', async () => {
    const { page } = seascape;
    await expect.poll(async () => (await placeIds(page)).sort()).toEqual(places.features.map((feature) => feature.id).sort());
    const labels = Object.values(places.roles)
      .sort((a, b) => a.order - b.order)
      .map((role) => role.label);
    expect(await page.locator('summit-map .legend li').allTextContents()).toEqual(labels);
    expect(seascape.requests).toEqual(
      expect.arrayContaining([session.server.url(`/${folder}/places.geojson`), session.server.url(`/${folder}/article.json`)]),
    );
    const events = await seascape.events();
    expect(events.filter((event) => event.type === 'summit-ready').map((event) => event.detail)).toEqual([{ places: 8 }]);
    expect(events.filter((event) => event.type === 'summit-error')).toEqual([]);
  });

  it('shows its article and lists its places', async () => {
    const { page } = seascape;
    await expect.poll(() => page.locator('summit-article [part="headline"]').textContent()).toBe(article.headline);
    expect(await page.locator('summit-article [part~="paragraph"]').count()).toBe(article.paragraphs.length);
    expect(await page.locator('summit-place-list [part="item"]').count()).toBe(places.features.length);
  });

  it('quotes its article word for word in a popup', async () => {
    const { page } = seascape;
    await page.locator('summit-map .summit-marker[data-place-id="kodiak"]').focus();
    await page.keyboard.press('Enter');
    const popup = page.locator(popupIn());
    await expect.poll(() => popup.locator('.popup-title').allTextContents()).toEqual(['Kodiak']);
    const kodiak = places.features.find((feature) => feature.id === 'kodiak')!;
    expect(await popup.locator('.popup-quote blockquote').allTextContents()).toEqual(kodiak.properties.quotes.map((quote) => quote.text));
    expect(await page.locator('summit-map').getAttribute('selected')).toBe('kodiak');
  });

  it('shows no place, word or marker of the summit story, and fetches nothing from elsewhere', async () => {
    const text = await shownText(seascape);
    expect(text).toContain('Dutch Harbor');
    // "Washington" is the one summit place name this story uses too: the state, in "Seattle, Washington".
    const summitNames = summit.features.map((feature) => feature.properties.name).filter((name) => name !== 'Washington');
    expect(summitNames.length).toBeGreaterThanOrEqual(8);
    for (const word of [...summitNames, 'Trump', 'Kim Jong Un', 'Bloomberg', 'Vietnam']) expect(text, word).not.toContain(word);
    // The word, not the library's name ("summit-map") in the page's credit line.
    expect(text).not.toMatch(/\bsummits?\b(?!-map)/i);
    const summitIds = new Set(summit.features.map((feature) => feature.id));
    expect((await placeIds(seascape.page)).filter((id) => summitIds.has(id))).toEqual([]);
    expect(seascape.pageErrors).toEqual([]);
    expect(consoleErrorsBesidesFavicon(seascape)).toEqual([]);
    expect(foreignRequests(seascape.requests, session.server.origin)).toEqual([]);
  });

  it('axe-core reports no violations, with a popup open', async () => {
    const { page } = seascape;
    await page.locator(popupIn()).waitFor();
    await page.addScriptTag({ path: axeSource });
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: { run(context: Document): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      };
      return (await axe.run(document)).violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => node.target),
      }));
    });
    expect(violations).toEqual([]);
  });

  it('is linked from the summit story page', async () => {
    const main = await session.open('/');
    const link = main.page.locator('a[href="stories/seascape-alaska/"]');
    expect(await link.count()).toBe(1);
    expect(new URL(`/${folder}/`, session.server.origin).href).toBe(await link.evaluate((a) => (a as HTMLAnchorElement).href));
  });
});
