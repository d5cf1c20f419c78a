/**
 * Draws the offline basemap on its canvas: the sea, then land, tints, lakes, rivers and borders of the
 * world file (if it is here, except where detail tiles are drawn) and of the detail tiles, then the labels.
 * The files are pre-projected to Web Mercator zoom-0 pixels and turned into Path2D objects once
 * (basemap-paths.ts), so a redraw only sets the canvas transform (scale 2^zoom).
 */
import type { Map as LeafletMap, Point } from 'leaflet/dist/leaflet-src.esm.js';
import type { BasemapFile, BasemapLabel } from '../model/basemap-format';
import { parseTileKey, tileBounds, type PixelBounds } from '../model/basemap-tiles';
import type { Rect } from '../model/framing';
import { drawLabels } from './basemap-labels';
import type { RegionFiles } from './basemap-regions';
import { pathsOf } from './basemap-paths';
import type { CanvasView } from './leaflet-internals';

export interface BasemapColors {
  /** The open sea: the whole canvas is filled with it first, so that nothing in it is transparent
   * (Chrome prints a canvas's transparent pixels white, whatever is behind them). */
  sea: string;
  land: string;
  tint: string;
  border: string;
  /** Lakes. */
  water: string;
  /** Rivers and lake centre lines (detail tiles only). */
  river: string;
  label: string;
  waterLabel: string;
  /** States, provinces, islands and ranges (zoomed in only). */
  regionLabel: string;
}

/** What a basemap shows: its files and how to colour them. */
export interface BasemapDrawing {
  /** The land below detail (fetched only there, or where no detail could be). */
  world: BasemapFile | undefined;
  /** Names of countries and seas (labels.json). */
  labels: readonly BasemapLabel[];
  /** Detail tiles, by key. */
  tiles: ReadonlyMap<string, BasemapFile>;
  colors: BasemapColors;
  /** Country names (as world-atlas spells them) tinted as "in the story". */
  tint: ReadonlySet<string>;
  /** Region names (basemap-regions.ts), once zoomed in to them. */
  regions?: Pick<RegionFiles, 'draw'>;
  /**
   * What no name on the basemap goes under, in the map container's pixels: the places' markers and
   * labels (a place named as its country would be named twice, one over the other), the controls,
   * key, timeline, inset and credits.
   */
  obstacles?: readonly Rect[];
}

const BORDER_WIDTH = 0.6; // CSS pixels
const DETAIL_BORDER_WIDTH = 0.8;
/** Rivers (detail tiles only): thin enough to read as context under the markers and borders. */
const RIVER_WIDTH = 1.1; // CSS pixels

/** The part of the map in view (plus `padding` of it on each side), in zoom-0 pixels. */
export function viewBounds(map: LeafletMap, padding: number): PixelBounds {
  const size = map.getSize();
  const scale = 2 ** map.getZoom();
  const origin = map.getPixelOrigin();
  const min = map.containerPointToLayerPoint(size.multiplyBy(-padding)).add(origin);
  const max = map.containerPointToLayerPoint(size.multiplyBy(1 + padding)).add(origin);
  return [min.x / scale, min.y / scale, max.x / scale, max.y / scale];
}

/** Redraws the whole canvas for its view, with the files that have come (none: only the sea). */
export function drawBasemap(ctx: CanvasRenderingContext2D, view: CanvasView, drawing: BasemapDrawing): void {
  const { map, canvas, bounds, zoom } = view;
  const { world, colors } = drawing;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = colors.sea;
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  const ratio = canvas.width / Math.max(1, bounds.getSize().x);
  const scale = 2 ** zoom;
  const origin = map.getPixelOrigin();
  const offset = (bounds.min as Point).add(origin); // canvas (0, 0) in layer pixels at this zoom
  /** Sets the transform from file units (zoom-0 pixels × unit) to device pixels. */
  const useUnits = (unit: number) =>
    ctx.setTransform((ratio * scale) / unit, 0, 0, (ratio * scale) / unit, -ratio * offset.x, -ratio * offset.y);
  const tiles = [...drawing.tiles.values()];

  // The world file, except where detail tiles are drawn.
  ctx.save();
  if (world && tiles.length > 0) {
    useUnits(1);
    const clip = new Path2D();
    const view = viewBounds(map, 1);
    clip.rect(view[0], view[1], view[2] - view[0], view[3] - view[1]);
    for (const key of drawing.tiles.keys()) {
      const [x0, y0, x1, y1] = tileBounds(parseTileKey(key)!);
      clip.rect(x0, y0, x1 - x0, y1 - y0);
    }
    ctx.clip(clip, 'evenodd');
  }
  if (world) drawFiles(ctx, [world], drawing, useUnits, scale, BORDER_WIDTH);
  ctx.restore();
  drawFiles(ctx, tiles, drawing, useUnits, scale, DETAIL_BORDER_WIDTH);

  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const size = map.getSize();
  const topLeft = map.containerPointToLayerPoint([0, 0]).subtract(bounds.min as Point);
  const toScreen = (x: number, y: number): [number, number] => [x * scale - offset.x, y * scale - offset.y];
  const inView = { x: topLeft.x, y: topLeft.y, width: size.x, height: size.y };
  // From the map container's pixels to the canvas's.
  const onCanvas = (boxes: readonly Rect[] = []) => boxes.map((box) => ({ ...box, x: box.x + topLeft.x, y: box.y + topLeft.y }));
  const taken = onCanvas(drawing.obstacles);
  const names = drawLabels(ctx, drawing.labels, zoom, toScreen, inView, taken, {
    label: colors.label,
    waterLabel: colors.waterLabel,
    halo: colors.land,
    tintHalo: colors.tint,
    tint: drawing.tint,
  });
  // Region names come last (their own chunk): below the country and sea names and the story's own places.
  drawing.regions?.draw(ctx, drawing, world, tiles, zoom, toScreen, inView, [...names, ...taken]);
}

/** Land, then tints, then lakes, rivers and borders of all files, so a neighbour's margin never covers a lake. */
function drawFiles(
  ctx: CanvasRenderingContext2D,
  files: BasemapFile[],
  { colors, tint }: BasemapDrawing,
  useUnits: (unit: number) => void,
  scale: number,
  border: number,
): void {
  const paths = files.map((file) => ({ unit: file.unit, paths: pathsOf(file, tint) }));
  const fill = (color: string, pick: (p: ReturnType<typeof pathsOf>) => Path2D) => {
    ctx.fillStyle = color;
    for (const { unit, paths: p } of paths) {
      useUnits(unit);
      ctx.fill(pick(p));
    }
  };
  fill(colors.land, (p) => p.land);
  fill(colors.tint, (p) => p.tint);
  fill(colors.water, (p) => p.lakes);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.strokeStyle = colors.river;
  for (const { unit, paths: p } of paths) {
    useUnits(unit);
    ctx.lineWidth = (RIVER_WIDTH * unit) / scale;
    ctx.stroke(p.rivers);
  }
  ctx.strokeStyle = colors.border;
  for (const { unit, paths: p } of paths) {
    useUnits(unit);
    ctx.lineWidth = (border * unit) / scale;
    ctx.stroke(p.borders);
  }
}
