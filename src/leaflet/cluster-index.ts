/**
 * The clusters of a large story, asked for asynchronously: built and queried in a module worker
 * so building them never freezes the page; on the main thread when a worker cannot start (an old
 * browser, a Content-Security-Policy or Trusted Types forbidding it, the script on another origin).
 */
import type { ClusterQueries } from './cluster-queries';
import { startWorker } from '../dom/start-worker';

type Bbox = [west: number, south: number, east: number, north: number];

/** What the main thread asks the cluster worker; each answer is `{ id, result }`. */
export type ClusterRequest = { id: number } & (
  | { kind: 'load'; positions: Float64Array; maxZoom: number }
  | { kind: 'view'; bbox: Bbox; zoom: number }
  | { kind: 'expansionZoom'; clusterId: number }
  | { kind: 'emergeZoom'; index: number; fromZoom: number }
);

type RequestBody = ClusterRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

const startClusterWorker = () =>
  startWorker(() => new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module', name: 'summit-map clusters' }));

/** An idle worker started ahead is ended after this long (ms), so none stays behind unused. */
const WARM_FOR_MS = 30_000;
/** A cluster worker started ahead (see warmClusterWorker), for the next index to take. */
let warm: { worker: Worker; failed: boolean; timer: ReturnType<typeof setTimeout> } | undefined;

/**
 * Starts a cluster worker now, while a large dataset is still being parsed, so that the index
 * made once the places are drawn finds its script loaded and running.
 */
export function warmClusterWorker(): void {
  if (warm) return;
  const worker = startClusterWorker();
  if (!worker) return;
  const started = { worker, failed: false, timer: setTimeout(() => endWarm(started), WARM_FOR_MS) };
  // A script that fails to load reports only this; the index then builds on the page.
  worker.addEventListener('error', () => (started.failed = true), { once: true });
  warm = started;
}

function endWarm(started: NonNullable<typeof warm>): void {
  if (warm !== started) return;
  clearTimeout(started.timer);
  warm = undefined;
  started.worker.terminate();
}

/** The worker started ahead if it is healthy, else a new one (undefined where none can start). */
function takeWorker(): Worker | undefined {
  const started = warm;
  if (!started) return startClusterWorker();
  clearTimeout(started.timer);
  warm = undefined;
  if (!started.failed) return started.worker;
  started.worker.terminate();
  return undefined;
}

export class ClusterIndex {
  private worker?: Worker;
  private local?: ClusterQueries;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private nextId = 1;
  private readonly positions: Float64Array;
  private readonly maxZoom: number;
  private destroyed = false;
  /** Settles once the clusters can be asked for (in the worker or here). */
  readonly ready: Promise<void>;

  /** @param positions longitude, latitude pairs; point ids are their order */
  constructor(positions: Float64Array, maxZoom: number) {
    this.positions = positions;
    this.maxZoom = maxZoom;
    this.worker = takeWorker();
    if (!this.worker) {
      this.ready = this.buildHere();
      return;
    }
    this.worker.addEventListener('message', this.onMessage);
    this.ready = new Promise<void>((resolve) => {
      // A worker that fails to load (blocked, not found) reports only an error event.
      this.worker!.addEventListener('error', () => {
        this.stopWorker();
        void this.buildHere().then(resolve);
      });
      const copy = positions.slice();
      void this.post({ kind: 'load', positions: copy, maxZoom }, [copy.buffer]).then(() => resolve());
    });
  }

  async view(bbox: Bbox, zoom: number): Promise<Float64Array> {
    await this.ready;
    return this.local ? this.local.view(bbox, zoom) : ((await this.post({ kind: 'view', bbox, zoom })) as Float64Array);
  }

  async expansionZoom(clusterId: number): Promise<number> {
    await this.ready;
    return this.local ? this.local.expansionZoom(clusterId) : ((await this.post({ kind: 'expansionZoom', clusterId })) as number);
  }

  async emergeZoom(index: number, fromZoom: number): Promise<number> {
    await this.ready;
    return this.local ? this.local.emergeZoom(index, fromZoom) : ((await this.post({ kind: 'emergeZoom', index, fromZoom })) as number);
  }

  /** Ends the worker; questions still open are never answered. */
  destroy(): void {
    this.destroyed = true;
    this.stopWorker();
    this.pending.clear();
    this.local = undefined;
  }

  /** On the main thread; its code (supercluster) is fetched only then, as the worker has its own copy. */
  private async buildHere(): Promise<void> {
    const { buildClusterQueries } = await import('./cluster-queries').catch(() => ({ buildClusterQueries: undefined }));
    if (this.destroyed || !buildClusterQueries) return;
    this.local = buildClusterQueries(this.positions, this.maxZoom);
    // Questions sent to a worker that then failed are asked again here.
    for (const [, settle] of this.pending) settle(undefined);
    this.pending.clear();
  }

  private post(body: RequestBody, transfer: Transferable[] = []): Promise<unknown> {
    const id = this.nextId++;
    // Destroyed: the question is never answered, and its asker is gone too.
    if (!this.worker) return new Promise(() => {});
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker!.postMessage({ ...body, id }, transfer);
    });
  }

  private stopWorker(): void {
    this.worker?.removeEventListener('message', this.onMessage);
    this.worker?.terminate();
    this.worker = undefined;
  }

  private readonly onMessage = (event: MessageEvent<{ id: number; result: unknown }>) => {
    const settle = this.pending.get(event.data.id);
    this.pending.delete(event.data.id);
    settle?.(event.data.result);
  };
}
