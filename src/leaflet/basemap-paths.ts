/**
 * Canvas paths of a decoded basemap file, built once per file (and per set of tinted countries)
 * and kept beside the file, so panning and zooming only change the canvas transform.
 */
import type { BasemapFile, Ring } from '../model/basemap-format';

export interface BasemapPaths {
  /** Countries not tinted, and land outside any country. */
  land: Path2D;
  tint: Path2D;
  lakes: Path2D;
  borders: Path2D;
  rivers: Path2D;
}

interface FilePaths {
  lakes: Path2D;
  borders: Path2D;
  rivers: Path2D;
  byTint: Map<string, { land: Path2D; tint: Path2D }>;
}

const MAX_TINTS_PER_FILE = 4;
const cache = new WeakMap<BasemapFile, FilePaths>();

function addRing(path: Path2D, ring: Ring, closed: boolean): void {
  path.moveTo(ring[0]!, ring[1]!);
  for (let i = 2; i < ring.length; i += 2) path.lineTo(ring[i]!, ring[i + 1]!);
  if (closed) path.closePath();
}

function pathOf(rings: Iterable<Ring>, closed = true): Path2D {
  const path = new Path2D();
  for (const ring of rings) addRing(path, ring, closed);
  return path;
}

export const tintKey = (tint: ReadonlySet<string>): string => [...tint].sort().join('\n');

/** Paths in file units (zoom-0 pixels × file.unit). */
export function pathsOf(file: BasemapFile, tint: ReadonlySet<string>): BasemapPaths {
  let paths = cache.get(file);
  if (!paths) {
    paths = { lakes: pathOf(file.lakes), borders: pathOf(file.borders, false), rivers: pathOf(file.rivers, false), byTint: new Map() };
    cache.set(file, paths);
  }
  const key = tintKey(tint);
  let fills = paths.byTint.get(key);
  if (!fills) {
    const land = pathOf(file.land);
    const tinted = new Path2D();
    for (const country of file.countries) {
      const target = tint.has(country.name) ? tinted : land;
      for (const ring of country.rings) addRing(target, ring, true);
    }
    fills = { land, tint: tinted };
    if (paths.byTint.size >= MAX_TINTS_PER_FILE) paths.byTint.delete(paths.byTint.keys().next().value!);
    paths.byTint.set(key, fills);
  }
  return { ...fills, lakes: paths.lakes, borders: paths.borders, rivers: paths.rivers };
}
