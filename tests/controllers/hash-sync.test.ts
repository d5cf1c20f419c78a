// HashSyncController: a selection kept in location.hash as #place=<id>, one history entry per
// selection, Back and Forward reported to the host; other hashes are never read or changed.
import { LitElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HashSyncController } from '../../src/controllers/hash-sync';
import { cleanup, until } from '../elements/helpers';

class HashSyncHost extends LitElement {
  syncHash = true;
  readonly navigations: string[] = [];
  readonly hash = new HashSyncController(this, (id) => this.navigations.push(id));
}
customElements.define('hash-sync-host', HashSyncHost);

function mountHost(syncHash = true): HashSyncHost {
  const host = document.createElement('hash-sync-host') as HashSyncHost;
  host.syncHash = syncHash;
  document.body.append(host);
  return host;
}

/**
 * What the host was told, in order. One navigation fires both popstate and hashchange, and the
 * controller may pass on either or both: repeats in a row count once.
 */
const reported = (host: HashSyncHost) => host.navigations.filter((id, index, all) => index === 0 || all[index - 1] !== id);

/** Sets the hash as a link would, and waits until the browser has announced the change. */
async function followLink(hash: string): Promise<void> {
  const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await changed;
}

// A Back or Forward of the test before may still be announcing itself (popstate and hashchange
// arrive in later tasks): let it finish, so it is not reported to this test's host.
beforeEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  history.replaceState(null, '', location.pathname + location.search);
});
afterEach(() => {
  cleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('HashSyncController', () => {
  it('reads the place in the hash, and nothing from a hash for something else', () => {
    const host = mountHost();
    expect(host.hash.read()).toBeNull();
    history.replaceState(null, '', '#place=danang');
    expect(host.hash.read()).toBe('danang');
    history.replaceState(null, '', '#top');
    expect(host.hash.read()).toBeNull();
  });

  it('writes each new selection as a history entry, and the same selection once', async () => {
    const host = mountHost();
    host.hash.write('hanoi');
    expect(location.hash).toBe('#place=hanoi');
    host.hash.write('hanoi');
    host.hash.write('seoul');
    expect(location.hash).toBe('#place=seoul');
    expect(host.navigations).toEqual([]);
    history.back();
    await until(() => location.hash === '#place=hanoi', 'Back to Hanoi');
    // Hanoi, written twice, is one entry: the next Back leaves it.
    history.back();
    await until(() => location.hash === '', 'Back to before Hanoi');
    expect(reported(host)).toEqual(['hanoi', '']);
  });

  it('clearing the selection clears the place from the hash', () => {
    history.replaceState(null, '', '#place=seoul');
    mountHost().hash.write('');
    expect(location.hash).toBe('');
  });

  it('keeps the other parameters of the hash when it writes', () => {
    history.replaceState(null, '', '#view=map&place=seoul');
    mountHost().hash.write('danang');
    expect(location.hash).toBe('#view=map&place=danang');
  });

  it('Back and Forward report the selection of that entry, and no selection before the first', async () => {
    const host = mountHost();
    host.hash.write('hanoi');
    host.hash.write('seoul');
    history.back();
    await until(() => location.hash === '#place=hanoi' && reported(host).length === 1, 'Back to Hanoi');
    expect(reported(host)).toEqual(['hanoi']);
    history.back();
    await until(() => location.hash === '' && reported(host).length === 2, 'Back to no selection');
    expect(reported(host)).toEqual(['hanoi', '']);
    history.forward();
    await until(() => location.hash === '#place=hanoi' && reported(host).length === 3, 'Forward to Hanoi');
    expect(reported(host)).toEqual(['hanoi', '', 'hanoi']);
  });

  it('a link to #place=<id> is reported; a link to another hash is neither reported nor changed', async () => {
    const host = mountHost();
    await followLink('#place=pyongyang');
    expect(reported(host)).toEqual(['pyongyang']);
    await followLink('#top');
    expect(reported(host)).toEqual(['pyongyang']);
    expect(location.hash).toBe('#top');
    expect(host.hash.read()).toBeNull();
  });

  it('without syncHash it neither reads, writes nor reports', async () => {
    history.replaceState(null, '', '#place=danang');
    const host = mountHost(false);
    expect(host.hash.read()).toBeNull();
    host.hash.write('seoul');
    expect(location.hash).toBe('#place=danang');
    await followLink('#place=hanoi');
    expect(host.navigations).toEqual([]);
  });

  it('stops listening when the host leaves the page', async () => {
    const host = mountHost();
    host.remove();
    await followLink('#place=hanoi');
    expect(host.navigations).toEqual([]);
    document.body.append(host);
    await followLink('#place=seoul');
    expect(reported(host)).toEqual(['seoul']);
  });
});
