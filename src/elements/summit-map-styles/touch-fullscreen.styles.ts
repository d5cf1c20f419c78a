import { css } from 'lit';

/** The touch hint and the full-screen toggle (touch-gestures.ts, fullscreen-controller.ts). */
export const touchAndFullscreenStyles = css`
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
`;
