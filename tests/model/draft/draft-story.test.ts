import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftStory, type DraftFeature } from '../../../src/model/draft/draft-story';
import { nonLatinScript } from '../../../src/model/draft/input-checks';
import { readArticle } from '../../../src/model/draft/read-article';
import type { Gazetteer } from '../../../src/model/gazetteer/types';
import { lookUp } from '../../../src/model/gazetteer/search';
import { parseStory } from '../../../src/model/story';
import { readJson, readText } from '../../fixtures/load';
import { checkStory } from '../../../src/model/draft/check-story';
import { realGazetteer } from './gazetteer-fixture';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = realGazetteer();
});

const draft = (...paragraphs: string[]) => draftStory({ headline: 'Test', paragraphs }, gazetteer);
const names = (features: DraftFeature[]) => features.map((feature) => feature.properties.name);
const byName = (features: DraftFeature[], name: string) => features.find((feature) => feature.properties.name === name)!;

describe('draftStory on the repository’s Bloomberg article', () => {
  let features: DraftFeature[];
  let paragraphs: string[];
  let places: ReturnType<typeof draftStory>['places'];
  beforeAll(() => {
    paragraphs = readArticle(readText('geo/source/article.txt')).article!.paragraphs;
    places = draftStory({ paragraphs }, gazetteer).places;
    features = places.features;
  });

  it('finds the places the map shows, at the gazetteer’s points', () => {
    for (const name of [
      'Hanoi',
      'Danang',
      'Ho Chi Minh City',
      'Stockholm',
      'Lake Malaren',
      'Singapore',
      'Pyongyang',
      'Seoul',
      'Washington',
    ])
      expect(names(features)).toContain(name);
    expect(byName(features, 'Danang').geometry.coordinates).toEqual([108.2208, 16.0678]);
    expect(byName(features, 'Washington').draft.candidates[0]).toMatchObject({ name: 'Washington, D.C.', kind: 'capital' });
  });

  it('takes demonyms as mentions of their country, and no organisation or person as a place', () => {
    expect(byName(features, 'Sweden').properties.aliases).toContain('Swedish');
    expect(byName(features, 'North Korea').properties.aliases).toEqual(expect.arrayContaining(['North Korean', 'North Koreans']));
    for (const name of features.map((f) => f.properties.name)) expect(name).not.toMatch(/Institute|White House|Kim|Trump|Pompeo|Bloomberg/);
  });

  it('suggests where things happen, and offers countries named only as actors with a lower role', () => {
    expect(byName(features, 'Hanoi').properties.role).toBe('event');
    expect(byName(features, 'North Korea').properties.role).toBe('actor');
    expect(places.roles.actor!.order).toBeGreaterThan(places.roles.event!.order);
  });

  it('quotes the sentence of each first mention, word for word from its paragraph', () => {
    const quotes = features.flatMap((feature) => feature.properties.quotes.map((quote) => ({ quote, name: feature.properties.name })));
    expect(quotes.length).toBeGreaterThan(features.length);
    for (const { quote } of quotes) expect(paragraphs[quote.paragraph - 1]).toContain(quote.text);
    expect(byName(features, 'Hanoi').properties.quotes[0]).toEqual({
      text: 'The late-February summit would probably take place in the capital Hanoi, but Danang — the site of the 2017 Asia-Pacific Economic Cooperation meeting — and Ho Chi Minh City in the country’s south have also been considered, the people said.',
      paragraph: 2,
    });
  });

  it('is a dataset the map reads without an error, and meets the schema with its foreign members', () => {
    const parsed = parseStory(places);
    expect(parsed.problems.filter((p) => p.level !== 'notice')).toEqual([]);
    expect(parsed.value.places).toHaveLength(features.length);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(readJson('geo/places.schema.json') as object);
    validate(places);
    expect(validate.errors ?? []).toEqual([]);
    for (const feature of features) {
      expect(feature.draft.confidence).toBeGreaterThan(0);
      expect(feature.draft.candidates[0]).toMatchObject({ lat: feature.geometry.coordinates[1], lon: feature.geometry.coordinates[0] });
    }
  });
});

