// parseOutcome: the "what happened next" layer is checked like the story, and can never carry the
// article's words or a link that is not http(s).
import { describe, expect, it } from 'vitest';
import { OUTCOME_KINDS, parseOutcome } from '../../src/model/outcome';
import { readJson } from '../fixtures/load';

interface RawFeature {
  type: string;
  id?: unknown;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}
interface RawOutcome {
  type: string;
  layer: { title?: unknown; note?: unknown; sources?: unknown[] };
  features: RawFeature[];
}
const outcomeFile = () => readJson<RawOutcome>('geo/outcome.geojson');

/** A venue valid in every field the schema requires, so a test's one defect is its only problem. */
const venue = (
  properties: Record<string, unknown> = {},
  geometry: RawFeature['geometry'] = { type: 'Point', coordinates: [105.855, 21.025] },
) => ({
  type: 'Feature',
  id: 'venue',
  geometry,
  properties: {
    name: 'The venue',
    kind: 'venue',
    date: '2019-02-27',
    dateLabel: '27 February 2019',
    summary: 'Where it happened.',
    sources: ['https://example.org/a'],
    ...properties,
  },
});
/** A train, drawn as a line: the kind decides the geometry. */
const train = (coordinates: unknown) => venue({ name: 'The train', kind: 'train' }, { type: 'LineString', coordinates });
const collection = (...features: unknown[]) => ({
  type: 'FeatureCollection',
  layer: { title: 'Later', note: 'Not the article.', sources: [{ title: 'An outlet', url: 'https://example.org/layer' }] } as Record<
    string,
    unknown
  >,
  features,
});

