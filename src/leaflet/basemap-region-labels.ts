/**
 * Region names (states, provinces, islands, ranges) drawn on the basemap canvas after the country
 * and sea names, in screen pixels: src/model/region-labels.ts chooses which, clear of those names,
 * of the places' markers and labels, of the overlays and of each other.
 */
import type { Rect } from '../model/framing';
import type { RegionLabel } from '../model/region-format';
import { chooseRegionLabels } from '../model/region-labels';

export interface RegionLabelStyle {
  color: string;
  /** Halo behind a name (the land colours), so borders and rivers do not cut through it. */
  halo: string;
  tintHalo: string;
  /** Whether a name lies in one of the story's (tinted) countries; undefined: the story has none. */
  inTint?: (label: RegionLabel) => boolean;
}

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
// States and provinces in spaced small capitals, lighter than the country names; physical regions
// in italics, as on printed atlases.
const REGION_FONT = `500 10px ${FONT_FAMILY}`;
const REGION_SPACING = '1px';
const FEATURE_FONT = `italic 11px ${FONT_FAMILY}`;
const LINE_HEIGHT = 13;

const textOf = (label: RegionLabel) => (label.kind === 'region' ? label.text.toUpperCase() : label.text);

function useFont(ctx: CanvasRenderingContext2D, label: RegionLabel): void {
  ctx.font = label.kind === 'region' ? REGION_FONT : FEATURE_FONT;
  ctx.letterSpacing = label.kind === 'region' ? REGION_SPACING : '0px';
}

// Text widths depend only on text and font: measured once per page.
const widths = new Map<string, number>();
function widthOf(ctx: CanvasRenderingContext2D, label: RegionLabel): number {
  const key = `${label.kind}\n${label.text}`;
  let width = widths.get(key);
  if (width === undefined) {
    useFont(ctx, label);
    width = ctx.measureText(textOf(label)).width;
    if (widths.size > 4000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/**
 * Draws the region names meant for `zoom`. `toScreen` maps zoom-0 pixels to canvas CSS pixels;
 * `view` is the visible part of the canvas and `taken` the boxes to keep clear, in the same
 * pixels. The context's transform must be CSS pixels (device pixel ratio only).
 */
export function drawRegionLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly RegionLabel[],
  zoom: number,
  toScreen: (x: number, y: number) => [number, number],
  view: Rect,
  taken: readonly Rect[],
  style: RegionLabelStyle,
): void {
  if (labels.length === 0) return;
  const chosen = chooseRegionLabels({
    labels,
    zoom,
    view,
    taken,
    // States and provinces of the story's own countries: others' would crowd its neighbours with names.
    inStory: style.inTint,
    boxOf: (label) => {
      const [x, y] = toScreen(label.x, label.y);
      const width = widthOf(ctx, label);
      return { x: x - width / 2, y: y - LINE_HEIGHT / 2, width, height: LINE_HEIGHT };
    },
  });
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.fillStyle = style.color;
  for (const { label, box } of chosen) {
    useFont(ctx, label);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    ctx.strokeStyle = style.inTint?.(label) ? style.tintHalo : style.halo;
    ctx.strokeText(textOf(label), x, y);
    ctx.fillText(textOf(label), x, y);
  }
  ctx.letterSpacing = '0px';
}
