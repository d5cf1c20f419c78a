// The build's own transforms (scripts/vite-leaflet-slim.ts, scripts/vite-lit-css.ts) and the part
// of Leaflet's stylesheet the element ships (src/leaflet/leaflet-core.css, leaflet-popup.css), checked against the
// installed Leaflet so that an upgrade fails here instead of shipping a broken map.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseSync } from 'rolldown/utils';
import { describe, expect, it } from 'vitest';
import { PARTS, slimLeaflet, splitParts } from '../../scripts/vite-leaflet-slim';
import { minifyCssTemplates } from '../../scripts/vite-lit-css';
import { ROOT } from './serve';

const require = createRequire(import.meta.url);
const leafletSource = readFileSync(require.resolve('leaflet/dist/leaflet-src.esm.js'), 'utf8');

describe('Leaflet without what summit-map does not use', () => {
  const slim = slimLeaflet(leafletSource);

  it('is still a module with every export, and leaves out controls, tooltips, GeoJSON export, geolocation and more', () => {
    const parsed = parseSync('leaflet-slim.js', slim);
    expect(parsed.errors).toEqual([]);
    const exports = (code: string) => /^export \{([^}]*)\}/m.exec(code)![1]!.trim();
    expect(exports(slim)).toBe(exports(leafletSource));
    for (const gone of [
      'var Layers = ',
      'var Attribution = ',
      'openTooltip:',
      'Marker.include(PointToGeoJSON)',
      'locate: function',
      'TileLayer.WMS = ',
      'Icon.Default = IconDefault',
      'var vmlCreate = ',
      'var vmlMixin = ',
      'new IconDefault()',
      '_initControlPos: function',
      'checkDeprecatedMixinEvents(props.includes)',
      '<v:shape',
      '_setOpacityIE(el, value);',
      'closeButton.innerHTML',
    ]) {
      expect(slim).not.toContain(gone);
    }
    // What the element uses stays: popups, the SVG renderer, tile layers, every handler it has.
    for (const kept of [
      'openPopup:',
      'var SVG = ',
      'var TileLayer = ',
      "'boxZoom', BoxZoom",
      "'keyboard', Keyboard",
      "'touchZoom', TouchZoom",
    ]) {
      expect(slim).toContain(kept);
    }
    expect(slim).toContain('var Map = /*#__PURE__*/ Evented.extend({');
  });

  it('splits the tile layers and the popups off the core, each a module that imports the core names it uses', () => {
    const { core, parts } = splitParts(slim, (code) => parseSync('part.js', code).program as never);
    const tiles = parts.get('\0leaflet-tiles')!;
    const popups = parts.get('\0leaflet-popups')!;
    for (const part of [core, tiles, popups]) expect(parseSync('part.js', part).errors).toEqual([]);
    for (const [code, declares] of [
      [tiles, 'var TileLayer = '],
      [popups, 'var Popup = '],
    ] as const) {
      expect(code).toContain(declares);
      expect(core).not.toContain(declares);
      expect(code).toMatch(/^import \{ __leafletCore_/);
    }
    // Opening popups (Map and Layer methods) comes with the popups' module, not before.
    expect(popups).toContain('openPopup:');
    expect(core).not.toContain('openPopup:');
    expect(PARTS.map((part) => part.module)).toEqual(['virtual:summit-map/leaflet-tiles', 'virtual:summit-map/leaflet-popups']);
  });

  it('fails loudly on another Leaflet: a different version, or a piece it cuts not found', () => {
    expect(() => slimLeaflet(leafletSource.replace('var version = "1.9.4";', 'var version = "1.9.5";'))).toThrow(/1\.9\.4/);
    expect(() => slimLeaflet(leafletSource.replace('Marker.include(PointToGeoJSON);', ''))).toThrow(/GeoJSON export methods/);
    expect(() => slimLeaflet(leafletSource.replace('(this.options.preferCanvas && canvas(options))', 'canvas(options)'))).toThrow(
      /Canvas renderer/,
    );
  });
});

describe('css`` templates minified', () => {
  it('drops comments and spaces but keeps strings, escapes, interpolations and descendant pseudo-classes', () => {
    const source = [
      'const a = css`',
      '  /* a comment */',
      "  :host([theme='dark']) {",
      '    ${dark}',
      '  }',
      '  .meta span + span::before {',
      "    content: ' · ';",
      '    font-family: Georgia, "Times New Roman", serif;',
      '  }',
      '  nav :focus-visible { outline: 3px solid var(--_focus, #0b57d0); }',
      '  /* \\`auto\\` prints light */',
      '  .x { width: calc(100% - ${gap}px); }',
      '`;',
      'const b = html`<p>  kept  </p>`;',
    ].join('\n');
    expect(minifyCssTemplates(source)).toBe(
      [
        "const a = css`:host([theme='dark']){ ${dark} }.meta span + span::before{content:' · ';font-family:Georgia,\"Times New Roman\",serif}",
        'nav :focus-visible{outline:3px solid var(--_focus,#0b57d0)}.x{width:calc(100% - ${gap}px)}`;\n',
        'const b = html`<p>  kept  </p>`;',
      ].join(''),
    );
  });
});

describe("the element's part of Leaflet's stylesheet", () => {
  // Rules compared without comments, spaces and case, quotes alike (Prettier formats ours).
  const rules = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, '')
      .replace(/"/g, "'")
      .toLowerCase()
      .split('}')
      .filter(Boolean);

  it("is made of Leaflet 1.9.4's own rules, as they are there (the popups' in a file of their own)", () => {
    const leaflet = new Set(rules(readFileSync(require.resolve('leaflet/dist/leaflet.css'), 'utf8')));
    const ours = rules(readFileSync(join(ROOT, 'src/leaflet/leaflet-core.css'), 'utf8'));
    const popups = rules(readFileSync(join(ROOT, 'src/leaflet/leaflet-popup.css'), 'utf8'));
    expect(ours.length).toBeGreaterThan(30);
    expect(popups.length).toBeGreaterThan(8);
    expect([...ours, ...popups].filter((rule) => !leaflet.has(rule))).toEqual([]);
    expect(ours.filter((rule) => rule.includes('.leaflet-popup') && !rule.includes('.leaflet-popup-pane'))).toEqual([]);
  });
});
