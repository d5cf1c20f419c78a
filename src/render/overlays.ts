/**
 * Where <summit-map>'s overlays (controls, key, timeline, locator inset, credits) sit on a map of
 * a given size when its first view is framed, predicted from the element's stylesheet
 * (src/elements/summit-map-styles/) without a browser: the static renderer frames the first
 * view clear of the same boxes the live map measures (src/controllers/popup-clearance.ts), so
 * the picture and the live map agree. Only the boxes' edges that bound the clear area matter;
 * tests/e2e/first-view.test.ts checks the prediction against the element in Chromium.
 */
import { creditLine } from '../model/credit';
import { FOCUS_MAX_PLACES, storyFocus, type Rect } from '../model/framing';
import type { RankedPlace } from '../model/first-view';
import { INSET_BORDER, INSET_SIZE } from '../model/locator';
import type { MapSize } from '../model/map-view';
import { timelineOf } from '../model/timeline';
import type { Article, Position, Story } from '../model/types';
import { textWidth } from './text';

/** A map narrower than this is laid out for a phone (src/elements/summit-map.ts COMPACT_WIDTH). */
export const COMPACT_WIDTH = 600;

export interface OverlayOptions {
  /** The page's viewport is at most 600 px wide: the key's text is smaller (a media query of the element's styles). */
  narrowViewport?: boolean;
  /** The browser offers full screen (the toggle is shown). */
  fullscreen?: boolean;
}

/** The line of the credits strip, as the element writes it. */
export function creditsText(article: Article | undefined, compact: boolean): string {
  const quotes = compact ? (article?.publisher ?? creditLine(article)) : creditLine(article);
  return `${quotes ? `Quotes: ${quotes} · ` : ''}Map: Natural Earth`;
}

/** Whether the locator inset is shown: two or more points, some outside the first view's focus (locator-inset.ts). */
export function hasInset(ranked: readonly RankedPlace[]): boolean {
  const points = ranked.filter(({ place }) => place.geometry.type === 'Point');
  if (points.length < 2 || points.length > FOCUS_MAX_PLACES) return false;
  const focus = new Set(
    storyFocus(points.map(({ place, role }) => ({ id: place.id, position: place.geometry.coordinates as Position, order: role.order }))),
  );
  return points.some(({ place }) => !focus.has(place.id));
}

/** The inset's box with its border, as the element draws it (one size, model/locator.ts). */
const insetBox = (layout: keyof typeof INSET_SIZE): [number, number] => {
  const [width, height] = INSET_SIZE[layout];
  return [width + 2 * INSET_BORDER, height + 2 * INSET_BORDER];
};

const bold = (size: number) => ({ face: 'bold' as const, size });
const regular = (size: number) => ({ face: 'regular' as const, size });

/** The overlays' boxes in the map container's pixels, as the first view is framed (before "What happened next" loads). */
export function overlayBoxes(
  story: Story,
  article: Article | undefined,
  ranked: readonly RankedPlace[],
  size: MapSize,
  options: OverlayOptions = {},
): Rect[] {
  const { width: w, height: h } = size;
  const compact = w < COMPACT_WIDTH;
  const fullscreen = options.fullscreen ?? true;
  const boxes: Rect[] = [];
  const credit = creditsText(article, compact);
  const creditWidth = Math.min(w, textWidth(credit, regular(10.5)) + 12);
  const creditHeight = 10.5 * 1.35 + 4;
  const dates = timelineOf(story.places).length;
  const timelineLabel = (step: string, rest: string) =>
    textWidth(step.toUpperCase(), bold(10.5)) + step.length * 0.42 + (compact ? 4 + textWidth(` ${rest}`, regular(12.5)) : 0);
  if (compact) {
    // One row at the top: "show all" and full screen at the left; help, + and − at the right, left of the folded key.
    boxes.push({ x: 8, y: 8, width: 30, height: 30 });
    if (fullscreen) boxes.push({ x: 42, y: 8, width: 30, height: 30 });
    for (const right of [162, 130, 98]) boxes.push({ x: w - right, y: 8, width: 28, height: 30 });
    if (story.roles.length) {
      const fontSize = options.narrowViewport ? 11 : 12.5;
      const keyWidth = 16 + 1.042 * fontSize + textWidth('Key', bold(fontSize));
      boxes.push({ x: w - 8 - keyWidth, y: 8, width: keyWidth, height: 30 });
    }
    if (dates >= 2) {
      const label = timelineLabel('Timeline', `${dates} dates`);
      const width = Math.min(w - 180, 4 + 28 + 4 + label + 4 + 28);
      boxes.push({ x: w - 6 - width, y: h - 20 - 32, width, height: 32 });
    }
    boxes.push({ x: w - creditWidth, y: h - creditHeight, width: creditWidth, height: creditHeight });
    if (hasInset(ranked)) {
      const [width, height] = insetBox('narrow');
      boxes.push({ x: 8, y: h - 20 - height, width, height });
    }
    return boxes;
  }
  // A column at the top left: +, −, "Show all places", "Keyboard", full screen.
  const button = (text: string) => Math.max(32, textWidth(text, bold(12.5)) + 18);
  const column = [32, 32, button('Show all places'), button('Keyboard'), ...(fullscreen ? [32] : [])];
  column.forEach((width, i) => boxes.push({ x: 10, y: 10 + 36 * i, width, height: 32 }));
  if (dates >= 2) {
    const first = timelineOf(story.places)[0]!;
    const label = Math.max(
      timelineLabel('Timeline', ''),
      textWidth(`${dates} dates, from ${first.dateLabel ?? first.date}`, regular(12.5)),
    );
    const width = Math.min(360, w - 190, 4 + 30 + 6 + label + 6 + 30 + 4);
    boxes.push({ x: w - 10 - width, y: 10, width, height: 38 });
  }
  if (story.roles.length) {
    const rows = story.roles.length;
    const widest = Math.max(textWidth('Key', bold(12.5)) + 13, ...story.roles.map((role) => 22 + textWidth(role.label, regular(12.5))));
    const height = 12 + 15 + 4 + rows * 16 + (rows + 1) * 3;
    boxes.push({ x: 10, y: h - 24 - height, width: Math.min(w - 20, widest + 20), height });
  }
  boxes.push({ x: w - creditWidth, y: h - creditHeight, width: creditWidth, height: creditHeight });
  if (hasInset(ranked)) {
    const [width, height] = insetBox('wide');
    boxes.push({ x: w - 8 - width, y: h - 22 - height, width, height });
  }
  return boxes;
}
