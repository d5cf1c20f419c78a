/**
 * A story drawn as SVG without a browser, a DOM or Leaflet, by the live map's own model code: the
 * first view (model/first-view.ts, framed clear of the overlays), the basemap with the story's
 * countries tinted, areas, routes, markers and labels placed by model/labels.ts, and the key and
 * credit. The same story and options give the same text every time.
 */
import type { BasemapFile, DetailIndex } from '../model/basemap-format';
import { levelAt, tilesCovering } from '../model/basemap-tiles';
import { firstView, rankPlaces } from '../model/first-view';
import type { Rect } from '../model/framing';
import { viewPixelBounds, type MapView } from '../model/map-view';
import { deepestZoom } from '../model/view-frame';
import type { Article, Story } from '../model/types';
import { basemapSvg } from './basemap-svg';
import { cardOverlays } from './card-overlays';
import { overlayBoxes } from './overlays';
import { PALETTES, type ThemeName } from './palette';
import { placesSvg, type PlacedMarker } from './places-svg';
import { element, escapeXml, num } from './svg-writer';
import { FONT_FAMILY } from './font-metrics';
import { describeChar, missingGlyphs, type Face } from './text';

/** The prepared basemap (geo/basemap/): the world file, and the detail tiles for closer views. */
export interface BasemapSource {
  world: BasemapFile;
  detail?: DetailIndex;
  /** A detail tile by id (its level's folder and "z-x-y", as "z6/6-50-28": the file detail/{id}.json); undefined when it cannot be read. */
  tile?: (key: string) => BasemapFile | undefined;
}

export interface SvgOptions {
  /** Size of the picture in CSS pixels. */
  width: number;
  height: number;
  theme: ThemeName;
  /**
   * `card`: a picture of its own, with its key and credit, framed clear of them.
   * `element`: the first view of a <summit-map> of this size, framed clear of the element's
   * overlays (which the element draws), for the page before its script runs.
   */
  overlays: 'card' | 'element';
  /** For `element`: the page's viewport is a phone's (at most 600 px wide). */
  narrowViewport?: boolean;
  /** CSS font-family of the text (default: the bundled typeface). */
  fontFamily?: string;
  /** Share of the size drawn beyond each edge, for a picture scaled into a box of another shape (default 0). */
  bleed?: number;
  /** Decimals of the basemap's coordinates (default 1). */
  digits?: number;
  /** The basemap's outlines skip points closer than this to the last, in pixels (default 0.5). */
  minStep?: number;
  /** Draw the basemap's detail tiles only from this zoom on, the world file alone below it (default: wherever the basemap has them). */
  detailFrom?: number;
  /** Prefix of ids defined in the SVG, unique within a page (default "summit-map-"). */
  idPrefix?: string;
  /** Extra attributes of the root <svg> element. */
  attributes?: Record<string, string>;
}

export interface RenderedSvg {
  svg: string;
  view: MapView;
  /** Every point place's marker in picture pixels, with its label's side (null: hidden). */
  markers: PlacedMarker[];
}

