/**
 * `summit-map render DIR --out FILE.png|FILE.svg [--width 1200 --height 630 --scale 2 --theme light|dark]`
 * draws a story folder (article.json and places.geojson) as a picture, by the map's own model code,
 * without a browser or the network (src/render/). `--html` prints instead the markup to paste inside
 * a page's `<summit-map>` tag: the map's first view, shown before the script runs and without it.
 * A story that fails `summit-map check` stops with its problems, and nothing is written.
 */
import { writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { firstViewMarkup } from '../../render/first-view-markup';
import { basemapFrom, checkRenderOptions, readStoryDir, renderStory, RenderError } from '../../render/node';
import type { ThemeName } from '../../render/palette';
import { checkedStory } from '../../render/story-check';
import { UsageError, type Io } from '../io';

const HELP = `Usage: summit-map render DIR --out FILE.png|FILE.svg [--width 1200] [--height 630] [--scale 2] [--theme light|dark]
       summit-map render DIR --html [--width 640] [--height 480] [--theme light|dark]

Draws the story in DIR (article.json and places.geojson) as the map's first view, with its key and
credit: PNG (the bundled DejaVu Sans typeface; a character it lacks is refused, never dropped) or SVG
(text kept as text). The same story gives the same bytes every time. --scale is device pixels per
CSS pixel of a PNG. A story that fails \`summit-map check\` is not drawn.

--html prints the markup to paste inside the page's <summit-map> tag, for a map of that size: the
first view as inline SVG, shown before the script runs (and without it), which the live map takes
over without a jump once it is drawn.`;

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new UsageError(`--${name} "${value}" is not a number.`);
  return parsed;
}

export async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        width: { type: 'string' },
        height: { type: 'string' },
        scale: { type: 'string' },
        theme: { type: 'string' },
        html: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${HELP}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`give one story folder.\n\n${HELP}`);
  const dir = resolve(io.cwd, positionals[0]!);
  const html = values.html ?? false;
  const out = values.out;
  if (!html && !out) throw new UsageError(`give --out FILE.png or FILE.svg, or --html.\n\n${HELP}`);
  if (html && out) throw new UsageError('give either --out or --html, not both.');
  const format = out ? extname(out).slice(1).toLowerCase() : undefined;
  if (out && format !== 'png' && format !== 'svg') throw new UsageError(`--out "${out}" should end in .png or .svg.`);
  if (html && values.scale !== undefined) throw new UsageError('--scale is for PNG pictures; the --html markup scales with its box.');
  const options = {
    width: number(values.width, 'width') ?? (html ? 640 : 1200),
    height: number(values.height, 'height') ?? (html ? 480 : 630),
    scale: number(values.scale, 'scale') ?? 2,
    theme: (values.theme ?? 'light') as ThemeName,
    format: format as 'png' | 'svg' | undefined,
  };
  const refused = checkRenderOptions(options);
  if (refused.length) throw new UsageError(refused.join('\n'));

  try {
    const files = readStoryDir(dir);
    if (html) {
      const { story, article } = await checkedStory(files.places, files.article);
      const markup = firstViewMarkup(
        story,
        article,
        basemapFrom(),
        [{ width: options.width, height: options.height, media: '' }],
        options.theme,
      );
      io.out(markup.map);
      return 0;
    }
    const started = performance.now();
    const rendered = await renderStory({ ...files, ...options });
    const file = resolve(io.cwd, out!);
    writeFileSync(file, rendered.data);
    const size =
      format === 'png' ? `${options.width * options.scale}×${options.height * options.scale} px` : `${options.width}×${options.height}`;
    io.err(
      `✓ ${relative(io.cwd, file) || file}: ${size}, ${rendered.data.length} bytes, drawn in ${Math.round(performance.now() - started)} ms.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    io.err(`${relative(io.cwd, join(dir)) || '.'}: ${error.message}`);
    return 2;
  }
}
