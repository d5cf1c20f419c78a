// <summit-article>: the article beside a linked map (mentions, following along, paragraph links,
// the "what happened next" note) and on its own.
import { afterEach, describe, expect, it } from 'vitest';
import type { SummitArticle } from '../../src/elements/summit-article';
import type { SummitMap } from '../../src/elements/summit-map';
import type { SummitErrorEvent } from '../../src/events';
import { readJson } from '../fixtures/load';
import { spyOnWarnings } from '../fixtures/warnings';
import { cleanup, mapRegion, marker, mountMap, nextFrame, popup, until } from './helpers';

interface ArticleData {
  headline: string;
  paragraphs: string[];
}
const article = readJson<ArticleData>('geo/article.json');

afterEach(() => {
  cleanup();
  window.scrollTo(0, 0);
  history.replaceState(null, '', location.pathname + location.search);
});

async function mountStory(setupArticle: (article: SummitArticle) => void = () => {}): Promise<{ map: SummitMap; text: SummitArticle }> {
  const text = document.createElement('summit-article');
  text.for = 'story';
  setupArticle(text);
  document.body.append(text);
  const map = await mountMap((el) => {
    el.id = 'story';
    // Stays in view while the article scrolls, like the story page's sticky map.
    el.style.cssText = 'position:fixed;top:0;right:0;width:400px;--summit-map-height:300px';
  });
  await until(() => text.shadowRoot!.querySelectorAll('[part="paragraph"]').length === article.paragraphs.length, 'article paragraphs');
  return { map, text };
}

const paragraph = (text: SummitArticle, n: number) =>
  text.shadowRoot!.querySelector<HTMLElement>(`[part="paragraph"][data-paragraph="${n}"]`)!;
const mentionsIn = (text: SummitArticle, n: number) => [...paragraph(text, n).querySelectorAll<HTMLButtonElement>('[part="mention"]')];
/** Where Stockholm's marker is on screen: it moves whenever the map pans or zooms. */
const center = (map: SummitMap) => {
  const box = marker(map, 'stockholm').getBoundingClientRect();
  return `${Math.round(box.left)},${Math.round(box.top)}`;
};
/** The paragraph links a popup offers (present only while an article is linked). */
const paragraphLinks = (map: SummitMap) => [
  ...(popup(map)?.querySelectorAll<HTMLButtonElement>('button[aria-label^="Show paragraph"]') ?? []),
];

const readTo = async (text: SummitArticle, n: number) => {
  paragraph(text, n).scrollIntoView({ block: 'center' });
  await until(() => paragraph(text, n).classList.contains('current'), `¶${n} current`);
};
/** Whether a place's marker lies inside the map's box. */
const inView = (map: SummitMap, id: string) => {
  const box = marker(map, id).getBoundingClientRect();
  const area = mapRegion(map).getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  return x >= area.left && x <= area.right && y >= area.top && y <= area.bottom;
};

