/**
 * The offline basemap as SVG, drawn as src/leaflet/basemap-layer.ts draws its canvas: sea, land,
 * the story's countries tinted, lakes, borders, then the country and sea names the model chooses
 * (model/basemap-labels.ts), from the same prepared files (model/basemap-format.ts) at the same
 * Web Mercator scale. Geometry is clipped to the picture, so a view of Vietnam carries Vietnam's
 * coast and not the world's.
 */
import type { BasemapFile, BasemapLabel, Ring } from '../model/basemap-format';
import { chooseBasemapLabels, type BasemapLabelCandidate } from '../model/basemap-labels';
import { parseTileKey, tileBounds } from '../model/basemap-tiles';
import type { Rect } from '../model/framing';
import { pixelOrigin, type MapView } from '../model/map-view';
import type { Palette } from './palette';
import { boxOf, clipLine, clipRing, pathData, type Flat } from './path-data';
import { element, escapeXml, num } from './svg-writer';
import { textWidth, type TextStyle } from './text';

/** Border widths of the world file and of detail tiles, in pixels (basemap-layer.ts). */
const BORDER_WIDTH = 0.6;
const DETAIL_BORDER_WIDTH = 0.8;
const LABEL_LINE_HEIGHT = 13;

export interface BasemapDrawing {
  world: BasemapFile;
  /** Detail tiles covering the view, by key ("z-x-y"), drawn instead of the world file where they are. */
  tiles: ReadonlyMap<string, BasemapFile>;
}

export interface BasemapSvgOptions {
  view: MapView;
  tint: ReadonlySet<string>;
  palette: Palette;
  /** The area drawn, in container pixels (the picture, or more of the map around it). */
  area: Rect;
  /** Decimals of coordinates. */
  digits: number;
  /** Points closer than this to the last kept one are skipped, in pixels. */
  minStep: number;
  /** Prefix of the ids this drawing defines (unique in a page). */
  idPrefix: string;
  /** The font-family value of the names. */
  fontFamily: string;
  /** Boxes no name may go under, in container pixels (the overlays or the card's key and credit, the places' markers and labels), as on the live map. */
  obstacles?: readonly Rect[];
}

const styleOf = (label: BasemapLabel): TextStyle =>
  label.kind === 'country' ? { face: 'bold', size: 11 } : { face: 'italic', size: /Ocean$/.test(label.text) ? 13 : 11 };

function screenRings(rings: readonly Ring[], unit: number, view: MapView, area: Rect, closed: boolean): Flat[] {
  const k = 2 ** view.zoom / unit;
  const origin = pixelOrigin(view);
  const out: Flat[] = [];
  for (const ring of rings) {
    const flat: Flat = new Array<number>(ring.length);
    for (let i = 0; i < ring.length; i += 2) {
      flat[i] = ring[i]! * k - origin.x;
      flat[i + 1] = ring[i + 1]! * k - origin.y;
    }
    const box = boxOf(flat);
    if (box.x > area.x + area.width || box.y > area.y + area.height || box.x + box.width < area.x || box.y + box.height < area.y) continue;
    if (closed) {
      const clipped = clipRing(flat, area);
      if (clipped.length >= 6) out.push(clipped);
    } else out.push(...clipLine(flat, area));
  }
  return out;
}

/** Land, then tints, then lakes, then borders of all the files, so a neighbour's margin never covers a lake. */
function fileLayers(files: readonly BasemapFile[], options: BasemapSvgOptions, borderWidth: number): string {
  const { view, area, digits, minStep, tint, palette } = options;
  const each = (pick: (file: BasemapFile) => readonly Ring[], closed = true) =>
    files.flatMap((file) => screenRings(pick(file), file.unit, view, area, closed));
  const countries = (tinted: boolean) => (file: BasemapFile) =>
    file.countries.filter((c) => tint.has(c.name) === tinted).flatMap((c) => c.rings);
  const layers = [
    [[...each((file) => file.land), ...each(countries(false))], palette.land],
    [each(countries(true)), palette.tint],
    [each((file) => file.lakes), palette.water],
  ] as const;
  let out = '';
  for (const [parts, color] of layers) {
    const d = pathData(parts, true, digits, minStep);
    if (d) out += element('path', { d, fill: color });
  }
  const borders = pathData(
    each((file) => file.borders, false),
    false,
    digits,
  );
  if (borders) {
    out += element('path', {
      d: borders,
      fill: 'none',
      stroke: palette.border,
      'stroke-width': String(borderWidth),
      'stroke-linejoin': 'round',
    });
  }
  return out;
}

