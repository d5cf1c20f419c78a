import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/model/story';
import { readJson } from '../fixtures/load';

const roles = { venue: { label: 'Venue', order: 1, symbol: 'circle', color: '#123456' } };
const point = (id: unknown, extra: Record<string, unknown> = {}, coordinates: unknown = [105.85, 21.03]) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: { name: `Place ${String(id)}`, role: 'venue', quotes: [], ...extra },
});
const collection = (features: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'FeatureCollection', roles, features, ...extra });

describe('parseStory on the bundled dataset', () => {
  const { value: story, problems } = parseStory(readJson('geo/places.geojson'));

  it('accepts every feature without a problem', () => {
    expect(problems).toEqual([]);
    expect(story.places.map((place) => place.id)).toEqual([
      'hanoi',
      'danang',
      'ho-chi-minh-city',
      'lake-malaren-talks',
      'stockholm',
      'singapore',
      'washington',
      'pyongyang',
      'seoul',
      'overflight',
    ]);
  });

  it('sorts the declared roles by order', () => {
    expect(story.roles.map((role) => role.id)).toEqual([
      'likely-venue',
      'candidate-venue',
      'envoy-talks',
      'first-summit',
      'capital',
      'flight-route',
    ]);
  });

  it('keeps the overflight as a line and the rest as points', () => {
    expect(story.places.filter((place) => place.geometry.type === 'LineString').map((place) => place.id)).toEqual(['overflight']);
  });
});

describe('parseStory rejects bad input with a reason and keeps the rest', () => {
  it('rejects something that is not a FeatureCollection', () => {
    for (const input of [null, 42, 'text', [], { type: 'Feature' }, { type: 'FeatureCollection' }]) {
      const { value, problems } = parseStory(input);
      expect(value.places).toEqual([]);
      expect(problems[0]?.message).toMatch(/FeatureCollection/);
    }
  });

  it('drops features without an id, name, declared role or valid coordinates', () => {
    const { value, problems } = parseStory(
      collection([
        point('good'),
        point(undefined),
        point('nameless', { name: '' }),
        point('stranger', { role: 'villain' }),
        point('far', {}, [200, 10]),
        point('flipped', {}, [10, 95]),
        point('text', {}, ['105', '21']),
        { type: 'Feature', id: 'poly', geometry: { type: 'Polygon', coordinates: [] }, properties: { name: 'P', role: 'venue' } },
        'not a feature',
      ]),
    );
    expect(value.places.map((place) => place.id)).toEqual(['good']);
    expect(problems.map((problem) => problem.field ?? '')).toEqual([
      'id',
      'name',
      'role',
      'geometry',
      'geometry',
      'geometry',
      'geometry',
      '',
    ]);
    expect(problems.find((problem) => problem.id === 'stranger')?.message).toMatch(/villain.*not declare/);
    expect(problems.find((problem) => problem.id === 'poly')?.message).toMatch(/Polygon/);
  });

  it('keeps the first of two features with the same id', () => {
    const { value, problems } = parseStory(collection([point('twin', { name: 'First' }), point('twin', { name: 'Second' })]));
    expect(value.places.map((place) => place.name)).toEqual(['First']);
    expect(problems).toEqual([expect.objectContaining({ id: 'twin', index: 1, field: 'id' })]);
  });

  it('accepts numeric ids and ids in properties', () => {
    const { value } = parseStory(
      collection([point(7), { ...point(undefined), properties: { ...point(undefined).properties, id: 'inner' } }]),
    );
    expect(value.places.map((place) => place.id)).toEqual(['7', 'inner']);
  });

  it('reports undeclared roles, bad symbols and bad colours', () => {
    const { value, problems } = parseStory({
      type: 'FeatureCollection',
      roles: {
        a: { label: 'A', symbol: 'hexagon' },
        b: { label: 'B', symbol: 'square', color: 'red; background: url(x)' },
        c: { symbol: 'circle' },
      },
      features: [],
    });
    expect(value.roles.map((role) => [role.id, role.color])).toEqual([['b', '#3d4a57']]);
    expect(problems.map((problem) => problem.field)).toEqual(['roles.a.symbol', 'roles.b.color', 'roles.c']);
    expect(parseStory({ type: 'FeatureCollection', features: [] }).problems[0]?.field).toBe('roles');
  });

  it('drops malformed quotes but keeps the place', () => {
    const { value, problems } = parseStory(
      collection([
        point('q', {
          quotes: [
            { text: 'ok', paragraph: 1 },
            { text: '', paragraph: 1 },
            { text: 'x', paragraph: 0 },
          ],
        }),
      ]),
    );
    expect(value.places[0]?.quotes).toEqual([{ text: 'ok', paragraph: 1 }]);
    expect(problems.map((problem) => problem.field)).toEqual(['quotes.1', 'quotes.2']);
  });

  it('reads the story title and tint list', () => {
    const { value } = parseStory(collection([point('a')], { story: { title: 'T', tint: ['Vietnam', 3, ''] } }));
    expect(value.title).toBe('T');
    expect(value.tint).toEqual(['Vietnam']);
  });
});