describe('<summit-article> linked to a map', () => {
  it('renders the headline, byline, date, every paragraph verbatim, the subhead and the credit', async () => {
    const { text } = await mountStory();
    const root = text.shadowRoot!;
    expect(root.querySelector('[part="headline"]')!.textContent).toBe(article.headline);
    expect(root.querySelector('.byline')!.textContent).toContain('Jennifer Jacobs');
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2019-01-21');
    article.paragraphs.forEach((expected, index) => {
      const clone = paragraph(text, index + 1).cloneNode(true) as HTMLElement;
      clone.querySelector('.number')!.remove();
      expect(clone.textContent!.replace(/\s+/g, ' ').trim()).toBe(expected.replace(/\s+/g, ' '));
    });
    expect(paragraph(text, 10).previousElementSibling!.textContent).toBe('Swedish Resort');
    expect(root.textContent).toContain('©2019 Bloomberg L.P.');
  });

  it('marks mentions as controls found from names and aliases, and a mention selects its place', async () => {
    const { map, text } = await mountStory();
    expect(mentionsIn(text, 2).map((button) => button.textContent!.trim())).toEqual([
      'Hanoi',
      'Danang',
      'Ho Chi Minh City',
      'resort',
      'Stockholm',
    ]);
    expect(mentionsIn(text, 15).map((button) => button.dataset.placeId)).toEqual(['overflight']);
    mentionsIn(text, 2)[1]!.click();
    expect(map.selected).toBe('danang');
    await until(() => popup(map)?.textContent?.includes('Danang') ?? false, 'Danang popup', 5000);
  });

  it('scrolling highlights the paragraph in view and its places, and the map frames them', async () => {
    const { map, text } = await mountStory();
    const before = center(map);
    paragraph(text, 11).scrollIntoView({ block: 'center' });
    await until(() => paragraph(text, 11).classList.contains('current'), '¶11 current');
    await until(() => marker(map, 'lake-malaren-talks').classList.contains('highlighted'), 'talks highlighted');
    expect(marker(map, 'stockholm').classList.contains('highlighted')).toBe(true);
    expect(marker(map, 'hanoi').classList.contains('highlighted')).toBe(false);
    await until(() => center(map) !== before, 'the map moved to Sweden', 5000);
  });

  it('the follow switch turns following off, and it stays off', async () => {
    const { map, text } = await mountStory();
    const toggle = text.shadowRoot!.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(toggle.checked).toBe(true);
    toggle.click();
    await text.updateComplete;
    expect(text.followPaused).toBe(true);
    const before = center(map);
    paragraph(text, 12).scrollIntoView({ block: 'center' });
    await until(() => paragraph(text, 12).classList.contains('current'), '¶12 current');
    paragraph(text, 13).scrollIntoView({ block: 'center' });
    await until(() => paragraph(text, 13).classList.contains('current'), '¶13 current');
    for (let i = 0; i < 20; i++) await nextFrame();
    expect(center(map)).toBe(before);
    expect(toggle.checked).toBe(false);
  });

  it('a popup lists the paragraphs that mention its place; a link scrolls there and highlights the sentence', async () => {
    const { map, text } = await mountStory();
    map.select('washington');
    await until(() => paragraphLinks(map).length > 0, 'paragraph links', 5000);
    const links = paragraphLinks(map);
    expect(links.map((link) => link.textContent!.trim())).toEqual(['¶4', '¶13', '¶14']);
    links[2]!.click();
    await until(() => paragraph(text, 14).querySelector('mark') !== null, 'sentence marked');
    const marked = [...paragraph(text, 14).querySelectorAll('mark')].map((mark) => mark.textContent).join('');
    expect(marked.replace(/\s+/g, ' ')).toContain('especially while the shutdown hampers bureaucratic work in Washington.');
    expect(marked).not.toContain('Before Friday');
    await until(() => {
      const box = paragraph(text, 14).getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }, '¶14 scrolled into view');
  });

  it('when the article leaves the page, the map’s popups stop offering paragraph links', async () => {
    const { map, text } = await mountStory();
    expect(map.citeParagraphs).toBe(true);
    text.remove();
    expect(map.citeParagraphs).toBe(false);
    map.select('washington');
    await until(() => popup(map)?.textContent?.includes('Washington') ?? false, 'Washington popup', 5000);
    expect(paragraphLinks(map)).toEqual([]);
  });

  it('tells what happened next after the article, as a separate note with its sources', async () => {
    const { map, text } = await mountStory();
    // The map's outcome data comes after its markers.
    await until(() => text.shadowRoot!.querySelector('[part="outcome"]') !== null, 'the outcome note');
    const note = text.shadowRoot!.querySelector<HTMLElement>('[part="outcome"]')!;
    const articleElement = text.shadowRoot!.querySelector('article')!;
    expect(articleElement.contains(note)).toBe(false);
    expect(note.compareDocumentPosition(articleElement)).toBe(Node.DOCUMENT_POSITION_PRECEDING);
    expect(note.textContent).toContain('Sofitel Legend Metropole');
    expect(note.textContent).toContain('Dong Dang');
    expect(note.querySelectorAll('a[href^="http"]').length).toBeGreaterThan(2);
    expect(map.showOutcome).toBe(false);
    note.querySelector('button')!.click();
    expect(map.showOutcome).toBe(true);
  });
});

describe('<summit-article> over text a page pre-rendered inside it', () => {
  it('shows the pre-rendered text until its own render, then its own text alone (the article once, on screen and in print)', async () => {
    const { text } = await mountStory((element) => {
      const prerendered = document.createElement('article');
      prerendered.className = 'prerendered';
      prerendered.textContent = article.paragraphs[0]!;
      element.append(prerendered);
    });
    const prerendered = text.querySelector<HTMLElement>('article.prerendered')!;
    expect(text.shadowRoot!.querySelector('slot')).toBeNull();
    expect(prerendered.getBoundingClientRect().height).toBe(0);
  });
});

