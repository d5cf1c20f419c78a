/** The data model of a story: plain data, no DOM, no Leaflet. */

/** A GeoJSON position, longitude first (RFC 7946). */
export type Position = [longitude: number, latitude: number];

/** The marker shapes a role can declare; `line` is for routes. */
export const ROLE_SYMBOLS = ['star', 'circle', 'diamond', 'square', 'triangle', 'line'] as const;
export type RoleSymbol = (typeof ROLE_SYMBOLS)[number];

/** A kind of place, declared by the dataset so another story can bring its own. */
export interface Role {
  id: string;
  /** Words for the legend: the symbol and colour are never the only cue. */
  label: string;
  order: number;
  symbol: RoleSymbol;
  /** A CSS hex colour (#rgb or #rrggbb). */
  color: string;
}

/** Words from the article, with the 1-based number of the paragraph they appear in. */
export interface Quote {
  text: string;
  paragraph: number;
}

export type PlaceGeometry = { type: 'Point'; coordinates: Position } | { type: 'LineString'; coordinates: Position[] };

/** A validated place: a point (city, venue) or a line (route). */
export interface Place {
  id: string;
  name: string;
  /** Other words the article uses for the place (matched case-sensitively, as whole words). */
  aliases: string[];
  role: string;
  site?: string;
  /** When the place matters in the story: ISO date, or year-month. */
  date?: string;
  /** That date in words, for the timeline. */
  dateLabel?: string;
  quotes: Quote[];
  /** Where a fact from outside the article comes from. */
  source?: string;
  geometry: PlaceGeometry;
  /** The Feature as given, for event details and other consumers. */
  feature: GeoJSON.Feature;
}

/** A validated dataset. */
export interface Story {
  title?: string;
  /** Basemap country names to tint as "in the story". */
  tint: string[];
  /** Declared roles, sorted by `order`. */
  roles: Role[];
  places: Place[];
}

/** The article that quotes cite. */
export interface Article {
  headline: string;
  byline: string;
  publisher: string;
  /** ISO date, e.g. 2019-01-21. */
  date: string;
  url?: string;
  paragraphs: string[];
  /** Subheads, each shown before the paragraph it names (1-based); not paragraphs themselves. */
  subheads: { text: string; beforeParagraph: number }[];
  /** End matter shown after the text, e.g. the copyright line. */
  credit?: string;
}

/** One thing wrong with the input; `id`/`index` say which feature, `field` which property. */
export interface Problem {
  id?: string;
  index?: number;
  field?: string;
  message: string;
}

/** What parsing returns: everything valid, and a list of what was not. */
export interface Parsed<T> {
  value: T;
  problems: Problem[];
}
