/**
 * Custom Elements Manifest (https://custom-elements.github.io/custom-elements-manifest/) for the
 * npm package, generated from the elements' JSDoc (`@fires`, `@csspart`, `@cssprop`) and Lit
 * decorators by `npm run build`; `package.json` names it in `customElements`.
 */

const declarationsOf = (manifest) => manifest.modules.flatMap((module) => module.declarations ?? []);

/** `dispatchEvent(new SummitSelectEvent(…))` gives the analyzer an event without a name; the `@fires` tags name them all. */
function dropUnnamedEvents() {
  return {
    name: 'summit-map:drop-unnamed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of declarationsOf(customElementsManifest)) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    },
  };
}

/** Types each event by its class in src/events.ts (`summit-select` → `SummitSelectEvent`), where that class exists. */
function typeEvents() {
  return {
    name: 'summit-map:type-events',
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Set(declarationsOf(customElementsManifest).map((declaration) => declaration.name));
      for (const declaration of declarationsOf(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          const className = `${event.name.replace(/(^|-)(\w)/g, (_, _dash, letter) => letter.toUpperCase())}Event`;
          if (!event.type && classes.has(className)) event.type = { text: className };
        }
      }
    },
  };
}

export default {
  // The elements (and any base class) live in src/elements/, their controllers and loaders in
  // src/controllers/ and src/loading/ (add a folder here if an element ever inherits public members
  // from elsewhere; tests/package/api-docs.test.ts would notice).
  globs: ['src/index.ts', 'src/define.ts', 'src/events.ts', 'src/elements/**/*.ts', 'src/controllers/**/*.ts', 'src/loading/**/*.ts'],
  exclude: ['src/story-page.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the file itself; the analyzer would rewrite it on every build.
  packagejson: false,
  plugins: [dropUnnamedEvents(), typeEvents()],
};
