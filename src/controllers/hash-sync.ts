import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hashForPlace, placeIdFromHash } from '../model/selection';

interface HashSyncHost extends ReactiveControllerHost {
  syncHash: boolean;
}

/**
 * Keeps a selection in `location.hash` as `#place=<id>`: each selection is a history entry, so
 * the browser's Back returns to the previous one. Hashes for other purposes (`#top`) are never
 * read as selections. Listens to the window only while the host is connected.
 */
export class HashSyncController implements ReactiveController {
  private readonly host: HashSyncHost;
  private readonly onNavigate: (id: string) => void;

  /** @param onNavigate called with the place id ('' for none) after Back, Forward or a link. */
  constructor(host: HashSyncHost, onNavigate: (id: string) => void) {
    this.host = host;
    this.onNavigate = onNavigate;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onChange);
    window.addEventListener('hashchange', this.onChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onChange);
    window.removeEventListener('hashchange', this.onChange);
  }

  /** The place id in the hash now: null when there is none (or the hash is for something else). */
  read(): string | null {
    return this.host.syncHash ? placeIdFromHash(location.hash) : null;
  }

  /** Records a selection as a new history entry. */
  write(id: string): void {
    if (!this.host.syncHash) return;
    const current = placeIdFromHash(location.hash);
    if ((current ?? '') === id) return;
    const hash = hashForPlace(location.hash, id);
    history.pushState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  private readonly onChange = () => {
    if (!this.host.syncHash) return;
    const id = placeIdFromHash(location.hash);
    // Back to the entry before the first selection has no hash at all: nothing selected then.
    if (id !== null) this.onNavigate(id);
    else if (location.hash === '') this.onNavigate('');
  };
}
