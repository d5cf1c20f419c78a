/**
 * Chooses, for each name the article uses, the gazetteer entry it most likely means: countries
 * the article names (directly or by a demonym) and nearness to the story's other places weigh
 * most, then capitals and size. Run in rounds, as each choice is context for the others.
 */
import { greatCircleKm } from '../geo';
import type { Candidate, Gazetteer } from '../gazetteer/types';
import { nameKey } from '../gazetteer/name-key';
import { lookUp } from '../gazetteer/search';
import type { NameMention } from './names';
import { LARGE_COUNTRIES } from './words';

export interface Choice {
  /** The chosen entry (index into `gazetteer.places`), or undefined when none is likely enough. */
  entry: number | undefined;
  /** 0–1: how clearly the choice beats the alternatives and fits the story. */
  confidence: number;
  /** In words, why: shown to the author. */
  reason: string;
  /** Every entry considered, best first. */
  ranked: { entry: number; score: number }[];
}

/** The name's key, as mentions are grouped: the same words name the same place throughout. */
export const surfaceKey = (mention: NameMention) =>
  mention.demonymOf !== undefined
    ? `demonym:${mention.demonymOf}`
    : `${(mention.placeText ?? mention.text).toLowerCase()}|${mention.isQualifier ? '(qualifier)' : (mention.qualifier ?? '')}`;

function baseScore(place: Candidate): number {
  switch (place.kind) {
    case 'country':
      return 3;
    case 'capital':
      return 1.6 + 0.3 * Math.log10(place.population + 10);
    case 'state':
      return 1.6;
    case 'city':
    case 'town':
    case 'village':
      return 0.3 * Math.log10(place.population + 10);
    default:
      return 1.3;
  }
}

export function resolveNames(mentions: readonly NameMention[], gazetteer: Gazetteer): Map<string, Choice> {
  const groups = new Map<string, NameMention[]>();
  for (const mention of mentions) {
    if (mention.demonymOf !== undefined) continue;
    const key = surfaceKey(mention);
    const list = groups.get(key);
    if (list) list.push(mention);
    else groups.set(key, [mention]);
  }
  const demonymCountries = new Set(mentions.filter((m) => m.demonymOf !== undefined).map((m) => m.demonymOf!));
  let choices = new Map<string, Choice>();
  for (let round = 0; round < 5; round++) {
    const next = new Map<string, Choice>();
    // The story's scale, once a round (from all its chosen places; one place more or less hardly moves the median).
    const scale = scaleOf(contextWithout('', choices, demonymCountries, gazetteer, Infinity).anchors);
    for (const [key, group] of groups) {
      const context = contextWithout(key, choices, demonymCountries, gazetteer, scale);
      next.set(key, choose(group, context, gazetteer));
    }
    choices = next;
  }
  return choices;
}

interface Context {
  /** Countries the article names, apart from the name being chosen. */
  countries: Set<string>;
  /** States and provinces the article names or implies (by a county), as "country/state". */
  states: Set<string>;
  /** Those the article names itself. */
  namedStates: Set<string>;
  /** Entries the article's other names were given ("Danang" for "Da Nang"). */
  chosen: Set<number>;
  /** Positions of the story's other chosen places that are not countries. */
  anchors: { lat: number; lon: number }[];
  /** How far apart the story's places typically are (the median distance from each to its nearest), in km. */
  scale: number;
}

/** The median distance from each of the story's places to its nearest other, in km; Infinity for fewer than three. */
function scaleOf(anchors: readonly { lat: number; lon: number }[]): number {
  if (anchors.length < 3) return Infinity;
  const nearest = anchors.map((anchor) => nearestKm(anchor, anchors)).sort((a, b) => a - b);
  return nearest[Math.floor(nearest.length / 2)]!;
}

