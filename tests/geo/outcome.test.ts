// geo/outcome.geojson, the "what happened next" layer: later reporting, kept apart from the article's words.
import { booleanPointInPolygon } from '@turf/turf';
import Ajv2020 from 'ajv/dist/2020';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { greatCircleKm, lineLengthKm } from '../../src/model/geo';
import type { Position } from '../../src/model/types';
import { readJson, readText } from '../fixtures/load';
import { basemap, countriesOf, countryNamed, gazetteer } from './data';

interface OutcomeProperties {
  name: string;
  kind: 'venue' | 'train' | 'road' | 'stop';
  country?: string;
  via?: string[];
  date: string;
  endDate?: string;
  dateLabel: string;
  summary: string;
  sources: string[];
}
type Outcome = FeatureCollection<Point | LineString, OutcomeProperties> & {
  layer: { title: string; note: string; sources: { title: string; url: string }[] };
};

const OUTCOME = 'geo/outcome.geojson';
const SCHEMA = 'geo/outcome.schema.json';
const outcome = readJson(OUTCOME) as Outcome;
const countries = countriesOf(basemap);

const byId = (id: string): Feature<Point | LineString, OutcomeProperties> => {
  const found = outcome.features.find((f) => f.id === id);
  if (!found) throw new Error(`no outcome feature ${id}`);
  return found;
};
const lineOf = (id: string) => byId(id).geometry.coordinates as Position[];
const gazetteerEntry = (id: string) => {
  const entry = gazetteer.find((g) => g.id === id);
  if (!entry) throw new Error(`no gazetteer entry ${id}`);
  return entry;
};
const gazetteerPosition = (id: string): Position => [gazetteerEntry(id).lon, gazetteerEntry(id).lat];
const points = outcome.features.filter((f) => f.geometry.type === 'Point').map((f) => ({ ...f, geometry: f.geometry as Point }));

/** The train's stops, in order; the stop features are all but the first (Pyongyang is in places.geojson). */
const TRAIN_VIA = ['pyongyang', 'dandong', 'route-tianjin', 'route-wuhan', 'route-nanning', 'dong-dang-station'];
const STOPS = TRAIN_VIA.slice(1);
const DEGREES = 0.001;

describe('schema', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(readJson(SCHEMA) as object);
  const copy = () => structuredClone(outcome) as Outcome & Record<string, unknown>;
  const quote = [{ text: 'Kim arrived.', paragraph: 1 }];

  it(`${OUTCOME} matches ${SCHEMA}`, () => {
    validate(outcome);
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each(outcome.features.map((f) => String(f.id)))('rejects a copy whose %s carries quotes', (id) => {
    const broken = copy();
    Object.assign(broken.features.find((f) => f.id === id)!.properties, { quotes: quote });
    expect(validate(broken)).toBe(false);
  });

  it('rejects quotes on the feature, the layer or the collection too', () => {
    for (const add of [
      (c: ReturnType<typeof copy>) => Object.assign(c.features[0]!, { quotes: quote }),
      (c: ReturnType<typeof copy>) => Object.assign(c.layer, { quotes: quote }),
      (c: ReturnType<typeof copy>) => Object.assign(c, { quotes: quote }),
    ]) {
      const broken = copy();
      add(broken);
      expect(validate(broken)).toBe(false);
    }
  });

  it('rejects a source that is not an http(s) URL', () => {
    const badSource = copy();
    badSource.features[0]!.properties.sources.push('tass.com/world/1046523');
    expect(validate(badSource)).toBe(false);
  });

  // Optional in the schema (the parser does not need them), required of our own data so these tests can check it.
  it('gives every point its country and every line its stops', () => {
    for (const { id, geometry, properties } of outcome.features) {
      if (geometry.type === 'Point') expect(properties.country, String(id)).toBeTruthy();
      else expect(properties.via?.length, String(id)).toBe(geometry.coordinates.length);
    }
  });

  it('has no "quotes" key anywhere, at any depth', () => {
    const keys: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object')
        for (const [key, child] of Object.entries(value)) {
          keys.push(key);
          walk(child);
        }
    };
    walk(outcome);
    expect(keys).not.toContain('quotes');
  });

  it('is labelled as later reporting', () => {
    expect(outcome.layer.title).toBe('What happened next');
    expect(outcome.layer.note).toBe('Later reporting, after the article was published; not from the article.');
  });
});

