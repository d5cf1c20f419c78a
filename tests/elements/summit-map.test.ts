import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import places from '../../geo/places.geojson?raw';
import article from '../../geo/article.json';
import { cleanup, collect, marker, markers, mountMap, nextFrame, popup, shadow, until } from './helpers';
import type { SummitErrorEvent, SummitSelectEvent } from '../../src/events';

interface FeatureData {
  id: string;
  geometry: { type: string };
  properties: { name: string; quotes: { text: string; paragraph: number }[] };
}
const dataset = JSON.parse(places) as { roles: Record<string, { label: string }>; features: FeatureData[] };
const points = dataset.features.filter((feature) => feature.geometry.type === 'Point');

afterEach(cleanup);

describe('<summit-map> with the bundled story', () => {
  it('renders one focusable, labelled marker per place, drawn as inline SVG, and the route', async () => {
    const element = await mountMap();
    expect(markers(element).map((m) => m.dataset.placeId)).toEqual(expect.arrayContaining(points.map((p) => p.id)));
    expect(markers(element)).toHaveLength(points.length);
    // A roving tabindex: one place in the Tab order, the arrow keys reach the others.
    expect(markers(element).filter((m) => m.tabIndex === 0)).toHaveLength(1);
    for (const m of markers(element)) {
      expect(m.getAttribute('tabindex')).toMatch(/^(0|-1)$/);
      expect(m.getAttribute('aria-label')).toBeTruthy();
      expect(m.querySelector('svg')).not.toBeNull();
    }
    expect(shadow(element).querySelectorAll('img')).toHaveLength(0);
    expect(shadow(element).querySelector('path.summit-route[data-place-id="overflight"]')).not.toBeNull();
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

  it('opens the route popup by keyboard too', async () => {
    const element = await mountMap();
    const route = marker(element, 'overflight');
    route.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => popup(element) !== null, 'route popup');
    expect(popup(element)!.textContent).toContain('flying entirely over friendly Chinese territory');
  });

  it('has a legend that names every role in words', async () => {
    const element = await mountMap();
    const legend = shadow(element).querySelector('[part="legend"]')!;
    const labels = [...legend.querySelectorAll('li')].map((item) => item.textContent!.trim());
    expect(labels).toEqual(Object.values(dataset.roles).map((role) => role.label));
  });

  it('frames the story\'s focus (the three venues) on load, and every place with "Show all places"', async () => {
    const element = await mountMap();
    const box = () => shadow(element).querySelector('.map')!.getBoundingClientRect();
    const inView = (m: HTMLElement) => {
      const r = m.getBoundingClientRect();
      const b = box();
      return r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom;
    };
    const venues = ['hanoi', 'danang', 'ho-chi-minh-city'].map((id) => marker(element, id));
    expect(venues.every(inView)).toBe(true);
    // Washington is far from the focus: in the locator inset, not in the first view.
    expect(inView(marker(element, 'washington'))).toBe(false);
    expect(shadow(element).querySelector('.inset-place[data-inset-id="washington"]')).not.toBeNull();
    shadow(element).querySelector<HTMLButtonElement>('button.fit')!.click();
    await until(() => markers(element).every(inView), 'every place framed');
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
});

describe('keyboard', () => {
  it('Enter opens the popup and moves focus into it; Escape closes it and returns focus to the marker', async () => {
    const element = await mountMap();
    const washington = marker(element, 'washington');
    washington.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => popup(element) !== null, 'popup');
    await until(() => shadow(element).activeElement?.classList.contains('popup') ?? false, 'focus in popup');
    await userEvent.keyboard('{Escape}');
    await until(() => popup(element) === null, 'popup closed');
    expect(shadow(element).activeElement).toBe(washington);
    expect(element.selected).toBe('');
  });

  it('the close button closes the popup', async () => {
    const element = await mountMap();
    element.select('seoul');
    await until(() => popup(element) !== null, 'popup');
    shadow(element).querySelector<HTMLButtonElement>('.popup-close')!.click();
    await until(() => popup(element) === null, 'popup closed');
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
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(element.select('atlantis')).toBe(false);
    expect(element.select('atlantis')).toBe(false);
    element.setAttribute('selected', 'atlantis');
    await element.updateComplete;
    expect(warn.mock.calls.filter(([message]) => String(message).includes('atlantis'))).toHaveLength(1);
    expect(element.getAttribute('selected')).toBe('');
    expect(popup(element)).toBeNull();
    warn.mockRestore();
  });

  it('the selected attribute opens that place', async () => {
    const element = await mountMap((el) => el.setAttribute('selected', 'pyongyang'));
    await until(() => popup(element) !== null, 'popup');
    expect(popup(element)!.textContent).toContain('embassy in Pyongyang');
  });
});

describe('bad input', () => {
  it('rejects a dataset in full, keeps the markers it showed, shows an alert and fires summit-error', async () => {
    const element = await mountMap();
    const errors = collect<SummitErrorEvent>(element, 'summit-error');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    element.places = { type: 'Nope' };
    await until(() => errors.length > 0, 'summit-error');
    await element.updateComplete;
    expect(markers(element)).toHaveLength(points.length);
    const alert = shadow(element).querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/keeps what it showed/);
    expect(errors[0]!.detail.problems[0]!.message).toMatch(/FeatureCollection/);
    alert.querySelector('button')!.click();
    await element.updateComplete;
    expect(shadow(element).querySelector('[role="alert"]')).toBeNull();
    warn.mockRestore();
  });

  it('keeps the valid part of a dataset and names what was left out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
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
    expect(shadow(element).querySelector('[role="alert"]')!.textContent).toContain('"bad"');
    warn.mockRestore();
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

describe('lifecycle', () => {
  it('two maps on one page zoom and open popups independently', async () => {
    const first = await mountMap();
    const second = await mountMap();
    const paneTransform = (el: typeof first) => shadow(el).querySelector<HTMLElement>('.leaflet-map-pane')!.style.transform;
    const markerTransform = (el: typeof first) => marker(el, 'washington').style.transform;
    const before = markerTransform(second);
    first.select('hanoi');
    await until(() => popup(first) !== null, 'popup in first');
    expect(popup(second)).toBeNull();
    shadow(first).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
    await until(() => markerTransform(first) !== markerTransform(second), 'first zoomed');
    await nextFrame();
    expect(markerTransform(second)).toBe(before);
    expect(paneTransform(second)).toBeDefined();
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
  });

  it('works again after being removed and re-attached', async () => {
    const element = await mountMap();
    element.remove();
    await nextFrame();
    document.body.append(element);
    await element.updateComplete;
    await until(() => markers(element).length === points.length, 'markers after re-attach');
    expect(shadow(element).querySelectorAll('.leaflet-container')).toHaveLength(1);
    element.select('singapore');
    await until(() => popup(element) !== null, 'popup after re-attach');
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
      element.src = `data:application/json,${encodeURIComponent(places)}`;
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
