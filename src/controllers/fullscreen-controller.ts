import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The element itself in full screen (the Fullscreen API): whether the page may use it, whether
 * the element is in it now, and the toggle. Escape leaves: the browser does it itself, and an
 * Escape the page receives while nothing inside used it (an open popup closes first) does too.
 * The map re-measures through MapViewController's ResizeController, as the element's size changes.
 */
export class FullscreenController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly onChange: () => void;

  /**
   * @param onChange called after the element entered or left full screen
   */
  constructor(host: ReactiveControllerHost & HTMLElement, onChange: () => void = () => {}) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
  }

  /** False where the API is missing or not allowed (an iframe without `allow="fullscreen"`, iPhone Safari). */
  get available(): boolean {
    return document.fullscreenEnabled === true && typeof this.host.requestFullscreen === 'function';
  }

  get active(): boolean {
    // The root node's view: a document names only the outermost shadow host in full screen.
    const root = this.host.getRootNode() as Document | ShadowRoot;
    return (root.fullscreenElement ?? null) === this.host;
  }

  toggle(): void {
    // Refused (no user gesture, or a permissions policy): nothing changes, and nothing to report.
    if (this.active) document.exitFullscreen().catch(() => {});
    else this.host.requestFullscreen().catch(() => {});
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  private readonly onFullscreenChange = () => {
    this.host.requestUpdate();
    this.onChange();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.active) return;
    event.preventDefault();
    this.toggle();
  };
}
