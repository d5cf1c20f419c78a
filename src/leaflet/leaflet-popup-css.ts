// Leaflet's popup rules as text (./leaflet-popup.css), for the shadow root: loaded with the
// details' code (summit-map-styles/details.styles.ts), since a first view opens no popup.
import css from './leaflet-popup.css?inline';

export const leafletPopupCss: string = css;
