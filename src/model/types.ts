/** The data model of a story: plain data, no DOM, no Leaflet. */
import type { AuthoredView } from './view-frame';

/** A GeoJSON position, longitude first (RFC 7946). */
export type Position = [longitude: number, latitude: number];

/** The shapes a role can declare: `line` is for routes, `area` for polygons. */
export const ROLE_SYMBOLS = ['star', 'circle', 'diamond', 'square', 'triangle', 'line', 'area'] as const;
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

/** A polygon: an outer ring then any holes; each ring closed (first position = last), 4 or more positions. */
export type Rings = Position[][];

/** Every GeoJSON geometry a place may have (GeometryCollection is not drawn). */
export type PlaceGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Rings }
  | { type: 'MultiPolygon'; coordinates: Rings[] };

export type GeometryType = PlaceGeometry['type'];

/** The geometries the outcome (what happened next) draws: a place or a journey. */
export type PointOrLine = Extract<PlaceGeometry, { type: 'Point' | 'LineString' }>;

/** How a place is drawn: a marker, a line, or a filled area. */
export type PlaceKind = 'point' | 'line' | 'area';

/** A validated place: a point (city, venue), a line (route) or an area (region), single or multi. */
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
  /** The author's first view (bounds, or a centre and a zoom); by default the places' own extent. */
  view?: AuthoredView;
  /** The author's deepest zoom: choosing a place never goes closer (the map's own limit still holds). */
  maxZoom?: number;
  /** Every declared role and every role a place uses without declaring it, sorted by `order` (then as declared). */
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
  /**
   * 'notice': the data is valid (it meets the schema) and a default filled a gap, such as ids
   * made from names. Worth telling the data's author; not an error to show a reader.
   */
  level?: 'notice';
}

/** What parsing returns: everything valid, and a list of what was not. */
export interface Parsed<T> {
  value: T;
  problems: Problem[];
}