function contextWithout(
  key: string,
  choices: Map<string, Choice>,
  demonymCountries: Set<string>,
  gazetteer: Gazetteer,
  scale: number,
): Context {
  const countries = new Set(demonymCountries);
  const states = new Set<string>();
  const namedStates = new Set<string>();
  const chosen = new Set<number>();
  const anchors: { lat: number; lon: number }[] = [];
  for (const [other, choice] of choices) {
    if (other === key || choice.entry === undefined) continue;
    const place = gazetteer.places[choice.entry]!;
    chosen.add(choice.entry);
    if (place.kind === 'country') countries.add(place.name);
    else {
      if (place.kind === 'state') {
        states.add(`${place.country}/${place.name}`);
        namedStates.add(`${place.country}/${place.name}`);
      }
      // A county says which state the story is in ("Sangamon County": Illinois).
      if (place.kind === 'county' && choice.confidence >= 0.5 && place.admin) states.add(`${place.country}/${place.admin}`);
      if (choice.confidence >= 0.5 && place.kind !== 'sea' && place.kind !== 'river') anchors.push(place);
      if (place.country && (place.kind === 'state' || place.kind === 'county' || place.kind === 'capital' || place.population >= 500_000))
        countries.add(place.country);
    }
  }
  return { countries, states, namedStates, chosen, anchors, scale };
}

function choose(group: NameMention[], context: Context, gazetteer: Gazetteer): Choice {
  const words = group[0]!.placeText ?? group[0]!.text;
  const onlyInOrganisations = group.every((mention) => mention.inOrganisation);
  let entries = [...new Set(group.flatMap((mention) => mention.entries))].filter(
    (entry) => !onlyInOrganisations || gazetteer.places[entry]!.kind === 'country',
  );
  const qualifier = group[0]!.qualifier;
  if (qualifier) {
    // "Newport, Oregon": the Newport in Oregon.
    const key = nameKey(qualifier);
    const countries = new Set(lookUp(gazetteer, qualifier).map((entry) => gazetteer.places[entry]!.name));
    const qualified = entries.filter((entry) => {
      const place = gazetteer.places[entry]!;
      return nameKey(place.admin) === key || nameKey(place.country) === key || countries.has(place.country);
    });
    // "Newfoundland, Canada": none of that name in Canada; the places of that name elsewhere are not meant.
    if (!qualified.length)
      return { entry: undefined, confidence: 0, reason: `No place called "${words}" in ${qualifier} in the gazetteer.`, ranked: [] };
    entries = qualified;
  }
  // "St. John’s in Newfoundland": the one whose state's name begins with those words (Newfoundland and Labrador).
  const withins = [...new Set(group.map((mention) => mention.within).filter((within) => within !== undefined))].map(nameKey);
  if (withins.length) {
    const inside = entries.filter((entry) => {
      const admin = nameKey(gazetteer.places[entry]!.admin);
      return withins.some((within) => admin === within || admin.startsWith(`${within} `));
    });
    if (inside.length) entries = inside;
  }
  const ranked = entries
    .map((entry) => ({ entry, score: score(gazetteer.places[entry]!, words, context) + (context.chosen.has(entry) ? 2 : 0) }))
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return { entry: undefined, confidence: 0, reason: 'No place of that name in the gazetteer.', ranked };
  const place = gazetteer.places[best.entry]!;
  const inCountry = context.countries.has(place.country) && place.kind !== 'country';
  const inState = context.states.has(`${place.country}/${place.admin}`);
  const near = nearestKm(place, context.anchors);
  const oneWord = !words.includes(' ');
  // A small place matching one plain word, in none of the story's countries (or in a large one but
  // none of its named states) and far from its other places, is far likelier a word or a person's name.
  // A county named by its bare name ("Logan", "Morgan") is as doubtful as a small town.
  const bareCounty =
    place.kind === 'county' && !group.some((mention) => mention.typed) && !/\b(?:county|counties|parish|borough)\b/i.test(words);
  // So is a mountain named by one word ("Fairweather", a ship's name; "Adams", a volcano and a surname).
  const bareMountain = place.kind === 'mountain' && !/\s/.test(words);
  const small = ((place.kind === 'village' || place.kind === 'town') && place.population < 50_000) || bareCounty || bareMountain;
  const lonely = near > 300 && !inState && !qualifier && (!inCountry || LARGE_COUNTRIES.has(place.country));
  // So is a village known only by its post office (no population) far from the story, whatever its length ("Bear Creek").
  if (small && lonely && (oneWord || (place.population === 0 && place.kind === 'village'))) {
    return { entry: undefined, confidence: 0, reason: `Only small places are called "${words}", none near the story.`, ranked };
  }
  const town = place.kind === 'village' || place.kind === 'town' || place.kind === 'city';
  // A local story (its places a few km apart, as in a flood warning's list of towns): a small town of
  // the name far from all of them, and in none of the story's states, is another place of that name.
  if (town && place.population < 50_000 && !inState && !qualifier && near > Math.max(150, 4 * context.scale)) {
    return {
      entry: undefined,
      confidence: 0,
      reason: `The places called "${words}" that the gazetteer knows are far from the story's other places.`,
      ranked,
    };
  }
  // A creek is small: one of that name far from the story's other places is another creek.
  if (place.kind === 'river' && /\s(?:creek|branch|run|brook|fork)$/iu.test(words) && near > 300) {
    return {
      entry: undefined,
      confidence: 0,
      reason: `The streams called "${words}" that the gazetteer knows are far from the story.`,
      ranked,
    };
  }
  // "Welcome to Tbilisi": a capitalised word that only ever starts a sentence is a word, not a town.
  if (town && oneWord && place.population < 100_000 && group.every((mention) => mention.sentenceStart) && near > 100 && !qualifier) {
    return {
      entry: undefined,
      confidence: 0,
      reason: `"${words}" only starts sentences, and no place of that name is near the story.`,
      ranked,
    };
  }
  const margin = ranked[1] ? best.score - ranked[1].score : 3;
  const fit = Math.min(1, best.score / 3);
  const confidence = Math.round(Math.max(0.05, Math.min(0.99, (0.45 + margin / 4) * (0.5 + fit / 2))) * 100) / 100;
  const reasons = [
    ranked.length === 1 ? 'the only place of that name' : `the likeliest of ${ranked.length} places of that name`,
    inCountry ? `in ${place.country}, which the article names` : '',
    near <= 500 ? `${Math.round(near)} km from another place in the story` : '',
    place.kind === 'capital' ? 'a capital' : '',
    place.population >= 1_000_000 && place.kind !== 'country' ? 'a large city' : '',
  ].filter(Boolean);
  return { entry: best.entry, confidence, reason: `${capitalise(reasons.join(', '))}.`, ranked };
}

