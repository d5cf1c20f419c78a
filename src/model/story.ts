/**
 * Parses and validates a places dataset (a GeoJSON FeatureCollection with declared roles).
 * Invalid features are dropped and reported; valid ones are kept, so one bad entry never
 * hides the rest of the story.
 */
import {
  ROLE_SYMBOLS,
  type Parsed,
  type Place,
  type PlaceGeometry,
  type Position,
  type Problem,
  type Quote,
  type Role,
  type RoleSymbol,
  type Story,
} from './types';

const ISO_DATE_OR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

export function emptyStory(): Story {
  return { tint: [], roles: [], places: [] };
}

export function parseStory(input: unknown): Parsed<Story> {
  const problems: Problem[] = [];
  if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    problems.push({ message: 'The places data is not a GeoJSON FeatureCollection with a "features" list.' });
    return { value: emptyStory(), problems };
  }
  const roles = parseRoles(input.roles, problems);
  const roleIds = new Set(roles.map((role) => role.id));
  const story = isObject(input.story) ? input.story : {};
  const places: Place[] = [];
  const seen = new Set<string>();
  input.features.forEach((feature, index) => {
    const place = parsePlace(feature, index, roleIds, problems);
    if (!place) return;
    if (seen.has(place.id)) {
      problems.push({ id: place.id, index, field: 'id', message: `The id "${place.id}" is used twice; the second one was left out.` });
      return;
    }
    seen.add(place.id);
    places.push(place);
  });
  return {
    value: {
      title: isNonEmptyString(story.title) ? story.title : undefined,
      tint: Array.isArray(story.tint) ? story.tint.filter(isNonEmptyString) : [],
      roles,
      places,
    },
    problems,
  };
}

function parseRoles(input: unknown, problems: Problem[]): Role[] {
  if (!isObject(input)) {
    problems.push({ field: 'roles', message: 'The data declares no "roles", so no place can be shown.' });
    return [];
  }
  const roles: Role[] = [];
  for (const [id, value] of Object.entries(input)) {
    const field = `roles.${id}`;
    if (!isObject(value) || !isNonEmptyString(value.label)) {
      problems.push({ field, message: `The role "${id}" needs a "label" in words.` });
      continue;
    }
    const symbol = (ROLE_SYMBOLS as readonly unknown[]).includes(value.symbol) ? (value.symbol as RoleSymbol) : undefined;
    if (!symbol) {
      problems.push({
        field: `${field}.symbol`,
        message: `The role "${id}" has symbol "${String(value.symbol)}"; use one of ${ROLE_SYMBOLS.join(', ')}.`,
      });
      continue;
    }
    const color = typeof value.color === 'string' && HEX_COLOR.test(value.color) ? value.color : '#3d4a57';
    if (value.color !== undefined && color !== value.color) {
      problems.push({
        field: `${field}.color`,
        message: `The role "${id}" has colour "${String(value.color)}"; use a hex colour such as #1f5fa8. A grey is used instead.`,
      });
    }
    const order = typeof value.order === 'number' && Number.isFinite(value.order) ? value.order : roles.length + 1;
    roles.push({ id, label: value.label.trim(), order, symbol, color });
  }
  return roles.sort((a, b) => a.order - b.order);
}

function parsePlace(feature: unknown, index: number, roleIds: Set<string>, problems: Problem[]): Place | undefined {
  const at = `Feature ${index + 1}`;
  if (!isObject(feature) || feature.type !== 'Feature' || !isObject(feature.properties)) {
    problems.push({ index, message: `${at} is not a GeoJSON Feature with properties.` });
    return undefined;
  }
  const props = feature.properties;
  const rawId = feature.id ?? props.id;
  const id = typeof rawId === 'number' ? String(rawId) : rawId;
  if (!isNonEmptyString(id)) {
    problems.push({ index, field: 'id', message: `${at} has no id, so it cannot be linked or selected.` });
    return undefined;
  }
  const report = (field: string, message: string) => problems.push({ id, index, field, message });
  if (!isNonEmptyString(props.name)) {
    report('name', `The place "${id}" has no name.`);
    return undefined;
  }
  if (!isNonEmptyString(props.role) || !roleIds.has(props.role)) {
    report('role', `The place "${id}" has role "${String(props.role)}", which the data does not declare.`);
    return undefined;
  }
  const geometry = parseGeometry(feature.geometry);
  if (typeof geometry === 'string') {
    report('geometry', `The place "${id}" ${geometry}`);
    return undefined;
  }
  const quotes = parseQuotes(props.quotes, id, index, problems);
  const aliases = Array.isArray(props.aliases) ? props.aliases.filter(isNonEmptyString) : [];
  if (props.aliases !== undefined && aliases.length !== (Array.isArray(props.aliases) ? props.aliases.length : -1)) {
    report('aliases', `The aliases of "${id}" should be a list of words; the others were ignored.`);
  }
  const date = isNonEmptyString(props.date) && ISO_DATE_OR_MONTH.test(props.date) ? props.date : undefined;
  if (props.date !== undefined && !date) report('date', `The date of "${id}" is not an ISO date such as 2019-01-21 or 2019-02.`);
  return {
    id,
    name: props.name.trim(),
    aliases,
    role: props.role,
    date,
    dateLabel: date && isNonEmptyString(props.dateLabel) ? props.dateLabel.trim() : undefined,
    site: isNonEmptyString(props.site) ? props.site.trim() : undefined,
    quotes,
    source: isNonEmptyString(props.source) ? props.source : undefined,
    geometry,
    feature: feature as unknown as GeoJSON.Feature,
  };
}

/** Returns the geometry, or a sentence (completing "The place X …") saying what is wrong. */
function parseGeometry(geometry: unknown): PlaceGeometry | string {
  if (!isObject(geometry)) return 'has no geometry.';
  if (geometry.type === 'Point') {
    const position = parsePosition(geometry.coordinates);
    return position ? { type: 'Point', coordinates: position } : 'has coordinates that are not [longitude, latitude] on Earth.';
  }
  if (geometry.type === 'LineString') {
    const coordinates = Array.isArray(geometry.coordinates) ? geometry.coordinates.map(parsePosition) : [];
    if (coordinates.length < 2 || coordinates.some((position) => !position)) {
      return 'has a line that needs two or more [longitude, latitude] positions.';
    }
    return { type: 'LineString', coordinates: coordinates as Position[] };
  }
  return `has a ${String(geometry.type)} geometry; only Point and LineString are shown.`;
}

function parsePosition(value: unknown): Position | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const [longitude, latitude] = value;
  const valid = typeof longitude === 'number' && typeof latitude === 'number' && Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90;
  return valid ? [longitude, latitude] : undefined;
}

function parseQuotes(value: unknown, id: string, index: number, problems: Problem[]): Quote[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ id, index, field: 'quotes', message: `The quotes of "${id}" are not a list.` });
    return [];
  }
  const quotes: Quote[] = [];
  value.forEach((quote, n) => {
    const valid = isObject(quote) && isNonEmptyString(quote.text) && Number.isInteger(quote.paragraph) && (quote.paragraph as number) >= 1;
    if (valid) quotes.push({ text: quote.text as string, paragraph: quote.paragraph as number });
    else
      problems.push({ id, index, field: `quotes.${n}`, message: `Quote ${n + 1} of "${id}" needs "text" and a paragraph number from 1.` });
  });
  return quotes;
}
