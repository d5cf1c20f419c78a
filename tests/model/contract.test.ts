// One data contract: each JSON Schema in geo/ and its parser accept the same inputs. Every input
// the schema rejects gives the parser at least one problem; every valid one parses without any
// (notices aside: ids made from names are reported, yet the data is valid).
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/model/article';
import { HEX_COLOR, HTTP_URL, ISO_DATE, ISO_DATE_OR_MONTH } from '../../src/model/json-guards';
import { parseOutcome } from '../../src/model/outcome';
import { parseStory } from '../../src/model/story';
import type { Parsed, Problem } from '../../src/model/types';
import { readJson, readText } from '../fixtures/load';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** Changes a copy of the valid document in place, or returns a replacement. */
type Mutation = (doc: Doc) => unknown;

const ajv = new Ajv2020({ allErrors: true, strict: false });
const errors = (problems: Problem[]) => problems.filter((problem) => problem.level !== 'notice');

const square = [
  [
    [10, 10],
    [11, 10],
    [11, 11],
    [10, 11],
    [10, 10],
  ],
];
const geometries = {
  Point: [105.85, 21.03],
  MultiPoint: [
    [105.85, 21.03],
    [108.2, 16.05],
  ],
  LineString: [
    [105.85, 21.03],
    [108.2, 16.05, 12],
  ],
  MultiLineString: [
    [
      [105.85, 21.03],
      [108.2, 16.05],
    ],
    [
      [1, 1],
      [2, 2],
    ],
  ],
  Polygon: square,
  MultiPolygon: [square, square],
};
/** geojson.io's export: a geometry and a name, nothing else. */
const plain = (type: string, properties: Record<string, unknown> = { name: `A ${type}` }) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties, geometry: { type, coordinates: geometries[type as keyof typeof geometries] } }],
});

interface Contract {
  schema: string;
  parse: (input: unknown) => Parsed<unknown>;
  valid: [string, unknown][];
  /** Each is applied to a copy of the first valid example. */
  invalid: [string, Mutation][];
}

const feature0 = (doc: Doc) => doc.features[0];
const props0 = (doc: Doc) => doc.features[0].properties;
const geometry0 =
  (coordinates: unknown, type = 'Point'): Mutation =>
  (doc) =>
    void (feature0(doc).geometry = { type, coordinates });

