import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SummitMap } from '../elements/summit-map';

interface CompanionHost extends ReactiveControllerHost, HTMLElement {
  for: string;
}

/**
 * Finds the <summit-map> a companion element names in its `for` attribute, in the same document
 * or shadow root, whether the map comes before or after the companion in the page; follows its
 * `summit-ready`, `summit-outcome` and `summit-select` events while the companion is connected.
 */
export class CompanionLinkController implements ReactiveController {
  /** The linked map once found (and upgraded), else undefined. */
  map?: SummitMap;

  /** The linked map's selection ('' without a map): the one source companions read it from. */
  get selected(): string {
    return this.map?.selected ?? '';
  }

  private readonly host: CompanionHost;
  private readonly onChange: () => void;
  private readonly extraListeners: Record<string, (event: Event) => void>;
  private observer?: MutationObserver;
  private linkedId = '';

  /**
   * @param onChange called when the map is found, draws data, gets its outcome layer, or changes its selection
   * @param extraListeners more of the map's events to follow while linked, by type
   */
  constructor(host: CompanionHost, onChange: () => void, extraListeners: Record<string, (event: Event) => void> = {}) {
    this.host = host;
    this.onChange = onChange;
    this.extraListeners = extraListeners;
    host.addController(this);
  }

  hostConnected(): void {
    this.relink();
  }

  hostDisconnected(): void {
    this.unlink();
  }

  hostUpdate(): void {
    if (this.host.for !== this.linkedId) this.relink();
  }

  private relink(): void {
    this.unlink();
    this.linkedId = this.host.for;
    if (!this.linkedId) return;
    if (!this.tryLink()) {
      // The map is not in the page yet: watch until it appears.
      const root = this.host.getRootNode() as Document | ShadowRoot;
      this.observer = new MutationObserver(() => {
        if (this.tryLink()) this.stopObserving();
      });
      this.observer.observe(root, { childList: true, subtree: true });
    }
  }

  private tryLink(): boolean {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const candidate = root.getElementById?.(this.linkedId);
    if (!candidate || candidate.localName !== 'summit-map') return false;
    // The element may not be upgraded yet (its module loads later): wait for the definition.
    void customElements.whenDefined('summit-map').then(() => {
      if (this.linkedId !== this.host.for || !this.host.isConnected) return;
      this.map = candidate as SummitMap;
      this.map.addEventListener('summit-ready', this.onChange);
      this.map.addEventListener('summit-outcome', this.onChange);
      this.map.addEventListener('summit-select', this.onChange);
      for (const [type, listener] of Object.entries(this.extraListeners)) this.map.addEventListener(type, listener);
      this.onChange();
    });
    return true;
  }

  private unlink(): void {
    this.stopObserving();
    this.map?.removeEventListener('summit-ready', this.onChange);
    this.map?.removeEventListener('summit-outcome', this.onChange);
    this.map?.removeEventListener('summit-select', this.onChange);
    for (const [type, listener] of Object.entries(this.extraListeners)) this.map?.removeEventListener(type, listener);
    this.map = undefined;
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