describe('<summit-article> with bad input', () => {
  it('an alias that matches nothing is reported by the article (console and summit-error) and the rest is linked', async () => {
    const warnings = spyOnWarnings();
    const data = readJson<{ features: { properties: { aliases?: string[] } }[] }>('geo/places.geojson');
    data.features[1]!.properties.aliases = ['Da Nang City'];
    const errors: SummitErrorEvent[] = [];
    const text = document.createElement('summit-article');
    text.addEventListener('summit-error', (event) => errors.push(event));
    text.article = readJson('geo/article.json');
    text.places = data;
    document.body.append(text);
    await until(() => errors.length > 0, 'summit-error from the article');
    expect(errors[0]!.detail.problems).toEqual([expect.objectContaining({ id: 'danang', field: 'aliases' })]);
    expect(warnings.mentioning('Da Nang City')).toHaveLength(1);
    expect(mentionsIn(text, 2).map((button) => button.dataset.placeId)).toContain('danang');
  });
});

describe('following the article', () => {
  it('a place chosen right after scrolling stays chosen until the reader reads on; then its popup closes as the map follows', async () => {
    const { map, text } = await mountStory();
    await readTo(text, 11);
    // Scrolled to ¶12 (Pyongyang) and, before the observer reports, chose Hanoi on the timeline.
    paragraph(text, 12).scrollIntoView({ block: 'center' });
    map.select('hanoi');
    await until(() => paragraph(text, 12).classList.contains('current'), '¶12 current');
    await until(() => popup(map)?.textContent?.includes('Hanoi') ?? false, 'Hanoi popup', 5000);
    for (let i = 0; i < 30; i++) await nextFrame();
    expect(map.selected).toBe('hanoi');
    expect(popup(map)?.textContent).toContain('Hanoi');
    expect(marker(map, 'pyongyang').classList.contains('highlighted')).toBe(true);

    await readTo(text, 13);
    // Following frames ¶13 (Seoul, Washington) and keeps the chosen place, with its details, in view.
    await until(() => inView(map, 'seoul') && inView(map, 'washington') && inView(map, 'hanoi'), '¶13 framed with Hanoi', 5000);
    expect(map.selected).toBe('hanoi');
    expect(popup(map)?.textContent).toContain('Hanoi');
  });

  it('a place chosen before the article reports its first paragraph keeps the map; reading on, the map follows', async () => {
    // The map with a deep-linked place, drawn and shown before the article is there (as on a busy machine).
    const map = await mountMap((el) => {
      el.id = 'story';
      el.style.cssText = 'position:fixed;top:0;right:0;width:400px;--summit-map-height:300px';
      el.selected = 'danang';
    });
    await until(() => popup(map)?.textContent?.includes('Danang') ?? false, 'Danang popup', 5000);
    for (let i = 0; i < 10; i++) await nextFrame();
    const shown = center(map);
    const text = document.createElement('summit-article');
    text.for = 'story';
    document.body.append(text);
    await until(() => text.shadowRoot!.querySelectorAll('[part="paragraph"]').length === article.paragraphs.length, 'article paragraphs');
    await until(() => text.shadowRoot!.querySelector('[part="paragraph"].current') !== null, 'a current paragraph');
    for (let i = 0; i < 30; i++) await nextFrame();
    expect(center(map)).toBe(shown);
    expect(map.selected).toBe('danang');
    // Reading on to ¶13 (Seoul, Washington), the map follows and keeps Danang in view.
    await readTo(text, 13);
    await until(() => inView(map, 'seoul') && inView(map, 'washington') && inView(map, 'danang'), '¶13 framed with Danang', 5000);
  });

  it("after a cited jump's pause, the map catches up with the paragraph being read", async () => {
    const { map, text } = await mountStory();
    map.select('singapore');
    await until(() => paragraphLinks(map).length > 0, 'paragraph links', 5000);
    paragraphLinks(map)[0]!.click();
    await until(() => paragraph(text, 6).classList.contains('current'), '¶6 current');
    // Within the pause the reader scrolls on to ¶13 (Seoul, Washington): the map waits, then follows.
    await readTo(text, 13);
    await until(() => inView(map, 'seoul') && inView(map, 'washington'), 'caught up with ¶13', 5000);
  });
});
