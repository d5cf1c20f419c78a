import { expect, it } from 'vitest';
import { placeRanks } from '../../src/model/ranks';
import { parseStory } from '../../src/model/story';
import { readJson } from '../fixtures/load';

it('ranks places by role order, then data order', () => {
  const story = parseStory(readJson('geo/places.geojson')).value;
  const ranks = placeRanks(story);
  const ranked = [...ranks.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  expect(ranked.slice(0, 2)).toEqual(['hanoi', 'danang']);
  expect(ranked.at(-1)).toBe('overflight');
  expect(new Set(ranks.values()).size).toBe(story.places.length);
});

it('keeps role order beyond 10,000 places', () => {
  const roles = [
    { id: 'first', label: 'First', order: 1, symbol: 'circle' as const, color: '#000000' },
    { id: 'second', label: 'Second', order: 2, symbol: 'circle' as const, color: '#000000' },
  ];
  const places = Array.from({ length: 20_001 }, (_, i) => ({ id: `p${i}`, role: i === 20_000 ? 'first' : 'second' }));
  const ranks = placeRanks({ roles, places: places as never });
  expect(ranks.get('p20000')).toBe(0);
  expect(ranks.get('p0')).toBe(1);
  expect(ranks.get('p19999')).toBe(20_000);
});
