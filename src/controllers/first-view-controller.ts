import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

interface FirstViewHost extends ReactiveControllerHost, HTMLElement {}

/** The reader's own moves that end the picture at once: the live map answers them. */
const READER_EVENTS = ['pointerdown', 'wheel', 'keydown', 'focusin', 'touchstart'] as const;

/**
 * The first view a page pre-rendered into the element's light DOM (an SVG with
 * `slot="first-view"`, see src/render/first-view-markup.ts): shown over the live map, through a
 * slot, until that map is fully drawn at the same pixels (its basemap painted, after its markers
 * and labels), then dropped in one frame. Anything that makes the picture stale ends it at once: a
 * move or zoom of the view (by the reader or by code, such as the article following), the
 * reader's first touch, key or click, an error.
 */
export class FirstViewController implements ReactiveController {
  private readonly host: FirstViewHost;
  private present = false;
  private cancelMoved = () => {};

  constructor(host: FirstViewHost) {
    this.host = host;
    host.addController(this);
  }

  /** Whether the pre-rendered picture is shown. */
  get shown(): boolean {
    return this.present;
  }

  hostConnected(): void {
    this.present = !!this.host.querySelector(':scope > [slot="first-view"]');
    if (!this.present) return;
    for (const type of READER_EVENTS) this.host.addEventListener(type, this.release, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    this.release();
  }

  /**
   * The live first view is set: from now on, any move of it (`onceMoved` as the view gives it)
   * ends the picture.
   */
  watch(onceMoved: (callback: () => void) => () => void): void {
    if (!this.present) return;
    this.cancelMoved();
    this.cancelMoved = onceMoved(this.release);
  }

  /** The live map has taken over: the picture goes. */
  readonly release = (): void => {
    this.cancelMoved();
    this.cancelMoved = () => {};
    for (const type of READER_EVENTS) this.host.removeEventListener(type, this.release, { capture: true });
    if (!this.present) return;
    this.present = false;
    this.host.requestUpdate();
  };

  template() {
    return this.present
      ? html`<div class="first-view" part="first-view" aria-hidden="true"><slot name="first-view"></slot></div>`
      : nothing;
  }
}
