/**
 * How validated places cross from the parse worker to the page cheaply: in chunks, each one JSON
 * string of the places (parsed in its own task on arrival) plus their original Features as one
 * string with offsets, each Feature parsed only when asked for (`place.feature`). Structured-cloning
 * 100,000 Place objects instead would block the page for over a second.
 */
import type { Place } from '../model/types';

/** Places per message: each is parsed on the page in a task of a few milliseconds. */
export const PLACES_PER_CHUNK = 10_000;

export interface PlacesChunk {
  /** JSON of the places without their `feature`. */
  places: string;
  /** The Features' JSON, one after another; Feature k is `features.slice(offsets[k], offsets[k + 1])`. */
  features: string;
  offsets: Uint32Array;
}

export function encodePlaces(places: readonly Place[]): PlacesChunk {
  const fields: Omit<Place, 'feature'>[] = [];
  const texts: string[] = [];
  const offsets = new Uint32Array(places.length + 1);
  let length = 0;
  places.forEach(({ feature, ...rest }, k) => {
    fields.push(rest);
    const text = JSON.stringify(feature);
    texts.push(text);
    offsets[k] = length;
    length += text.length;
  });
  offsets[places.length] = length;
  return { places: JSON.stringify(fields), features: texts.join(''), offsets };
}

export function decodePlaces(chunk: PlacesChunk): Place[] {
  const fields = JSON.parse(chunk.places) as Omit<Place, 'feature'>[];
  return fields.map((place, k) => new TransferredPlace(place, chunk, k));
}

/** A place whose Feature is parsed on first use. */
class TransferredPlace implements Place {
  declare id: string;
  declare name: string;
  declare aliases: string[];
  declare role: string;
  declare quotes: Place['quotes'];
  declare geometry: Place['geometry'];
  #chunk?: PlacesChunk;
  #index: number;
  #feature?: GeoJSON.Feature;

  constructor(fields: Omit<Place, 'feature'>, chunk: PlacesChunk, index: number) {
    Object.assign(this, fields);
    this.#chunk = chunk;
    this.#index = index;
  }

  get feature(): GeoJSON.Feature {
    if (!this.#feature) {
      const { features, offsets } = this.#chunk!;
      this.#feature = JSON.parse(features.slice(offsets[this.#index], offsets[this.#index + 1])) as GeoJSON.Feature;
    }
    return this.#feature;
  }
}
