/**
 * Whether the page carries a map's first view (`summit-map render --html`, the story pages): such
 * a page paints it first, and the drop-in module starts nothing before that paint.
 */
export const pageCarriesFirstView = (): boolean => document.querySelector('summit-map > [slot="first-view"]') !== null;
