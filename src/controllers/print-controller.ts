import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PrintHandlers {
  /** Printing is about to start (or print media was switched on): prepare the printed look. */
  start: () => void;
  /** Printing ended: restore the screen. */
  end: () => void;
}

/**
 * Calls `start` once before printing and `end` once after. Browsers announce printing by
 * `beforeprint`/`afterprint`, and print media (also when emulated) by a `print` media query change;
 * either may come first, so repeats are ignored.
 */
export class PrintController implements ReactiveController {
  private readonly handlers: PrintHandlers;
  private readonly media = window.matchMedia('print');
  private printing = false;

  constructor(host: ReactiveControllerHost, handlers: PrintHandlers) {
    this.handlers = handlers;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.begin);
    window.addEventListener('afterprint', this.finish);
    this.media.addEventListener('change', this.onMediaChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.begin);
    window.removeEventListener('afterprint', this.finish);
    this.media.removeEventListener('change', this.onMediaChange);
    this.printing = false;
  }

  private readonly onMediaChange = (event: MediaQueryListEvent) => (event.matches ? this.begin() : this.finish());

  private readonly begin = () => {
    if (this.printing) return;
    this.printing = true;
    this.handlers.start();
  };

  private readonly finish = () => {
    if (!this.printing) return;
    this.printing = false;
    this.handlers.end();
  };
}
