// polylabel 2 ships no types: the one function it exports, as documented in its README.
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (outer ring, then holes), with its distance to the edge. */
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): [number, number] & { distance: number };
}
