import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the hint stays before it fades, in milliseconds. */
const HINT_MS = 1500;

/**
 * The "Use two fingers to move the map" hint: shown when one finger swipes over the map (the
 * page scrolls instead), gone again after a moment. Only its visibility lives here.
 */
export class TouchHintController implements ReactiveController {
  visible = false;
  private readonly host: ReactiveControllerHost;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  show(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hide(), HINT_MS);
    if (this.visible) return;
    this.visible = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.hide();
  }

  private hide(): void {
    if (!this.visible) return;
    this.visible = false;
    this.host.requestUpdate();
  }
}
