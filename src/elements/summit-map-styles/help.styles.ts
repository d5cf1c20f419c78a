import { css } from 'lit';

/**
 * The keyboard help panel (summit-map.chrome.ts): adopted with its content (keyboard-help.ts) on
 * the first open, right after controls.styles.ts, which styles its close button with the others.
 */
export const helpStyles = css`
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
`;
