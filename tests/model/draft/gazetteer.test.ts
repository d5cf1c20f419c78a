import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/model/gazetteer/name-key';
import { parseGazetteer } from '../../../src/model/gazetteer/parse';
import { lookUp, searchGazetteer } from '../../../src/model/gazetteer/search';
import { realGazetteer } from './gazetteer-fixture';

const SMALL = [
  '#summit-gazetteer@1',
  'Da Nang\tcity\tVietnam\tĐà Nẵng\t16.0678\t108.2208\t752493\tDanang|Đà Nẵng',
  'Hanoi\tcapital\tVietnam\tHa Noi\t21.0245\t105.8412\t1431270\t',
  'Hanover\ttown\tUnited States of America\tNew Hampshire\t43.7\t-72.29\t11000\t',
  'The Hague\tcity\tNetherlands\tZuid-Holland\t52.0767\t4.2986\t1406000\tDen Haag',
  'Vietnam\tcountry\tVietnam\t\t21.69\t105.38\t96160163\tViet Nam',
  'Vietnamese\tdemonym\tVietnam\t\t0\t0\t0\t',
  'broken line without a kind',
  'Somewhere\tspaceship\tNowhere\t\t0\t0\t0\t',
].join('\n');

describe('parseGazetteer and searchGazetteer', () => {
  const gazetteer = parseGazetteer(SMALL);

  it('reads places, alternate names, demonyms and countries; skips lines it cannot read', () => {
    expect(gazetteer.places.map((place) => place.name)).toEqual(['Da Nang', 'Hanoi', 'Hanover', 'The Hague', 'Vietnam']);
    expect(gazetteer.places[0]).toEqual({
      name: 'Da Nang',
      kind: 'city',
      country: 'Vietnam',
      admin: 'Đà Nẵng',
      lat: 16.0678,
      lon: 108.2208,
      population: 752493,
    });
    expect(gazetteer.demonyms.get('Vietnamese')).toBe('Vietnam');
    expect(gazetteer.countries.get('Vietnam')).toBe(4);
  });

  it('finds a place by any of its names, with or without accents, case or a leading "The"', () => {
    for (const name of ['Danang', 'Da Nang', 'DA NANG', 'Đà Nẵng', 'da-nang']) expect(lookUp(gazetteer, name), name).toEqual([0]);
    expect(lookUp(gazetteer, 'Hague')).toEqual([3]);
    expect(lookUp(gazetteer, 'Den Haag')).toEqual([3]);
    expect(lookUp(gazetteer, 'Atlantis')).toEqual([]);
  });

  it('searches exact names first, then names that start with the query, the most prominent first', () => {
    expect(searchGazetteer(gazetteer, 'han').map((c) => c.name)).toEqual(['Hanoi', 'Hanover']);
    expect(searchGazetteer(gazetteer, 'hanoi', { limit: 1 })).toEqual([
      { name: 'Hanoi', kind: 'capital', country: 'Vietnam', admin: 'Ha Noi', lat: 21.0245, lon: 105.8412, population: 1431270 },
    ]);
    expect(searchGazetteer(gazetteer, '  ')).toEqual([]);
  });

  it('refuses a file that is not a gazetteer, in words', () => {
    expect(() => parseGazetteer('{"type":"FeatureCollection"}\n')).toThrow(/not a summit-map gazetteer/);
  });

  it('folds names the way the draft compares them', () => {
    expect(nameKey('Sana’a')).toBe(nameKey("Sana'a"));
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('Łódź')).toBe('lodz');
    // Marks and the ʻokina, written as ʻ (U+02BB), ‘ (U+2018), ʼ (U+02BC), ’ or ', all fold away.
    for (const name of ['Kīlauea', 'KĪLAUEA', 'Kilauea']) expect(nameKey(name), name).toBe('kilauea');
    for (const name of ['Hawaiʻi', 'Hawai‘i', 'Hawaiʼi', 'Hawai’i', "Hawai'i", 'Hawaii']) expect(nameKey(name), name).toBe('hawaii');
    expect(nameKey('Oʻahu')).toBe(nameKey('O‘ahu'));
  });
});

