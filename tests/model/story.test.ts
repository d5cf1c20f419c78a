import { describe, expect, it } from 'vitest';
import { parseStory, slugOf } from '../../src/model/story';
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

  it('drops features it cannot draw, naming each by its name and number', () => {
    const { value, problems } = parseStory(
      collection([
        point('good'),
        point('far', { name: 'Far' }, [200, 10]),
        point('flipped', {}, [10, 95]),
        point('text', {}, ['105', '21']),
        { type: 'Feature', id: 'poly', geometry: { type: 'Polygon', coordinates: [] }, properties: { name: 'P', role: 'venue' } },
        { type: 'Feature', id: 'set', geometry: { type: 'GeometryCollection', geometries: [] }, properties: { name: 'S' } },
        'not a feature',
      ]),
    );
    expect(value.places.map((place) => place.id)).toEqual(['good']);
    expect(problems.map((problem) => problem.field ?? '')).toEqual(['geometry', 'geometry', 'geometry', 'geometry', 'geometry', '']);
    expect(problems[0]?.message).toBe('The place "Far" (feature 2) has coordinates that are not [longitude, latitude] on Earth.');
    expect(problems.find((problem) => problem.id === 'poly')?.message).toMatch(/"P" \(feature 5\) has a polygon with no rings/);
    expect(problems.find((problem) => problem.id === 'set')?.message).toMatch(/GeometryCollection geometry; only Point, MultiPoint/);
    expect(problems.at(-1)?.message).toBe('Feature 7 is not a GeoJSON Feature with properties.');
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

  it('gives a role with a bad symbol or colour a default, with one problem each, and keeps its places', () => {
    const { value, problems } = parseStory({
      type: 'FeatureCollection',
      roles: {
        a: { label: 'A', symbol: 'hexagon' },
        b: { label: 'B', symbol: 'square', color: 'red; background: url(x)' },
        c: { symbol: 'circle' },
      },
      features: ['a', 'a', 'b', 'b', 'c'].map((role, i) => point(`p${i}`, { role })),
    });
    expect(value.places).toHaveLength(5);
    expect(value.roles.map((role) => [role.id, role.label, role.symbol, role.color])).toEqual([
      ['a', 'A', 'diamond', '#0072b2'],
      ['b', 'B', 'square', '#d55e00'],
      ['c', 'C', 'circle', '#009e73'],
    ]);
    expect(problems.map((problem) => problem.field)).toEqual(['roles.a.symbol', 'roles.b.color']);
  });

  it('makes a role a place names but the data does not declare, with one problem for all its places', () => {
    const { value, problems } = parseStory(collection([point('x', { role: 'villain-hideout' }), point('y', { role: 'villain-hideout' })]));
    expect(value.places.map((place) => place.role)).toEqual(['villain-hideout', 'villain-hideout']);
    expect(value.roles.map((role) => [role.id, role.label])).toEqual([
      ['venue', 'Venue'],
      ['villain-hideout', 'Villain hideout'],
    ]);
    expect(problems).toEqual([
      {
        field: 'roles.villain-hideout',
        message:
          'The role "villain-hideout" is not declared in "roles" (2 places use it); it was added as "Villain hideout" with a default style.',
      },
    ]);
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

/** A feature as geojson.io or QGIS exports it: a geometry and a name, nothing else. */
const plain = (geometry: unknown, properties: Record<string, unknown> | null = { name: 'Somewhere' }) => ({
  type: 'Feature',
  geometry,
  properties,
});
const square = (x: number, y: number, size = 1) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('parseStory on plain GeoJSON', () => {
  it('draws five named points with no roles and no ids, with one problem for the ids', () => {
    const names = ['Hà Nội', 'Đà Nẵng', 'Huế', 'Hà Nội', 'Hà Nội'];
    const { value, problems } = parseStory({
      type: 'FeatureCollection',
      features: names.map((name, i) => plain({ type: 'Point', coordinates: [105 + i, 16] }, { name })),
    });
    expect(value.places.map((place) => [place.id, place.name, place.role])).toEqual([
      ['ha-noi', 'Hà Nội', 'place'],
      ['da-nang', 'Đà Nẵng', 'place'],
      ['hue', 'Huế', 'place'],
      ['ha-noi-2', 'Hà Nội', 'place'],
      ['ha-noi-3', 'Hà Nội', 'place'],
    ]);
    expect(value.roles).toEqual([{ id: 'place', label: 'Place', order: 1, symbol: 'circle', color: '#0072b2' }]);
    expect(problems).toEqual([
      {
        field: 'id',
        message:
          '5 places had no id; ids were made from their names: "Hà Nội" → ha-noi, "Đà Nẵng" → da-nang, "Huế" → hue, "Hà Nội" → ha-noi-2, "Hà Nội" → ha-noi-3.',
        level: 'notice',
      },
    ]);
  });

  it('accepts every geometry type and gives each kind its default symbol', () => {
    const { value, problems } = parseStory({
      type: 'FeatureCollection',
      features: [
        { ...plain({ type: 'Point', coordinates: [1, 2] }, { title: 'A point', role: 'spots' }), id: 1 },
        {
          ...plain(
            {
              type: 'MultiPoint',
              coordinates: [
                [1, 2],
                [3, 4],
              ],
            },
            { name: 'Points', role: 'spots' },
          ),
          id: 2,
        },
        {
          ...plain(
            {
              type: 'LineString',
              coordinates: [
                [1, 2],
                [3, 4],
              ],
            },
            { name: 'Road', role: 'roads' },
          ),
          id: 3,
        },
        {
          ...plain(
            {
              type: 'MultiLineString',
              coordinates: [
                [
                  [1, 2],
                  [3, 4],
                ],
                [
                  [5, 6],
                  [7, 8, 120],
                ],
              ],
            },
            { name: 'Roads', role: 'roads' },
          ),
          id: 4,
        },
        { ...plain({ type: 'Polygon', coordinates: square(10, 10) }, { name: 'Park', role: 'parks' }), id: 5 },
        { ...plain({ type: 'MultiPolygon', coordinates: [square(10, 10), square(20, 20, 2)] }, { name: 'Parks', role: 'parks' }), id: 6 },
      ],
      roles: { spots: { label: 'Spots' }, roads: { label: 'Roads' }, parks: { label: 'Parks', color: '#0072B2' } },
    });
    expect(problems).toEqual([]);
    expect(value.places.map((place) => place.geometry.type)).toEqual([
      'Point',
      'MultiPoint',
      'LineString',
      'MultiLineString',
      'Polygon',
      'MultiPolygon',
    ]);
    expect(value.places[0]?.name).toBe('A point');
    expect(value.places[3]?.geometry.coordinates).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ]);
    expect(value.roles.map((role) => [role.id, role.symbol, role.color])).toEqual([
      ['spots', 'circle', '#d55e00'],
      ['roads', 'line', '#009e73'],
      ['parks', 'area', '#0072B2'],
    ]);
  });

  it('accepts null properties and missing names, naming the place by its id or number, in one problem', () => {
    const { value, problems } = parseStory({
      type: 'FeatureCollection',
      features: [plain({ type: 'Point', coordinates: [1, 2] }, null), { ...plain({ type: 'Point', coordinates: [1, 2] }, {}), id: 'x9' }],
    });
    expect(value.places.map((place) => [place.id, place.name])).toEqual([
      ['place-1', 'Place 1'],
      ['x9', 'x9'],
    ]);
    expect(problems.map((problem) => problem.field)).toEqual(['id', 'name']);
    expect(problems[1]?.message).toBe('2 places had no "name" or "title", so they are called: feature 1 → "Place 1", feature 2 → "x9".');
  });

  it('rejects open or short polygon rings and empty multi-geometries, naming the place', () => {
    const open = square(0, 0)[0]!.slice(0, 4);
    const cases: [unknown, RegExp][] = [
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [0, 0],
            ],
          ],
        },
        /"Somewhere" \(feature 1\) has a polygon ring that needs four or more/,
      ],
      [{ type: 'Polygon', coordinates: [open] }, /not closed/],
      [{ type: 'MultiPolygon', coordinates: [] }, /MultiPolygon with no polygons/],
      [{ type: 'MultiPoint', coordinates: [] }, /MultiPoint with no points/],
      [{ type: 'MultiLineString', coordinates: [[[1, 2]]] }, /line that needs two or more/],
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [0, 91],
              [1, 1],
              [0, 0],
            ],
          ],
        },
        /on Earth/,
      ],
      [null, /has no geometry/],
    ];
    for (const [geometry, message] of cases) {
      const { value, problems } = parseStory({ type: 'FeatureCollection', features: [plain(geometry)] });
      expect(value.places).toEqual([]);
      expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(message)]);
    }
  });

  it('names the place in problems about its properties', () => {
    const { problems } = parseStory(collection([point('h', { name: 'Hanoi', date: '2019-13', quotes: [{ text: 'x' }] })]));
    expect(problems.map((problem) => problem.message)).toEqual([
      'The place "Hanoi" (feature 1) has the date "2019-13"; use an ISO date such as 2019-01-21 or 2019-02.',
      'Quote 1 of "Hanoi" (feature 1) needs "text" and a paragraph number from 1.',
    ]);
  });

  it('makes ids that do not collide with ids given later', () => {
    const { value } = parseStory({
      type: 'FeatureCollection',
      features: [
        plain({ type: 'Point', coordinates: [1, 2] }, { name: 'Hue' }),
        { ...plain({ type: 'Point', coordinates: [1, 2] }), id: 'hue' },
      ],
    });
    expect(value.places.map((place) => place.id)).toEqual(['hue-2', 'hue']);
  });

  it('slugs names in any script', () => {
    expect(slugOf('Ho Chi Minh City (Saigon)')).toBe('ho-chi-minh-city-saigon');
    expect(slugOf('Malmö–Øresund Straße')).toBe('malmo-oresund-strasse');
    expect(slugOf('東京 タワー')).toBe('東京-タワー');
    expect(slugOf('!!!')).toBe('');
  });
});
