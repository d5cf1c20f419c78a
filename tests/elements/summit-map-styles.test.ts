// The map's styles: one module per part (src/elements/summit-map-styles/), each holding the rules of
// its part only, and the element adopting every one of them in cascade order: the details' rules
// once a place is first chosen, with the details' code (a first view opens no details).
import type { CSSResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { SummitMap } from '../../src/elements/summit-map';
import { palette, textReset } from '../../src/elements/theme.styles';
import { cleanup, mountMap, popup, shadow, until } from './helpers';

const sources = import.meta.glob<string>('../../src/elements/summit-map-styles/*.styles.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const modules = import.meta.glob<Record<string, CSSResult>>('../../src/elements/summit-map-styles/*.styles.ts', { eager: true });

const name = (path: string) => path.replace(/^.*\/(.+)\.styles\.ts$/, '$1');

/** The classes (or `:host`, or bare elements) a part's selectors name; each rule of a part names one. */
const PARTS: Record<string, RegExp> = {
  host: /:host|^\.map\b|^button$|\.visually-hidden/,
  markers: /\.summit-marker|\.place-marker|\.place-label|\.place-leader|\.summit-route|\.summit-outcome/,
  details: /\.popup|\.summit-leaflet-popup|\.summit-card|\.outcome-badge|\.outcome-summary/,
  controls: /\.controls|\.legend|\.credits|\.status|\.error|\.help/,
  timeline: /\.timeline/,
  inset: /\.inset/,
  'touch-fullscreen': /\.touch-hint|\.fullscreen-toggle/,
  'first-view': /^\.first-view\b/,
};
/** These two restyle every part (colours; print), after the parts' own rules. */
const ACROSS_PARTS = ['theme', 'print'];
/** Adopted with the details' code, after the markers' rules (see SummitMap.adoptDetailsStyles). */
const LATER = ['details'];

/** Every selector of a module's CSS (rules' selectors split at commas; at-rules skipped). */
function selectors(source: string): string[] {
  const css = source.slice(source.indexOf('css`') + 4, source.lastIndexOf('`'));
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/([^{};]+)\{/g)]
    .map((match) => match[1].trim())
    .filter((selector) => !selector.startsWith('@'))
    .flatMap((selector) => selector.split(',').map((part) => part.trim()));
}

describe('summit-map styles', () => {
  it('has one module per part: markers and labels, details, controls and key, timeline, inset, touch and full screen, pre-rendered first view, theme, print', () => {
    expect(Object.keys(sources).map(name).sort()).toEqual([...Object.keys(PARTS), ...ACROSS_PARTS].sort());
  });

  for (const [path, source] of Object.entries(sources)) {
    const part = name(path);
    if (ACROSS_PARTS.includes(part)) continue;
    it(`${part}.styles.ts holds only rules of its part`, () => {
      const found = selectors(source);
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((selector) => !PARTS[part].test(selector))).toEqual([]);
    });
  }

  it('the element adopts every module once, in cascade order: the parts, then the theme, then print', () => {
    const list = SummitMap.styles as CSSResult[];
    const byName = Object.fromEntries(
      Object.entries(modules).map(([path, exports]) => [name(path), Object.values(exports).filter((value) => list.includes(value))]),
    );
    for (const [part, adopted] of Object.entries(byName))
      if (LATER.includes(part)) expect(adopted, part).toEqual([]);
      else expect(adopted.length, part).toBeGreaterThan(0);
    const index = (part: string) => list.indexOf(byName[part].at(-1)!);
    for (const part of Object.keys(PARTS).filter((part) => !LATER.includes(part))) expect(index(part)).toBeLessThan(index('theme'));
    expect(index('theme')).toBeLessThan(index('print'));
    expect(index('print')).toBe(list.length - 1);
    expect(list).toContain(palette);
    expect(list).toContain(textReset);
    expect(new Set(list).size).toBe(list.length);
  });

  it('the shadow root carries every module’s rules', async () => {
    const element = await mountMap();
    try {
      const adopted = shadow(element)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');
      for (const selector of [
        '.inset-place',
        '.touch-hint.visible',
        '.timeline.compact',
        '.legend.compact',
        '.map.printing',
        '.place-leader',
        '.first-view',
      ]) {
        expect(adopted).toContain(selector);
      }
      expect(adopted).not.toContain('.popup-header');
    } finally {
      cleanup();
    }
  });

  it('adopts the details’ rules (Leaflet’s popup rules, then ours) after the markers’ once a place is first chosen', async () => {
    const element = await mountMap();
    try {
      element.select('hanoi');
      await until(() => popup(element) !== null, 'details');
      const sheets = shadow(element).adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
      const at = (selector: string) => sheets.findIndex((text) => text.includes(selector));
      expect(at('.leaflet-popup-tip')).toBe(at('.summit-marker') + 1);
      expect(at('.popup-header')).toBe(at('.leaflet-popup-tip') + 1);
      expect(at('.popup-header')).toBeLessThan(at('.controls'));
      expect(sheets).toHaveLength((SummitMap.styles as CSSResult[]).length + 2);
      // Shown with them: the popup is laid out by Leaflet's rules (absolute, above its point).
      expect(getComputedStyle(shadow(element).querySelector('.leaflet-popup')!).position).toBe('absolute');
    } finally {
      cleanup();
    }
  });
});