const contracts: Contract[] = [
  {
    schema: 'geo/places.schema.json',
    parse: parseStory,
    valid: [
      ['geo/places.geojson', readJson('geo/places.geojson')],
      ...Object.keys(geometries).map((type): [string, unknown] => [`a plain ${type}`, plain(type)]),
      ['a feature named by its title', plain('Point', { title: 'Hanoi' })],
      ['a story view by bounds and a deepest zoom', { ...plain('Point'), story: { view: { bounds: [100, 8, 110, 24] }, maxZoom: 12 } }],
      ['a story view by centre and zoom', { ...plain('Point'), story: { view: { center: [-155.5, 19.6], zoom: 8.5 } } }],
      ['QGIS: null fields, numeric ids, a crs', { ...plain('Point', { name: 'Hanoi', fid: 1, site: null, date: null }), crs: {} }],
      [
        'declared roles with a label only, numeric ids',
        {
          type: 'FeatureCollection',
          roles: { city: { label: 'City' }, zone: {} },
          features: [
            { type: 'Feature', id: 1, properties: { name: 'A', role: 'city' }, geometry: { type: 'Point', coordinates: [1, 2] } },
            { type: 'Feature', id: 2, properties: { name: 'B', role: 'zone' }, geometry: { type: 'Polygon', coordinates: square } },
          ],
        },
      ],
    ],
    invalid: [
      ['not an object', () => []],
      ['not a FeatureCollection', (doc) => void (doc.type = 'GeometryCollection')],
      ['no features', (doc) => void delete doc.features],
      ['features not a list', (doc) => void (doc.features = {})],
      ['story not an object', (doc) => void (doc.story = 'Vietnam')],
      ['a blank story title', (doc) => void (doc.story.title = ' ')],
      ['a tint that is not names', (doc) => void (doc.story.tint = ['Vietnam', 3])],
      ['a story view with three bounds', (doc) => void (doc.story.view = { bounds: [100, 8, 110] })],
      ['a story view with bounds and a centre', (doc) => void (doc.story.view = { bounds: [100, 8, 110, 24], center: [105, 16], zoom: 5 })],
      ['a story view with a centre and no zoom', (doc) => void (doc.story.view = { center: [105, 16] })],
      ['a story view with zoom 30', (doc) => void (doc.story.view = { center: [105, 16], zoom: 30 })],
      ['a story view with latitude 95', (doc) => void (doc.story.view = { center: [105, 95], zoom: 5 })],
      ['a story view as text', (doc) => void (doc.story.view = '100,8,110,24')],
      ['a story maxZoom in words', (doc) => void (doc.story.maxZoom = 'deep')],
      ['a story maxZoom of 40', (doc) => void (doc.story.maxZoom = 40)],
      ['roles as a list', (doc) => void (doc.roles = [])],
      ['a role that is not an object', (doc) => void (doc.roles.capital = 'Capital')],
      ['a role with a blank label', (doc) => void (doc.roles.capital.label = '')],
      ['a role with a text order', (doc) => void (doc.roles.capital.order = 'first')],
      ['a role with an unknown symbol', (doc) => void (doc.roles.capital.symbol = 'hexagon')],
      ['a role with a colour name', (doc) => void (doc.roles.capital.color = 'red')],
      ['a role with CSS in its colour', (doc) => void (doc.roles.capital.color = '#fff; background: url(x)')],
      ['a feature that is not a Feature', (doc) => void (feature0(doc).type = 'Point')],
      ['a feature that is text', (doc) => void (doc.features[0] = 'Hanoi')],
      ['an id that is true', (doc) => void (feature0(doc).id = true)],
      ['a blank id', (doc) => void (feature0(doc).id = '  ')],
      ['no properties', (doc) => void delete feature0(doc).properties],
      ['null properties', (doc) => void (feature0(doc).properties = null)],
      ['properties as a list', (doc) => void (feature0(doc).properties = [])],
      ['no name or title', (doc) => void delete props0(doc).name],
      ['a blank name', (doc) => void (props0(doc).name = '')],
      ['a blank name beside a title', (doc) => Object.assign(props0(doc), { name: ' ', title: 'Hanoi' })],
      ['a name that is a number', (doc) => void (props0(doc).name = 3)],
      ['a role that is a number', (doc) => void (props0(doc).role = 5)],
      ['a blank role', (doc) => void (props0(doc).role = '')],
      ['a blank site', (doc) => void (props0(doc).site = '')],
      ['a country that is a number', (doc) => void (props0(doc).country = 3)],
      ['countries as text', (doc) => void (props0(doc).countries = 'China')],
      ['countries that are not names', (doc) => void (props0(doc).countries = [1])],
      ['quotes that are not a list', (doc) => void (props0(doc).quotes = {})],
      ['a quote without a paragraph', (doc) => void (props0(doc).quotes = [{ text: 'x' }])],
      ['a blank quote', (doc) => void (props0(doc).quotes = [{ text: ' ', paragraph: 1 }])],
      ['a quote of paragraph 0', (doc) => void (props0(doc).quotes = [{ text: 'x', paragraph: 0 }])],
      ['a quote of paragraph 1.5', (doc) => void (props0(doc).quotes = [{ text: 'x', paragraph: 1.5 }])],
      ['aliases as text', (doc) => void (props0(doc).aliases = 'Ha Noi')],
      ['a blank alias', (doc) => void (props0(doc).aliases = ['Ha Noi', ''])],
      ['month 13', (doc) => void (props0(doc).date = '2019-13-01')],
      ['day 32', (doc) => void (props0(doc).date = '2019-02-32')],
      ['day 00', (doc) => void (props0(doc).date = '2019-02-00')],
      ['month 00', (doc) => void (props0(doc).date = '2019-00')],
      ['a date as a number', (doc) => void (props0(doc).date = 20190221)],
      ['a date in words', (doc) => void (props0(doc).date = 'February 2019')],
      ['a blank date label', (doc) => void (props0(doc).dateLabel = '')],
      ['a source that is a number', (doc) => void (props0(doc).source = 3)],
      ['no geometry', (doc) => void delete feature0(doc).geometry],
      ['a null geometry', (doc) => void (feature0(doc).geometry = null)],
      ['a Circle', geometry0([1, 2], 'Circle')],
      ['a GeometryCollection', (doc) => void (feature0(doc).geometry = { type: 'GeometryCollection', geometries: [] })],
      ['no coordinates', (doc) => void delete feature0(doc).geometry.coordinates],
      ['longitude 200', geometry0([200, 0])],
      ['latitude 91', geometry0([0, 91])],
      ['one number', geometry0([0])],
      ['numbers as text', geometry0(['105', '21'])],
      ['an altitude in words', geometry0([1, 2, 'high'])],
      ['a line of one position', geometry0([[0, 0]], 'LineString')],
      [
        'a line off Earth',
        geometry0(
          [
            [0, 0],
            [0, 100],
          ],
          'LineString',
        ),
      ],
      ['an empty MultiPoint', geometry0([], 'MultiPoint')],
      ['an empty MultiLineString', geometry0([], 'MultiLineString')],
      ['a MultiLineString with a short line', geometry0([[[0, 0]]], 'MultiLineString')],
      ['a Polygon with no rings', geometry0([], 'Polygon')],
      [
        'a Polygon ring of three positions',
        geometry0(
          [
            [
              [0, 0],
              [1, 0],
              [0, 0],
            ],
          ],
          'Polygon',
        ),
      ],
      ['an empty MultiPolygon', geometry0([], 'MultiPolygon')],
      ['a MultiPolygon with an empty polygon', geometry0([[]], 'MultiPolygon')],
    ],
  },
  {
    schema: 'geo/article.schema.json',
    parse: parseArticle,
    valid: [
      ['geo/article.json', readJson('geo/article.json')],
      ['a headline and a paragraph', { headline: 'H', paragraphs: ['P'] }],
    ],
    invalid: [
      ['not an object', () => 'text'],
      ['no headline', (doc) => void delete doc.headline],
      ['a blank headline', (doc) => void (doc.headline = ' ')],
      ['no paragraphs', (doc) => void delete doc.paragraphs],
      ['an empty list of paragraphs', (doc) => void (doc.paragraphs = [])],
      ['a blank paragraph', (doc) => void doc.paragraphs.push('')],
      ['a paragraph that is a number', (doc) => void doc.paragraphs.push(3)],
      ['a date without leading zeros', (doc) => void (doc.date = '2019-1-21')],
      ['month 13', (doc) => void (doc.date = '2019-13-21')],
      ['day 32', (doc) => void (doc.date = '2019-01-32')],
      ['a javascript: link', (doc) => void (doc.url = 'javascript:alert(1)')],
      ['a link without a scheme', (doc) => void (doc.url = 'example.com/story')],
      ['an http link without slashes', (doc) => void (doc.url = 'http:example.com')],
      ['a byline that is a number', (doc) => void (doc.byline = 3)],
      ['a blank publisher', (doc) => void (doc.publisher = '')],
      ['a blank copyright', (doc) => void (doc.copyright = ' ')],
      ['subheads that are not a list', (doc) => void (doc.subheads = {})],
      ['a subhead without a paragraph', (doc) => void (doc.subheads = [{ text: 'S' }])],
      ['a blank subhead', (doc) => void (doc.subheads = [{ text: '', beforeParagraph: 1 }])],
      ['a subhead before paragraph 0', (doc) => void (doc.subheads = [{ text: 'S', beforeParagraph: 0 }])],
    ],
  },
  {
    schema: 'geo/outcome.schema.json',
    parse: parseOutcome,
    valid: [['geo/outcome.geojson', readJson('geo/outcome.geojson')]],
    invalid: [
      ['not an object', () => null],
      ['not a FeatureCollection', (doc) => void (doc.type = 'Feature')],
      ['no features', (doc) => void delete doc.features],
      ['an empty list of features', (doc) => void (doc.features = [])],
      ['quotes on the collection', (doc) => void (doc.quotes = [])],
      ['no layer', (doc) => void delete doc.layer],
      ['a blank layer title', (doc) => void (doc.layer.title = '')],
      ['no layer note', (doc) => void delete doc.layer.note],
      ['quotes on the layer', (doc) => void (doc.layer.quotes = [])],
      ['no layer sources', (doc) => void (doc.layer.sources = [])],
      ['a layer source without a scheme', (doc) => void (doc.layer.sources[0].url = 'tass.com/world/1046523')],
      ['a layer source without a title', (doc) => void delete doc.layer.sources[0].title],
      ['a feature that is not a Feature', (doc) => void (feature0(doc).type = 'Point')],
      ['quotes on a feature', (doc) => void (feature0(doc).quotes = [])],
      ['quotes in its properties', (doc) => void (props0(doc).quotes = [{ text: 'Kim arrived.', paragraph: 1 }])],
      ['no id', (doc) => void delete feature0(doc).id],
      ['an id in the properties only', (doc) => void ((props0(doc).id = feature0(doc).id), delete feature0(doc).id)],
      ['a numeric id', (doc) => void (feature0(doc).id = 5)],
      ['no properties', (doc) => void delete feature0(doc).properties],
      ['a blank name', (doc) => void (props0(doc).name = ' ')],
      ['an unknown kind', (doc) => void (props0(doc).kind = 'boat')],
      [
        'a venue drawn as a line',
        geometry0(
          [
            [105, 21],
            [106, 22],
          ],
          'LineString',
        ),
      ],
      ['a train drawn as a point', (doc) => void (doc.features[1].geometry = { type: 'Point', coordinates: [1, 2] })],
      ['a venue off Earth', geometry0([0, 95])],
      ['no date', (doc) => void delete props0(doc).date],
      ['a year-month date', (doc) => void (props0(doc).date = '2019-02')],
      ['day 32', (doc) => void (props0(doc).date = '2019-02-32')],
      ['an end date in words', (doc) => void (props0(doc).endDate = '28 February')],
      ['no date label', (doc) => void delete props0(doc).dateLabel],
      ['a blank summary', (doc) => void (props0(doc).summary = '')],
      ['no sources', (doc) => void delete props0(doc).sources],
      ['an empty list of sources', (doc) => void (props0(doc).sources = [])],
      ['a source without a scheme', (doc) => void props0(doc).sources.push('tass.com/world/1046523')],
      ['a country that is a number', (doc) => void (props0(doc).country = 3)],
      ['a via of one stop', (doc) => void (doc.features[1].properties.via = ['pyongyang'])],
    ],
  },
];

