// Minifies the stylesheets written in Lit's css`` templates, which no bundler touches.
import type { Plugin } from 'vite';

const TIGHT = new Set(['{', '}', ';', ',']);

/** A static piece of CSS without its comments and with no more whitespace than it needs. */
function minifyStatic(text: string, first: boolean, last: boolean): string {
  let out = '';
  let space = false; // whitespace seen since the last character written
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error('lit-css: unterminated comment');
      i = end + 1;
      space = true;
      continue;
    }
    if (/\s/.test(char)) {
      space = true;
      continue;
    }
    if (space) {
      // A space stays where it could matter: between two words or values, and next to an
      // interpolation, whose value is unknown here.
      const previous = out.at(-1);
      if (previous === undefined ? !first : !TIGHT.has(previous) && previous !== ':' && !TIGHT.has(char)) out += ' ';
      space = false;
    }
    if (char === '}' && out.endsWith(';')) out = out.slice(0, -1);
    if (char === '\\') {
      out += text.slice(i, i + 2);
      i += 1;
    } else if (char === "'" || char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end;
    } else {
      out += char;
    }
  }
  if (space && !last) out += ' ';
  return out;
}

/** Where the `${…}` starting at `start` ends (the index after its `}`). */
function interpolationEnd(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const char = code[i];
    if (char === '`' || char === "'" || char === '"') throw new Error('lit-css: strings inside a css`` interpolation are not supported');
    if (char === '{') depth += 1;
    if (char === '}' && --depth === 0) return i + 1;
  }
  throw new Error('lit-css: unterminated interpolation');
}

/**
 * Every css`…` template in a module's source, minified: comments dropped, whitespace collapsed
 * and removed around `{ } ; , :` (after a colon only, so a selector's ` :hover` keeps its space),
 * the last `;` of a block dropped. Strings, escapes and `${…}` interpolations are kept as written.
 */
export function minifyCssTemplates(code: string): string {
  let result = '';
  let from = 0;
  for (const match of code.matchAll(/\bcss`/g)) {
    const open = match.index + match[0].length;
    if (open <= from) continue;
    result += code.slice(from, open);
    let chunk = open;
    let i = open;
    let first = true;
    for (;;) {
      if (i >= code.length) throw new Error('lit-css: unterminated css`` template');
      const char = code[i];
      if (char === '\\') {
        i += 2;
      } else if (char === '`') {
        result += minifyStatic(code.slice(chunk, i), first, true) + '`';
        from = i + 1;
        break;
      } else if (char === '$' && code[i + 1] === '{') {
        const end = interpolationEnd(code, i + 1);
        result += minifyStatic(code.slice(chunk, i), first, false) + code.slice(i, end);
        first = false;
        chunk = i = end;
      } else {
        i += 1;
      }
    }
  }
  return result + code.slice(from);
}

/** The Vite plugin: minifies the css`` templates of the project's own modules. */
export function litCssMinify(): Plugin {
  return {
    name: 'summit-map:lit-css-minify',
    enforce: 'pre',
    transform(code, id) {
      // A module imported as text (`?raw`, e.g. a test reading the sources) is not code to minify.
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]!) || /[?&]raw\b/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
