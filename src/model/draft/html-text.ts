/**
 * The text of an HTML article, without a DOM (so it runs in Node and in a worker): headings and
 * blocks in order. Nothing of the markup survives: scripts, styles, embedded objects, comments and
 * every attribute (event handlers, links) are dropped, and entities are decoded into plain text.
 */

export interface TextBlock {
  /** 'headline' for <h1> (or <title> when there is none), 'subhead' for <h2>–<h4>. */
  kind: 'headline' | 'subhead' | 'text';
  text: string;
}

export interface HtmlText {
  blocks: TextBlock[];
  /** What was dropped that could have run: for the author's notice. */
  scripts: number;
  handlers: number;
}

/** Elements whose content is never article text. */
const SKIPPED =
  /<(script|style|noscript|template|svg|math|iframe|object|embed|canvas|select|button|textarea|nav|aside|footer|figcaption|form)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK = new Set(
  'p div h1 h2 h3 h4 h5 h6 li ul ol blockquote section article header main br tr td th table figure hr pre dd dt dl address title body head html'.split(
    ' ',
  ),
);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  oacute: 'ó',
  uacute: 'ú',
  iacute: 'í',
  ntilde: 'ñ',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  ccedil: 'ç',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  shy: '',
  zwj: '',
  zwnj: '',
};

/** Whether the input is HTML rather than plain text that happens to contain a "<". */
export function looksLikeHtml(input: string): boolean {
  return (
    /^\s*(<!doctype html|<html|<head|<body|<meta|<article|<p[\s>]|<div[\s>]|<h1[\s>]|<title>)/i.test(input) ||
    /<\/(p|div|h1|h2|article|body)>/i.test(input)
  );
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

export function htmlText(html: string): HtmlText {
  const scripts = (html.match(/<script\b/gi) ?? []).length;
  const handlers = (html.match(/<[^>]*\son[a-z]+\s*=/gi) ?? []).length + (html.match(/javascript:/gi) ?? []).length;
  let source = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  // Nested skipped elements of one name: repeat until nothing is left to drop.
  for (let before = ''; before !== source;) {
    before = source;
    source = source.replace(SKIPPED, ' ');
  }
  // An unclosed <script> or <style> hides everything after it, as a browser would.
  source = source.replace(/<(script|style)\b[\s\S]*$/i, ' ');
  const blocks: TextBlock[] = [];
  let title = '';
  let kind: TextBlock['kind'] = 'text';
  let inTitle = false;
  let text = '';
  const flush = () => {
    // HTML collapses white space; a no-break space is text and stays.
    const clean = decodeEntities(text.replace(/[ \t\r\n\f]+/g, ' ')).trim();
    if (clean) {
      if (inTitle) title ||= clean;
      else blocks.push({ kind, text: clean });
    }
    text = '';
  };
  const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>|<[^>]*>?/g;
  let at = 0;
  for (let match = TAG.exec(source); match; match = TAG.exec(source)) {
    text += source.slice(at, match.index);
    at = TAG.lastIndex;
    const name = match[2]?.toLowerCase();
    if (!name || !BLOCK.has(name)) continue;
    flush();
    const closing = match[1] === '/';
    if (name === 'title') inTitle = !closing;
    else if (!closing && name === 'h1') kind = 'headline';
    else if (!closing && /^h[2-4]$/.test(name)) kind = 'subhead';
    else if (closing && /^h[1-6]$/.test(name)) kind = 'text';
  }
  text += source.slice(at).replace(/<[\s\S]*$/, '');
  flush();
  if (title && !blocks.some((block) => block.kind === 'headline')) blocks.unshift({ kind: 'headline', text: title });
  return { blocks, scripts, handlers };
}
