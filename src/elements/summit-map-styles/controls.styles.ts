import { css } from 'lit';

/** The overlaid controls, the key (legend), credits, status, error banner and help panel (summit-map.chrome.ts). */
export const controlsStyles = css`
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
    border: 1px solid;
    border-radius: 4px;
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
  /*
   * One line. Short of room, the note on the offline view gives way first, then the quotes'
   * credit (with an ellipsis): the map's own credit always shows in full, and the source of the
   * quotes before the note (on a phone at the offline limit it showed as "Quot…"). Colours: theme.styles.ts.
   */
  .credits {
    position: absolute;
    right: 0;
    bottom: 0;
    z-index: 1000;
    display: flex;
    box-sizing: border-box;
    max-width: 100%;
    margin: 0;
    padding: 2px 6px;
    font-size: 10.5px;
    line-height: 1.35;
    overflow: hidden;
  }
  .credits span {
    flex: none;
    white-space: pre;
  }
  .credits span:first-child,
  .credits .offline-limit {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .credits .offline-limit {
    flex-shrink: 1000;
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
    border-radius: 4px;
    font-size: 13px;
  }
  /* In the controls' flow: below the column on a wide map, a row of its own on a phone. */
  .error {
    box-sizing: border-box;
    max-width: min(300px, calc(100vw - 20px));
    flex-basis: 100%;
    margin-top: 4px;
    display: flex;
    gap: 12px;
    align-items: flex-start;
    padding: 10px 12px;
    border: 1px solid;
    border-radius: 4px;
    font-size: 13.5px;
    line-height: 1.4;
  }
  .error p {
    flex: 1;
    margin: 0;
  }
  .help {
    position: absolute;
    top: 10px;
    left: 56px;
    z-index: 1002;
    max-width: min(340px, calc(100% - 66px));
    padding: 10px 14px;
    border: 1px solid;
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
  @media (max-width: 600px) {
    .legend {
      font-size: 11px;
      padding: 4px 8px;
    }
  }

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
`;
