/**
 * The point clustering itself (supercluster), shared by the cluster worker and the main-thread
 * fallback: built once per story from a flat array of positions, then asked for what a view shows.
 * Answers are flat number arrays so they cross from a worker without cloning objects.
 */
import Supercluster, { type PointFeature } from 'supercluster';
import { ITEM_STRIDE } from './cluster-items';

export interface ClusterQueries {
  /** What the view shows: per item lon, lat, count, then the point's index (count 1) or the cluster's id. */
  view(bbox: [west: number, south: number, east: number, north: number], zoom: number): Float64Array;
  /** The zoom at which a cluster breaks apart. */
  expansionZoom(clusterId: number): number;
  /** The lowest zoom from `fromZoom` up at which a point is drawn on its own, not inside a cluster. */
  emergeZoom(index: number, fromZoom: number): number;
}

/**
 * @param positions longitude, latitude pairs, one per point, in the order the ids refer to
 * @param maxZoom clusters exist up to this zoom; beyond it every point is on its own
 */
export function buildClusterQueries(positions: Float64Array, maxZoom: number): ClusterQueries {
  const points: PointFeature<{ i: number }>[] = [];
  for (let i = 0; i * 2 < positions.length; i++) {
    points.push({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'Point', coordinates: [positions[2 * i]!, positions[2 * i + 1]!] },
    });
  }
  const index = new Supercluster<{ i: number }>({ radius: 48, maxZoom, minPoints: 3 }).load(points);
  const view = (bbox: [number, number, number, number], zoom: number) => {
    const features = index.getClusters(bbox, Math.floor(zoom));
    const items = new Float64Array(features.length * ITEM_STRIDE);
    features.forEach((feature, k) => {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const properties = feature.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; i?: number };
      items.set(
        [lon, lat, properties.cluster ? properties.point_count! : 1, properties.cluster ? properties.cluster_id! : properties.i!],
        k * ITEM_STRIDE,
      );
    });
    return items;
  };
  return {
    view,
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
    emergeZoom(i, fromZoom) {
      const lon = positions[2 * i]!;
      const lat = positions[2 * i + 1]!;
      const near: [number, number, number, number] = [lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6];
      for (let zoom = Math.max(0, Math.floor(fromZoom)); zoom <= maxZoom; zoom++) {
        const items = view(near, zoom);
        for (let k = 0; k < items.length; k += ITEM_STRIDE) if (items[k + 2] === 1 && items[k + 3] === i) return zoom;
      }
      return maxZoom + 1;
    },
  };
}
