// <summit-map>: drawing, popups, keyboard, public API and events, timeline, the later-reporting
// layer, bad input, sync-hash and lifecycle, in real Chromium.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SummitMap } from '../../src/elements/summit-map';
import type { SummitErrorEvent, SummitSelectEvent } from '../../src/events';
import { readJson, readText } from '../fixtures/load';
import { spyOnWarnings } from '../fixtures/warnings';
import {
  cleanup,
  collect,
  deepActive,
  mapRegion,
  marker,
  markers,
  mountMap,
  nextFrame,
  placesDrawn,
  popup,
  shadow,
  until,
} from './helpers';

interface FeatureData {
  id: string;
  geometry: { type: string };
  properties: { name: string; role: string; quotes: { text: string; paragraph: number }[] };
}
interface Dataset {
  roles: Record<string, { label: string }>;
  features: FeatureData[];
}
const dataset = readJson<Dataset>('geo/places.geojson');
const article = readJson<{ paragraphs: string[] }>('geo/article.json');
const points = dataset.features.filter((feature) => feature.geometry.type === 'Point');
const allQuotes = dataset.features.flatMap((feature) => feature.properties.quotes.map((quote) => quote.text));

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

/** Where each drawn place is on screen: any pan or zoom of its map changes it. */
const screenPositions = (element: SummitMap) =>
  placesDrawn(element).map((place) => {
    const box = place.getBoundingClientRect();
    return `${place.dataset.placeId} ${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)}`;
  });