describe('the shipped gazetteer (geo/gazetteer/gazetteer.tsv.gz)', () => {
  it('stays within 5 MB gzip', () => {
    expect(readFileSync('geo/gazetteer/gazetteer.tsv.gz').length).toBeLessThan(5_000_000);
  });

  it('holds every kind the README counts, and the alternate names news text uses', () => {
    const gazetteer = realGazetteer();
    const counts = JSON.parse(readFileSync('geo/gazetteer/counts.json', 'utf8')) as { kinds: Record<string, number> };
    for (const [kind, count] of Object.entries(counts.kinds)) {
      const have = kind === 'demonym' ? gazetteer.demonyms.size : gazetteer.places.filter((place) => place.kind === kind).length;
      expect(have, kind).toBe(count);
    }
    const first = (name: string) => searchGazetteer(gazetteer, name, { limit: 1 })[0]!;
    expect(first('Danang')).toMatchObject({ name: 'Da Nang', country: 'Vietnam' });
    expect(first('Saigon')).toMatchObject({ name: 'Ho Chi Minh City', country: 'Vietnam' });
    expect(first('Washington')).toMatchObject({ name: 'Washington, D.C.', kind: 'capital' });
    expect(first('Lake Mälaren'.slice(5))).toMatchObject({ name: 'Mälaren', kind: 'lake' });
    expect(first('Gulf of Alaska')).toMatchObject({ kind: 'sea' });
    expect(gazetteer.demonyms.get('North Korean')).toBe('North Korea');
  });

  it('holds US counties, islands from the region polygons, volcanoes and park units, found by any written form', () => {
    const gazetteer = realGazetteer();
    const of = (name: string, kind: string) =>
      lookUp(gazetteer, name)
        .map((at) => gazetteer.places[at]!)
        .filter((p) => p.kind === kind);
    // A county (us-atlas, Census), by its full name or bare; its point inside it (Mocksville is its seat).
    const [davie] = of('Davie County', 'county');
    expect(davie).toMatchObject({ name: 'Davie County', country: 'United States of America', admin: 'North Carolina' });
    expect(Math.abs(davie!.lat - 35.89) + Math.abs(davie!.lon + 80.56)).toBeLessThan(0.3);
    expect(of('Davie', 'county')).toEqual([davie]);
    expect(of('Orleans Parish', 'county')[0]).toMatchObject({ admin: 'Louisiana' });
    // An island from Natural Earth's geography region polygons, written with an ʻokina or without.
    for (const name of ['Oʻahu', 'O‘ahu', 'Oahu']) expect(of(name, 'island')[0], name).toMatchObject({ lat: expect.closeTo(21.47, 0) });
    expect(of('Hawaiʻi', 'island')[0]).toMatchObject({ lat: expect.closeTo(19.6, 0), lon: expect.closeTo(-155.5, 0) });
    // Volcanoes: "Mt. Pinatubo" is also "Mount Pinatubo" and "Pinatubo"; Krakatau is also Krakatoa.
    for (const name of ['Mount Pinatubo', 'Mt. Pinatubo', 'Pinatubo'])
      expect(of(name, 'mountain')[0], name).toMatchObject({ lat: 15.1418 });
    expect(of('Krakatoa', 'mountain')[0]).toMatchObject({ name: 'Krakatau' });
    // A unit of the National Park Service, by any spelling of Hawaiʻi.
    for (const name of ["Hawai'i Volcanoes National Park", 'Hawaiʻi Volcanoes National Park', 'Hawaii Volcanoes National Park'])
      expect(of(name, 'park'), name).toHaveLength(1);
    // A post office village below cities500 (GeoNames' US postal codes), once where cities500 has it too.
    expect(of('Literberry', 'village')).toEqual([expect.objectContaining({ admin: 'Illinois', population: 0 })]);
    expect(of('Cooleemee', 'village').filter((p) => p.admin === 'North Carolina')).toHaveLength(1);
    // A unit of the National Park Service Natural Earth lacks (the NPS Data API), and the cape a seashore is named for.
    expect(of('Gauley River National Recreation Area', 'park')[0]).toMatchObject({ lat: expect.closeTo(38.2, 1) });
    expect(of('Cape Lookout', 'park')[0]).toMatchObject({ name: 'Cape Lookout National Seashore' });
    // A smaller river from Natural Earth's North American supplement, by its full name.
    expect(of('Bluestone River', 'river')[0]).toMatchObject({ lat: expect.closeTo(37.3, 0) });
    // A village of 500 to 999 inhabitants (GeoNames cities500).
    expect(gazetteer.places.some((p) => p.kind === 'village' && p.population >= 500 && p.population < 1000)).toBe(true);
  });
});
