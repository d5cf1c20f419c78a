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
    /* Also before the print class is on (print media can come first): nothing that only acts on
       screen prints, nor the locator inset; the key prints open. */
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
    .legend::details-content {
      content-visibility: visible;
    }
    /* No reading highlight on paper: every place prints alike. */
    .summit-marker.highlighted .symbol,
    .summit-marker.chosen .symbol {
      transform: none;
      filter: none;
    }
    .summit-marker.highlighted .place-label {
      text-decoration: none;
    }
    /* A place with no room for its label prints a number, and the key under the map names it. */
    .summit-marker[data-number]::after {
      content: attr(data-number);
      position: absolute;
      left: 70%;
      top: -40%;
      min-width: 12px;
      padding: 0 2px;
      border-radius: 6px;
      background: #fff;
      border: 1px solid #16181a;
      color: #16181a;
      font: 700 9px/12px var(--_font);
      text-align: center;
    }
    .credits {
      bottom: 26px;
    }
    /* The key of numbered places takes the line under the map (.map.printing leaves it). */
    .print-key {
      position: absolute;
      left: 0;
      right: 0;
      bottom: 0;
      height: 26px;
      overflow: hidden;
      /* Over the basemap's canvas, which draws beyond the map's box in print. */
      z-index: 1000;
      background: #fff;
      display: flex;
      flex-wrap: wrap;
      gap: 2px 14px;
      margin: 0;
      padding: 0.2em 0 0 18px;
      font: 10px/1.3 var(--_font);
      color: #16181a;
    }
  }
  @media screen {
    .print-key {
      display: none;
    }
  }
  /* From beforeprint on (which browsers fire while the page still has its screen layout), the
     overlays are as they print, placed by the map's print box: the print framing and the labels,
     measured then, keep clear of what prints. Nothing that only acts on screen prints; the
     locator inset neither (print frames every place). The key prints open, as a caption. */
  .map.printing ~ :is(.controls, .inset, .timeline, .help, .status) {
    display: none !important;
  }
  .map.printing ~ .legend {
    inset: 8px calc(50% - var(--_print-width, 17cm) / 2 + 8px) auto auto;
    padding: 0 8px 6px;
    box-shadow: none;
    border: 1px solid var(--_line);
  }
  .map.printing ~ .legend::details-content {
    content-visibility: visible;
  }
  .map.printing ~ .legend summary {
    line-height: 30px;
    list-style: none;
    pointer-events: none;
  }
  .map.printing ~ .legend summary::-webkit-details-marker {
    display: none;
  }
  /* While printing, the Leaflet map takes a fixed print size, centred, framed on every place;
     what lies beyond it still draws, and the element clips it. */
  .map.printing {
    inset: 0 auto auto 50%;
    width: var(--_print-width, 17cm);
    /* Less a line under it for the key of numbered places (print-key.ts). */
    height: calc(var(--summit-map-print-height, 9.5cm) - 26px);
    margin-left: calc(var(--_print-width, 17cm) / -2);
  }
  @media print {
    .map.printing {
      overflow: visible;
    }
  }
`;
