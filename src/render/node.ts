/**
 * The renderer in Node: `renderStory` draws a story (its places and article JSON) to SVG or PNG
 * with the bundled typeface and the prepared basemap read from disk, no browser and no network.
 * PNG goes through resvg (@resvg/resvg-js, whose binaries come inside its npm packages), given
 * only the bundled fonts: it never falls back to the machine's, and the glyph check refuses any
 * character they lack before anything is drawn.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBasemapFile, parseDetailIndex, type BasemapFile } from '../model/basemap-format';
import { FACES, FONT_FAMILY } from './font-metrics';
import { PALETTES, THEMES, type ThemeName } from './palette';
import { renderSvg, RenderError, type BasemapSource, type RenderedSvg, type SvgOptions } from './render-svg';
import { checkedStory } from './story-check';

export { RenderError } from './render-svg';

export type RenderFormat = 'svg' | 'png';

export interface RenderStoryOptions {
  /** The places file's content (a GeoJSON FeatureCollection), parsed JSON. */
  places: unknown;
  /** The article file's content, parsed JSON (optional: a story without quotes). */
  article?: unknown;
  /** CSS pixels (default 1200 × 630, a social card). */
  width?: number;
  height?: number;
  /** Device pixels per CSS pixel of a PNG (default 2). */
  scale?: number;
  theme?: ThemeName;
  format?: RenderFormat;
  /** Folder of the prepared basemap (world.json, labels.json, detail/); by default the package's own. */
  basemapDir?: string;
}

export interface RenderedStory {
  format: RenderFormat;
  /** The file's bytes. */
  data: Buffer;
  width: number;
  height: number;
  scale: number;
  /** Where each point place is drawn, in CSS pixels of the picture. */
  markers: RenderedSvg['markers'];
}

export const SIZE_LIMITS = { min: 100, max: 4000 } as const;
export const SCALE_LIMITS = { min: 0.5, max: 4 } as const;

/** The folder above this module that holds `relative` (src/render/ in the repository, the package's folder when installed). */
function findUp(relative: string): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, relative))) return join(dir, relative);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The bundled fonts' files (assets/render-fonts/). */
export function fontFiles(): string[] {
  const dir = findUp('assets/render-fonts');
  if (!dir) throw new Error('The bundled fonts (assets/render-fonts/) are missing from the package.');
  return Object.values(FACES).map((face) => join(dir, face.file));
}

const worlds = new Map<string, BasemapFile>();

/** The prepared basemap from a folder, its detail tiles read when a view needs them. */
export function basemapFrom(dir?: string): BasemapSource {
  const folder = dir ?? findUp('geo/basemap/world.json')?.replace(/world\.json$/, '') ?? findUp('dist/summit-map-basemap');
  if (!folder || !existsSync(join(folder, 'world.json')))
    throw new Error(`The basemap is missing: no world.json in ${folder ?? 'the package'}.`);
  const read = (path: string) => JSON.parse(readFileSync(join(folder, path), 'utf8')) as unknown;
  let world = worlds.get(folder);
  // The names are a file of their own (the live map fetches them at every zoom, the world file only below detail).
  if (!world)
    worlds.set(folder, (world = { ...parseBasemapFile(read('world.json')), labels: parseBasemapFile(read('labels.json')).labels }));
  const detail = existsSync(join(folder, 'detail/index.json')) ? parseDetailIndex(read('detail/index.json')) : undefined;
  return {
    world,
    detail,
    tile: (key) => (existsSync(join(folder, `detail/${key}.json`)) ? parseBasemapFile(read(`detail/${key}.json`)) : undefined),
  };
}

/** Checks a picture's size, scale and theme; a plain message for each that is refused. */
export function checkRenderOptions(options: Pick<RenderStoryOptions, 'width' | 'height' | 'scale' | 'theme' | 'format'>): string[] {
  const problems: string[] = [];
  for (const key of ['width', 'height'] as const) {
    const value = options[key];
    if (value !== undefined && !(Number.isInteger(value) && value >= SIZE_LIMITS.min && value <= SIZE_LIMITS.max)) {
      problems.push(`The ${key} ${String(value)} is not a whole number of pixels from ${SIZE_LIMITS.min} to ${SIZE_LIMITS.max}.`);
    }
  }
  if (
    options.scale !== undefined &&
    !(Number.isFinite(options.scale) && options.scale >= SCALE_LIMITS.min && options.scale <= SCALE_LIMITS.max)
  ) {
    problems.push(`The scale ${String(options.scale)} is not a number from ${SCALE_LIMITS.min} to ${SCALE_LIMITS.max}.`);
  }
  if (options.theme !== undefined && !(THEMES as readonly string[]).includes(options.theme)) {
    problems.push(`The theme "${String(options.theme)}" is unknown: use ${THEMES.join(' or ')}.`);
  }
  if (options.format !== undefined && options.format !== 'svg' && options.format !== 'png') {
    problems.push(`The format "${String(options.format)}" is unknown: use svg or png.`);
  }
  return problems;
}

/** Draws a story to SVG or PNG. Throws a RenderError (its `problems` in plain words) for bad input. */
export async function renderStory(options: RenderStoryOptions): Promise<RenderedStory> {
  const problems = checkRenderOptions(options);
  if (problems.length) throw new RenderError('The picture was not drawn:', problems);
  const { width = 1200, height = 630, scale = 2, theme = 'light', format = 'png' } = options;
  const { story, article } = await checkedStory(options.places, options.article);
  const svgOptions: SvgOptions = { width, height, theme, overlays: 'card' };
  const rendered = renderSvg(story, article, basemapFrom(options.basemapDir), svgOptions);
  if (format === 'svg') {
    const data = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${rendered.svg}\n`, 'utf8');
    return { format, data, width, height, scale, markers: rendered.markers };
  }
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(rendered.svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: PALETTES[theme].sea,
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  });
  const data = Buffer.from(resvg.render().asPng());
  return { format, data, width, height, scale, markers: rendered.markers };
}

/** Reads a story folder: its places (*.geojson) and article (article.json, optional). */
export function readStoryDir(dir: string): { places: unknown; article?: unknown } {
  const parse = (file: string) => {
    try {
      return JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    } catch (error) {
      throw new RenderError('The story could not be read:', [
        `${join(dir, file)}: ${error instanceof Error ? error.message : String(error)}`,
      ]);
    }
  };
  const placesFile = ['places.geojson', 'places.json'].find((file) => existsSync(join(dir, file)));
  if (!placesFile) throw new RenderError('The story could not be read:', [`${dir} has no places.geojson.`]);
  return { places: parse(placesFile), article: existsSync(join(dir, 'article.json')) ? parse('article.json') : undefined };
}
