import { css, unsafeCSS } from 'lit';
import { leafletCss } from '../leaflet/leaflet-css';
import { palette, textReset } from './theme.styles';

const summitCss = css`
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

  /* Markers: inline SVG symbol and a label placed by label-layout.ts. */
  .summit-marker {
    background: none;
    border: none;
    border-radius: 50%;
  }
  .summit-marker:focus-visible,
  .summit-route:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .place-marker {
    position: relative;
    width: 100%;
    height: 100%;
  }
  .place-marker .symbol {
    display: block;
    filter: drop-shadow(0 1px 1px rgb(0 0 0 / 0.35));
  }
  .place-label {
    position: absolute;
    white-space: nowrap;
    font: 600 12.5px/1.25 var(--_font);
    color: #16181a;
    pointer-events: none;
    text-shadow:
      0 0 2px #fff,
      0 0 2px #fff,
      0 0 3px #fff,
      0 0 4px #fff;
  }
  .place-label[data-side='right'] {
    left: calc(100% + 3px);
    top: 50%;
    transform: translateY(-50%);
  }
  .place-label[data-side='left'] {
    right: calc(100% + 3px);
    top: 50%;
    transform: translateY(-50%);
  }
  .place-label[data-side='top'] {
    bottom: calc(100% + 3px);
    left: 50%;
    transform: translateX(-50%);
  }
  .place-label[data-side='bottom'] {
    top: calc(100% + 3px);
    left: 50%;
    transform: translateX(-50%);
  }
  .place-label[data-side='none'] {
    visibility: hidden;
  }
  .summit-route {
    cursor: pointer;
  }
  /* Places in the paragraph being read: a ring around the symbol, and the label in bold ink. */
  .summit-marker.highlighted .symbol {
    filter: drop-shadow(0 0 0 #fff) drop-shadow(0 0 4px #f2b200) drop-shadow(0 0 2px #f2b200);
  }
  .summit-marker.highlighted .place-label {
    text-decoration: underline 2px #f2b200;
    text-underline-offset: 3px;
  }
  .summit-route.highlighted {
    stroke-width: 6px;
  }
  .summit-outcome {
    cursor: pointer;
  }
  .summit-outcome:focus-visible {
    outline: 3px solid var(--_focus);
  }

  /* Popups: content is DOM built in popup-content.ts. */
  .summit-leaflet-popup .leaflet-popup-content-wrapper {
    border-radius: 6px;
  }
  .summit-leaflet-popup .leaflet-popup-content {
    margin: 12px 14px;
    font: 14px/1.45 var(--_font);
  }
  .popup:focus {
    outline: none;
  }
  .popup:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }
  .popup-header {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .popup-title {
    flex: 1;
    margin: 0;
    font-size: 16px;
    line-height: 1.3;
  }
  .popup-close {
    border: 0;
    background: none;
    font-size: 20px;
    line-height: 1;
    padding: 0 4px;
    cursor: pointer;
    color: #444;
  }
  .popup-close:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .popup-role,
  .popup-site,
  .popup-credit {
    margin: 4px 0;
    color: #4a4f55;
    font-size: 12.5px;
  }
  .popup-role {
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 11px;
    font-weight: 600;
  }
  .popup-quotes {
    list-style: none;
    margin: 8px 0;
    padding: 0;
  }
  .popup-quote {
    display: flex;
    gap: 8px;
    align-items: baseline;
    margin: 6px 0;
  }
  .popup-quote blockquote {
    flex: 1;
    margin: 0;
    padding-left: 8px;
    border-left: 3px solid #c9c2b2;
    font-family: Georgia, 'Times New Roman', serif;
  }
  .popup-quote blockquote::before {
    content: '“';
  }
  .popup-quote blockquote::after {
    content: '”';
  }
  .popup-mentions {
    margin: 6px 0;
    font-size: 12.5px;
  }
  .popup-cite {
    border: 0;
    padding: 0 2px;
    background: none;
    font: inherit;
    color: #0b4f9c;
    text-decoration: underline;
    cursor: pointer;
  }
  .popup-cite:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .outcome-badge {
    margin: 0 0 6px;
    padding: 2px 6px;
    display: inline-block;
    border-radius: 3px;
    background: #ece8f6;
    color: #3e2f70;
    font-size: 11px;
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  .outcome-summary {
    margin: 6px 0;
  }
  .popup-paragraph {
    font-size: 11.5px;
    color: #5b6066;
    white-space: nowrap;
  }

  /* Overlaid controls, legend and credits. */
  .controls {
    position: absolute;
    top: 10px;
    left: 10px;
    z-index: 1000;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 4px;
  }
  .controls button,
  .error button,
  .help button {
    font: 600 14px/1 var(--_font);
    min-width: 32px;
    min-height: 32px;
    padding: 0 8px;
    border: 1px solid #8b8f94;
    border-radius: 4px;
    background: #fff;
    color: #16181a;
    cursor: pointer;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.2);
  }
  /* A narrow map keeps its controls in one wrapping row, so they cover less of it. */
  .controls {
    pointer-events: none;
  }
  .controls > * {
    pointer-events: auto;
  }
  .controls.compact {
    flex-direction: row;
    flex-wrap: wrap;
    top: 8px;
    left: 8px;
    /* Room for the folded key in the top-right corner. */
    max-width: calc(100% - 76px);
    gap: 4px;
  }
  .controls.compact button {
    min-height: 30px;
    font-size: 12px;
  }
  .controls button.fit,
  .controls button.help-toggle,
  .controls button.outcome-toggle {
    font-size: 12.5px;
  }
  .controls button[aria-pressed='true'] {
    background: #ece8f6;
    border-color: #5b4a8b;
    color: #3e2f70;
  }
  .timeline {
    position: absolute;
    top: 10px;
    right: 10px;
    z-index: 1000;
    display: flex;
    align-items: center;
    gap: 6px;
    max-width: min(360px, calc(100% - 190px));
    padding: 4px;
    background: rgb(255 255 255 / 0.95);
    border-radius: 4px;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.2);
  }
  .timeline button {
    flex: none;
    min-width: 30px;
    min-height: 30px;
    border: 1px solid #8b8f94;
    border-radius: 4px;
    background: #fff;
    cursor: pointer;
    font-size: 12.5px;
  }
  .timeline button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  .timeline button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .timeline-label {
    margin: 0;
    font-size: 12.5px;
    line-height: 1.3;
  }
  .timeline-step {
    display: block;
    font-size: 10.5px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: #5b6066;
  }
  .controls button:hover {
    background: #f1f3f4;
  }
  .controls button:focus-visible,
  .error button:focus-visible,
  .help button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .legend {
    position: absolute;
    left: 10px;
    bottom: 24px;
    z-index: 1000;
    margin: 0;
    padding: 6px 10px;
    list-style: none;
    background: rgb(255 255 255 / 0.92);
    border-radius: 4px;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.2);
    font-size: 12.5px;
    line-height: 1.2;
    max-width: calc(100% - 20px);
  }
  .legend summary {
    cursor: pointer;
    font-weight: 600;
  }
  .legend summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .legend ul {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 3px 0;
  }
  .legend .symbol {
    flex: none;
  }
  .credits {
    position: absolute;
    right: 0;
    bottom: 0;
    z-index: 1000;
    margin: 0;
    padding: 2px 6px;
    background: rgb(255 255 255 / 0.85);
    font-size: 10.5px;
    color: #3c4043;
    max-width: 100%;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .credits span + span::before {
    content: ' · ';
  }
  .status {
    position: absolute;
    top: 10px;
    right: 10px;
    z-index: 1000;
    margin: 0;
    padding: 4px 8px;
    background: #fff;
    border-radius: 4px;
    font-size: 13px;
  }
  .error {
    position: absolute;
    top: 10px;
    left: 56px;
    right: 10px;
    z-index: 1001;
    display: flex;
    gap: 12px;
    align-items: flex-start;
    padding: 10px 12px;
    background: #fff4e5;
    border: 1px solid #b26a00;
    border-radius: 4px;
    font-size: 13.5px;
    line-height: 1.4;
  }
  .error p {
    flex: 1;
    margin: 0;
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
  .help {
    position: absolute;
    top: 10px;
    left: 56px;
    z-index: 1002;
    max-width: min(340px, calc(100% - 66px));
    padding: 10px 14px;
    background: #fff;
    border: 1px solid #8b8f94;
    border-radius: 6px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font-size: 13px;
    line-height: 1.4;
  }
  .help[hidden] {
    display: none;
  }
  .help h2 {
    margin: 0 0 6px;
    font-size: 14px;
  }
  .help dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 3px 10px;
    margin: 0 0 8px;
  }
  .help dt {
    font-weight: 600;
  }
  .help dd {
    margin: 0;
  }
  /* A narrow map has its controls in a row at the top, so the timeline goes to the bottom. */
  .timeline.compact {
    top: auto;
    bottom: 20px;
    right: 6px;
    max-width: calc(100% - 180px);
  }
  @media (max-width: 600px) {
    .legend {
      font-size: 11px;
      padding: 4px 8px;
    }
  }
`;