describe('parseOutcome with the bundled later reporting', () => {
  it('keeps every feature, its layer title, note and sources, without problems', () => {
    const raw = outcomeFile();
    const { value, problems } = parseOutcome(raw);
    expect(problems).toEqual([]);
    expect(value!.title).toBe('What happened next');
    expect(value!.note).toMatch(/not from the article/);
    expect(value!.sources).toHaveLength(raw.layer.sources!.length);
    expect(value!.sources.every((source) => /^https?:\/\//.test(source.url) && source.title.length > 0)).toBe(true);
    expect(value!.features.map((feature) => feature.id)).toEqual(raw.features.map((feature) => feature.id));
    const metropole = value!.features.find((feature) => feature.id === 'metropole-hanoi')!;
    expect(metropole).toMatchObject({ kind: 'venue', geometry: { type: 'Point' } });
    expect(metropole.name).toMatch(/Metropole/);
    expect(metropole.summary.length).toBeGreaterThan(0);
    expect(metropole.sources.length).toBeGreaterThan(0);
    expect(value!.features.find((feature) => feature.kind === 'train')!.geometry.type).toBe('LineString');
  });
});

describe('parseOutcome with bad input', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'FeatureCollection'],
    ['an array', []],
    ['another GeoJSON type', { type: 'Feature', features: [] }],
    ['features that are not a list', { type: 'FeatureCollection', features: {} }],
  ])('rejects %s in full, saying it is not a FeatureCollection', (_, input) => {
    const { value, problems } = parseOutcome(input);
    expect(value).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/FeatureCollection/);
  });

  it('accepts the test fixtures as they are: each test below adds one defect', () => {
    const { value, problems } = parseOutcome(
      collection(
        venue(),
        train([
          [105, 21],
          [106, 22],
        ]),
      ),
    );
    expect(problems).toEqual([]);
    expect(value!.features.map((feature) => feature.kind)).toEqual(['venue', 'train']);
  });

  it.each([
    ['is not an object', 'venue', /^Outcome feature 2 is not a GeoJSON Feature/],
    [
      'has no properties',
      { type: 'Feature', id: 'x', geometry: { type: 'Point', coordinates: [0, 0] } },
      /feature 2 is not a GeoJSON Feature/,
    ],
    ['has no geometry', { ...venue(), geometry: undefined }, /"The venue" \(feature 2\).* has no geometry/],
    ['has no id', { ...venue(), id: undefined }, /"The venue" \(feature 2\) needs an id/],
    ['has its id in the properties only', { ...venue({ id: 'venue' }), id: undefined }, /"The venue" \(feature 2\) needs an id/],
    ['has an empty name', venue({ name: '  ' }), /^Outcome feature 2 needs an id and a name/],
    ['has an unknown kind', venue({ kind: 'quote' }), /"The venue" \(feature 2\) has kind "quote"/],
    [
      'has a point off the globe',
      venue({}, { type: 'Point', coordinates: [200, 10] }),
      /"The venue".* not \[longitude, latitude\] on Earth/,
    ],
    [
      'has a point that is not numbers',
      venue({}, { type: 'Point', coordinates: ['105', '21'] }),
      /"The venue".* not \[longitude, latitude\]/,
    ],
    ['has a line of one position', train([[105, 21]]), /"The train".* needs two or more \[longitude, latitude\] positions/],
    [
      'has a line with a bad position',
      train([
        [105, 21],
        [105, 99],
      ]),
      /"The train".* positions on Earth/,
    ],
    [
      'is a venue drawn as a line',
      venue(
        {},
        {
          type: 'LineString',
          coordinates: [
            [105, 21],
            [106, 22],
          ],
        },
      ),
      /"The venue".* LineString geometry; only Point/,
    ],
    ['is a train drawn as a point', venue({ name: 'The train', kind: 'train' }), /"The train".* Point geometry; only LineString/],
    [
      'has a polygon',
      venue(
        {},
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
      ),
      /"The venue".* Polygon geometry/,
    ],
  ])('drops a feature that %s, names it, and keeps the others', (_, bad, message) => {
    const { value, problems } = parseOutcome(collection(venue({ name: 'Kept' }), bad));
    expect(value!.features.map((feature) => feature.name)).toEqual(['Kept']);
    expect(problems).toEqual([expect.objectContaining({ index: 1, message: expect.stringMatching(message) })]);
    expect(problems[0]!.message).toMatch(/feature 2/);
  });

  it.each([
    ['no date', { date: undefined }, 'date', /has no "date"/],
    ['a year-month date', { date: '2019-02' }, 'date', /date "2019-02"; use an ISO date/],
    ['an end date in words', { endDate: '28 February' }, 'endDate', /endDate "28 February"; use an ISO date/],
    ['no date label', { dateLabel: undefined }, 'dateLabel', /has no "dateLabel"/],
    ['no summary', { summary: undefined }, 'summary', /has no "summary"/],
    ['a blank summary', { summary: ' ' }, 'summary', /"summary" that is not text/],
    ['a country that is a number', { country: 3 }, 'country', /"country" that is not text/],
    ['no sources', { sources: undefined }, 'sources', /has no "sources"/],
    ['an empty list of sources', { sources: [] }, 'sources', /one or more http\(s\) addresses/],
    ['a via of one stop', { via: ['pyongyang'] }, 'via', /"via" that is not a list of two or more ids/],
  ])('keeps a feature with %s, and reports it by the feature name and field', (_, properties, field, message) => {
    const { value, problems } = parseOutcome(collection(venue({ name: 'Kept', ...properties })));
    expect(value!.features.map((feature) => feature.name)).toEqual(['Kept']);
    expect(problems).toEqual([{ id: 'venue', index: 0, field, message: expect.stringMatching(message) }]);
    expect(problems[0]!.message).toMatch(/^The outcome feature "Kept" \(feature 1\)/);
  });

  it('names every kind it accepts when a kind is wrong', () => {
    const { problems } = parseOutcome(collection(venue({ kind: 'ship' })));
    for (const kind of OUTCOME_KINDS) expect(problems[0]!.message).toContain(kind);
  });

  it('trims the id, name and text it keeps', () => {
    const { value, problems } = parseOutcome(collection({ ...venue({ name: '  Hotel  ', dateLabel: ' 27 Feb ' }), id: ' hotel ' }));
    expect(problems).toEqual([]);
    expect(value!.features[0]).toMatchObject({ id: 'hotel', name: 'Hotel', dateLabel: '27 Feb' });
  });

  it('falls back to a plain title and note that say this is not the article, and reports what is missing', () => {
    const { value, problems } = parseOutcome({ type: 'FeatureCollection', features: [] });
    expect(value).toEqual({ title: 'What happened next', note: 'Later reporting, not from the article.', sources: [], features: [] });
    expect(problems.map((problem) => problem.field)).toEqual(['layer', 'features']);
    expect(problems[0]!.message).toMatch(/no "layer"/);
    expect(problems[1]!.message).toMatch(/no features/);
  });

  it.each([
    ['a blank title', { title: ' ' }, 'layer.title', /no title/],
    ['no note', { note: undefined }, 'layer.note', /no note/],
    ['no sources', { sources: undefined }, 'layer.sources', /names no sources/],
    ['an empty list of sources', { sources: [] }, 'layer.sources', /names no sources/],
  ])('reports a layer with %s, and shows a default', (_, change, field, message) => {
    const raw = collection(venue());
    Object.assign(raw.layer, change);
    const { value, problems } = parseOutcome(raw);
    expect(problems).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(value!.title).toBe(field === 'layer.title' ? 'What happened next' : 'Later');
    expect(value!.note).toBe(field === 'layer.note' ? 'Later reporting, not from the article.' : 'Not the article.');
    expect(value!.features).toHaveLength(1);
  });
});

