import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import places from '../../geo/places.geojson?raw';
import type { SummitPlaceList } from '../../src/elements/summit-place-list';
import type { SummitSelectEvent } from '../../src/events';
import { cleanup, collect, marker, mountMap, popup, shadow, until } from './helpers';

const dataset = JSON.parse(places) as { features: { id: string; properties: { name: string } }[] };

/** The focused element, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function addList(setup: (list: SummitPlaceList) => void = () => {}, before?: Element): SummitPlaceList {
  const list = document.createElement('summit-place-list');
  setup(list);
  if (before) document.body.insertBefore(list, before);
  else document.body.append(list);
  return list;
}

const listButton = (list: SummitPlaceList, name: string) =>
  [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="place"]')].find((button) => button.textContent!.trim() === name)!;

afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('keyboard path', () => {
  it('Tab reaches the map, then a place; arrows move between places; Enter opens; Escape returns focus', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const element = await mountMap();
    before.focus();
    await userEvent.tab();
    expect(deepActive()?.classList.contains('leaflet-container')).toBe(true);
    await userEvent.tab();
    expect(deepActive()?.getAttribute('data-place-id')).toBe('hanoi');
    await userEvent.keyboard('{ArrowRight}');
    expect(deepActive()?.getAttribute('data-place-id')).toBe('danang');
    expect(marker(element, 'danang').tabIndex).toBe(0);
    expect(marker(element, 'hanoi').tabIndex).toBe(-1);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    // Wraps around: before Hanoi comes the last place in keyboard order, the route.
    expect(deepActive()?.getAttribute('data-place-id')).toBe('overflight');
    await userEvent.keyboard('{Home}{ArrowDown}');
    expect(deepActive()?.getAttribute('data-place-id')).toBe('danang');
    await userEvent.keyboard('{Enter}');
    await until(() => popup(element)?.textContent?.includes('Danang') ?? false, 'Danang popup');
    await until(() => deepActive()?.classList.contains('popup') ?? false, 'focus in popup');
    await userEvent.keyboard('{Escape}');
    await until(() => popup(element) === null, 'popup closed');
    expect(deepActive()).toBe(marker(element, 'danang'));
  });

  it('Space opens the popup too', async () => {
    const element = await mountMap();
    marker(element, 'seoul').focus();
    await userEvent.keyboard(' ');
    await until(() => popup(element)?.textContent?.includes('Seoul') ?? false, 'Seoul popup');
  });

  it('a keyboard help is reachable from the map', async () => {
    const element = await mountMap();
    const toggle = shadow(element).querySelector<HTMLButtonElement>('.help-toggle')!;
    const help = shadow(element).querySelector<HTMLElement>('#keyboard-help')!;
    expect(help.hidden).toBe(true);
    toggle.click();
    await element.updateComplete;
    expect(help.hidden).toBe(false);
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
    // Described off the first draw (formatting distances is slow at start-up), or on focus.
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

describe('<summit-place-list>', () => {
  it('lists every place grouped by role with name, site and first quote', async () => {
    await mountMap((el) => (el.id = 'story'));
    const list = addList((l) => (l.for = 'story'));
    await until(() => list.shadowRoot!.querySelectorAll('li').length === dataset.features.length, 'list items');
    const groups = [...list.shadowRoot!.querySelectorAll('section h3')].map((h) => h.textContent!.trim());
    expect(groups[0]).toBe('Likely summit venue');
    const danang = listButton(list, 'Danang').closest('li')!;
    expect(danang.textContent).toContain('InterContinental Danang Sun Peninsula Resort');
    expect(danang.querySelector('blockquote')!.textContent).toContain('the site of the 2017 Asia-Pacific Economic Cooperation meeting');
  });

  it('choosing a list item selects the place on the map and opens its popup; the item becomes current', async () => {
    const element = await mountMap((el) => (el.id = 'story'));
    const list = addList((l) => (l.for = 'story'));
    await until(() => !!listButton(list, 'Seoul'), 'list');
    const events = collect<SummitSelectEvent>(document, 'summit-select');
    listButton(list, 'Seoul').click();
    expect(element.selected).toBe('seoul');
    await until(() => popup(element)?.textContent?.includes('Seoul') ?? false, 'Seoul popup after the flight', 5000);
    await list.updateComplete;
    expect(listButton(list, 'Seoul').getAttribute('aria-current')).toBe('true');
    expect(list.selected).toBe('seoul');
    expect(events.map((event) => event.detail.id)).toEqual(['seoul']);
  });

  it('opening a popup on the map marks the list item current and scrolls it into view', async () => {
    const element = await mountMap((el) => (el.id = 'story'));
    const list = addList((l) => {
      l.for = 'story';
      l.style.cssText = 'display:block;height:150px;overflow:auto';
    });
    await until(() => !!listButton(list, 'Seoul'), 'list');
    marker(element, 'seoul').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await until(() => listButton(list, 'Seoul').getAttribute('aria-current') === 'true', 'aria-current');
    const item = listButton(list, 'Seoul').getBoundingClientRect();
    const box = list.getBoundingClientRect();
    expect(item.top).toBeGreaterThanOrEqual(box.top);
    expect(item.bottom).toBeLessThanOrEqual(box.bottom);
    expect(list.shadowRoot!.querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('links to a map that appears after it', async () => {
    const list = addList((l) => (l.for = 'later'));
    await list.updateComplete;
    expect(list.shadowRoot!.textContent).toContain('No places to list yet');
    const element = await mountMap((el) => (el.id = 'later'));
    await until(() => !!listButton(list, 'Hanoi'), 'list after the map appeared');
    listButton(list, 'Hanoi').click();
    expect(element.selected).toBe('hanoi');
  });

  it('works standalone, given data directly', async () => {
    const list = addList((l) => (l.places = JSON.parse(places)));
    await until(() => !!listButton(list, 'Pyongyang'), 'standalone list');
    const events = collect<SummitSelectEvent>(list, 'summit-select');
    listButton(list, 'Pyongyang').click();
    await list.updateComplete;
    expect(events[0]!.detail).toMatchObject({ id: 'pyongyang', feature: { id: 'pyongyang' } });
    expect(listButton(list, 'Pyongyang').getAttribute('aria-current')).toBe('true');
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
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    history.replaceState(null, '', '#place=atlantis');
    const element = await mountMap((el) => (el.syncHash = true));
    expect(element.selected).toBe('');
    expect(warn.mock.calls.filter(([message]) => String(message).includes('atlantis'))).toHaveLength(1);
    cleanup();
    history.replaceState(null, '', '#top');
    const other = await mountMap((el) => (el.syncHash = true));
    expect(other.selected).toBe('');
    expect(location.hash).toBe('#top');
    warn.mockRestore();
  });

  it('without sync-hash the hash is neither read nor written', async () => {
    history.replaceState(null, '', '#place=danang');
    const element = await mountMap();
    expect(element.selected).toBe('');
    element.select('seoul');
    expect(location.hash).toBe('#place=danang');
  });
});

describe('events', () => {
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