describe('<summit-map> with the bundled story', () => {
  it('renders one focusable marker per place, named by its name and role, drawn as inline SVG, and the route', async () => {
    const element = await mountMap();
    expect(markers(element).map((m) => m.dataset.placeId)).toEqual(expect.arrayContaining(points.map((p) => p.id)));
    expect(markers(element)).toHaveLength(points.length);
    // A roving tabindex: one place in the Tab order, the arrow keys reach the others.
    expect(markers(element).filter((m) => m.tabIndex === 0)).toHaveLength(1);
    for (const point of points) {
      const m = marker(element, point.id);
      expect(m.getAttribute('tabindex')).toMatch(/^(0|-1)$/);
      expect(m.getAttribute('role')).toBe('button');
      expect(m.getAttribute('aria-label')).toBe(`${point.properties.name}, ${dataset.roles[point.properties.role]!.label}`);
      expect(m.querySelector('svg')).not.toBeNull();
    }
    expect(shadow(element).querySelectorAll('img')).toHaveLength(0);
    const route = marker(element, 'overflight');
    expect(route).toBeInstanceOf(SVGPathElement);
    expect(route.getAttribute('role')).toBe('button');
  });

  it.each(points)('clicking $id opens a popup with its name and every quote', async (place) => {
    const element = await mountMap();
    marker(element, place.id).dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
    await until(() => popup(element) !== null, 'popup');
    const text = popup(element)!.textContent!;
    expect(popup(element)!.querySelector('.popup-title')!.textContent).toBe(place.properties.name);
    for (const quote of place.properties.quotes) {
      expect(text).toContain(quote.text);
      expect(article.paragraphs[quote.paragraph - 1]).toContain(quote.text);
      expect(text).toContain(`¶${quote.paragraph}`);
    }
    expect(popup(element)!.querySelector('.popup-credit')!.textContent).toContain('Bloomberg');
    expect(element.selected).toBe(place.id);
  });

  it("writes every button in the element's typeface, not the browser's own for controls", async () => {
    const element = await mountMap((el) => el.style.setProperty('--summit-map-font', 'Georgia, serif'));
    // The inset's places come once the first view has painted.
    await until(() => shadow(element).querySelector('.inset-place') !== null, 'the places in the inset');
    const buttons = [...shadow(element).querySelectorAll('button')];
    expect(buttons.length).toBeGreaterThan(5);
    for (const button of buttons)
      expect(getComputedStyle(button).fontFamily, button.className || button.textContent!).toBe('Georgia, serif');
  });

  it("draws the inset's land from the basemap folder once the first view has painted (data, not code in the module)", async () => {
    const land = readJson('geo/basemap/locator-land.json') as { path: string };
    const element = await mountMap();
    await until(() => shadow(element).querySelector('.inset-land') !== null, "the inset's land");
    expect(shadow(element).querySelector('.inset-land')!.getAttribute('d')).toBe(land.path);
  });

  it('shows the inset without land when the basemap folder has no land file', async () => {
    const element = await mountMap((el) => (el.basemapSrc = '/geo/no-such-basemap/'));
    await until(() => shadow(element).querySelector('.inset-place') !== null, 'the places in the inset');
    await nextFrame();
    await nextFrame();
    expect(shadow(element).querySelector('.inset-land')).toBeNull();
  });

  it('has a legend that names every role in words', async () => {
    const element = await mountMap();
    const legend = shadow(element).querySelector('[part="legend"]')!;
    const labels = [...legend.querySelectorAll('li')].map((item) => item.textContent!.trim());
    expect(labels).toEqual(Object.values(dataset.roles).map((role) => role.label));
  });

  it('frames the story\'s focus (the three venues) on load, and every place with "Show all places"', async () => {
    const element = await mountMap();
    const box = () => mapRegion(element).getBoundingClientRect();
    const inView = (m: HTMLElement) => {
      const r = m.getBoundingClientRect();
      const b = box();
      return r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom;
    };
    const venues = ['hanoi', 'danang', 'ho-chi-minh-city'].map((id) => marker(element, id));
    expect(venues.every(inView)).toBe(true);
    // Washington is far from the focus: in the locator inset, not in the first view.
    expect(inView(marker(element, 'washington'))).toBe(false);
    // The inset's places come once the first view has painted.
    await until(() => shadow(element).querySelector('.inset-place[data-inset-id="washington"]') !== null, 'Washington in the inset');
    shadow(element).querySelector<HTMLButtonElement>('button.fit')!.click();
    await until(() => markers(element).every(inView), 'every place framed');
  });

  it('shows no locator inset while every place is in view (it would repeat the map), and shows it again closer in', async () => {
    const element = await mountMap();
    await until(() => shadow(element).querySelector('.inset-place') !== null, 'the places in the inset');
    shadow(element).querySelector<HTMLButtonElement>('button.fit')!.click();
    await until(() => shadow(element).querySelector('.inset') === null, 'no inset with every place in view');
    element.frame(['hanoi', 'danang', 'ho-chi-minh-city']);
    await until(() => shadow(element).querySelector('.inset-place[data-inset-id="washington"]') !== null, 'Washington in the inset again');
  });

  it('shows place names that do not overlap each other at the default view', async () => {
    const element = await mountMap();
    await nextFrame(); // labels are placed after the markers' first paint
    const labels = [...shadow(element).querySelectorAll<HTMLElement>('.place-label')].filter((label) => label.dataset.side !== 'none');
    // The first view frames the three venues (the far places are in the inset): all three labelled.
    expect(labels.map((label) => label.textContent!.trim())).toEqual(expect.arrayContaining(['Hanoi', 'Danang', 'Ho Chi Minh City']));
    const boxes = labels.map((label) => label.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${labels[i]!.textContent} / ${labels[j]!.textContent}`).toBe(false);
      }
  });

  it('without a linked article, popups offer no paragraph links', async () => {
    const map = await mountMap();
    map.select('washington');
    await until(() => popup(map) !== null, 'popup');
    expect(popup(map)!.querySelector('.popup-title')!.textContent).toBe('Washington');
    expect(popup(map)!.querySelector('.popup-mentions')).toBeNull();
  });
});

describe('keyboard', () => {
  it('Tab reaches the map, then a place; arrows move between places; Enter opens; Escape returns focus', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const element = await mountMap();
    before.focus();
    await userEvent.tab();
    expect(deepActive()).toBe(mapRegion(element));
    expect(mapRegion(element).getAttribute('role')).toBe('region');
    await userEvent.tab();
    expect(deepActive()?.getAttribute('data-place-id')).toBe('hanoi');
    await userEvent.keyboard('{ArrowRight}');
    // The arrow keys' code comes when focus first enters the map (src/leaflet/place-moves.ts).
    await until(() => deepActive()?.getAttribute('data-place-id') === 'danang', 'focus on Danang');
    expect(marker(element, 'danang').tabIndex).toBe(0);
    expect(marker(element, 'hanoi').tabIndex).toBe(-1);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    // Wraps around: before Hanoi comes the last place in keyboard order, the route.
    expect(deepActive()?.getAttribute('data-place-id')).toBe('overflight');
    await userEvent.keyboard('{Home}{ArrowDown}');
    expect(deepActive()?.getAttribute('data-place-id')).toBe('danang');
    await userEvent.keyboard('{Enter}');
    await until(() => popup(element)?.textContent?.includes('Danang') ?? false, 'Danang popup');
    await until(() => deepActive() === popup(element), 'focus in popup');
    await userEvent.keyboard('{Escape}');
    await until(() => popup(element) === null, 'popup closed');
    expect(deepActive()).toBe(marker(element, 'danang'));
  });

  it('Enter opens the popup and moves focus into it; Escape closes it and returns focus to the marker', async () => {
    const element = await mountMap();
    const washington = marker(element, 'washington');
    washington.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => popup(element) !== null, 'popup');
    await until(() => shadow(element).activeElement === popup(element), 'focus in popup');
    await userEvent.keyboard('{Escape}');
    await until(() => popup(element) === null, 'popup closed');
    expect(shadow(element).activeElement).toBe(washington);
    expect(element.selected).toBe('');
  });

  it('Space opens the popup too', async () => {
    const element = await mountMap();
    marker(element, 'seoul').focus();
    await userEvent.keyboard(' ');
    await until(() => popup(element)?.textContent?.includes('Seoul') ?? false, 'Seoul popup');
    expect(element.selected).toBe('seoul');
  });

  it('opens the route popup by keyboard too', async () => {
    const element = await mountMap();
    const route = marker(element, 'overflight');
    route.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => popup(element) !== null, 'route popup');
    expect(popup(element)!.textContent).toContain('flying entirely over friendly Chinese territory');
  });

  it('the close button closes the popup', async () => {
    const element = await mountMap();
    element.select('seoul');
    await until(() => popup(element) !== null, 'popup');
    popup(element)!.querySelector<HTMLButtonElement>('button[aria-label="Close Seoul"]')!.click();
    await until(() => popup(element) === null, 'popup closed');
    expect(element.selected).toBe('');
  });

  it('a keyboard help is reachable from the map', async () => {
    const element = await mountMap();
    const toggle = shadow(element).querySelector<HTMLButtonElement>('[part="controls"] button[aria-controls="keyboard-help"]')!;
    const help = shadow(element).querySelector<HTMLElement>('[part="help"]')!;
    expect(help.hidden).toBe(true);
    toggle.click();
    // Its content is code fetched on the first open (keyboard-help.ts): the panel opens once it is here.
    await until(() => !help.hidden, 'the help open');
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(help.textContent).toMatch(/Arrow keys/);
    help.querySelector('button')!.focus();
    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect(help.hidden).toBe(true);
    expect(deepActive()).toBe(toggle);
  });

  it('describes the route in words: from, to, countries and length', async () => {
    const element = await mountMap();
    // Described when focus first enters the map (its code is a file of its own: route-description.ts).
    marker(element, 'hanoi').focus();
    await until(() => marker(element, 'overflight').hasAttribute('aria-description'), 'route description');
    const description = marker(element, 'overflight').getAttribute('aria-description')!;
    expect(description).toContain('from Pyongyang to Hanoi');
    expect(description).toContain('North Korea, China and Vietnam');
    expect(description).toContain('3,193 km');
  });

  it('announces a selection politely', async () => {
    const element = await mountMap();
    element.select('seoul');
    await element.updateComplete;
    const live = shadow(element).querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toContain('Seoul selected');
  });
});

describe('public API and events', () => {
  it('select() opens the place, reflects `selected` and fires summit-select with the feature', async () => {
    const element = await mountMap();
    const events = collect<SummitSelectEvent>(document, 'summit-select');
    expect(element.select('danang')).toBe(true);
    await element.updateComplete;
    await until(() => popup(element) !== null, 'popup');
    expect(element.getAttribute('selected')).toBe('danang');
    expect(events.map((event) => event.detail.id)).toEqual(['danang']);
    expect(events[0]!.detail.feature?.properties?.name).toBe('Danang');
    expect(events[0]!.composed && events[0]!.bubbles).toBe(true);
  });

  it('an unknown id selects nothing, returns false, warns once and never throws', async () => {
    const element = await mountMap();
    const warnings = spyOnWarnings();
    expect(element.select('atlantis')).toBe(false);
    expect(element.select('atlantis')).toBe(false);
    element.setAttribute('selected', 'atlantis');
    await element.updateComplete;
    expect(warnings.mentioning('atlantis')).toHaveLength(1);
    expect(element.getAttribute('selected')).toBe('');
    expect(popup(element)).toBeNull();
  });

  it('the selected attribute opens that place', async () => {
    const element = await mountMap((el) => el.setAttribute('selected', 'pyongyang'));
    await until(() => popup(element) !== null, 'popup');
    expect(popup(element)!.textContent).toContain('embassy in Pyongyang');
  });

  it('summit-ready reports the number of places; summit-select carries the id and feature, and bubbles out of the shadow root', async () => {
    const ready: number[] = [];
    document.addEventListener('summit-ready', (event) => ready.push(event.detail.places), { once: true });
    const element = await mountMap();
    expect(ready).toEqual([dataset.features.length]);
    const events = collect<SummitSelectEvent>(document.body, 'summit-select');
    element.select('washington');
    element.select('');
    expect(events.map((event) => [event.detail.id, event.detail.feature?.id ?? null])).toEqual([
      ['washington', 'washington'],
      ['', null],
    ]);
  });
});

describe('data at hand', () => {
  it('is drawn in the element’s first update, with its key and timeline, and announced once', async () => {
    const element = document.createElement('summit-map');
    element.style.width = '800px';
    element.places = dataset;
    const ready: number[] = [];
    element.addEventListener('summit-ready', (event) => ready.push(event.detail.places));
    document.body.append(element);
    // No fetch, no wait: the places, the key and the timeline are there once the first update is.
    await element.updateComplete;
    expect(markers(element)).toHaveLength(points.length);
    expect(shadow(element).querySelectorAll('.legend li').length).toBe(Object.keys(dataset.roles).length);
    expect(shadow(element).querySelector('.timeline')).not.toBeNull();
    expect(ready).toEqual([dataset.features.length]);
    await nextFrame();
    expect(ready).toHaveLength(1);
  });
});

describe('the timeline', () => {
  it('its buttons visit the dated places in date order and say where they are', async () => {
    const map = await mountMap();
    const timeline = shadow(map).querySelector<HTMLElement>('[part="timeline"]')!;
    expect(timeline.getAttribute('role')).toBe('group');
    const later = timeline.querySelector<HTMLButtonElement>('button[aria-label="Later"]')!;
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      later.click();
      await map.updateComplete;
      visited.push(map.selected);
    }
    expect(visited).toEqual(['singapore', 'washington', 'lake-malaren-talks', 'hanoi']);
    expect(later.disabled).toBe(true);
    expect(timeline.textContent).toContain('4 of 4');
    timeline.querySelector<HTMLButtonElement>('button[aria-label="Earlier"]')!.click();
    await map.updateComplete;
    expect(map.selected).toBe('lake-malaren-talks');
    expect(timeline.textContent).toContain('3 of 4');
  });
});

describe('what happened next (the later-reporting layer)', () => {
  it('comes after the markers and says so with summit-outcome; an outcome set to nothing removes it the same way', async () => {
    const details: number[] = [];
    const map = await mountMap((element) => element.addEventListener('summit-outcome', (event) => details.push(event.detail.features)));
    await until(() => details.length > 0, 'summit-outcome');
    const bundled = readJson<{ features: unknown[] }>('geo/outcome.geojson').features.length;
    expect(details).toEqual([bundled]);
    expect(map.parsedOutcome?.features).toHaveLength(bundled);
    map.outcome = { type: 'FeatureCollection', features: [] };
    await until(() => details.length > 1, 'a second summit-outcome');
    expect(details.at(-1)).toBe(0);
  });

  it('is its own layer, toggled by a control, labelled as later reporting with sources, and never shows article quotes', async () => {
    const map = await mountMap();
    const laterReporting = () => [...mapRegion(map).querySelectorAll<SVGElement>('[data-outcome-id]')];
    // The layer's data and code come after the markers: its control appears when they are here.
    const findToggle = () =>
      [...shadow(map).querySelectorAll<HTMLButtonElement>('[part="controls"] button[aria-pressed]')].find((button) =>
        /what happened next/i.test(button.textContent ?? ''),
      );
    await until(() => findToggle() !== undefined, 'the "What happened next" control');
    const toggle = findToggle()!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(laterReporting()).toHaveLength(0);
    toggle.click();
    await map.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await until(() => laterReporting().length > 0, 'outcome layer');
    const venue = laterReporting().find((element) => element.dataset.outcomeId === 'metropole-hanoi')!;
    expect(venue.getAttribute('aria-label')).toMatch(/later reporting/);
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
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await until(() => laterReporting().length === 0, 'outcome layer hidden');
  });
});

describe('bad input', () => {
  it('a first dataset rejected in full still shows the basemap behind its message, not an empty box', async () => {
    spyOnWarnings();
    const element = document.createElement('summit-map');
    element.style.width = '600px';
    element.places = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: {} }] };
    document.body.append(element);
    await until(() => shadow(element).querySelector('[role="alert"]') !== null, 'alert');
    expect(markers(element)).toHaveLength(0);
    // The land is painted: some pixel of the basemap canvas is neither transparent nor the sea colour.
    await until(
      () => {
        const canvas = mapRegion(element).querySelector<HTMLCanvasElement>('.leaflet-summit-basemap-pane canvas, canvas');
        if (!canvas || canvas.width === 0) return false;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        const sea = pixels.slice(0, 4).join();
        for (let i = 0; i < pixels.length; i += 4 * 97) if (pixels.slice(i, i + 4).join() !== sea) return true;
        return false;
      },
      'land painted',
      8000,
    );
  });

  it('rejects a dataset in full, keeps the markers it showed, shows an alert and fires summit-error', async () => {
    const element = await mountMap();
    const errors = collect<SummitErrorEvent>(element, 'summit-error');
    const warnings = spyOnWarnings();
    element.places = { type: 'Nope' };
    await until(() => errors.length > 0, 'summit-error');
    await element.updateComplete;
    expect(markers(element)).toHaveLength(points.length);
    const alert = shadow(element).querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/keeps what it showed/);
    expect(errors[0]!.detail.problems[0]!.message).toMatch(/FeatureCollection/);
    expect(warnings.mentioning('FeatureCollection')).toHaveLength(1);
    alert.querySelector('button')!.click();
    await element.updateComplete;
    expect(shadow(element).querySelector('[role="alert"]')).toBeNull();
  });

  it('keeps the valid part of a dataset and names what was left out', async () => {
    spyOnWarnings();
    const errors: SummitErrorEvent[] = [];
    const element = await mountMap((el) => {
      el.addEventListener('summit-error', (event) => errors.push(event));
      el.places = {
        type: 'FeatureCollection',
        roles: { city: { label: 'City', order: 1, symbol: 'circle', color: '#224466' } },
        features: [
          {
            type: 'Feature',
            id: 'ok',
            geometry: { type: 'Point', coordinates: [2.35, 48.86] },
            properties: { name: 'Paris', role: 'city' },
          },
          { type: 'Feature', id: 'bad', geometry: { type: 'Point', coordinates: [400, 0] }, properties: { name: 'Nowhere', role: 'city' } },
        ],
      };
    });
    expect(markers(element).map((m) => m.dataset.placeId)).toEqual(['ok']);
    await until(() => errors.length > 0, 'summit-error');
    expect(errors[0]!.detail.problems).toEqual([expect.objectContaining({ id: 'bad', field: 'geometry' })]);
    // The readers' note is short; which place was left out is the author's (the event, and the console).
    expect(shadow(element).querySelector('[role="alert"] p')!.textContent).toBe('Some of the map data was left out.');
  });

  it('an article without paragraphs is reported and the map still renders', async () => {
    spyOnWarnings();
    const errors: SummitErrorEvent[] = [];
    const map = await mountMap((el) => {
      el.addEventListener('summit-error', (event) => errors.push(event));
      el.article = { headline: 'Empty', publisher: 'P', date: '2019-01-21', paragraphs: [] };
    });
    expect(markers(map)).toHaveLength(points.length);
    expect(errors[0]!.detail.problems.map((problem) => problem.field)).toContain('paragraphs');
  });

  it('checks the bundled places against an article given in its place: quotes it lacks are dropped and reported', async () => {
    spyOnWarnings();
    const errors: SummitErrorEvent[] = [];
    const article = readJson<{ paragraphs: string[] }>('geo/article.json');
    // The bundled story comes checked against its own article; this one has lost its second paragraph's text.
    article.paragraphs[1] = 'Nothing the places quote.';
    const map = await mountMap((el) => {
      el.addEventListener('summit-error', (event) => errors.push(event));
      el.article = article;
    });
    expect(markers(map)).toHaveLength(points.length);
    expect(errors[0]!.detail.problems.some((problem) => /word for word in paragraph 2/.test(problem.message))).toBe(true);
  });

  it('a quote cited to a paragraph out of range is dropped and reported; the rest renders', async () => {
    spyOnWarnings();
    const data = readJson<Dataset>('geo/places.geojson');
    data.features[0]!.properties.quotes.push({ text: 'Hanoi', paragraph: 99 });
    const errors: SummitErrorEvent[] = [];
    const map = await mountMap((el) => {
      el.addEventListener('summit-error', (event) => errors.push(event));
      el.places = data;
      el.article = readJson('geo/article.json');
    });
    expect(markers(map)).toHaveLength(points.length);
    expect(errors[0]!.detail.problems[0]!.message).toMatch(/paragraph 99/);
    map.select('hanoi');
    await until(() => popup(map) !== null, 'popup');
    expect(popup(map)!.querySelectorAll('blockquote')).toHaveLength(2);
  });

  it('treats data as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const element = await mountMap((el) => {
      el.places = {
        type: 'FeatureCollection',
        roles: { r: { label: hostile, order: 1, symbol: 'star', color: '#aa0000' } },
        features: [
          {
            type: 'Feature',
            id: 'x',
            geometry: { type: 'Point', coordinates: [0, 0] },
            properties: { name: hostile, role: 'r', site: hostile, quotes: [] },
          },
        ],
      };
    });
    element.select('x');
    await until(() => popup(element) !== null, 'popup');
    expect(popup(element)!.querySelector('.popup-title')!.textContent).toBe(hostile);
    expect(shadow(element).querySelectorAll('img')).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('deep links (sync-hash)', () => {
  it('opens the place named in the hash on load', async () => {
    history.replaceState(null, '', '#place=danang');
    const element = await mountMap((el) => (el.syncHash = true));
    expect(element.selected).toBe('danang');
    await until(() => popup(element)?.textContent?.includes('Danang') ?? false, 'Danang popup');
  });

  it('writes the selection to the hash, and Back returns to the previous selection', async () => {
    const element = await mountMap((el) => (el.syncHash = true));
    element.select('hanoi');
    expect(location.hash).toBe('#place=hanoi');
    element.select('seoul');
    expect(location.hash).toBe('#place=seoul');
    history.back();
    await until(() => element.selected === 'hanoi', 'Back to Hanoi');
    expect(location.hash).toBe('#place=hanoi');
    history.back();
    await until(() => element.selected === '', 'Back to no selection');
  });

  it('an unknown id in the hash selects nothing and warns once; another hash is left alone', async () => {
    const warnings = spyOnWarnings();
    history.replaceState(null, '', '#place=atlantis');
    const element = await mountMap((el) => (el.syncHash = true));
    expect(element.selected).toBe('');
    expect(warnings.mentioning('atlantis')).toHaveLength(1);
    cleanup();
    history.replaceState(null, '', '#top');
    const other = await mountMap((el) => (el.syncHash = true));
    expect(other.selected).toBe('');
    expect(location.hash).toBe('#top');
  });

  it('without sync-hash the hash is neither read nor written', async () => {
    history.replaceState(null, '', '#place=danang');
    const element = await mountMap();
    expect(element.selected).toBe('');
    element.select('seoul');
    expect(location.hash).toBe('#place=danang');
  });
});

describe('lifecycle', () => {
  it('two maps on one page zoom and open popups independently', async () => {
    const first = await mountMap();
    const second = await mountMap();
    const firstBefore = screenPositions(first);
    const secondBefore = screenPositions(second);
    first.select('hanoi');
    await until(() => popup(first) !== null, 'popup in first');
    expect(popup(second)).toBeNull();
    shadow(first).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
    await until(() => screenPositions(first).join() !== firstBefore.join(), 'first zoomed');
    await nextFrame();
    expect(screenPositions(second)).toEqual(secondBefore);
    expect(second.selected).toBe('');
  });

  it('a map created hidden measures itself when shown', async () => {
    const box = document.createElement('div');
    box.style.display = 'none';
    document.body.append(box);
    const element = await mountMap(() => {}, box);
    box.style.display = 'block';
    await until(() => {
      const r = marker(element, 'hanoi').getBoundingClientRect();
      const m = element.getBoundingClientRect();
      return r.width > 0 && r.left > m.left && r.right < m.right && r.top > m.top && r.bottom < m.bottom;
    }, 'markers inside the shown map');
    expect(markers(element)).toHaveLength(points.length);
    expect(marker(element, 'hanoi').getBoundingClientRect().width).toBeGreaterThan(0);
  });

  it('works again after being removed and re-attached, with one map, not two', async () => {
    const element = await mountMap();
    element.remove();
    await nextFrame();
    document.body.append(element);
    await element.updateComplete;
    await until(() => markers(element).length === points.length, 'markers after re-attach');
    expect(shadow(element).querySelectorAll('[role="region"]')).toHaveLength(1);
    element.select('singapore');
    await until(() => popup(element) !== null, 'popup after re-attach');
    expect(popup(element)!.textContent).toContain('Singapore');
  });
});

describe('lifecycle: a load cut short', () => {
  it('loads again when re-attached after being removed mid-load', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const realFetch = window.fetch;
    const stub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      await gate;
      return realFetch(input, init);
    });
    window.fetch = stub as typeof fetch;
    try {
      const element = document.createElement('summit-map');
      element.src = `data:application/json,${encodeURIComponent(readText('geo/places.geojson'))}`;
      document.body.append(element);
      await element.updateComplete;
      element.remove();
      release();
      await nextFrame();
      const ready = new Promise((resolve) => element.addEventListener('summit-ready', resolve, { once: true }));
      document.body.append(element);
      await ready;
      expect(markers(element)).toHaveLength(points.length);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('"What happened next"', () => {
  it('turning it on frames the layer', async () => {
    const map = await mountMap();
    // From the view of every place (the world), where the layer is small.
    map.fitAll();
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const toggle = shadow(map).querySelector<HTMLButtonElement>('[part="controls"] button[aria-pressed]')!;
    toggle.click();
    await until(() => shadow(map).querySelectorAll('[data-outcome-id]').length > 0, 'outcome drawn');
    const spread = () => {
      const boxes = [...shadow(map).querySelectorAll('[data-outcome-id]')].map((element) => element.getBoundingClientRect());
      return Math.max(...boxes.map((box) => box.right)) - Math.min(...boxes.map((box) => box.left));
    };
    const before = spread();
    await until(() => spread() > before * 2, 'zoomed in on the layer', 5000);
    const area = mapRegion(map).getBoundingClientRect();
    for (const element of shadow(map).querySelectorAll('[data-outcome-id]')) {
      const box = element.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(area.left - 1);
      expect(box.right).toBeLessThanOrEqual(area.right + 1);
    }
  });
});
