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

const venue = (
  properties: Record<string, unknown> = {},
  geometry: RawFeature['geometry'] = { type: 'Point', coordinates: [105.855, 21.025] },
) => ({
  type: 'Feature',
  id: 'venue',
  geometry,
  properties: { name: 'The venue', kind: 'venue', summary: 'Where it happened.', sources: ['https://example.org/a'], ...properties },
});
const collection = (...features: unknown[]) => ({
  type: 'FeatureCollection',
  layer: { title: 'Later', note: 'Not the article.' },
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

  it.each([
    ['is not an object', 'venue', /not a Feature/],
    ['has no properties', { type: 'Feature', id: 'x', geometry: { type: 'Point', coordinates: [0, 0] } }, /not a Feature/],
    ['has no geometry', { type: 'Feature', id: 'x', properties: { name: 'X', kind: 'venue' } }, /not a Feature/],
    ['has no id', { ...venue(), id: undefined }, /id and a name/],
    ['has an empty name', venue({ name: '  ' }), /id and a name/],
    ['has an unknown kind', venue({ kind: 'quote' }), /kind "quote"/],
    ['has a point off the globe', venue({}, { type: 'Point', coordinates: [200, 10] }), /geometry/],
    ['has a point that is not numbers', venue({}, { type: 'Point', coordinates: ['105', '21'] }), /geometry/],
    ['has a line of one position', venue({}, { type: 'LineString', coordinates: [[105, 21]] }), /geometry/],
    [
      'has a line with a bad position',
      venue(
        {},
        {
          type: 'LineString',
          coordinates: [
            [105, 21],
            [105, 99],
          ],
        },
      ),
      /geometry/,
    ],
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
      /geometry/,
    ],
  ])('drops a feature that %s, names it, and keeps the others', (_, bad, message) => {
    const { value, problems } = parseOutcome(collection(venue({ name: 'Kept' }), bad));
    expect(value!.features.map((feature) => feature.name)).toEqual(['Kept']);
    expect(problems).toEqual([expect.objectContaining({ index: 1, message: expect.stringMatching(message) })]);
    expect(problems[0]!.message).toMatch(/feature 2/);
  });

  it('names every kind it accepts when a kind is wrong', () => {
    const { problems } = parseOutcome(collection(venue({ kind: 'ship' })));
    for (const kind of OUTCOME_KINDS) expect(problems[0]!.message).toContain(kind);
  });

  it('takes the id from the properties when the feature has none, and trims text', () => {
    const { value, problems } = parseOutcome(
      collection({ ...venue({ id: ' from-props ', name: '  Hotel  ', dateLabel: ' 27 Feb ' }), id: undefined }),
    );
    expect(problems).toEqual([]);
    expect(value!.features[0]).toMatchObject({ id: 'from-props', name: 'Hotel', dateLabel: '27 Feb' });
  });

  it('falls back to a plain title and note that say this is not the article', () => {
    const { value } = parseOutcome({ type: 'FeatureCollection', features: [] });
    expect(value).toEqual({ title: 'What happened next', note: 'Later reporting, not from the article.', sources: [], features: [] });
  });
});

describe('parseOutcome keeps later reporting apart from the article', () => {
  it('ignores quotes on a feature, its properties or the collection', () => {
    const raw = collection({
      ...venue({ quotes: [{ text: 'Kim arrived.', paragraph: 1 }] }),
      quotes: [{ text: 'Also not kept.', paragraph: 2 }],
    });
    const { value, problems } = parseOutcome({ ...raw, quotes: [{ text: 'Nor this.', paragraph: 3 }] });
    expect(problems).toEqual([]);
    expect(value!.features).toHaveLength(1);
    const everything = JSON.stringify(value);
    expect(everything).not.toContain('quotes');
    for (const words of ['Kim arrived.', 'Also not kept.', 'Nor this.']) expect(everything).not.toContain(words);
  });

  it('drops sources that are not http(s) links, in the layer and on features', () => {
    const raw = collection(
      venue({ sources: ['https://example.org/kept', 'javascript:alert(1)', 'tass.com/world/1046523', 'ftp://example.org/x', 42, ''] }),
    );
    Object.assign(raw.layer, {
      sources: [
        { title: 'Kept', url: 'http://example.org/layer' },
        { title: 'Script', url: 'javascript:alert(1)' },
        { title: 'Data', url: 'data:text/html,<b>x</b>' },
        { title: 'No URL' },
        'https://example.org/not-an-object',
        { url: 'https://example.org/untitled' },
      ],
    });
    const { value } = parseOutcome(raw);
    expect(value!.features[0]!.sources).toEqual(['https://example.org/kept']);
    expect(value!.sources).toEqual([
      { title: 'Kept', url: 'http://example.org/layer' },
      { title: 'https://example.org/untitled', url: 'https://example.org/untitled' },
    ]);
  });
});
