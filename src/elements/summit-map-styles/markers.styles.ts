import { css } from 'lit';

/** Markers, their labels, routes and outcome shapes on the map (place-layers.ts, marker-icon.ts, label-layout.ts). */
export const markerStyles = css`
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
  /* Under an overlay (label-layout.ts): not shown, not a target; a chosen or focused one always is. */
  .summit-marker.covered:not(.chosen):not(:focus-visible) {
    opacity: 0;
    pointer-events: none;
  }
  /* A leader from a fanned-out marker (place-fan.ts) back to where its place truly is. */
  .place-leader {
    stroke: var(--_ink);
    stroke-opacity: 0.75;
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
    pointer-events: none;
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
  /* The chosen place: a larger symbol with a ring, so the details and the place read together. */
  .summit-marker.chosen .symbol {
    transform: scale(1.3);
    filter: drop-shadow(0 0 0 #fff) drop-shadow(0 0 2px #16181a);
  }
  .summit-route.chosen {
    stroke-width: 6px;
  }
`;
