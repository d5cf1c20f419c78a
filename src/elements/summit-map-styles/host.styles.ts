import { css, unsafeCSS } from 'lit';
import { leafletCss } from '../../leaflet/leaflet-css';

/** Leaflet's own stylesheet, first: every rule after it may override it. */
export const leafletStyles = unsafeCSS(leafletCss);

/** The element's box, the map pane, its buttons' typeface and the visually hidden helper. */
export const hostStyles = css`
  :host {
    --_focus: var(--summit-map-focus, #0b57d0);
    display: block;
    position: relative;
    height: var(--summit-map-height, 480px);
    min-height: 240px;
    overflow: hidden;
    font-family: var(--_font);
    contain: layout paint;
  }
  :host([hidden]) {
    display: none;
  }
  .map {
    position: absolute;
    inset: 0;
    background: var(--summit-map-sea, #d9e6ef);
    font-family: var(--_font);
  }
  .map:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  /*
   * The element's typeface, not the browser's own for controls. On a wide map the first view's
   * text comes in three sizes (14, 12.5 and 10.5 px) and two weights, the inset's (drawn after it)
   * apart: each other size or weight is one more font to set up before that view can be laid out.
   */
  button {
    font-family: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
