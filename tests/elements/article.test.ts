import { afterEach, describe, expect, it, vi } from 'vitest';
import places from '../../geo/places.geojson?raw';
import article from '../../geo/article.json';
import type { SummitArticle } from '../../src/elements/summit-article';
import type { SummitMap } from '../../src/elements/summit-map';
import type { SummitErrorEvent } from '../../src/events';
import { cleanup, marker, mountMap, nextFrame, popup, shadow, until } from './helpers';

const dataset = JSON.parse(places) as { features: { properties: { quotes: { text: string }[] } }[] };
const allQuotes = dataset.features.flatMap((feature) => feature.properties.quotes.map((quote) => quote.text));

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
  await until(() => text.shadowRoot!.querySelectorAll('p.paragraph').length === article.paragraphs.length, 'article paragraphs');
  return { map, text };
}

const paragraph = (text: SummitArticle, n: number) => text.shadowRoot!.querySelector<HTMLElement>(`p[data-paragraph="${n}"]`)!;
const mentionsIn = (text: SummitArticle, n: number) => [...paragraph(text, n).querySelectorAll<HTMLButtonElement>('button.mention')];
/** Where Stockholm's marker is on screen: it moves whenever the map pans or zooms. */
const center = (map: SummitMap) => {
  const box = marker(map, 'stockholm').getBoundingClientRect();
  return `${Math.round(box.left)},${Math.round(box.top)}`;
};

describe('<summit-article>', () => {
  it('renders the headline, byline, date, every paragraph verbatim, the subhead and the credit', async () => {
    const { text } = await mountStory();
    const root = text.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).toBe(article.headline);
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
    await until(() => popup(map)?.querySelector('.popup-mentions') != null, 'paragraph links', 5000);
    const links = [...popup(map)!.querySelectorAll<HTMLButtonElement>('.popup-cite')];
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

  it('without a linked article, popups offer no paragraph links', async () => {
    const map = await mountMap();
    map.select('washington');
    await until(() => popup(map) !== null, 'popup');
    expect(popup(map)!.querySelector('.popup-mentions')).toBeNull();
  });
});

describe('the timeline', () => {
  it('visits the dated places in date order', async () => {
    const map = await mountMap();
    const later = shadow(map).querySelector<HTMLButtonElement>('.timeline button[aria-label="Later"]')!;
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      later.click();
      await map.updateComplete;
      visited.push(map.selected);
    }
    expect(visited).toEqual(['singapore', 'washington', 'lake-malaren-talks', 'hanoi']);
    expect(later.disabled).toBe(true);
    expect(shadow(map).querySelector('.timeline')!.textContent).toContain('4 of 4');
    shadow(map).querySelector<HTMLButtonElement>('.timeline button[aria-label="Earlier"]')!.click();
    await map.updateComplete;
    expect(map.selected).toBe('lake-malaren-talks');
  });
});

describe('what happened next', () => {
  it('is its own layer, toggled by a control, labelled as later reporting with sources, and never shows article quotes', async () => {
    const map = await mountMap();
    const toggle = shadow(map).querySelector<HTMLButtonElement>('.outcome-toggle')!;
    expect(shadow(map).querySelectorAll('.summit-outcome')).toHaveLength(0);
    toggle.click();
    await map.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await until(() => shadow(map).querySelectorAll('.summit-outcome').length > 0, 'outcome layer');
    const venue = shadow(map).querySelector<SVGElement>('[data-outcome-id="metropole-hanoi"]')!;
    venue.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await until(() => popup(map)?.querySelector('.outcome-badge') != null, 'outcome popup');
    const text = popup(map)!.textContent!;
    expect(text).toMatch(/later reporting, not from the article/i);
    expect(text).toContain('Metropole');
    expect(popup(map)!.querySelectorAll('a[href^="http"]').length).toBeGreaterThan(0);
    expect(popup(map)!.querySelector('blockquote')).toBeNull();
    for (const quote of allQuotes) expect(text).not.toContain(quote);
    toggle.click();
    await map.updateComplete;
    await until(() => shadow(map).querySelectorAll('.summit-outcome').length === 0, 'outcome layer hidden');
  });

  it('is told after the article as a separate note with its sources', async () => {
    const { map, text } = await mountStory();
    const note = text.shadowRoot!.querySelector<HTMLElement>('[part="outcome"]')!;
    expect(note.compareDocumentPosition(text.shadowRoot!.querySelector('article')!) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    expect(note.textContent).toContain('Sofitel Legend Metropole');
    expect(note.textContent).toContain('Dong Dang');
    expect(note.querySelectorAll('a[href^="http"]').length).toBeGreaterThan(2);
    note.querySelector('button')!.click();
    expect(map.showOutcome).toBe(true);
  });
});

describe('bad input to the story', () => {
  it('an article without paragraphs is reported and the map still renders', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: SummitErrorEvent[] = [];
    const map = await mountMap((el) => {
      el.addEventListener('summit-error', (event) => errors.push(event));
      el.article = { headline: 'Empty', publisher: 'P', date: '2019-01-21', paragraphs: [] };
    });
    expect(shadow(map).querySelectorAll('.summit-marker').length).toBeGreaterThan(0);
    expect(errors[0]!.detail.problems.map((problem) => problem.field)).toContain('paragraphs');
    warn.mockRestore();
  });

  it('a quote cited to a paragraph out of range is dropped and reported; the rest renders', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = JSON.parse(places);
    data.features[0].properties.quotes.push({ text: 'Hanoi', paragraph: 99 });
    const errors: SummitErrorEvent[] = [];
    const map = await mountMap((el) => {
      el.addEventListener('summit-error', (event) => errors.push(event));
      el.places = data;
      el.article = article;
    });
    expect(shadow(map).querySelectorAll('.summit-marker')).toHaveLength(9);
    expect(errors[0]!.detail.problems[0]!.message).toMatch(/paragraph 99/);
    map.select('hanoi');
    await until(() => popup(map) !== null, 'popup');
    expect(popup(map)!.querySelectorAll('blockquote')).toHaveLength(2);
    warn.mockRestore();
  });

  it('an alias that matches nothing is reported by the article (console and summit-error) and the rest is linked', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = JSON.parse(places);
    data.features[1].properties.aliases = ['Da Nang City'];
    const errors: SummitErrorEvent[] = [];
    const text = document.createElement('summit-article');
    text.addEventListener('summit-error', (event) => errors.push(event));
    text.article = article;
    text.places = data;
    document.body.append(text);
    await until(() => errors.length > 0, 'summit-error from the article');
    expect(errors[0]!.detail.problems).toEqual([expect.objectContaining({ id: 'danang', field: 'aliases' })]);
    expect(warn.mock.calls.some(([message]) => String(message).includes('Da Nang City'))).toBe(true);
    expect(mentionsIn(text, 2).map((button) => button.dataset.placeId)).toContain('danang');
    warn.mockRestore();
  });
});
