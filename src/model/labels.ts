/**
 * Greedy label placement in screen pixels: each label, in priority order, takes the first
 * side of its marker (right, left, above, below) where it overlaps no marker and no label
 * placed before it. A label with no free side is hidden; its name stays in the marker's
 * accessible name, the popup and the legend.
 */
export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

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

export function labelRect(request: LabelRequest, side: LabelSide, markerRadius: number, gap = 3): Rect {
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

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const inside = (rect: Rect, bounds: Rect) =>
  rect.x >= bounds.x &&
  rect.y >= bounds.y &&
  rect.x + rect.width <= bounds.x + bounds.width &&
  rect.y + rect.height <= bounds.y + bounds.height;

/**
 * @param markerRadius half the marker's size, so labels clear every marker symbol
 * @param viewport labels must fit inside it (the map's visible area)
 * @returns the chosen side per id, or null where the label must be hidden
 */
export function placeLabels(requests: LabelRequest[], markerRadius: number, viewport?: Rect): Map<string, LabelSide | null> {
  const markers: Rect[] = requests.map(({ x, y }) => ({
    x: x - markerRadius,
    y: y - markerRadius,
    width: markerRadius * 2,
    height: markerRadius * 2,
  }));
  const placed: Rect[] = [];
  const result = new Map<string, LabelSide | null>();
  for (const request of [...requests].sort((a, b) => a.priority - b.priority)) {
    const side = SIDES.find((candidate) => {
      const rect = labelRect(request, candidate, markerRadius);
      if (viewport && !inside(rect, viewport)) return false;
      return !markers.some((marker) => overlaps(rect, marker)) && !placed.some((other) => overlaps(rect, other));
    });
    if (side) placed.push(labelRect(request, side, markerRadius));
    result.set(request.id, side ?? null);
  }
  return result;
}
