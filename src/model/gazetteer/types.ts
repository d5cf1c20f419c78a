/** The offline gazetteer's data model: plain data, no DOM. */

/** What a gazetteer entry is: drawn from GeoNames and Natural Earth (geo/gazetteer/README.md). */
export const GAZETTEER_KINDS = [
  'country',
  'state',
  'capital',
  'city',
  'town',
  'village',
  'island',
  'lake',
  'river',
  'sea',
  'mountain',
  'region',
  'county',
  'park',
] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** One place the gazetteer knows, as the draft offers it: the editor lists these as alternatives. */
export interface Candidate {
  name: string;
  kind: GazetteerKind;
  /** The country it lies in (Natural Earth admin 0 name); for a country, itself; '' for seas and rivers. */
  country: string;
  /** The state or province it lies in, where known; '' otherwise. */
  admin: string;
  lat: number;
  lon: number;
  /** Inhabitants, where known (GeoNames, Natural Earth); 0 otherwise. */
  population: number;
}

/** A parsed gazetteer, indexed by name: see `parseGazetteer` and `searchGazetteer`. */
export interface Gazetteer {
  /** Every entry, in file order. */
  readonly places: readonly Candidate[];
  /** Each entry's other names (same order as `places`). */
  readonly alternates: readonly (readonly string[])[];
  /** Name key (see `nameKey`) → indexes into `places`, by its name or an alternate name. */
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** Demonym as written ("Swedish", "North Korean") → the country it names. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Country name → its entry's index. */
  readonly countries: ReadonlyMap<string, number>;
}