function score(place: Candidate, words: string, context: Context): number {
  let value = baseScore(place);
  if (place.kind !== 'country' && context.countries.has(place.country)) value += LARGE_COUNTRIES.has(place.country) ? 0.6 : 1.5;
  if (place.kind !== 'state' && context.states.has(`${place.country}/${place.admin}`)) value += 1.2;
  // "Georgia and Alabama": a state among other states of its country.
  if (
    place.kind === 'state' &&
    [...context.namedStates].some((state) => state.startsWith(`${place.country}/`) && state !== `${place.country}/${place.name}`)
  )
    value += 1;
  // A state's point says little about the towns in it: nearness counts for smaller places.
  const near = place.kind === 'state' ? Infinity : nearestKm(place, context.anchors);
  if (near < 100) value += 1;
  else if (near < 500) value += 0.6;
  else if (near < 1500) value += 0.3;
  // The name as the gazetteer writes it, not only an alternate name.
  if (place.name.toLowerCase() === words.toLowerCase()) value += 0.2;
  return value;
}

function nearestKm(place: { lat: number; lon: number }, anchors: readonly { lat: number; lon: number }[]): number {
  let nearest = Infinity;
  for (const anchor of anchors) {
    if (anchor.lat === place.lat && anchor.lon === place.lon) continue;
    nearest = Math.min(nearest, greatCircleKm([place.lon, place.lat], [anchor.lon, anchor.lat]));
  }
  return nearest;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
