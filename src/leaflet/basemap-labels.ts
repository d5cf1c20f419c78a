/**
 * Country and sea names drawn on the basemap canvas, in screen pixels, at the zooms the world
 * file gives them; never one over another (src/model/basemap-labels.ts chooses which).
 */
import type { BasemapLabel } from '../model/basemap-format';
import { chooseBasemapLabels, type BasemapLabelCandidate } from '../model/basemap-labels';
import type { Rect } from '../model/framing';

export interface LabelStyle {
  label: string;
  waterLabel: string;
  /** Halo behind country names (the land colours), so borders do not cut through them. */
  halo: string;
  tintHalo: string;
  /** Tinted (story) countries are named first. */
  tint: ReadonlySet<string>;
}

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const COUNTRY_FONT = `600 11px ${FONT_FAMILY}`;
const SEA_FONT = `italic 11px ${FONT_FAMILY}`;
const OCEAN_FONT = `italic 13px ${FONT_FAMILY}`;
const LINE_HEIGHT = 13;

const fontOf = (label: BasemapLabel) => (label.kind === 'country' ? COUNTRY_FONT : /Ocean$/.test(label.text) ? OCEAN_FONT : SEA_FONT);

// Text widths depend only on text and font: measured once per page.
const widths = new Map<string, number>();
function widthOf(ctx: CanvasRenderingContext2D, label: BasemapLabel): number {
  const font = fontOf(label);
  const key = `${font}\n${label.text}`;
  let width = widths.get(key);
  if (width === undefined) {
    ctx.font = font;
    width = ctx.measureText(label.text).width;
    if (widths.size > 2000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/**
 * Draws the labels visible at `zoom`. `toScreen` maps zoom-0 pixels to canvas CSS pixels;
 * `view` is the visible part of the canvas and `taken` the boxes no name may go under (the places,
 * the overlays), in the same pixels. The context's transform must be CSS pixels (device pixel ratio
 * only). Returns the boxes of the names drawn (for the region names, which come after them).
 */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly BasemapLabel[],
  zoom: number,
  toScreen: (x: number, y: number) => [number, number],
  view: Rect,
  taken: readonly Rect[],
  style: LabelStyle,
): Rect[] {
  // The story's countries are named one zoom earlier than the rest: they are what the map is about.
  const isStory = (label: BasemapLabel) => label.kind === 'country' && style.tint.has(label.text);
  const shown = labels.filter((label) => zoom >= label.minZoom - (isStory(label) ? 1 : 0));
  const candidates: BasemapLabelCandidate[] = shown.map((label) => {
    const [x, y] = toScreen(label.x, label.y);
    const width = widthOf(ctx, label);
    return {
      box: { x: x - width / 2, y: y - LINE_HEIGHT / 2, width, height: LINE_HEIGHT },
      priority: (isStory(label) ? 0 : 1e6) + label.rank,
    };
  });
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const drawn: Rect[] = [];
  for (const { index, box } of chooseBasemapLabels(candidates, view, taken)) {
    const label = shown[index]!;
    drawn.push(box);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    ctx.font = fontOf(label);
    if (label.kind === 'country') {
      ctx.lineWidth = 3;
      ctx.strokeStyle = style.tint.has(label.text) ? style.tintHalo : style.halo;
      ctx.strokeText(label.text, x, y);
      ctx.fillStyle = style.label;
    } else ctx.fillStyle = style.waterLabel;
    ctx.fillText(label.text, x, y);
  }
  return drawn;
}