describe('parseOutcome keeps later reporting apart from the article', () => {
  it('ignores quotes on a feature, its properties, the layer or the collection, and reports each', () => {
    const raw = collection({
      ...venue({ quotes: [{ text: 'Kim arrived.', paragraph: 1 }] }),
      quotes: [{ text: 'Also not kept.', paragraph: 2 }],
    });
    raw.layer.quotes = [{ text: 'Not this either.', paragraph: 4 }];
    const { value, problems } = parseOutcome({ ...raw, quotes: [{ text: 'Nor this.', paragraph: 3 }] });
    expect(problems.map((problem) => problem.field)).toEqual(['quotes', 'layer.quotes', 'quotes']);
    for (const problem of problems) expect(problem.message).toMatch(/"quotes"; they were ignored/);
    expect(problems[2]).toMatchObject({ index: 0, message: expect.stringMatching(/^The outcome feature "The venue"/) });
    expect(value!.features).toHaveLength(1);
    const everything = JSON.stringify(value);
    expect(everything).not.toContain('quotes');
    for (const words of ['Kim arrived.', 'Also not kept.', 'Nor this.', 'Not this either.']) expect(everything).not.toContain(words);
  });

  it('drops sources that are not http(s) links, in the layer and on features, and reports them', () => {
    const raw = collection(
      venue({ sources: ['https://example.org/kept', 'javascript:alert(1)', 'tass.com/world/1046523', 'ftp://example.org/x', 42, ''] }),
    );
    raw.layer.sources = [
      { title: 'Kept', url: 'http://example.org/layer' },
      { title: 'Script', url: 'javascript:alert(1)' },
      { title: 'Data', url: 'data:text/html,<b>x</b>' },
      { title: 'No URL' },
      'https://example.org/not-an-object',
      { url: 'https://example.org/untitled' },
    ];
    const { value, problems } = parseOutcome(raw);
    expect(value!.features[0]!.sources).toEqual(['https://example.org/kept']);
    expect(value!.sources).toEqual([{ title: 'Kept', url: 'http://example.org/layer' }]);
    expect(problems.map((problem) => problem.field)).toEqual([1, 2, 3, 4, 5].map((n) => `layer.sources.${n}`).concat('sources'));
    const layerSource = (n: number) =>
      new RegExp(`^Source ${n} of the outcome layer needs a "title" and an http\\(s\\) "url"; it was left out`);
    for (const [index, problem] of problems.slice(0, 5).entries()) expect(problem.message).toMatch(layerSource(index + 2));
    expect(problems[5]!.message).toMatch(/^The outcome feature "The venue" \(feature 1\) needs "sources": .*http\(s\)/);
  });
});
