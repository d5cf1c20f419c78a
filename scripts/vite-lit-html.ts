// Minifies the markup written in Lit's html`` templates, which no bundler touches.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import type { Plugin } from 'vite';

/**
 * The Lit team's plugin (@lit-labs/rollup-plugin-minify-html-literals: html-minifier-next on each
 * template, with its bindings held in place) on the project's own modules: whitespace between tags
 * collapsed, comments dropped. The css`` templates are left to scripts/vite-lit-css.ts, which keeps
 * their interpolations (the plugin's CSS minifier cannot parse a rule made of one). A template it
 * cannot parse fails the build rather than shipping as it is.
 */
export function litHtmlMinify(): Plugin {
  const plugin = minifyHtmlLiterals({
    include: ['**/src/**/*.ts'],
    failOnError: true,
    // html`` only: in an svg`` fragment it would read `<path />` as HTML and drop the `/`, which
    // nests the next sibling inside the path.
    options: { shouldMinify: (template) => template.tag === 'html', shouldMinifyCSS: () => false },
  });
  return {
    name: 'summit-map:lit-html-minify',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      // A module imported as text (`?raw`) is not code to minify.
      if (/[?&]raw\b/.test(id) || !/\b(?:html|svg)`/.test(code)) return null;
      const minify = plugin.transform as (this: unknown, code: string, id: string) => Promise<{ code: string } | null | undefined>;
      // Its source map (magic-string's) is dropped: the built modules ship without maps.
      return minify.call(this, code, id.split('?')[0]!).then((result) => (result ? { code: result.code, map: null } : null));
    },
  };
}
