/**
 * The cluster worker: builds the point clusters of a large story off the main thread (seconds at
 * 100,000 places on a slow machine) and answers the view's questions. Messages: see cluster-index.ts.
 */
import { buildClusterQueries, type ClusterQueries } from './cluster-queries';
import type { ClusterRequest } from './cluster-index';

let queries: ClusterQueries | undefined;

self.addEventListener('message', (event: MessageEvent<ClusterRequest>) => {
  const request = event.data;
  let result: unknown;
  switch (request.kind) {
    case 'load':
      queries = buildClusterQueries(request.positions, request.maxZoom);
      result = true;
      break;
    case 'view': {
      const items = queries!.view(request.bbox, request.zoom);
      self.postMessage({ id: request.id, result: items }, { transfer: [items.buffer] });
      return;
    }
    case 'expansionZoom':
      result = queries!.expansionZoom(request.clusterId);
      break;
    case 'emergeZoom':
      result = queries!.emergeZoom(request.index, request.fromZoom);
      break;
  }
  self.postMessage({ id: request.id, result });
});
