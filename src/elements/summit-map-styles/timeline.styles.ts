import { css } from 'lit';

/** The timeline's stepper (summit-map.chrome.ts). */
export const timelineStyles = css`
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
    border-radius: 4px;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.2);
  }
  .timeline button {
    flex: none;
    min-width: 30px;
    min-height: 30px;
    border: 1px solid;
    border-radius: 4px;
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
  }
  /* A narrow map has its controls in a row at the top, so the timeline goes to the bottom. */
  .timeline.compact {
    top: auto;
    bottom: 20px;
    right: 6px;
    max-width: calc(100% - 180px);
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
`;