describe.each(contracts)('$schema', ({ schema, parse, valid, invalid }) => {
  const validate = ajv.compile(readJson(schema) as object);

  it.each(valid)('accepts %s, and so does the parser', (_, input) => {
    validate(input);
    expect(validate.errors ?? []).toEqual([]);
    expect(errors(parse(input).problems)).toEqual([]);
  });

  it.each(invalid)('rejects %s, and the parser reports it', (_, mutate) => {
    const input = structuredClone(valid[0]![1]) as Doc;
    const replaced = mutate(input);
    const mutated = replaced === undefined ? input : replaced;
    expect(validate(mutated), 'the schema should reject this').toBe(false);
    expect(errors(parse(mutated).problems).length, 'the parser should report a problem').toBeGreaterThan(0);
  });
});

describe('shared patterns', () => {
  const schemaText = ['places', 'article', 'outcome'].map((name) => readText(`geo/${name}.schema.json`)).join('\n');
  it.each([
    ['ISO date', ISO_DATE],
    ['ISO date or month', ISO_DATE_OR_MONTH],
    ['hex colour', HEX_COLOR],
    ['http(s) address', HTTP_URL],
  ])('the %s pattern of the parser is the one in the schemas', (_, pattern) => {
    // A regular expression's source escapes "/", which JSON Schema patterns need not.
    expect(schemaText).toContain(JSON.stringify(pattern.source.replaceAll('\\/', '/')));
  });

  it('notices are only for valid data: a plain export with no ids gives one notice and no error', () => {
    const { problems } = parseStory(plain('Polygon'));
    expect(problems).toEqual([expect.objectContaining({ level: 'notice', field: 'id' })]);
  });
});