/** The basemap's names: the model's choice at this zoom, story countries first (basemap-labels.ts). */
function labels(world: BasemapFile, options: BasemapSvgOptions): string {
  const { view, tint, palette } = options;
  const k = 2 ** view.zoom;
  const origin = pixelOrigin(view);
  const isStory = (label: BasemapLabel) => label.kind === 'country' && tint.has(label.text);
  const shown = world.labels.filter((label) => view.zoom >= label.minZoom - (isStory(label) ? 1 : 0));
  const candidates: BasemapLabelCandidate[] = shown.map((label) => {
    const width = textWidth(label.text, styleOf(label));
    const [x, y] = [label.x * k - origin.x, label.y * k - origin.y];
    return {
      box: { x: x - width / 2, y: y - LABEL_LINE_HEIGHT / 2, width, height: LABEL_LINE_HEIGHT },
      priority: (isStory(label) ? 0 : 1e6) + label.rank,
    };
  });
  const frame = { x: 0, y: 0, width: view.size.width, height: view.size.height };
  let out = '';
  for (const { index, box } of chooseBasemapLabels(candidates, frame, options.obstacles)) {
    const label = shown[index]!;
    const style = styleOf(label);
    // The canvas's textBaseline "middle": the em box's middle on the label point.
    const attributes = {
      x: num(box.x + box.width / 2),
      y: num(box.y + box.height / 2 + style.size * 0.35),
      'font-size': String(style.size),
      ...(label.kind === 'country'
        ? {
            'font-weight': '600',
            fill: palette.label,
            stroke: tint.has(label.text) ? palette.tint : palette.land,
            'stroke-width': '3',
            'stroke-linejoin': 'round',
            'paint-order': 'stroke',
          }
        : { 'font-style': 'italic', fill: palette.waterLabel }),
    };
    out += `<text${Object.entries(attributes)
      .map(([key, value]) => ` ${key}="${value}"`)
      .join('')}>${escapeXml(label.text)}</text>`;
  }
  return out ? element('g', { 'text-anchor': 'middle', style: `font-family:${options.fontFamily}` }, out) : '';
}

/** The basemap of a view as one SVG group (the sea is the picture's background, drawn by the caller). */
export function basemapSvg(drawing: BasemapDrawing, options: BasemapSvgOptions): string {
  const { view, area, idPrefix } = options;
  const tiles = [...drawing.tiles.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let out = '';
  if (tiles.length) {
    // The world file everywhere but where detail tiles are (an even-odd clip, as the canvas does).
    const k = 2 ** view.zoom;
    const origin = pixelOrigin(view);
    const rects = [`M${num(area.x)} ${num(area.y)}h${num(area.width)}v${num(area.height)}h${num(-area.width)}z`];
    for (const [key] of tiles) {
      const [x0, y0, x1, y1] = tileBounds(parseTileKey(key)!);
      rects.push(
        `M${num(x0 * k - origin.x)} ${num(y0 * k - origin.y)}H${num(x1 * k - origin.x)}V${num(y1 * k - origin.y)}H${num(x0 * k - origin.x)}z`,
      );
    }
    const clip = `${idPrefix}world-clip`;
    out += element('clipPath', { id: clip }, element('path', { d: rects.join(''), 'clip-rule': 'evenodd' }));
    out += element('g', { 'clip-path': `url(#${clip})` }, fileLayers([drawing.world], options, BORDER_WIDTH));
    out += fileLayers(
      tiles.map(([, tile]) => tile),
      options,
      DETAIL_BORDER_WIDTH,
    );
  } else out += fileLayers([drawing.world], options, BORDER_WIDTH);
  return out + labels(drawing.world, options);
}
