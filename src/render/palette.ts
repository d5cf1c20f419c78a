/**
 * The element's light and dark palettes (src/elements/theme.styles.ts, the fallbacks of its
 * `--summit-map-*` properties) as plain colours, for pictures drawn without CSS.
 * tests/render/palette.test.ts holds them to the stylesheet.
 */
export type ThemeName = 'light' | 'dark';

export const THEMES: readonly ThemeName[] = ['light', 'dark'];

export interface Palette {
  sea: string;
  land: string;
  tint: string;
  border: string;
  water: string;
  label: string;
  waterLabel: string;
  halo: string;
  ink: string;
  muted: string;
  surface: string;
  line: string;
}

/** Keys are the stylesheet's private property names without `--_`. */
export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    sea: '#d9e6ef',
    land: '#f3f0e8',
    tint: '#e9dcbf',
    border: '#a99f8c',
    water: '#d9e6ef',
    label: '#5f5749',
    waterLabel: '#3f6a85',
    halo: '#ffffff',
    ink: '#16181a',
    muted: '#4a4f55',
    surface: '#ffffff',
    line: '#8b8f94',
  },
  dark: {
    sea: '#15232e',
    land: '#2c3034',
    tint: '#3f3b30',
    border: '#687078',
    water: '#15232e',
    label: '#bdb8ae',
    waterLabel: '#8db0c7',
    halo: '#121517',
    ink: '#e8e6e1',
    muted: '#b3b9bf',
    surface: '#23272b',
    line: '#80878e',
  },
};

/** The stylesheet's property for each palette key (water falls back to the sea). */
export const PROPERTY_OF: Record<keyof Palette, string> = {
  sea: '--_sea',
  land: '--_land',
  tint: '--_tint',
  border: '--_border',
  water: '--_water',
  label: '--_label',
  waterLabel: '--_water-label',
  halo: '--_halo',
  ink: '--_ink',
  muted: '--_muted',
  surface: '--_surface',
  line: '--_line',
};
