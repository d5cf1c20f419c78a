/**
 * Chooses, for each name the article uses, the gazetteer entry it most likely means: countries
 * the article names (directly or by a demonym) and nearness to the story's other places weigh
 * most, then capitals and size. Run in rounds, as each choice is context for the others.
 */
import { greatCircleKm } from '../geo';
import type { Candidate, Gazetteer } from '../gazetteer/types';
import type { NameMention } from './names';

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
  mention.demonymOf !== undefined ? `demonym:${mention.demonymOf}` : mention.text.toLowerCase();

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
  for (let round = 0; round < 3; round++) {
    const next = new Map<string, Choice>();
    for (const [key, group] of groups) {
      const context = contextWithout(key, choices, demonymCountries, gazetteer);
      next.set(key, choose(group, context, gazetteer));
    }
    choices = next;
  }
  return choices;
}

interface Context {
  /** Countries the article names, apart from the name being chosen. */
  countries: Set<string>;
  /** Positions of the story's other chosen places that are not countries. */
  anchors: { lat: number; lon: number }[];
}

function contextWithout(key: string, choices: Map<string, Choice>, demonymCountries: Set<string>, gazetteer: Gazetteer): Context {
  const countries = new Set(demonymCountries);
  const anchors: { lat: number; lon: number }[] = [];
  for (const [other, choice] of choices) {
    if (other === key || choice.entry === undefined) continue;
    const place = gazetteer.places[choice.entry]!;
    if (place.kind === 'country') countries.add(place.name);
    else {
      if (choice.confidence >= 0.5 && place.kind !== 'sea' && place.kind !== 'river') anchors.push(place);
      if (place.country && (place.kind === 'state' || place.kind === 'capital' || place.population >= 500_000))
        countries.add(place.country);
    }
  }
  return { countries, anchors };
}

function choose(group: NameMention[], context: Context, gazetteer: Gazetteer): Choice {
  const words = group[0]!.text;
  const onlyInOrganisations = group.every((mention) => mention.inOrganisation);
  const ranked = [...new Set(group.flatMap((mention) => mention.entries))]
    .filter((entry) => !onlyInOrganisations || gazetteer.places[entry]!.kind === 'country')
    .map((entry) => ({ entry, score: score(gazetteer.places[entry]!, words, context) }))
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return { entry: undefined, confidence: 0, reason: 'No place of that name in the gazetteer.', ranked };
  const place = gazetteer.places[best.entry]!;
  const inCountry = context.countries.has(place.country) && place.kind !== 'country';
  const near = nearestKm(place, context.anchors);
  // A small place matching one plain word, in none of the story's countries and far from its
  // other places, is far likelier a word or a person's name than the place.
  const small = (place.kind === 'village' || place.kind === 'town') && place.population < 50_000;
  const lonely = !inCountry && near > 300;
  if (small && lonely && !words.includes(' ')) {
    return { entry: undefined, confidence: 0, reason: `Only small places are called "${words}", none near the story.`, ranked };
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
  if (place.kind !== 'country' && context.countries.has(place.country)) value += 1.5;
  const near = nearestKm(place, context.anchors);
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