/*
 * ==== First sight, phones and details (layout of the overlays, the locator inset, the details
 * card). Kept in one block; print and dark-mode rules live in their own blocks. ====
 */
const firstSightCss = css`
  /* A narrow map: the key folds into the top-right corner, across from the row of controls. */
  .legend.compact {
    top: 8px;
    right: 8px;
    left: auto;
    bottom: auto;
    padding: 0 8px;
    max-width: calc(100% - 16px);
  }
  .legend.compact summary {
    line-height: 30px;
  }
  .legend.compact[open] {
    padding-bottom: 6px;
  }
  .controls.compact button {
    padding: 0 6px;
  }
  .controls .zoom {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  /* A phone: one row at the top, the zoom buttons at its right end beside the key. */
  .controls.compact {
    right: 8px;
    max-width: none;
    flex-wrap: nowrap;
  }
  .controls.compact .zoom {
    position: absolute;
    right: 62px;
    top: 0;
    flex-direction: row;
  }
  .controls.compact button.fit svg {
    display: block;
    margin: auto;
  }
  .controls.compact button {
    min-width: 28px;
    min-height: 30px;
  }
  .controls.compact button.outcome-toggle {
    padding: 0 3px;
    font-size: 10.5px;
    overflow: hidden;
    /* The row keeps clear of the zoom group and the key: a long layer title takes two short lines. */
    order: 2;
    flex: 0 1 auto;
    max-width: 88px;
    white-space: normal;
    line-height: 1.05;
    text-align: center;
  }
  .controls.compact {
    box-sizing: border-box;
    padding-right: 166px;
  }
  .controls.compact .fullscreen-toggle {
    order: 1;
    flex: none;
  }
  .credits {
    box-sizing: border-box;
  }
  /* One line on a phone: the step and the date, cut short with an ellipsis. */
  .timeline.compact {
    padding: 2px;
    gap: 4px;
  }
  .timeline.compact .timeline-label {
    min-width: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    line-height: 1.2;
  }
  .timeline.compact .timeline-step {
    display: inline;
    margin-right: 4px;
  }
  .timeline.compact button {
    min-width: 28px;
    min-height: 28px;
  }

  /* The chosen place: a larger symbol with a ring, so the details and the place read together. */
  .summit-marker.chosen .symbol {
    transform: scale(1.3);
    filter: drop-shadow(0 0 0 #fff) drop-shadow(0 0 2px #16181a);
  }
  .summit-route.chosen {
    stroke-width: 6px;
  }

  /* The locator inset: a small world map with the places outside the first view. */
  .inset {
    position: absolute;
    right: 8px;
    bottom: 22px;
    z-index: 999;
    overflow: hidden;
    background: var(--summit-map-sea, #d9e6ef);
    border: 1px solid #8b8f94;
    border-radius: 4px;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.2);
  }
  .controls.compact ~ .inset {
    right: auto;
    left: 8px;
    bottom: 20px;
  }
  .inset-map {
    display: block;
    width: 100%;
    height: 100%;
  }
  .inset-land {
    fill: #f3f0e8;
    stroke: #a99f8c;
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
  }
  .inset-view {
    fill: rgb(179 38 30 / 0.18);
    stroke: #b3261e;
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  .inset-place {
    position: absolute;
    width: 18px;
    height: 18px;
    margin: -9px 0 0 -9px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    font: inherit;
    cursor: pointer;
    color: #16181a;
  }
  .inset-place:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .inset-place:hover .inset-label {
    text-decoration: underline;
  }
  .inset-dot {
    position: absolute;
    left: 50%;
    top: 50%;
    width: 7px;
    height: 7px;
    border: 1px solid #fff;
    border-radius: 50%;
    transform: translate(-50%, -50%);
  }
  .inset-label {
    position: absolute;
    white-space: nowrap;
    font: 600 10px/13px var(--_font);
    text-shadow:
      0 0 2px #fff,
      0 0 2px #fff,
      0 0 3px #fff;
  }
  .inset-place[data-side='right'] .inset-label {
    left: calc(50% + 7.5px);
    top: 50%;
    transform: translateY(-50%);
  }
  .inset-place[data-side='left'] .inset-label {
    right: calc(50% + 7.5px);
    top: 50%;
    transform: translateY(-50%);
  }
  .inset-place[data-side='top'] .inset-label {
    bottom: calc(50% + 7.5px);
    left: 50%;
    transform: translateX(-50%);
  }
  .inset-place[data-side='bottom'] .inset-label {
    top: calc(50% + 7.5px);
    left: 50%;
    transform: translateX(-50%);
  }
  .inset-place[data-side='none'] .inset-label {
    display: none;
  }

  /* The details card of a narrow map: over its lower part, above the timeline and credits. */
  .summit-card {
    box-sizing: border-box;
    position: absolute;
    left: 8px;
    right: 8px;
    z-index: 1001;
    overflow: auto;
    overscroll-behavior: contain;
    padding: 10px 12px;
    background: #fff;
    border-radius: 8px;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.3);
    font: 14px/1.4 var(--_font);
  }
  /* Leaflet gives every popup paragraph 17px margins; details keep their own rhythm. */
  .popup p {
    margin: 4px 0;
  }
  .summit-leaflet-popup .leaflet-popup-content .popup p {
    margin: 4px 0;
  }
  .summit-card .leaflet-popup-content,
  .summit-card .popup-quotes {
    margin: 4px 0;
  }
  .summit-card .popup-site {
    font-size: 12px;
    line-height: 1.3;
  }
  .summit-card .popup-role {
    margin: 2px 0;
  }
`;

