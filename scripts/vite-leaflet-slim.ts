// Leaflet without the parts summit-map never uses, in every Vite build that bundles Leaflet.
import type { Plugin } from 'vite';

/** The one Leaflet this was written against; another version fails the build until checked. */
const LEAFLET_VERSION = 'var version = "1.9.4";';

/**
 * Statements of leaflet-src.esm.js that only wire up features summit-map does not use. Each is
 * cut from `from` up to (not including) `to`; `from` must be found once (a leading line break
 * anchors it to a line start and stays), `to` after it.
 */
const CUTS: readonly { what: string; from: string; to: string }[] = [
  {
    // Map.locate() and its callbacks: the map never asks for the reader's position.
    what: 'geolocation',
    from: '\n\t// @section Geolocation methods\n',
    to: '\t// TODO Appropriate docs section?\n\t// @section Other Methods\n\t// @method addHandler(',
  },
  {
    // The Map methods that add controls, and the four empty corners the map makes for them as it
    // is created: the map checks for them before calling (`if (this._initControlPos)`).
    what: 'control corners',
    from: '\nMap.include({\n\t// @method addControl(',
    to: 'var Layers = Control.extend({',
  },
  {
    // Zoom, scale, layers and attribution controls (the element has its own buttons and credit
    // line and creates its map with zoomControl and attributionControl false).
    what: 'Leaflet controls',
    from: 'var Layers = Control.extend({',
    to: '/*\n\tL.Handler is a base class',
  },
  // The map uses Leaflet's default CRS (EPSG:3857) only.
  { what: 'unused CRSs', from: 'var EPSG3395 = extend({}, Earth, {', to: 'var EPSG4326 = extend({}, Earth, {' },
  { what: 'unused CRSs', from: 'var Simple = extend({}, CRS, {', to: 'CRS.Earth = Earth;' },
  { what: 'unused CRS registrations', from: 'CRS.EPSG3395 = EPSG3395;', to: 'CRS.EPSG3857 = EPSG3857;' },
  { what: 'unused CRS registrations', from: 'CRS.EPSG4326 = EPSG4326;\nCRS.Simple = Simple;\n', to: '\n/*\n * @class Layer' },
  {
    // toGeoJSON() on layers; the element reads GeoJSON itself.
    what: 'GeoJSON export methods',
    from: '\nMarker.include(PointToGeoJSON);',
    to: '// @namespace GeoJSON\n// @factory L.geoJSON(',
  },
  { what: 'GeoJSON statics', from: 'GeoJSON.geometryToLayer = geometryToLayer;', to: '/*\n * L.Handler.BoxZoom' },
  {
    // Tooltips' Map and Layer methods (the element draws its own labels); then nothing keeps the
    // Tooltip class.
    what: 'tooltips',
    from: '\nMap.include({\n\n\t// @method openTooltip(',
    to: '/*\n * @class DivIcon',
  },
  { what: 'WMS tile layers', from: 'TileLayer.WMS = TileLayerWMS;\ntileLayer.wms = tileLayerWMS;', to: '\n' },
  // Draggable markers: the element's markers are never dragged.
  { what: 'marker dragging', from: '\n\t\tif (MarkerDrag) {\n', to: '\t},\n\n\t// @method setOpacity(' },
  // A popup's own close button (written as HTML, which Trusted Types refuse): every popup the
  // element opens has closeButton false and a close button of its own (popup-content.ts).
  {
    what: 'popup close button',
    from: '\t\tif (this.options.closeButton) {\n\t\t\tvar closeButton = this._closeButton',
    to: '\t},\n\n\t_updateLayout: function () {',
  },
  // VML: Internet Explorer 8's vector graphics; every browser with custom elements has SVG. Its
  // element factory is made as the module loads, by probing `document.namespaces`: a thrown and
  // caught error, a millisecond or two before the first marker.
  { what: 'VML renderer', from: 'var vmlCreate = (function () {', to: 'var create = Browser.vml ? vmlCreate : svgCreate;' },
  { what: 'VML renderer', from: 'if (Browser.vml) {\n\tSVG.include(vmlMixin);\n}', to: '\n' },
  // The default marker icon (an image found through a probe of leaflet.css): every marker the
  // element makes has its own icon.
  { what: 'default marker icon', from: 'Icon.Default = IconDefault;', to: '\n' },
  // Long-press as contextmenu on iOS Safari: summit-map listens to no contextmenu.
  { what: 'tap-hold handler', from: "Map.addInitHook('addHandler', 'tapHold', TapHold);", to: '\n' },
  { what: 'tap-hold handler', from: 'Map.TapHold = TapHold;', to: '\n' },
];

