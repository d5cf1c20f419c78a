/**
 * The "what happened next" layer: later reporting, kept apart from the article. Its features
 * carry summaries written by the project and their sources, never quotes; any `quotes` in the
 * input are ignored so later reporting can never pass for the article's words.
 */
import type { Parsed, PlaceGeometry, Position, Problem } from './types';
import { safeHttpUrl } from './urls';

export const OUTCOME_KINDS = ['venue', 'train', 'road', 'stop'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export interface OutcomeFeature {
  id: string;
  name: string;
  kind: OutcomeKind;
  date?: string;
  dateLabel?: string;
  summary: string;
  /** http(s) links only. */
  sources: string[];
  geometry: PlaceGeometry;
}

export interface Outcome {
  title: string;
  note: string;
  sources: { title: string; url: string }[];
  features: OutcomeFeature[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export function parseOutcome(input: unknown): Parsed<Outcome | undefined> {
  if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    return { value: undefined, problems: [{ message: 'The "what happened next" data is not a GeoJSON FeatureCollection.' }] };
  }
  const problems: Problem[] = [];
  const layer = isObject(input.layer) ? input.layer : {};
  const sources = (Array.isArray(layer.sources) ? layer.sources : []).flatMap((source) => {
    const url = isObject(source) ? safeHttpUrl(source.url) : undefined;
    return url && isObject(source) ? [{ title: text(source.title) || url, url }] : [];
  });
  const features = input.features.flatMap((feature, index): OutcomeFeature[] => {
    const parsed = parseFeature(feature);
    if (typeof parsed === 'string') {
      problems.push({ index, message: `Later-reporting feature ${index + 1} ${parsed}` });
      return [];
    }
    return [parsed];
  });
  return {
    value: {
      title: text(layer.title) || 'What happened next',
      note: text(layer.note) || 'Later reporting, not from the article.',
      sources,
      features,
    },
    problems,
  };
}

function parseFeature(feature: unknown): OutcomeFeature | string {
  if (!isObject(feature) || !isObject(feature.properties) || !isObject(feature.geometry))
    return 'is not a Feature with properties and geometry.';
  const props = feature.properties;
  const id = text(feature.id ?? props.id);
  const name = text(props.name);
  if (!id || !name) return 'needs an id and a name.';
  const kind = (OUTCOME_KINDS as readonly unknown[]).includes(props.kind) ? (props.kind as OutcomeKind) : undefined;
  if (!kind) return `("${id}") has kind "${String(props.kind)}"; use one of ${OUTCOME_KINDS.join(', ')}.`;
  const geometry = feature.geometry;
  const position = (value: unknown): Position | undefined =>
    Array.isArray(value) &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
      ? [value[0], value[1]]
      : undefined;
  let parsedGeometry: PlaceGeometry | undefined;
  if (geometry.type === 'Point') {
    const point = position(geometry.coordinates);
    if (point) parsedGeometry = { type: 'Point', coordinates: point };
  } else if (geometry.type === 'LineString' && Array.isArray(geometry.coordinates)) {
    const line = geometry.coordinates.map(position);
    if (line.length >= 2 && line.every(Boolean)) parsedGeometry = { type: 'LineString', coordinates: line as Position[] };
  }
  if (!parsedGeometry) return `("${id}") has no valid Point or LineString geometry.`;
  return {
    id,
    name,
    kind,
    date: text(props.date) || undefined,
    dateLabel: text(props.dateLabel) || undefined,
    summary: text(props.summary),
    sources: (Array.isArray(props.sources) ? props.sources : []).map((url) => safeHttpUrl(url)).filter((url): url is string => !!url),
    geometry: parsedGeometry,
  };
}
