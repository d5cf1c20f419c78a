/**
 * The light and dark palettes shared by the three elements, as private custom properties
 * (`--_ink`, `--_sea`, …) on `:host`. Each reads a public `--summit-map-*` property first, so a
 * page can restyle any colour; the fallback is the palette of the element's theme: the `theme`
 * attribute (`light`, `dark`) when set, else the reader's `prefers-color-scheme` (`auto`).
 * Text colours meet WCAG AA on the surfaces they sit on, in both palettes.
 */
import { css } from 'lit';

const dark = css`
  color-scheme: dark;
  --_ink: var(--summit-map-ink, #e8e6e1);
  --_muted: var(--summit-map-muted, #b3b9bf);
  --_surface: var(--summit-map-surface, #23272b);
  --_hover: #30353a;
  --_line: var(--summit-map-line, #80878e);
  --_link: var(--summit-map-link, #94bcf6);
  --_link-hover: #c0d8fb;
  --_focus: var(--summit-map-focus, #8ab4f8);
  --_page: var(--summit-map-page, #16191c);
  --_host-background: var(--_page);
  --_current: var(--summit-map-current, #3b3222);
  --_accent: var(--summit-map-accent, #e5a93a);
  --_mark: #66501a;
  --_later-bg: #2a2539;
  --_later-ink: #cfc2f7;
  --_later-line: #9d8ce0;
  --_warn-bg: #3a2c12;
  --_warn-line: #d08a1a;
  --_sea: var(--summit-map-sea, #15232e);
  --_land: var(--summit-map-land, #2c3034);
  --_tint: var(--summit-map-tint, #3f3b30);
  --_border: var(--summit-map-border, #687078);
  --_water: var(--summit-map-water, var(--_sea));
  --_river: var(--summit-map-river, #4a7894);
  --_label: var(--summit-map-label, #bdb8ae);
  --_water-label: var(--summit-map-water-label, #8db0c7);
  --_region-label: var(--summit-map-region-label, #aea89d);
  --_halo: var(--summit-map-halo, #121517);
`;

export const palette = css`
  :host {
    color-scheme: light;
    --_ink: var(--summit-map-ink, #16181a);
    --_muted: var(--summit-map-muted, #4a4f55);
    --_surface: var(--summit-map-surface, #ffffff);
    --_hover: #f1f3f4;
    --_line: var(--summit-map-line, #8b8f94);
    --_link: var(--summit-map-link, #0b4f9c);
    --_link-hover: #073a73;
    --_focus: var(--summit-map-focus, #0b57d0);
    --_page: var(--summit-map-page, #fbfaf7);
    /* The article and list let a light page show through, but bring their own dark one. */
    --_host-background: transparent;
    --_current: var(--summit-map-current, #fff3d6);
    --_accent: var(--summit-map-accent, #b26a00);
    --_mark: #ffe58a;
    --_later-bg: #f6f4fb;
    --_later-ink: #3e2f70;
    --_later-line: #5b4a8b;
    --_warn-bg: #fff4e5;
    --_warn-line: #b26a00;
    --_sea: var(--summit-map-sea, #d9e6ef);
    --_land: var(--summit-map-land, #f3f0e8);
    --_tint: var(--summit-map-tint, #e9dcbf);
    --_border: var(--summit-map-border, #a99f8c);
    --_water: var(--summit-map-water, var(--_sea));
    --_river: var(--summit-map-river, #8fb4cf);
    --_label: var(--summit-map-label, #5f5749);
    --_water-label: var(--summit-map-water-label, #3f6a85);
    --_region-label: var(--summit-map-region-label, #665e50);
    --_halo: var(--summit-map-halo, #ffffff);
  }
  :host([theme='dark']) {
    ${dark}
  }
  /* Paper is light: \`auto\` prints in the light palette. */
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  /* Forced colours repaint text and boxes but not the basemap's canvas: draw it in system colours. */
  @media (forced-colors: active) {
    :host {
      --_sea: Canvas;
      --_land: Canvas;
      --_tint: Canvas;
      --_water: Canvas;
      --_river: GrayText;
      --_border: GrayText;
      --_label: CanvasText;
      --_water-label: GrayText;
      --_region-label: CanvasText;
      --_halo: Canvas;
    }
  }
`;

/**
 * A host page's inherited text settings stop at each element: their layouts are made for these
 * (a page's `line-height: 3` would otherwise grow the map's credit strip over its labels).
 */
export const textReset = css`
  :host {
    --_font: var(--summit-map-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    color: var(--_ink);
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }
`;