/** Exact replacements: `from` must be found once. */
const REPLACEMENTS: readonly { what: string; from: string; to: string }[] = [
  { what: 'VML renderer', from: 'var create = Browser.vml ? vmlCreate : svgCreate;', to: 'var create = svgCreate;' },
  {
    // The VML probe (Internet Explorer 8): every browser with custom elements has SVG.
    what: 'VML probe',
    from: "var vml = !svg$1 && (function () {\n\ttry {\n\t\tvar div = document.createElement('div');\n\t\tdiv.innerHTML = '<v:shape adj=\"1\"/>';\n\n\t\tvar shape = div.firstChild;\n\t\tshape.style.behavior = 'url(#default#VML)';\n\n\t\treturn shape && (typeof shape.adj === 'object');\n\n\t} catch (e) {\n\t\treturn false;\n\t}\n}());",
    to: 'var vml = false;',
  },
  {
    // Opacity through Internet Explorer 8's filters; every browser with custom elements has `opacity`.
    what: 'old IE opacity',
    from: "\t} else if ('filter' in el.style) {\n\t\t_setOpacityIE(el, value);\n\t}",
    to: '\t}',
  },
  {
    // A console warning for plugins of Leaflet 0.7 that include L.Mixin.Events (read from window.L,
    // which the ES module never sets).
    what: 'deprecated mixin check',
    from: '\t\tcheckDeprecatedMixinEvents(props.includes);\n',
    to: '',
  },
  { what: 'default marker icon', from: '\t\ticon: new IconDefault(),\n', to: '' },
  {
    // Vector layers always use the SVG renderer (preferCanvas is never set), so the Canvas
    // renderer is not bundled. summit-map's basemap layer extends the Renderer base class.
    what: 'Canvas renderer',
    from: 'return (this.options.preferCanvas && canvas(options)) || svg(options);',
    to: 'return svg(options);',
  },
];

function indexOnce(code: string, text: string, from = 0): number {
  const at = code.indexOf(text, from);
  if (at < 0 || code.indexOf(text, at + 1) >= 0) return -1;
  return at;
}

/**
 * Removes the listed statements and marks Leaflet's class definitions (`X.extend({...})`,
 * `extend({}, ...)`) as free of side effects, so that the bundler drops every class nothing
 * reaches: image, video and SVG overlays, the default marker icon, GeoJSON, circles, rectangles,
 * the Canvas renderer, the extra CRSs. Throws if Leaflet's source is not the one this was written for, so an upgrade
 * fails loudly instead of shipping a broken map.
 */
