// Leaflet's ES module build has the same API as the UMD build that @types/leaflet describes,
// but unlike `import L from 'leaflet'` it never writes `window.L`, so a host page's own
// Leaflet (or none) is left alone.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}

// Leaflet's tile layers, split off its module by scripts/vite-leaflet-slim.ts in the built files.
declare module 'virtual:summit-map/leaflet-tiles' {
  export { GridLayer, TileLayer, gridLayer, tileLayer } from 'leaflet';
}

// Leaflet's popups (with the Map and Layer methods that open them), split off its module by
// scripts/vite-leaflet-slim.ts in the built files: import it before opening or binding a popup.
declare module 'virtual:summit-map/leaflet-popups' {
  export { DivOverlay, Popup, popup, Tooltip, tooltip } from 'leaflet';
}
