/**
 * Screen geometry to SVG path data, small: rings clipped to the picture (Sutherland–Hodgman,
 * each ring alone: the nonzero fill is unchanged), lines cut where they leave it, points closer
 * than a fraction of a pixel dropped, coordinates rounded and written relative to the last.
 */
import type { Rect } from '../model/framing';

/** Flat screen coordinates [x0, y0, x1, y1, …]. */
export type Flat = number[];

function clipEdge(
  points: Flat,
  inside: (x: number, y: number) => boolean,
  cross: (ax: number, ay: number, bx: number, by: number) => [number, number],
): Flat {
  const out: Flat = [];
  const n = points.length;
  for (let i = 0; i < n; i += 2) {
    const [ax, ay] = [points[(i - 2 + n) % n]!, points[(i - 1 + n) % n]!];
    const [bx, by] = [points[i]!, points[i + 1]!];
    const aIn = inside(ax, ay);
    const bIn = inside(bx, by);
    if (bIn) {
      if (!aIn) out.push(...cross(ax, ay, bx, by));
      out.push(bx, by);
    } else if (aIn) out.push(...cross(ax, ay, bx, by));
  }
  return out;
}

/** A closed ring clipped to `rect` (an empty array when it lies outside). */
export function clipRing(ring: Flat, rect: Rect): Flat {
  const [x0, y0, x1, y1] = [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height];
  const atX =
    (x: number) =>
    (ax: number, ay: number, bx: number, by: number): [number, number] => [x, ay + ((by - ay) * (x - ax)) / (bx - ax)];
  const atY =
    (y: number) =>
    (ax: number, ay: number, bx: number, by: number): [number, number] => [ax + ((bx - ax) * (y - ay)) / (by - ay), y];
  let points = ring;
  points = clipEdge(points, (x) => x >= x0, atX(x0));
  if (points.length) points = clipEdge(points, (x) => x <= x1, atX(x1));
  if (points.length) points = clipEdge(points, (_, y) => y >= y0, atY(y0));
  if (points.length) points = clipEdge(points, (_, y) => y <= y1, atY(y1));
  return points;
}

/** An open line cut into the pieces inside `rect` (Liang–Barsky per segment, joined where they meet). */
export function clipLine(line: Flat, rect: Rect): Flat[] {
  const [x0, y0, x1, y1] = [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height];
  const pieces: Flat[] = [];
  let current: Flat | undefined;
  for (let i = 2; i < line.length; i += 2) {
    const [ax, ay, bx, by] = [line[i - 2]!, line[i - 1]!, line[i]!, line[i + 1]!];
    const [dx, dy] = [bx - ax, by - ay];
    let [t0, t1] = [0, 1];
    let visible = true;
    for (const [p, q] of [
      [-dx, ax - x0],
      [dx, x1 - ax],
      [-dy, ay - y0],
      [dy, y1 - ay],
    ] as const) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!visible || t0 > t1) {
      current = undefined;
      continue;
    }
    const start: [number, number] = [ax + t0 * dx, ay + t0 * dy];
    const end: [number, number] = [ax + t1 * dx, ay + t1 * dy];
    if (!current || t0 > 0) {
      current = [...start];
      pieces.push(current);
    }
    current.push(...end);
    if (t1 < 1) current = undefined;
  }
  return pieces;
}

/** Bounding box of flat coordinates. */
export function boxOf(points: Flat): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < points.length; i += 2) {
    x0 = Math.min(x0, points[i]!);
    x1 = Math.max(x1, points[i]!);
    y0 = Math.min(y0, points[i + 1]!);
    y1 = Math.max(y1, points[i + 1]!);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Path data of rings (`closed`) or lines, coordinates rounded to `digits` decimals, each point
 * written relative to the one before, points within `minStep` pixels of the last kept dropped.
 */
export function pathData(parts: readonly Flat[], closed: boolean, digits = 1, minStep = 0.5): string {
  const factor = 10 ** digits;
  const out: string[] = [];
  for (const part of parts) {
    const kept: number[] = [];
    for (let i = 0; i < part.length; i += 2) {
      const [x, y] = [Math.round(part[i]! * factor), Math.round(part[i + 1]! * factor)];
      const last = kept.length - 2;
      const isLast = i === part.length - 2;
      if (last >= 0 && Math.hypot(x - kept[last]!, y - kept[last + 1]!) < minStep * factor && !isLast) continue;
      if (last >= 0 && x === kept[last] && y === kept[last + 1]) continue;
      kept.push(x, y);
    }
    if (kept.length < (closed ? 6 : 4)) continue;
    let d = `M${fmt(kept[0]!, factor)} ${fmt(kept[1]!, factor)}`;
    let first = true;
    for (let i = 2; i < kept.length; i += 2) {
      const dx = fmt(kept[i]! - kept[i - 2]!, factor);
      const dy = fmt(kept[i + 1]! - kept[i - 1]!, factor);
      d += `${first ? 'l' : dx.startsWith('-') ? '' : ' '}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
      first = false;
    }
    out.push(closed ? `${d}z` : d);
  }
  return out.join('');
}

/** An integer count of 1/factor units as the shortest decimal ("0.5", "-.5" written as "-0.5"). */
function fmt(units: number, factor: number): string {
  const value = units / factor;
  return Object.is(value, -0) ? '0' : String(value);
}
