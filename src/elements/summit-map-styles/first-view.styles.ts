import { css } from 'lit';

/** The pre-rendered first view (first-view-controller.ts): over the map, under its overlays, until the map is drawn. */
export const firstViewStyles = css`
  .first-view {
    position: absolute;
    inset: 0;
    z-index: 998;
    overflow: hidden;
    pointer-events: none;
    background: var(--_sea, #d9e6ef);
  }
  /* The page's SVG (slot="first-view"), laid over the map's box at the same pixels. */
  .first-view ::slotted(svg) {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
`;
