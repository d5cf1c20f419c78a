/**
 * Custom Elements Manifest (https://custom-elements.github.io/custom-elements-manifest/) for the
 * npm package, generated from the elements' JSDoc (`@fires`, `@csspart`, `@cssprop`) and Lit
 * decorators by `npm run build`; `package.json` names it in `customElements`.
 */

/** `dispatchEvent(new SummitSelectEvent(…))` gives the analyzer an event without a name; the `@fires` tags name them all. */
function dropUnnamedEvents() {
  return {
    name: 'summit-map:drop-unnamed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/index.ts', 'src/define.ts', 'src/events.ts', 'src/elements/**/*.ts'],
  exclude: ['src/story-page.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the file itself; the analyzer would rewrite it on every build.
  packagejson: false,
  plugins: [dropUnnamedEvents()],
};