/* The touch hint and the full-screen toggle (touch-gestures.ts, fullscreen-controller.ts). */
const touchAndFullscreenCss = css`
  .touch-hint {
    position: absolute;
    top: 50%;
    left: 50%;
    z-index: 1000;
    transform: translate(-50%, -50%);
    max-width: calc(100% - 40px);
    margin: 0;
    padding: 10px 16px;
    border-radius: 8px;
    background: rgb(0 0 0 / 0.75);
    color: #fff;
    font: 600 14px/1.3 var(--_font);
    text-align: center;
    /* Never in the way of a tap. */
    pointer-events: none;
    opacity: 0;
    visibility: hidden;
    transition:
      opacity 0.4s,
      visibility 0s 0.4s;
  }
  .touch-hint.visible {
    opacity: 1;
    visibility: visible;
    transition: opacity 0.15s;
  }
  .controls button.fullscreen-toggle {
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }
  .fullscreen-toggle svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  @media (prefers-reduced-motion: reduce) {
    .touch-hint,
    .touch-hint.visible {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .touch-hint {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
  @media print {
    .touch-hint,
    .fullscreen-toggle {
      display: none;
    }
  }
`;

/* ===== Theme, forced colours, print and text resets (theme branch; keep this block last) ===== */
const themeCss = css`
  /* The overlays are laid out for this size (textReset stops the rest of a host page's text settings). */
  :host {
    font-size: 14px;
    line-height: 1.3;
    background: var(--_sea);
  }
  .map {
    background: var(--_sea);
  }
  .place-label {
    color: var(--_ink);
    text-shadow:
      0 0 2px var(--_halo),
      0 0 2px var(--_halo),
      0 0 3px var(--_halo),
      0 0 4px var(--_halo);
  }
  .summit-leaflet-popup .leaflet-popup-content-wrapper,
  .summit-leaflet-popup .leaflet-popup-tip,
  .summit-card {
    background: var(--_surface);
    color: var(--_ink);
  }
  .popup-close {
    color: var(--_muted);
  }
  .popup-role,
  .popup-site,
  .popup-credit,
  .popup-paragraph,
  .timeline-step {
    color: var(--_muted);
  }
  .popup-quote blockquote {
    border-left-color: var(--_line);
  }
  .popup-cite {
    color: var(--_link);
  }
  .outcome-badge,
  .controls button[aria-pressed='true'] {
    background: var(--_later-bg);
    color: var(--_later-ink);
    border-color: var(--_later-line);
  }
  .controls button,
  .error button,
  .help button,
  .timeline button {
    background: var(--_surface);
    color: var(--_ink);
    border-color: var(--_line);
  }
  .controls button:hover,
  .timeline button:hover:not(:disabled) {
    background: var(--_hover);
  }
  .timeline,
  .legend {
    background: color-mix(in srgb, var(--_surface) 94%, transparent);
    color: var(--_ink);
  }
  .status,
  .help {
    background: var(--_surface);
    color: var(--_ink);
  }
  .help {
    border-color: var(--_line);
  }
  .error {
    background: var(--_warn-bg);
    border-color: var(--_warn-line);
    color: var(--_ink);
  }
  /* The quotes' credit gives way (with an ellipsis) so the map's own credit always shows in full. */
  .credits {
    box-sizing: border-box;
    display: flex;
    background: color-mix(in srgb, var(--_surface) 90%, transparent);
    color: var(--_muted);
    line-height: 1.35;
  }
  .credits span {
    flex: none;
    white-space: pre;
  }
  .credits span:first-child {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  @media (forced-colors: active) {
    .summit-marker.highlighted .place-label {
      text-decoration-color: Highlight;
    }
  }
  @media print {
    :host {
      height: var(--summit-map-print-height, 9.5cm) !important;
      min-height: 0;
      break-inside: avoid;
      print-color-adjust: exact;
    }
    .map {
      print-color-adjust: exact;
    }
    /* Nothing that only acts on screen prints; the locator inset neither: print frames every place. */
    .controls,
    .inset,
    .timeline,
    .help,
    .status,
    .error button,
    .leaflet-popup-pane,
    .summit-card {
      display: none !important;
    }
    /* The key prints open, as a caption of the map. */
    .legend {
      bottom: 22px;
      box-shadow: none;
      border: 1px solid var(--_line);
    }
    .legend::details-content {
      content-visibility: visible;
    }
    .legend summary {
      list-style: none;
      pointer-events: none;
    }
    .legend summary::-webkit-details-marker {
      display: none;
    }
  }
  /* While printing, the Leaflet map takes a fixed print size, centred, framed on every place;
     what lies beyond it still draws, and the element clips it. */
  .map.printing {
    inset: 0 auto auto 50%;
    width: var(--_print-width, 17cm);
    height: var(--summit-map-print-height, 9.5cm);
    margin-left: calc(var(--_print-width, 17cm) / -2);
  }
  @media print {
    .map.printing {
      overflow: visible;
    }
  }
`;

export const styles = [unsafeCSS(leafletCss), summitCss, palette, textReset, touchAndFullscreenCss, firstSightCss, themeCss];