export function slimLeaflet(source: string): string {
  let code = source.replace(/\r\n/g, '\n');
  if (!code.includes(LEAFLET_VERSION)) throw new Error('leaflet-slim: written for Leaflet 1.9.4; check the cuts against this version');
  for (const cut of CUTS) {
    const found = indexOnce(code, cut.from);
    const end = found < 0 ? -1 : code.indexOf(cut.to, found + cut.from.length);
    if (found < 0 || end < 0) throw new Error(`leaflet-slim: ${cut.what} not found as expected; check the Leaflet version`);
    const start = cut.from.startsWith('\n') ? found + 1 : found;
    code = code.slice(0, start) + code.slice(end);
  }
  for (const replacement of REPLACEMENTS) {
    const at = indexOnce(code, replacement.from);
    if (at < 0) throw new Error(`leaflet-slim: ${replacement.what} not found as expected; check the Leaflet version`);
    code = code.slice(0, at) + replacement.to + code.slice(at + replacement.from.length);
  }
  let classes = 0;
  code = code.replace(/^var (\w+) = (\w+\.extend\(|extend\(\{\}, )/gm, (_, name: string, call: string) => {
    classes += 1;
    return `var ${name} = /*#__PURE__*/ ${call}`;
  });
  if (classes < 40) throw new Error(`leaflet-slim: found ${classes} class definitions, expected Leaflet 1.9.4's 50 or so`);
  return code;
}

/**
 * Parts of Leaflet (slimmed) that a first view does not run, each split off the core into a module
 * of its own that the project imports only when it needs the part. `from`: the part's first
 * statement; `to`: the start of what follows it; `exports`: Leaflet's exports it declares.
 */
interface Part {
  what: string;
  /** The id the project imports the part by (declared in src/leaflet/leaflet-esm.d.ts). */
  module: string;
  resolved: string;
  exports: readonly string[];
  from: string;
  to: string;
}

export const PARTS: readonly Part[] = [
  {
    // A tenth of Leaflet's code, only drawn when a page opts into online tiles (online-tiles.ts).
    what: 'tile layers',
    module: 'virtual:summit-map/leaflet-tiles',
    resolved: '\0leaflet-tiles',
    exports: ['GridLayer', 'TileLayer', 'gridLayer', 'tileLayer'],
    from: 'var GridLayer = ',
    to: '/*\n * @class Renderer',
  },
  {
    // Popups (and the tooltips' class, which the cuts above leave unused), with the Map and Layer
    // methods that open them: first needed when a reader chooses a place (place-popups.ts) or an
    // outcome layer binds its popups (outcome-layer.ts), never by a first view.
    what: 'popups',
    module: 'virtual:summit-map/leaflet-popups',
    resolved: '\0leaflet-popups',
    exports: ['DivOverlay', 'Popup', 'popup', 'Tooltip', 'tooltip'],
    from: 'var DivOverlay = ',
    to: '/*\n * @class DivIcon',
  },
];
/** Core names a part imports are exported under this prefix, apart from Leaflet's own exports. */
const CORE_PREFIX = '__leafletCore_';

type Parse = (code: string) => { body: { type: string; id?: { name: string } | null; declarations?: { id: { name?: string } }[] }[] };

/**
 * Leaflet (slimmed) in several modules: the core, and each of PARTS. A part's code is moved out as
 * it is (its statements that extend Map or Layer run when its module is first imported); it
 * imports every top-level name of the core it may use (the bundler keeps only those it does),
 * which the core exports under a prefix.
 */
export function splitParts(slimmed: string, parse: Parse): { core: string; parts: Map<string, string> } {
  let core = slimmed;
  const blocks = PARTS.map((part) => {
    const start = indexOnce(core, part.from);
    const end = start < 0 ? -1 : core.indexOf(part.to, start);
    if (start < 0 || end < 0) throw new Error(`leaflet-slim: ${part.what} not found as expected; check the Leaflet version`);
    const block = core.slice(start, end);
    core = core.slice(0, start) + core.slice(end);
    return { part, block };
  });
  const exportList = /^export \{ ([^}]*) \};$/m;
  const listed = exportList.exec(core)?.[1]?.split(', ');
  const moved = PARTS.flatMap((part) => part.exports);
  if (!listed || !moved.every((name) => listed.includes(name))) throw new Error('leaflet-slim: split-off parts not exported as expected');
  core = core.replace(exportList, `export { ${listed.filter((name) => !moved.includes(name)).join(', ')} };`);

  const topLevel = (code: string) =>
    parse(code).body.flatMap((statement) =>
      statement.type === 'FunctionDeclaration' && statement.id
        ? [statement.id.name]
        : statement.type === 'VariableDeclaration'
          ? (statement.declarations ?? []).flatMap((declaration) => declaration.id.name ?? [])
          : [],
    );
  const shared = topLevel(core);
  core += `\nexport { ${shared.map((name) => `${name} as ${CORE_PREFIX}${name}`).join(', ')} };\n`;
  const parts = new Map(
    blocks.map(({ part, block }) => {
      const declared = new Set(topLevel(block));
      const imported = shared.filter((name) => !declared.has(name));
      return [
        part.resolved,
        `import { ${imported.map((name) => `${CORE_PREFIX}${name} as ${name}`).join(', ')} } from 'leaflet/dist/leaflet-src.esm.js';\n` +
          `${block}\nexport { ${part.exports.join(', ')} };\n`,
      ];
    }),
  );
  return { core, parts };
}

/**
 * The Vite plugin: applies `slimLeaflet` to Leaflet's ES module build and serves each of PARTS.
 * A build that bundles Leaflet splits the parts off (`splitParts`); the dev server (whose
 * dependency bundling skips this plugin) and the npm library build (which leaves Leaflet to the
 * user's bundler) re-export Leaflet's own.
 */
export function leafletSlim(): Plugin {
  let split = false;
  let parts: Map<string, string> | undefined;
  return {
    name: 'summit-map:leaflet-slim',
    configResolved(config) {
      split = config.command === 'build' && config.mode !== 'lib';
    },
    resolveId(id) {
      return PARTS.find((part) => part.module === id)?.resolved ?? null;
    },
    async load(id) {
      const part = PARTS.find((candidate) => candidate.resolved === id);
      if (!part) return null;
      if (!split) return `export { ${part.exports.join(', ')} } from 'leaflet/dist/leaflet-src.esm.js';`;
      // The core is transformed first: a part is only reached through it.
      if (!parts) await this.load({ id: (await this.resolve('leaflet/dist/leaflet-src.esm.js'))!.id });
      return parts!.get(id)!;
    },
    transform(code, id) {
      if (!id.includes('leaflet-src.esm.js')) return null;
      const slimmed = slimLeaflet(code);
      if (!split) return { code: slimmed, map: null };
      const result = splitParts(slimmed, (text) => this.parse(text) as unknown as ReturnType<Parse>);
      parts = result.parts;
      return { code: result.core, map: null };
    },
  };
}
