/**
 * The outcome (what happened next): later reporting, kept apart from the article. Its features
 * carry summaries written by the project and their sources, never quotes; any `quotes` in the
 * input are reported and ignored, so later reporting can never pass for the article's words.
 * A feature that cannot be drawn is dropped; anything else missing is reported and defaulted.
 */
import { parseGeometry } from './geometry';
import { badTextFields, isHttpUrl, isIsoDate, isObject, textOf, type Json } from './json-guards';
import type { Parsed, PointOrLine, Problem } from './types';

export const OUTCOME_KINDS = ['venue', 'train', 'road', 'stop'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** How each kind is drawn: venues and stops are points, the journeys lines. */
const GEOMETRY_OF: Record<OutcomeKind, PointOrLine['type']> = { venue: 'Point', stop: 'Point', train: 'LineString', road: 'LineString' };

export interface OutcomeFeature {
  id: string;
  name: string;
  kind: OutcomeKind;
  date?: string;
  dateLabel?: string;
  summary: string;
  /** http(s) links only. */
  sources: string[];
  geometry: PointOrLine;
}

export interface Outcome {
  title: string;
  note: string;
  sources: { title: string; url: string }[];
  features: OutcomeFeature[];
}

const DEFAULT_TITLE = 'What happened next';
const DEFAULT_NOTE = 'Later reporting, not from the article.';
const NO_QUOTES = 'carries "quotes"; they were ignored: the outcome (what happened next) never quotes the article.';

export function parseOutcome(input: unknown): Parsed<Outcome | undefined> {
  if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    return { value: undefined, problems: [{ message: 'The outcome (what happened next) data is not a GeoJSON FeatureCollection.' }] };
  }
  const problems: Problem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });
  if (input.quotes !== undefined) report('quotes', `The outcome data ${NO_QUOTES}`);
  const layer = isObject(input.layer) ? input.layer : {};
  if (!isObject(input.layer)) report('layer', 'The outcome data has no "layer" with its title, note and sources.');
  else {
    for (const field of ['title', 'note'].filter((field) => !textOf(layer[field])))
      report(`layer.${field}`, `The outcome layer has no ${field} in words; a default is shown.`);
    if (layer.quotes !== undefined) report('layer.quotes', `The outcome layer ${NO_QUOTES}`);
  }
  const rawSources = Array.isArray(layer.sources) ? layer.sources : [];
  if (isObject(input.layer) && rawSources.length === 0) report('layer.sources', 'The outcome layer names no sources.');
  const sources = rawSources.flatMap((source, n) => {
    if (isObject(source) && isHttpUrl(source.url) && textOf(source.title)) return [{ title: textOf(source.title), url: source.url }];
    report(`layer.sources.${n}`, `Source ${n + 1} of the outcome layer needs a "title" and an http(s) "url"; it was left out.`);
    return [];
  });
  if (input.features.length === 0) report('features', 'The outcome data has no features.');
  const features = input.features.flatMap((feature, index): OutcomeFeature[] => {
    const parsed = parseFeature(feature, index, problems);
    return parsed ? [parsed] : [];
  });
  return {
    value: { title: textOf(layer.title) || DEFAULT_TITLE, note: textOf(layer.note) || DEFAULT_NOTE, sources, features },
    problems,
  };
}

const missing = (object: Json, fields: string[]) => fields.filter((field) => object[field] === undefined);

function parseFeature(feature: unknown, index: number, problems: Problem[]): OutcomeFeature | undefined {
  const props = isObject(feature) ? feature.properties : undefined;
  const name = isObject(props) ? textOf(props.name) : '';
  const at = name ? `The outcome feature "${name}" (feature ${index + 1})` : `Outcome feature ${index + 1}`;
  const id = isObject(feature) ? textOf(feature.id) : '';
  const report = (field: string, message: string) => problems.push({ id: id || undefined, index, field, message: `${at} ${message}` });
  if (!isObject(feature) || feature.type !== 'Feature' || !isObject(props)) {
    report('', 'is not a GeoJSON Feature with properties.');
    return undefined;
  }
  if (!id || !name) {
    report(id ? 'name' : 'id', 'needs an id and a name; it was left out.');
    return undefined;
  }
  const kind = (OUTCOME_KINDS as readonly unknown[]).includes(props.kind) ? (props.kind as OutcomeKind) : undefined;
  if (!kind) {
    report('kind', `has kind "${String(props.kind)}"; use one of ${OUTCOME_KINDS.join(', ')}. It was left out.`);
    return undefined;
  }
  const geometry = parseGeometry(feature.geometry, [GEOMETRY_OF[kind]]);
  if (typeof geometry === 'string') {
    report('geometry', `(a ${kind}) ${geometry} It was left out.`);
    return undefined;
  }
  if (feature.quotes !== undefined || props.quotes !== undefined) report('quotes', NO_QUOTES);
  for (const field of missing(props, ['date', 'dateLabel', 'summary', 'sources'])) report(field, `has no "${field}".`);
  for (const field of badTextFields(props, ['dateLabel', 'summary', 'country'])) report(field, `has a "${field}" that is not text.`);
  for (const field of ['date', 'endDate'].filter((field) => props[field] !== undefined && !isIsoDate(props[field])))
    report(field, `has the ${field} "${String(props[field])}"; use an ISO date such as 2019-02-27.`);
  const rawSources = Array.isArray(props.sources) ? props.sources : [];
  if (props.sources !== undefined && (rawSources.length === 0 || !rawSources.every(isHttpUrl)))
    report('sources', 'needs "sources": a list of one or more http(s) addresses; others were left out.');
  if (props.via !== undefined && !(Array.isArray(props.via) && props.via.length >= 2 && props.via.every((item) => textOf(item))))
    report('via', 'has a "via" that is not a list of two or more ids.');
  return {
    id,
    name,
    kind,
    date: isIsoDate(props.date) ? props.date : undefined,
    dateLabel: textOf(props.dateLabel) || undefined,
    summary: textOf(props.summary),
    sources: rawSources.filter(isHttpUrl),
    geometry: geometry as PointOrLine,
  };
}