describe('features', () => {
  it('are the venue, the train, the road and the stops', () => {
    expect(outcome.features.map((f) => [f.id, f.properties.kind, f.geometry.type])).toEqual([
      ['metropole-hanoi', 'venue', 'Point'],
      ['kim-train', 'train', 'LineString'],
      ['kim-road', 'road', 'LineString'],
      ...STOPS.map((id) => [id, 'stop', 'Point']),
    ]);
  });

  it('summaries are our own plain sentences, not quotations', () => {
    for (const { properties } of outcome.features) expect(properties.summary, properties.name).not.toMatch(/["“”«»]/);
  });

  it('the train says it is straight legs between reported stops, and that reported lengths differ', () => {
    const { summary } = byId('kim-train').properties;
    expect(summary).toMatch(/straight segments/);
    expect(summary).toMatch(/not the rail geometry/);
    for (const km of ['3,800', '4,000', '4,500']) expect(summary).toContain(km);
  });
});

describe('coordinates match geo/source/gazetteer.json', () => {
  it.each(points.map((p) => [String(p.id), p] as const))('%s within 0.001°', (id, point) => {
    const [lon, lat] = gazetteerPosition(id);
    expect(Math.abs(point.geometry.coordinates[0]! - lon)).toBeLessThanOrEqual(DEGREES);
    expect(Math.abs(point.geometry.coordinates[1]! - lat)).toBeLessThanOrEqual(DEGREES);
  });

  it.each(['kim-train', 'kim-road'])('%s: every vertex, via its gazetteer id', (id) => {
    const { via } = byId(id).properties;
    const line = lineOf(id);
    expect(via).toHaveLength(line.length);
    line.forEach(([lon, lat], i) => {
      const [gLon, gLat] = gazetteerPosition(via![i]!);
      expect(Math.abs(lon - gLon), `${id} vertex ${i} (${via![i]})`).toBeLessThanOrEqual(DEGREES);
      expect(Math.abs(lat - gLat), `${id} vertex ${i} (${via![i]})`).toBeLessThanOrEqual(DEGREES);
    });
  });

  it('the train runs Pyongyang → Dandong → Tianjin → Wuhan → Nanning → Dong Dang station', () => {
    expect(byId('kim-train').properties.via).toEqual(TRAIN_VIA);
    expect(lineOf('kim-train')[0]).toEqual(gazetteerPosition('pyongyang'));
    expect(lineOf('kim-train').at(-1)).toEqual(gazetteerPosition('dong-dang-station'));
    // Each stop marker sits on its vertex of the line.
    STOPS.forEach((id, i) => expect(byId(id).geometry.coordinates).toEqual(lineOf('kim-train')[i + 1]));
  });

  it('the road runs from the end of the train to the Metropole', () => {
    expect(lineOf('kim-road')[0]).toEqual(lineOf('kim-train').at(-1));
    expect(lineOf('kim-road').at(-1)).toEqual(gazetteerPosition('metropole-hanoi'));
    expect(lineOf('kim-road').at(-1)).toEqual(byId('metropole-hanoi').geometry.coordinates);
  });
});

describe('on the basemap', () => {
  it.each(points.map((p) => [String(p.id), p] as const))('%s lies in its country', (_id, point) => {
    expect(booleanPointInPolygon(point.geometry, countryNamed(countries, point.properties.country!))).toBe(true);
  });

  it('the train stops are all in North Korea, China or Vietnam, from North Korea to Vietnam', () => {
    const names = ['North Korea', 'China', 'Vietnam'];
    const countryOf = (p: Position) => names.find((name) => booleanPointInPolygon(p, countryNamed(countries, name)));
    expect(lineOf('kim-train').map(countryOf)).toEqual(['North Korea', 'China', 'China', 'China', 'China', 'Vietnam']);
  });

  it('the straight-leg train length is below every reported length (a lower bound)', () => {
    const line = lineOf('kim-train');
    const km = lineLengthKm(line);
    const direct = greatCircleKm(line[0]!, line.at(-1)!);
    console.log(`kim-train: ${km.toFixed(1)} km of straight legs (direct ${direct.toFixed(1)} km; reported 3,800 / ~4,000 / 4,500 km)`);
    expect(km).toBeGreaterThan(direct);
    // facts.md §2b: straight legs through every named stop, on to Hanoi, add up to 3,442 km; this
    // line has fewer stops and stops at Dong Dang, so it must be shorter still.
    expect(km).toBeLessThan(3442);
    expect(km).toBeLessThan(3800);
  });

  it('the road is longer by car (about 170 km) than its straight line', () => {
    const km = lineLengthKm(lineOf('kim-road'));
    expect(km).toBeCloseTo(134, 0); // facts.md §4: Dong Dang–Metropole 134 km
    expect(km).toBeLessThan(170);
  });
});

describe('dates', () => {
  const journey = [
    ['Pyongyang (train leaves)', byId('kim-train').properties.date],
    ...STOPS.map((id) => [id, byId(id).properties.date]),
    ['kim-road', byId('kim-road').properties.date],
    ['metropole-hanoi', byId('metropole-hanoi').properties.date],
  ] as const;

  it('are real calendar days, and a span ends on or after it starts', () => {
    for (const { properties } of outcome.features) {
      expect(new Date(`${properties.date}T00:00:00Z`).toISOString().slice(0, 10), properties.name).toBe(properties.date);
      if (properties.endDate) expect(properties.endDate >= properties.date, properties.name).toBe(true);
    }
  });

  it('run in order along the journey, Pyongyang 23 Feb → … → Metropole 27 Feb', () => {
    expect(journey[0][1]).toBe('2019-02-23');
    expect(journey.at(-1)![1]).toBe('2019-02-27');
    for (let i = 1; i < journey.length; i++)
      expect(journey[i]![1] >= journey[i - 1]![1], `${journey[i - 1]![0]} → ${journey[i]![0]}`).toBe(true);
  });

  it('the train ends the day it reaches Dong Dang, and the road is that day too', () => {
    expect(byId('kim-train').properties.endDate).toBe(byId('dong-dang-station').properties.date);
    expect(byId('kim-road').properties.date).toBe(byId('dong-dang-station').properties.date);
    expect(byId('metropole-hanoi').properties.endDate).toBe('2019-02-28');
  });
});

describe('sources', () => {
  // Every URL written in the two source files: a cited URL must be one of these exactly.
  const known = new Set(
    [readText('geo/source/gazetteer.json'), readText('geo/source/facts.md')].flatMap((text) =>
      [...text.matchAll(/https?:\/\/[^\s"'()<>\]]+/g)].map(([url]) => url.replace(/[.,;:]+$/, '')),
    ),
  );
  const layerUrls = outcome.layer.sources.map((s) => s.url);
  const all = [...new Set([...layerUrls, ...outcome.features.flatMap((f) => f.properties.sources)])];

  it.each(all)('%s is http(s) and comes from gazetteer.json or facts.md', (url) => {
    expect(['http:', 'https:']).toContain(new URL(url).protocol);
    expect(known.has(url), `${url} is not in geo/source/`).toBe(true);
  });

  it('the layer lists every source a feature cites, once', () => {
    expect(new Set(layerUrls).size).toBe(layerUrls.length);
    for (const { properties } of outcome.features) for (const url of properties.sources) expect(layerUrls, properties.name).toContain(url);
  });
});
