/**
 * Text measured without a browser: advance widths of the renderer's typeface (font-metrics.ts,
 * DejaVu Sans, the face Chromium's system-ui resolves to on Linux) summed per character, and
 * the glyph check that refuses to draw a character the typeface lacks rather than drop it.
 */
import { FACES, type FaceMetrics } from './font-metrics';

export type Face = keyof typeof FACES;

export interface TextStyle {
  face: Face;
  /** Pixels. */
  size: number;
}

const tables = new Map<Face, Map<number, number>>();

function advancesOf(face: Face): Map<number, number> {
  let table = tables.get(face);
  if (!table) {
    table = new Map();
    for (const [first, count, ...widths] of FACES[face].runs) for (let i = 0; i < count!; i++) table.set(first! + i, widths[i]!);
    tables.set(face, table);
  }
  return table;
}

export const metricsOf = (face: Face): FaceMetrics => FACES[face];

/** Width of `text` in pixels (no kerning: within a pixel for a place name). */
export function textWidth(text: string, { face, size }: TextStyle): number {
  const advances = advancesOf(face);
  const upem = FACES[face].upem;
  let units = 0;
  for (const char of text) units += advances.get(char.codePointAt(0)!) ?? upem / 2;
  return (units * size) / upem;
}

/** The characters of `text` the face has no glyph for (combining marks and spaces that render as nothing need none). */
export function missingGlyphs(text: string, face: Face): string[] {
  const advances = advancesOf(face);
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // Controls and joiners draw nothing in any font.
    if (code < 0x20 || code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfe0f) continue;
    if (!advances.has(code)) missing.add(char);
  }
  return [...missing];
}

/** "U+4E2D 中" for an error message. */
export const describeChar = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} “${char}”`;

/** The baseline of one line of text whose line box starts at `top` and is `lineHeight` tall, as CSS lays it out. */
export function baselineIn(top: number, lineHeight: number, { face, size }: TextStyle): number {
  const { upem, ascender, descender } = FACES[face];
  const ascent = (ascender / upem) * size;
  const content = ((ascender + descender) / upem) * size;
  return top + (lineHeight - content) / 2 + ascent;
}
