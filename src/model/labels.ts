/**
 * Greedy label placement in screen pixels: each label, in priority order, takes the first
 * side of its marker (right, left, above, below) where it overlaps no marker and no label
 * placed before it. A label with no free side is hidden; its name stays in the marker's
 * accessible name, the popup and the legend.
 */
import { intersects, type Rect } from './framing';

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

export interface LabelRequest {
  id: string;
  /** Marker centre in container pixels. */
  x: number;
  y: number;
  /** Size of the label text box. */
  width: number;
  height: number;
  /** Lower first. */
  priority: number;
}

const SIDES: LabelSide[] = ['right', 'left', 'top', 'bottom'];

/** The box of a marker of `size` centred at (x, y). */
export function markerRect(x: number, y: number, size: number): Rect {
  return { x: x - size / 2, y: y - size / 2, width: size, height: size };
}

export function labelRect(
  request: Pick<LabelRequest, 'x' | 'y' | 'width' | 'height'>,
  side: LabelSide,
  markerRadius: number,
  gap = 3,
): Rect {
  const { x, y, width, height } = request;
  const offset = markerRadius + gap;
  switch (side) {
    case 'right':
      return { x: x + offset, y: y - height / 2, width, height };
    case 'left':
      return { x: x - offset - width, y: y - height / 2, width, height };
    case 'top':
      return { x: x - width / 2, y: y - offset - height, width, height };
    case 'bottom':
      return { x: x - width / 2, y: y + offset, width, height };
  }
}

/**
 * Whether a marker centred at (x, y) is under an overlay: the map does not show it (it would peek
 * out from under the overlay and take taps meant for it), and a picture of the map does not draw it.
 */
export function underOverlay(x: number, y: number, obstacles: readonly Rect[]): boolean {
  return obstacles.some((box) => x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height);
}

const inside = (rect: Rect, bounds: Rect) =>
  rect.x >= bounds.x &&
  rect.y >= bounds.y &&
  rect.x + rect.width <= bounds.x + bounds.width &&
  rect.y + rect.height <= bounds.y + bounds.height;

/**
 * Rectangles bucketed by the grid cells they cover, so a query looks only at its neighbours:
 * placement stays linear in the number of labels for any spread-out layout.
 */
class RectGrid {
  private readonly cells = new Map<number, Rect[]>();
  constructor(private readonly cellSize: number) {}

  add(rect: Rect): void {
    const [x0, x1, y0, y1] = this.span(rect);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = cellKey(cx, cy);
        const cell = this.cells.get(key);
        if (cell) cell.push(rect);
        else this.cells.set(key, [rect]);
      }
    }
  }

  overlapsAny(rect: Rect): boolean {
    const [x0, x1, y0, y1] = this.span(rect);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const cell = this.cells.get(cellKey(cx, cy));
        if (cell) for (const other of cell) if (intersects(rect, other)) return true;
      }
    }
    return false;
  }

  private span(rect: Rect): [number, number, number, number] {
    const size = this.cellSize;
    return [
      Math.floor(rect.x / size),
      Math.floor((rect.x + rect.width) / size),
      Math.floor(rect.y / size),
      Math.floor((rect.y + rect.height) / size),
    ];
  }
}

/** Cell coordinates packed into one number: exact for any pixel position a map can have. */
const cellKey = (cx: number, cy: number) => cx * 0x200000 + cy;

/**
 * @param markerRadius half the marker's size, so labels clear every marker symbol
 * @param viewport labels must fit inside it (the map's visible area)
 * @param obstacles boxes no label may cover (the overlays on the map: key, inset, credits)
 * @returns the chosen side per id, or null where the label must be hidden
 */
export function placeLabels(
  requests: LabelRequest[],
  markerRadius: number,
  viewport?: Rect,
  obstacles: readonly Rect[] = [],
): Map<string, LabelSide | null> {
  const meanWidth = requests.reduce((sum, request) => sum + request.width, 0) / Math.max(1, requests.length);
  const grid = new RectGrid(Math.max(16, markerRadius * 2, meanWidth));
  for (const obstacle of obstacles) grid.add(obstacle);
  for (const { x, y } of requests) {
    grid.add({ x: x - markerRadius, y: y - markerRadius, width: markerRadius * 2, height: markerRadius * 2 });
  }
  const result = new Map<string, LabelSide | null>();
  for (const request of [...requests].sort((a, b) => a.priority - b.priority)) {
    const side = SIDES.find((candidate) => {
      const rect = labelRect(request, candidate, markerRadius);
      return (!viewport || inside(rect, viewport)) && !grid.overlapsAny(rect);
    });
    if (side) grid.add(labelRect(request, side, markerRadius));
    result.set(request.id, side ?? null);
  }
  return result;
}