/** Input a picture cannot be drawn from: each problem in plain words. */
export class RenderError extends Error {
  readonly problems: string[];
  constructor(summary: string, problems: string[]) {
    super(`${summary}\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'RenderError';
    this.problems = problems;
  }
}

const DEFAULT_FONT = `'${FONT_FAMILY}', sans-serif`;

function detailTiles(source: BasemapSource, view: MapView): Map<string, BasemapFile> {
  const tiles = new Map<string, BasemapFile>();
  const index = source.detail;
  const level = index && levelAt(index.levels, view.zoom);
  if (!level || !source.tile) return tiles;
  for (const tile of tilesCovering(level.tiles, viewPixelBounds(view, 0.1))) {
    const file = source.tile(tile.key);
    if (file) tiles.set(tile.key, file);
  }
  return tiles;
}

/** Refuses, naming each, the characters of the story the bundled typeface cannot draw. */
export function checkGlyphs(texts: readonly (readonly [text: string, where: string, face: Face])[]): void {
  const problems: string[] = [];
  for (const [text, where, face] of texts) {
    for (const char of missingGlyphs(text, face))
      problems.push(`The typeface has no glyph for ${describeChar(char)} in ${where} (“${text}”).`);
  }
  if (problems.length)
    throw new RenderError('The picture was not drawn: some characters of the story cannot be drawn with the bundled typeface.', problems);
}

export function renderSvg(story: Story, article: Article | undefined, basemap: BasemapSource, options: SvgOptions): RenderedSvg {
  const { width, height, overlays } = options;
  if (!(width > 0 && height > 0)) throw new RenderError('The picture was not drawn.', [`The size ${width}×${height} is not a size.`]);
  const palette = PALETTES[options.theme];
  const fontFamily = options.fontFamily ?? DEFAULT_FONT;
  const idPrefix = options.idPrefix ?? 'summit-map-';
  const ranked = rankPlaces(story);
  // Leaflet measures its container in whole pixels; the overlays sit at the exact layout size.
  const size = { width: Math.round(width), height: Math.round(height) };
  let card = overlays === 'card' ? cardOverlays(story.roles, article, width, height, palette, fontFamily) : undefined;
  let obstacles: Rect[] = card
    ? card.boxes
    : overlayBoxes(story, article, ranked, { width, height }, { narrowViewport: options.narrowViewport });
  if (card) {
    checkGlyphs([
      ...ranked.map(({ place }) => [place.name, `the name of place "${place.id}"`, 'bold'] as const),
      ...card.texts.map(([text, where]) => [text, where, 'regular'] as const),
    ]);
  }
  const view = firstView(story, size, obstacles, {}, ranked) ?? { center: { x: 128, y: 128 }, zoom: 1, size };
  const bleed = options.bleed ?? 0;
  const area = { x: -width * bleed, y: -height * bleed, width: width * (1 + 2 * bleed), height: height * (1 + 2 * bleed) };
  const tint = new Set(story.tint);
  // As the live map: markers that coincide at its deepest zoom fan out; a picture of its own fans them at any zoom, as print does.
  const fan = overlays === 'card' || view.zoom >= deepestZoom(false, story.maxZoom) - 1e-9;
  const drawPlaces = () => placesSvg(ranked, { view, palette, obstacles, area, idPrefix, fontFamily, fan });
  let places = drawPlaces();
  // A card has no inset for the places outside it: its key lists only the symbols it shows. The
  // view stays the one framed clear of the whole key (the smaller key lies inside that box, in the
  // same corner); a place the smaller key no longer covers is drawn, and its symbol keyed.
  for (let pass = 0; card && pass < 2; pass++) {
    const shown = story.roles.filter((role) => places.shownRoles.has(role.id));
    if (shown.length === 0 || shown.length === card.keyRoles.length) break;
    card = cardOverlays(shown, article, width, height, palette, fontFamily);
    obstacles = card.boxes;
    places = drawPlaces();
  }
  const base = basemapSvg(
    { world: basemap.world, tiles: view.zoom >= (options.detailFrom ?? 0) ? detailTiles(basemap, view) : new Map() },
    {
      view,
      tint,
      palette,
      area,
      digits: options.digits ?? 1,
      minStep: options.minStep ?? 0.5,
      idPrefix,
      fontFamily,
      obstacles: [...obstacles, ...places.boxes],
    },
  );
  const names = ranked.map(({ place }) => place.name);
  const title = `Map${article?.headline ? ` for “${article.headline}”` : ''}: ${names.slice(0, 12).join(', ')}${names.length > 12 ? ` and ${names.length - 12} more places` : ''}.`;
  const defs = element(
    'defs',
    {},
    element(
      'filter',
      { id: `${idPrefix}shadow`, x: '-50%', y: '-50%', width: '200%', height: '200%' },
      element('feDropShadow', { dx: '0', dy: '1', stdDeviation: '0.5', 'flood-color': '#000000', 'flood-opacity': '0.35' }),
    ),
  );
  const content =
    `<title>${escapeXml(title)}</title>` +
    defs +
    element('rect', { x: num(area.x), y: num(area.y), width: num(area.width), height: num(area.height), fill: palette.sea }) +
    base +
    places.svg +
    (card?.svg ?? '');
  const svg = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: num(width, 2),
      height: num(height, 2),
      viewBox: `0 0 ${num(width, 2)} ${num(height, 2)}`,
      role: options.attributes?.['aria-hidden'] ? undefined : 'img',
      'font-family': fontFamily.includes('var(') ? undefined : fontFamily,
      ...options.attributes,
    },
    content,
  );
  return { svg, view, markers: places.markers };
}
