/**
 * The key and the credit of a picture (a card, a PNG or SVG file): the key lists each role with its
 * symbol, as the element's key does, in the lower left; the credit line names the article and the
 * basemap in the lower right. Their boxes are the overlays the picture's view is framed clear of.
 */
import type { Rect } from '../model/framing';
import type { Article, Role } from '../model/types';
import { creditsText } from './overlays';
import type { Palette } from './palette';
import { element, escapeXml, num } from './svg-writer';
import { symbolAt } from './symbols';
import { baselineIn, textWidth, type TextStyle } from './text';

const KEY_TITLE: TextStyle = { face: 'bold', size: 13 };
const KEY_TEXT: TextStyle = { face: 'regular', size: 13 };
const CREDIT_TEXT: TextStyle = { face: 'regular', size: 11 };
const ROW = 20;
const PAD = 10;
const MARGIN = 12;

export interface CardOverlays {
  /** The roles the key lists. */
  keyRoles: readonly Role[];
  boxes: Rect[];
  svg: string;
  /** Every text drawn, for the glyph check: [text, what it is]. */
  texts: [string, string][];
}

export function cardOverlays(
  roles: readonly Role[],
  article: Article | undefined,
  width: number,
  height: number,
  palette: Palette,
  fontFamily: string,
): CardOverlays {
  const boxes: Rect[] = [];
  const texts: [string, string][] = [];
  let svg = '';
  const text = (content: string, x: number, baseline: number, style: TextStyle, fill: string, extra: Record<string, string> = {}) =>
    element(
      'text',
      {
        x: num(x),
        y: num(baseline),
        fill,
        'font-size': String(style.size),
        ...(style.face === 'bold' ? { 'font-weight': '600' } : {}),
        ...extra,
      },
      escapeXml(content),
    );

  const credit = creditsText(article, false);
  texts.push([credit, 'the credit line']);
  const maxCredit = width - 2 * MARGIN - 12;
  // A long headline gives way (an ellipsis), as in the element's credit strip, so the map's credit always shows.
  const [quotes, map] = credit.includes(' · ') ? credit.split(' · ') : ['', credit];
  let creditLine = credit;
  for (let cut = quotes!.length - 1; cut > 8 && textWidth(creditLine, CREDIT_TEXT) > maxCredit; cut--) {
    creditLine = `${quotes!.slice(0, cut).trimEnd()}… · ${map}`;
  }
  const creditWidth = Math.min(maxCredit, textWidth(creditLine, CREDIT_TEXT) + 12);
  const creditHeight = 20;
  const credits = { x: width - creditWidth, y: height - creditHeight, width: creditWidth, height: creditHeight };
  boxes.push(credits);
  svg += element('rect', {
    x: num(credits.x),
    y: num(credits.y),
    width: num(credits.width),
    height: num(credits.height),
    fill: palette.surface,
    'fill-opacity': '0.9',
  });
  svg += text(creditLine, credits.x + 6, baselineIn(credits.y, creditHeight, CREDIT_TEXT), CREDIT_TEXT, palette.muted);

  if (roles.length) {
    texts.push(['Key', 'the key']);
    for (const role of roles) texts.push([role.label, `the key's label of role "${role.id}"`]);
    const inner = Math.max(textWidth('Key', KEY_TITLE), ...roles.map((role) => 24 + textWidth(role.label, KEY_TEXT)));
    const keyWidth = Math.ceil(inner + 2 * PAD);
    const keyHeight = PAD * 2 + ROW * (roles.length + 1);
    const key = { x: MARGIN, y: height - creditHeight - MARGIN - keyHeight, width: keyWidth, height: keyHeight };
    boxes.push(key);
    let rows = text('Key', key.x + PAD, baselineIn(key.y + PAD, ROW, KEY_TITLE), KEY_TITLE, palette.ink);
    roles.forEach((role, i) => {
      const top = key.y + PAD + ROW * (i + 1);
      rows += symbolAt(role.symbol, role.color, key.x + PAD, top + 2, 16);
      rows += text(role.label, key.x + PAD + 24, baselineIn(top, ROW, KEY_TEXT), KEY_TEXT, palette.ink);
    });
    svg += element('rect', {
      x: num(key.x),
      y: num(key.y),
      width: num(key.width),
      height: num(key.height),
      rx: '4',
      fill: palette.surface,
      'fill-opacity': '0.92',
      stroke: palette.line,
      'stroke-width': '1',
    });
    svg += rows;
  }
  return { keyRoles: roles, boxes, svg: element('g', { style: `font-family:${fontFamily}` }, svg), texts };
}