describe('draftStory: context rules', () => {
  it('does not take a person named like a place, or a place inside a longer name, for the place', () => {
    const { places } = draft(
      'Secretary Austin met Georgia Smith at the Washington Post before flying to Brussels.',
      'Secretary of State Marco Rubio spoke with the Stockholm International Peace Research Institute.',
    );
    expect(names(places.features)).toEqual(['Brussels']);
  });

  it('keeps apart two places of one name told apart by their state', () => {
    const { places } = draft('The ship left Newport, Oregon, for Newport, Rhode Island, by way of the Panama Canal.');
    const newports = places.features.filter((f) => f.properties.name === 'Newport');
    expect(newports.map((f) => f.draft.candidates[0]!.admin).sort()).toEqual(['Oregon', 'Rhode Island']);
    // The states only say which Newport: they are not drafted themselves.
    expect(names(places.features)).not.toContain('Oregon');
  });

  it('knows alternate names, and makes one place of the forms the text uses', () => {
    const { places } = draft('Danang is in Vietnam.', 'Officials in Da Nang and Saigon agreed.');
    const danang = byName(places.features, 'Danang');
    expect(danang.properties.aliases).toContain('Da Nang');
    expect(byName(places.features, 'Saigon').draft.candidates[0]!.name).toBe('Ho Chi Minh City');
  });

  it('prefers the place in the countries the article names (Georgia the state near Atlanta, the country near Tbilisi)', () => {
    const state = draft('Storms hit Atlanta, and flooding spread across Georgia and Alabama.').places.features;
    expect(byName(state, 'Georgia').draft.candidates[0]).toMatchObject({ kind: 'state', country: 'United States of America' });
    const country = draft('The minister flew from Tbilisi to Batumi, the second city of Georgia.').places.features;
    expect(byName(country, 'Georgia').draft.candidates[0]).toMatchObject({ kind: 'country' });
  });

  it('finds counties, islands, volcanoes and park units with no cue word, keeping the name as the text writes it', () => {
    const { places } = draft(
      'Rangers at Hawaiʻi Volcanoes National Park watched Mount Pinatubo news as Oʻahu braced for rain.',
      'Flooding closed roads in Davie County, North Carolina.',
    );
    expect(byName(places.features, 'Oʻahu').draft.candidates[0]).toMatchObject({ kind: 'island' });
    expect(byName(places.features, 'Hawaiʻi Volcanoes National Park').draft.candidates[0]).toMatchObject({ kind: 'park' });
    expect(byName(places.features, 'Mount Pinatubo').draft.candidates[0]).toMatchObject({ kind: 'mountain', name: 'Mt. Pinatubo' });
    const davie = byName(places.features, 'Davie County');
    expect(davie.draft.candidates[0]).toMatchObject({ kind: 'county', admin: 'North Carolina' });
    expect(davie.properties.role).toBe('event');
  });

  it('does not take a bare county name far from the story for a county ("Morgan" the person)', () => {
    const { places } = draft('Morgan said the talks in Hanoi went well.');
    expect(names(places.features)).toEqual(['Hanoi']);
  });

  it('takes a place the headline alone names, without a quote, and the story still checks clean', () => {
    const article = {
      headline: 'Flood Clean-Up Continues in the National Parks of Southern West Virginia',
      paragraphs: ['Crews reopened the road near Charleston on Tuesday.'],
    };
    const { places } = draftStory(article, gazetteer);
    const wv = byName(places.features, 'West Virginia');
    expect(wv.properties.quotes).toEqual([]);
    expect(byName(places.features, 'Charleston').draft.candidates[0]).toMatchObject({ admin: 'West Virginia' });
    expect(checkStory(article, places)).toEqual([]);
  });

  it('reads text set in capitals: OF and AND join or part names as of and and do', () => {
    const { places } = draft('STORM WATCHES ISSUED FOR THE COAST OF NORTH CAROLINA AND VIRGINIA');
    expect(names(places.features).sort()).toEqual(['NORTH CAROLINA', 'VIRGINIA']);
  });

  it('takes no place from an organisation\'s hyphenated name ("Operation Center-Atlantic")', () => {
    const { places } = draft('The ship was at the NOAA Marine Operation Center-Atlantic in Norfolk, Virginia.');
    expect(names(places.features)).toEqual(['Norfolk']);
  });

  it('reads "Springfield, Virginia, Sherman" as a list, not a town and its state, and "Davie and Rowan Counties" as two counties', () => {
    // Virginia is an item of the list, drafted on its own, not only a word saying which Springfield.
    const list = draft('Flooding is expected in Springfield, Virginia, Sherman, Riverton and Williamsville.').places.features;
    expect(names(list)).toEqual(expect.arrayContaining(['Springfield', 'Virginia']));
    const counties = draft('The storms moved east of Davie and Rowan Counties.').places.features;
    expect(names(counties)).toEqual(['Davie', 'Rowan']);
    expect(byName(counties, 'Davie').draft.candidates[0]).toMatchObject({ kind: 'county', admin: 'North Carolina' });
    expect(byName(counties, 'Rowan').draft.candidates[0]).toMatchObject({ kind: 'county', admin: 'North Carolina' });
  });

  it('takes a part of a county or state for it ("Mainland Dare", "Southeastern Buncombe County"), drafted by its own name', () => {
    const zones = draft('A Tropical Storm Warning is in effect for Mainland Dare and Outer Banks Hyde, North Carolina.').places.features;
    const dare = byName(zones, 'Dare County');
    expect(dare.draft.candidates[0]).toMatchObject({ kind: 'county', admin: 'North Carolina' });
    expect(dare.properties.aliases).toEqual(['Mainland Dare']);
    expect(byName(zones, 'Hyde County').properties.aliases).toEqual(['Outer Banks Hyde']);
    const buncombe = byName(draft('Rain fell over Southeastern Buncombe County on Friday.').places.features, 'Buncombe County');
    expect(buncombe.properties.aliases).toEqual(['Southeastern Buncombe County']);
    // A part of a state; a name the gazetteer knows whole stays whole; "Central" does not make "Park" a county.
    expect(byName(draft('Storms moved across Eastern North Carolina.').places.features, 'North Carolina')).toBeDefined();
    expect(names(draft('Storms moved across North Dakota.').places.features)).toEqual(['North Dakota']);
    expect(names(draft('They walked through Central Park in New York.').places.features)).not.toContain('Park County');
  });

  it('does not take a village known only by its post office, far from the story, for a place ("Glen Jean" the person)', () => {
    expect(lookUp(gazetteer, 'Glen Jean').map((at) => gazetteer.places[at]!)).toEqual([
      expect.objectContaining({ kind: 'village', admin: 'West Virginia', population: 0 }),
    ]);
    expect(names(draft('Talks in Hanoi went on late, Glen Jean told reporters.').places.features)).toEqual(['Hanoi']);
    const glenJean = draft('Crews cleared roads near Glen Jean, West Virginia, in Fayette County.').places.features;
    expect(names(glenJean)).toEqual(['Glen Jean', 'Fayette County']);
    // Each says where its point comes from.
    expect(byName(glenJean, 'Glen Jean').properties.source).toMatch(/\(GeoNames\): Glen Jean, West Virginia/);
    expect(byName(glenJean, 'Fayette County').properties.source).toMatch(/\(U\.S\. Census Bureau\): Fayette County, West Virginia/);
  });

  it('takes a stream named in a sentence about streams for a stream, never for the village of that name', () => {
    const { places } = draft('Rain fell on Mocksville, North Carolina.', 'Streams likely to flood include Bear Creek and Beaver Creek.');
    expect(names(places.features)).toEqual(['Mocksville']);
    // The gazetteer has villages called Bear Creek, and rivers called Beaver Creek only far from here.
    expect(lookUp(gazetteer, 'Bear Creek').some((at) => gazetteer.places[at]!.kind === 'village')).toBe(true);
    expect(places.draft.unresolved.map((name) => name.name)).toContain('Bear Creek');
  });

  it('takes names that begin with New or Old after a lower-case word ("hit New York", "in Old Fort")', () => {
    expect(names(draft('Storms hit New York and New Delhi on Monday.').places.features)).toEqual(['New York', 'New Delhi']);
    const oldFort = byName(draft('Flooding is likely in Marion, Old Fort and Lake Lure, North Carolina.').places.features, 'Old Fort');
    expect(oldFort.draft.candidates[0]).toMatchObject({ admin: 'North Carolina' });
  });

  it('keeps an \'s that is part of a name, and reads "in Newfoundland" as where it lies ("St. John’s")', () => {
    const { places } = draft('The cutter left St. John’s in Newfoundland, Canada, for Nuuk.');
    expect(byName(places.features, 'St. John’s').draft.candidates[0]).toMatchObject({ admin: 'Newfoundland and Labrador' });
    // No Newfoundland in Canada in the gazetteer: not the village in New Jersey instead.
    expect(names(places.features)).not.toContain('Newfoundland');
    expect(names(draft('He praised Ireland’s leaders in Dublin.').places.features)).toEqual(['Ireland', 'Dublin']);
  });

  it('takes a title after an organisation\'s word as part of its name ("Consulate General Nogales"), not a person\'s', () => {
    const { places } = draft('He will visit the U.S. Consulate General Nogales, in Nogales, Mexico.');
    expect(byName(places.features, 'Nogales').draft.candidates[0]).toMatchObject({ country: 'Mexico' });
  });

  it('in a local story, does not take a small town of the name far away for a place the gazetteer lacks', () => {
    const { places } = draft(
      'Flooding is likely in Marion, Old Fort, Lake Lure, Bat Cave and Sugar Hill.',
      'Rain fell on McDowell County, North Carolina.',
    );
    expect(names(places.features)).not.toContain('Sugar Hill');
    expect(lookUp(gazetteer, 'Sugar Hill').map((at) => gazetteer.places[at]!.admin)).toContain('Georgia');
  });

  it('lists a name the gazetteer lacks as unresolved, never at a guessed point', () => {
    const { places, summary } = draft('Lava crossed the road near Xyzzyville on Monday.');
    expect(places.features).toEqual([]);
    expect(places.draft.unresolved).toEqual([
      { name: 'Xyzzyville', paragraph: 1, quote: 'Lava crossed the road near Xyzzyville on Monday.' },
    ]);
    expect(summary.needsAuthor.join('\n')).toMatch(/Xyzzyville.*not in the gazetteer/);
  });

  it('drafts nothing from a text without places, or in a script the gazetteer does not hold', () => {
    expect(draft('The committee met on Tuesday and agreed on nothing.').places.features).toEqual([]);
    const russian = 'Президент прибыл в Москву во вторник.';
    expect(nonLatinScript(russian)).toBe('Cyrillic');
    expect(draft(russian).places.features).toEqual([]);
  });

  it('gives stable ids from the names, unique within the story', () => {
    const { places } = draft('The ship left Newport, Oregon, for Newport, Rhode Island.');
    expect(places.features.map((f) => f.id)).toEqual(['newport', 'newport-2']);
  });
});
