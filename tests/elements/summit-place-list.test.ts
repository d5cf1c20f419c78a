// <summit-place-list>: the places as a list, linked to a map or standalone.
import { afterEach, describe, expect, it } from 'vitest';
import type { SummitPlaceList } from '../../src/elements/summit-place-list';
import type { SummitSelectEvent } from '../../src/events';
import { readJson } from '../fixtures/load';
import { cleanup, collect, marker, mountMap, popup, until } from './helpers';

const dataset = readJson<{ features: { id: string; properties: { name: string } }[] }>('geo/places.geojson');

function addList(setup: (list: SummitPlaceList) => void = () => {}): SummitPlaceList {
  const list = document.createElement('summit-place-list');
  setup(list);
  document.body.append(list);
  return list;
}

const listButton = (list: SummitPlaceList, name: string) =>
  [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="place"]')].find((button) => button.textContent!.trim() === name)!;

afterEach(cleanup);

describe('<summit-place-list>', () => {
  it('lists every place grouped by role with name, site and first quote', async () => {
    await mountMap((el) => (el.id = 'story'));
    const list = addList((l) => (l.for = 'story'));
    await until(() => list.shadowRoot!.querySelectorAll('[part="item"]').length === dataset.features.length, 'list items');
    const groups = [...list.shadowRoot!.querySelectorAll('section h3')].map((h) => h.textContent!.trim());
    expect(groups[0]).toBe('Likely summit venue');
    const danang = listButton(list, 'Danang').closest('[part="item"]')!;
    expect(danang.getAttribute('data-place-id')).toBe('danang');
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
    const list = addList((l) => (l.places = readJson('geo/places.geojson')));
    await until(() => !!listButton(list, 'Pyongyang'), 'standalone list');
    const events = collect<SummitSelectEvent>(list, 'summit-select');
    listButton(list, 'Pyongyang').click();
    await list.updateComplete;
    expect(events[0]!.detail).toMatchObject({ id: 'pyongyang', feature: { id: 'pyongyang' } });
    expect(listButton(list, 'Pyongyang').getAttribute('aria-current')).toBe('true');
  });
});
