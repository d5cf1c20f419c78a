// The cluster index of a large story (Chromium): built in a module worker, which can be started
// ahead while the places are still parsed; an unused worker started ahead does not stay behind.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClusterIndex, warmClusterWorker } from '../../src/leaflet/cluster-index';
import { ITEM_STRIDE } from '../../src/leaflet/cluster-items';

/** Counts the workers the page starts and ends; they are real workers. */
function watchWorkers() {
  const RealWorker = window.Worker;
  const terminate = vi.spyOn(RealWorker.prototype, 'terminate');
  const counts = {
    started: 0,
    get terminated() {
      return terminate.mock.calls.length;
    },
  };
  class CountedWorker extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      counts.started++;
    }
  }
  vi.stubGlobal('Worker', CountedWorker);
  return counts;
}

// Three points near each other and one far away: at zoom 0 a cluster of three and a point.
const positions = new Float64Array([105.8, 21.0, 105.9, 21.1, 106.0, 21.0, -77.0, 38.9]);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ClusterIndex', () => {
  it('takes the worker started ahead instead of starting another, and answers from it', async () => {
    const counts = watchWorkers();
    warmClusterWorker();
    expect(counts.started).toBe(1);
    const index = new ClusterIndex(positions, 9);
    expect(counts.started).toBe(1);
    const items = await index.view([-180, -85, 180, 85], 0);
    const counted = [];
    for (let k = 0; k < items.length; k += ITEM_STRIDE) counted.push(items[k + 2]);
    expect(counted.sort()).toEqual([1, 3]);
    index.destroy();
    expect(counts.terminated).toBe(1);
  });

  it('ends a worker started ahead that no index takes within 30 s', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const counts = watchWorkers();
    warmClusterWorker();
    expect(counts.started).toBe(1);
    vi.advanceTimersByTime(29_000);
    expect(counts.terminated).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(counts.terminated).toBe(1);
    // Ended, it is not handed out: the next index starts a worker of its own.
    const index = new ClusterIndex(positions, 9);
    expect(counts.started).toBe(2);
    index.destroy();
  });
});
