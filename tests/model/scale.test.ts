// 100,000 places through every model step the map takes: parsing, quote checks, mention finding,
// ranks, anchors and label placement. No timing is asserted; a step that were quadratic would
// not finish within this file's timeout, and each result is checked on samples.
import { beforeAll, describe, expect, it } from 'vitest';
import { anchorOf, kindOf, loadAreaCode } from '../../src/model/geometry';
import { intersects } from '../../src/model/framing';
import { labelRect, placeLabels, type LabelRequest } from '../../src/model/labels';
import { findMentions, indexMentions } from '../../src/model/mentions';
import { verifyQuotes } from '../../src/model/quotes';
import { placeRanks } from '../../src/model/ranks';
import { parseStory } from '../../src/model/story';
import type { Article } from '../../src/model/types';

const COUNT = 100_000;
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'pa', 'qu', 'do', 'fe', 'gi', 'ho', 'ju'];
/** A distinct made-up word per number: "Kalomi"… */
const wordOf = (n: number) => {
  let word = '';
  for (let rest = n + SYLLABLES.length; rest > 0; rest = Math.floor(rest / SYLLABLES.length)) word += SYLLABLES[rest % SYLLABLES.length];
  return word[0]!.toUpperCase() + word.slice(1);
};
const nameOf = (i: number) => (i % 50 === 0 ? `Lake ${wordOf(i)}` : wordOf(i));

/** Every 100th place is mentioned in the article, in paragraph (i / 100) % 20 + 1. */
const paragraphs = Array.from({ length: 20 }, (_, p) => {
  const named: string[] = [];
  for (let i = p * 100; i < COUNT; i += 2000) named.push(nameOf(i));
  return `In this paragraph the reporter went to ${named.join(', then ')}.`;
});
const article: Article = { headline: 'H', byline: '', publisher: '', date: '', paragraphs, subheads: [] };

const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 0.01, y],
    [x + 0.01, y + 0.01],
    [x, y + 0.01],
    [x, y],
  ],
];
const geometryOf = (i: number, lon: number, lat: number) =>
  i % 97 === 0
    ? {
        type: 'LineString',
        coordinates: [
          [lon, lat],
          [lon + 0.05, lat + 0.05],
        ],
      }
    : i % 89 === 0
      ? { type: 'Polygon', coordinates: square(lon, lat) }
      : { type: 'Point', coordinates: [lon, lat] };

const features = Array.from({ length: COUNT }, (_, i) => {
  const [lon, lat] = [-170 + ((i * 7919) % 34000) / 100, -80 + ((i * 104729) % 16000) / 100];
  const mentioned = i % 100 === 0;
  const quote = mentioned ? [{ text: i % 200 === 0 ? nameOf(i) : `not in the article ${i}`, paragraph: ((i / 100) % 20) + 1 }] : [];
  return {
    type: 'Feature',
    ...(i % 10 === 0 ? {} : { id: `p${i}` }),
    geometry: geometryOf(i, lon, lat),
    properties: { name: nameOf(i), role: ['city', 'town', 'village', 'undeclared'][i % 4], quotes: quote },
  };
});
const data = {
  type: 'FeatureCollection',
  roles: { village: { label: 'Village', order: 3 }, town: { label: 'Town', order: 2 }, city: { label: 'City', order: 1 } },
  features,
};

describe(`${COUNT.toLocaleString('en-US')} places`, { timeout: 20_000 }, () => {
  beforeAll(() => loadAreaCode());
  const parsed = parseStory(data);
  const story = parsed.value;

  it('parse, with one problem for the undeclared role and one notice for the made ids', () => {
    expect(story.places).toHaveLength(COUNT);
    expect(parsed.problems.map((problem) => problem.field)).toEqual(['id', 'roles.undeclared']);
    expect(parsed.problems[1]!.message).toContain('25000 places use it');
    expect(story.places[10]!.id).toBe(`${nameOf(10).toLowerCase()}`);
    expect(story.places[11]!.id).toBe('p11');
    expect(story.roles.map((role) => role.id)).toEqual(['city', 'town', 'village', 'undeclared']);
  });

  it('rank by role, then by data order', () => {
    const ranks = placeRanks(story);
    expect(ranks.get(story.places[0]!.id)).toBe(0);
    expect(ranks.get(story.places[4]!.id)).toBe(1);
    expect(ranks.get(story.places[3]!.id)).toBe(75_000);
  });

  it('have quotes checked: the ones not in the article are dropped and reported', () => {
    const { value, problems } = verifyQuotes(story, article);
    expect(problems).toHaveLength(COUNT / 200);
    expect(value.places[200]!.quotes).toHaveLength(1);
    expect(value.places[100]!.quotes).toHaveLength(0);
  });

  it('are found in the article where it names them', () => {
    const { mentions, problems } = findMentions(paragraphs, story.places);
    const { byPlace } = indexMentions(mentions);
    for (const i of [0, 100, 2100, 50_000, 99_900]) {
      expect(
        byPlace.get(story.places[i]!.id)?.map((mention) => mention.paragraph),
        nameOf(i),
      ).toEqual([((i / 100) % 20) + 1]);
    }
    expect(byPlace.size).toBe(COUNT / 100);
    expect(problems).toHaveLength(COUNT - COUNT / 100);
  });

  it('have anchors and kinds', () => {
    const kinds = { point: 0, line: 0, area: 0 };
    for (const place of story.places) {
      kinds[kindOf(place)] += 1;
      anchorOf(place);
    }
    expect(kinds.line).toBe(Math.ceil(COUNT / 97));
    const area = story.places.find((place) => kindOf(place) === 'area')!;
    const [[west, south]] = area.geometry.coordinates[0] as number[][];
    const [lon, lat] = anchorOf(area);
    expect(lon).toBeCloseTo(west! + 0.005, 3);
    expect(lat).toBeCloseTo(south! + 0.005, 3);
  });

  it('get labels that overlap no other label and no marker', () => {
    const requests: LabelRequest[] = story.places.map((place, i) => ({
      id: place.id,
      x: (i * 7919) % 12_000,
      y: (i * 104_729) % 9_000,
      width: 40 + (i % 60),
      height: 14,
      priority: i,
    }));
    const sides = placeLabels(requests, 8);
    expect(sides.size).toBe(COUNT);
    const placed = requests.filter((request) => sides.get(request.id));
    expect(placed.length).toBeGreaterThan(COUNT / 10);
    expect(placed.length).toBeLessThan(COUNT);
    const rects = placed.map((request) => labelRect(request, sides.get(request.id)!, 8));
    for (let s = 0; s < rects.length; s += Math.floor(rects.length / 100)) {
      const rect = rects[s]!;
      expect(rects.filter((other) => other !== rect && intersects(rect, other))).toEqual([]);
      expect(requests.filter(({ x, y }) => intersects(rect, { x: x - 8, y: y - 8, width: 16, height: 16 }))).toEqual([]);
    }
  });
});
