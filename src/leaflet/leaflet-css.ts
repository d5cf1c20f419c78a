// Leaflet's stylesheet as text, for adoption into a shadow root (a page-level <link> would not
// reach it). Its few images are inlined by Vite as data: URLs, so nothing is fetched.
import css from 'leaflet/dist/leaflet.css?inline';

export const leafletCss: string = css;
