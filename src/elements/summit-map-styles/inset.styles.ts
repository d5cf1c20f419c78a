import { css } from 'lit';

/** The locator inset (locator-inset.ts). */
export const insetStyles = css`
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
`;
