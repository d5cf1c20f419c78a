// Leaflet's stylesheet as text, for adoption into a shadow root (a page-level <link> would not
// reach it): only the rules summit-map's maps use (./leaflet-core.css, copied from Leaflet 1.9.4's
// leaflet.css), so no control images or tooltip styles ship with the element. The popups' rules
// (./leaflet-popup.css) are adopted with the details' code (summit-map-styles/details.styles.ts).
import css from './leaflet-core.css?inline';

export const leafletCss: string = css;
