import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element's palette: `auto` follows the reader's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

const WATCHED = ['(prefers-color-scheme: dark)', '(forced-colors: active)'];

/**
 * Tells its host when the reader's colour scheme or forced-colours mode changes, for what CSS
 * alone cannot repaint (the basemap's canvas). Changes of the host's `theme` the host sees itself.
 */
export class ColorSchemeController implements ReactiveController {
  private readonly onChange: () => void;
  private readonly queries = WATCHED.map((query) => window.matchMedia(query));

  constructor(host: ReactiveControllerHost, onChange: () => void) {
    this.onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    for (const query of this.queries) query.addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    for (const query of this.queries) query.removeEventListener('change', this.changed);
  }

  private readonly changed = () => this.onChange();
}
