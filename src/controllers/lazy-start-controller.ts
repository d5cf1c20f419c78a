import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How near the viewport an element must come to start, so it is drawn by the time it is seen. */
const ROOT_MARGIN_PX = 300;

/**
 * Starts a costly element (a map) only when it nears the viewport, so a page with several stays
 * cheap: `started` turns true once, and the host updates. An element in or near the viewport at
 * its first update starts within that update, with no wait for the observer; so does one that
 * has no box yet (a hidden one cannot say where it is), one that is `eager`, and every element
 * where IntersectionObserver is missing.
 */
export class LazyStartController implements ReactiveController {
  started = false;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly eager: () => boolean;
  private observer?: IntersectionObserver;

  /**
   * @param eager whether to start without waiting (asked at each update until started)
   */
  constructor(host: ReactiveControllerHost & HTMLElement, eager: () => boolean) {
    this.host = host;
    this.eager = eager;
    host.addController(this);
  }

  /**
   * Runs before the host renders, so its `update` and `updated` see `started` already; and before
   * the first render fills the shadow root, so measuring where the host is lays out little.
   */
  hostUpdate(): void {
    if (this.started) return;
    if (this.eager() || typeof IntersectionObserver === 'undefined' || this.isNearViewport()) {
      this.start(false);
      return;
    }
    if (this.observer) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.start(true);
      },
      // The element's own document as root: in an iframe the margin then extends the iframe's
      // viewport (with the implicit root it would extend only the top page's, and be clipped away).
      { root: this.host.ownerDocument, rootMargin: `${ROOT_MARGIN_PX}px` },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.stopObserving();
  }

  hostConnected(): void {
    // Re-attached before it started: watch again (after the next update).
    if (!this.started) this.host.requestUpdate();
  }

  private start(update: boolean): void {
    this.started = true;
    this.stopObserving();
    if (update) this.host.requestUpdate();
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private isNearViewport(): boolean {
    const box = this.host.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return true;
    const width = window.innerWidth || document.documentElement.clientWidth;
    const height = window.innerHeight || document.documentElement.clientHeight;
    return (
      box.bottom >= -ROOT_MARGIN_PX &&
      box.top <= height + ROOT_MARGIN_PX &&
      box.right >= -ROOT_MARGIN_PX &&
      box.left <= width + ROOT_MARGIN_PX
    );
  }
}
