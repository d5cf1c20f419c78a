import { expect, it } from 'vitest';
import { describeRoute, formatKm, listInWords } from '../../src/model/route-description';
import { parseStory } from '../../src/model/story';
import type { Position } from '../../src/model/types';
import { readJson } from '../fixtures/load';

const story = parseStory(readJson('geo/places.geojson')).value;

it('describes the overflight: from, to, countries and length', () => {
  const route = story.places.find((place) => place.id === 'overflight')!;
  expect(describeRoute(route, story.places)).toBe(
    'Pyongyang to Hanoi over China: from Pyongyang to Hanoi, over North Korea, China and Vietnam only, 3,193 km long, against 2,756 km for the direct great circle.',
  );
});

it('describes a route whose ends match no place by its name and length, never by coordinates', () => {
  const route = story.places.find((place) => place.id === 'overflight')!;
  expect(describeRoute(route, [])).toBe('Pyongyang to Hanoi over China, over North Korea, China and Vietnam only, 3,193 km long.');
});

const road = (name: string, coordinates: Position[], countries?: string[]) =>
  parseStory({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: { name, countries } }],
  }).value.places[0]!;
const town = (name: string, coordinates: Position) =>
  parseStory({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { name } }] })
    .value.places[0]!;

it('describes a loop road by its name and length, not "from Kaluaʻpele to Kaluaʻpele"', () => {
  const caldera = town('Kaluaʻpele', [-155.2834, 19.4069]);
  const loop = road('Crater Rim Drive', [
    [-155.26, 19.42],
    [-155.3, 19.41],
    [-155.28, 19.39],
    [-155.26, 19.42],
  ]);
  const text = describeRoute(loop, [caldera]);
  expect(text).toMatch(/^Crater Rim Drive, \d+ km long\.$/);
  expect(text).not.toMatch(/from|great circle/);
});

it('names a road out of town and its length, with no coordinates and no "over one country only"', () => {
  const hilo = town('Hilo', [-155.09073, 19.72991]);
  const saddle = road(
    'Saddle Road',
    [
      [-155.09, 19.72],
      [-155.45, 19.68],
      [-155.8, 19.8],
    ],
    ['United States of America'],
  );
  expect(describeRoute(saddle, [hilo])).toBe('Saddle Road, 77 km long.');
  const kona = town('Kailua-Kona', [-155.8, 19.8]);
  expect(describeRoute(saddle, [hilo, kona])).toMatch(
    /^Saddle Road: from Hilo to Kailua-Kona, 77 km long, against \d+ km for the direct great circle\.$/,
  );
});

it('lists countries in words and formats kilometres', () => {
  expect(listInWords([])).toBe('');
  expect(listInWords(['China'])).toBe('China');
  expect(listInWords(['China', 'Vietnam'])).toBe('China and Vietnam');
  expect(formatKm(12345.6)).toBe('12,346 km');
});

it('names an endpoint after the first listed point place within 5 km', () => {
  const route = story.places.find((place) => place.id === 'overflight')!;
  const hanoi = story.places.find((place) => place.id === 'hanoi')!;
  const near = { ...hanoi, id: 'near', name: 'Near Hanoi', geometry: { type: 'Point' as const, coordinates: [105.86, 21.04] as Position } };
  const pyongyang = story.places.find((place) => place.id === 'pyongyang')!;
  expect(describeRoute(route, [pyongyang, near, hanoi])).toMatch(/ to Near Hanoi,/);
  expect(describeRoute(route, [pyongyang, hanoi, near])).toMatch(/ to Hanoi,/);
});
