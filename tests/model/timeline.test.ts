import { expect, it } from 'vitest';
import { parseStory } from '../../src/model/story';
import { stepTimeline, timelineOf } from '../../src/model/timeline';
import { readJson } from '../fixtures/load';

const story = parseStory(readJson('geo/places.geojson')).value;

it('orders the dated places: Singapore 2018, Washington and the Sweden talks in January 2019, the summit in late February', () => {
  expect(timelineOf(story.places).map((place) => place.id)).toEqual(['singapore', 'washington', 'lake-malaren-talks', 'hanoi']);
});

it('steps forward and back, clamped at the ends', () => {
  const timeline = timelineOf(story.places);
  expect(stepTimeline(timeline, '', 1)).toBe('singapore');
  expect(stepTimeline(timeline, '', -1)).toBe('hanoi');
  expect(stepTimeline(timeline, 'singapore', 1)).toBe('washington');
  expect(stepTimeline(timeline, 'hanoi', 1)).toBe('hanoi');
  expect(stepTimeline(timeline, 'singapore', -1)).toBe('singapore');
  expect(stepTimeline(timeline, 'seoul', 1)).toBe('singapore');
  expect(stepTimeline([], 'x', 1)).toBe('');
});

it('sorts a year-month after the days of earlier months and keeps dataset order for ties', () => {
  const place = (id: string, date: string) => ({ ...story.places[0]!, id, date });
  expect(timelineOf([place('b', '2019-02'), place('a', '2019-01-31'), place('c', '2019-02')]).map((p) => p.id)).toEqual(['a', 'b', 'c']);
});

it('leaves undated places out and does not reorder its input', () => {
  const place = (id: string, date?: string) => ({ ...story.places[0]!, id, date });
  const places = [place('undated'), place('late', '2019-03-01'), place('early', '2019-01-01')];
  expect(timelineOf(places).map((p) => p.id)).toEqual(['early', 'late']);
  expect(places.map((p) => p.id)).toEqual(['undated', 'late', 'early']);
  expect(timelineOf([place('undated')])).toEqual([]);
});
