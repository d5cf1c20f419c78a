// What a reader sees when something is wrong, and what the page's author gets: a short note on the
// map, clear of every control (wide and phone layouts), while the details (addresses, fields, ids)
// go to the console and summit-error. A name or alias that matches nothing in the article is the
// author's alone: summit-error from the map itself, and no note.
import { afterEach, describe, expect, it } from 'vitest';
import type { SummitMap } from '../../src/elements/summit-map';
import type { SummitErrorEvent } from '../../src/events';
import { readJson } from '../fixtures/load';
import { spyOnWarnings } from '../fixtures/warnings';
import { cleanup, collect, mountMap, nextFrame, shadow, until } from './helpers';

afterEach(cleanup);

const intersects = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Everything on the map a note must not cover: every button outside it, the key, timeline and inset. */
function coveredBy(element: SummitMap, note: Element): string[] {
  const box = note.getBoundingClientRect();
  const others = [
    ...shadow(element).querySelectorAll('button, [part="legend"], [part="timeline"], [part="inset"], [part="credits"]'),
  ].filter((other) => !note.contains(other) && other.getClientRects().length > 0);
  return others
    .filter((other) => intersects(box, other.getBoundingClientRect()))
    .map((other) => other.getAttribute('aria-label') ?? other.getAttribute('part') ?? other.textContent?.trim() ?? other.localName);
}

describe('the error note', () => {
  for (const width of [800, 390]) {
    it(`is short and covers no control on a ${width} px map; the details go to the author`, async () => {
      const warnings = spyOnWarnings();
      const errors: SummitErrorEvent[] = [];
      const element = await mountMap((map) => {
        map.style.width = `${width}px`;
        map.outcomeSrc = '/no-such-outcome.json';
        map.addEventListener('summit-error', (event) => errors.push(event));
      });
      const note = await (async () => {
        await until(() => shadow(element).querySelector('[part="error"]') !== null, 'the note');
        for (let frame = 0; frame < 3; frame += 1) await nextFrame();
        return shadow(element).querySelector('[part="error"]')!;
      })();
      expect(note.getAttribute('role')).toBe('alert');
      expect(note.querySelector('p')!.textContent).toBe('The "what happened next" data could not be loaded.');
      expect(coveredBy(element, note)).toEqual([]);
      // The details: where it was looked for, in the event and the console.
      expect(
        errors
          .at(-1)!
          .detail.problems.map((problem) => problem.message)
          .join(' '),
      ).toContain('/no-such-outcome.json');
      expect(warnings.mentioning('/no-such-outcome.json')).toHaveLength(1);
    });
  }

  it('an alias that matches nothing reaches summit-error from the map alone, with no note for readers', async () => {
    const warnings = spyOnWarnings();
    const places = readJson<{ features: { id: string; properties: { aliases?: string[] } }[] }>('geo/places.geojson');
    places.features.find((feature) => feature.id === 'danang')!.properties.aliases = ['Da Nang City'];
    let errors: SummitErrorEvent[] = [];
    const element = await mountMap((map) => {
      errors = collect<SummitErrorEvent>(map, 'summit-error');
      map.places = places;
      map.article = readJson('geo/article.json');
    });
    await until(() => errors.length > 0, 'summit-error from the map');
    expect(errors[0]!.detail.problems).toEqual([expect.objectContaining({ id: 'danang', field: 'aliases' })]);
    expect(warnings.mentioning('Da Nang City')).toHaveLength(1);
    expect(shadow(element).querySelector('[part="error"]')).toBeNull();
  });

  it('a note about the map stays when new data comes after it; a note about the data does not', async () => {
    spyOnWarnings();
    const places = readJson<{ features: unknown[] }>('geo/places.geojson');
    const element = await mountMap((map) => {
      map.basemapSrc = '/no-such-basemap';
      map.places = places;
    });
    const noteText = () => shadow(element).querySelector('[part="error"] p')?.textContent ?? '';
    await until(() => noteText() === 'The basemap could not be loaded.', 'the basemap note');
    // New data (as when a slow src arrives after the basemap failed): the note about the basemap stays.
    element.places = structuredClone(places);
    await element.updateComplete;
    for (let frame = 0; frame < 2; frame += 1) await nextFrame();
    expect(noteText()).toBe('The basemap could not be loaded.');
    // A note about the data goes with the next data that can be shown.
    element.places = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: null }] };
    await until(() => noteText().startsWith('No place in the new data could be shown'), 'the data note');
    element.places = structuredClone(places);
    await until(() => noteText() === '', 'the data note cleared');
  });
});
