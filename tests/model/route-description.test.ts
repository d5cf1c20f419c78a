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

it('names endpoints that match no place by their coordinates', () => {
  const route = story.places.find((place) => place.id === 'overflight')!;
  expect(describeRoute(route, [])).toMatch(/from 39\.02°, 125\.74° to 21\.03°, 105\.85°/);
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
  expect(describeRoute(route, [near, hanoi])).toMatch(/ to Near Hanoi,/);
  expect(describeRoute(route, [hanoi, near])).toMatch(/ to Hanoi,/);
});
