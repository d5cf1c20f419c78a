import { css } from 'lit';

/** Print: what prints, the key as a caption, the map at its print size (map-view-controller.ts, `.printing`). */
export const printStyles = css`
  @media print {
    .touch-hint,
    .fullscreen-toggle {
      display: none;
    }
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
