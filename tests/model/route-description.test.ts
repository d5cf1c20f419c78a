import { expect, it } from 'vitest';
import { describeRoute } from '../../src/model/route-description';
import { parseStory } from '../../src/model/story';
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
