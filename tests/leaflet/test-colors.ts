import type { BasemapColors } from '../../src/leaflet/basemap-draw';

/** Pure basemap colours for tests, so a pixel tells which fill it belongs to. */
export const TEST_COLORS: BasemapColors = {
  sea: '#808080',
  land: '#00ff00',
  tint: '#ffff00',
  border: '#000000',
  water: '#0000ff',
  river: '#0080ff',
  label: '#ff00ff',
  waterLabel: '#00ffff',
  regionLabel: '#808000',
};
