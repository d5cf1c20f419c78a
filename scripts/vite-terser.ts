// Minifies the drop-in module's files with terser, for the fewest bytes a page downloads.
import type { Plugin } from 'vite';
import { minify, type MinifyOptions } from 'terser';

/**
 * Terser's options for the drop-in module. Measured on the bare map's first view (issue 17): about
 * 0.8 KB of gzip less than the bundler's own minifier (oxc) on the same code.
 *   passes: 3 lets each compression see what the last one left (inlined constants, dropped branches).
 *   unsafe_methods: `{ m: function () {} }` becomes `{ m() {} }`. Unsafe only for a method called
 *     with `new`; Leaflet's classes are the functions `Class.extend` makes, never object methods,
 *     and our code and Lit write methods so already.
 * No other "unsafe" option: pure_getters would drop reads such as `element.offsetWidth`, which
 * Leaflet makes for their side effect (a reflow before a transition).
 */
export const TERSER_OPTIONS: MinifyOptions = {
  module: true,
  ecma: 2020,
  compress: { passes: 3, unsafe_methods: true },
  format: { comments: false },
};

/** The Vite plugin: each chunk of a build whose own minifier is off, minified by terser as it is written. */
export function terserChunks(): Plugin {
  return {
    name: 'summit-map:terser',
    apply: 'build',
    async renderChunk(code, _chunk, options) {
      const result = await minify(code, { ...TERSER_OPTIONS, sourceMap: !!options.sourcemap });
      if (result.code === undefined) throw new Error('terser: no output');
      // terser gives the map as JSON text unless asked for an object.
      return { code: result.code, map: typeof result.map === 'string' ? result.map : null };
    },
  };
}
