/** Whether points lie inside rings as the basemap fills them (decoded rings, src/model/basemap-format.ts). */
import type { Ring } from './basemap-format';

/** Winding number of a closed ring around (x, y), in the ring's units: nonzero means inside. */
export function winding(ring: Ring, x: number, y: number): number {
  let count = 0;
  const n = ring.length;
  for (let i = 0; i < n; i += 2) {
    const j = (i + 2) % n;
    const [x1, y1, x2, y2] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
    const side = (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1);
    if (y1 <= y) {
      if (y2 > y && side > 0) count += 1;
    } else if (y2 <= y && side < 0) count -= 1;
  }
  return count;
}

/** Whether rings filled with the nonzero rule (as the map draws them) cover (x, y). */
export function ringsCover(rings: readonly Ring[], x: number, y: number): boolean {
  return rings.reduce((sum, ring) => sum + winding(ring, x, y), 0) !== 0;
}
