import { css } from 'lit';

/** The palette (../theme.styles.ts) applied to every part but the details (details.styles.ts), and forced colours. */
export const themeStyles = css`
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
  /* The details' colours are with their rules (details.styles.ts), which come with their code. */
  .timeline-step {
    color: var(--_muted);
  }
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
  .credits {
    background: color-mix(in srgb, var(--_surface) 90%, transparent);
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .summit-marker.highlighted .place-label {
      text-decoration-color: Highlight;
    }
  }
`;
