/**
 * A large story's points on one canvas with clusters (point-canvas.ts, cluster-index.ts), wired to
 * PlaceLayers (place-layers.ts): all of it is fetched only for a story above CANVAS_THRESHOLD points.
 */
import { latLng, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { ClusterIndex } from './cluster-index';
import type { CanvasDrawing, PlaceLayersOptions } from './place-layers';
import { PointCanvas } from './point-canvas';

export { warmClusterWorker } from './cluster-index';

/** Clusters exist up to this zoom, and never at the map's deepest zoom, where every point stands alone. */
const CLUSTER_MAX_ZOOM = 9;

/**
 * Indexes `positions` ([lon, lat] of `canvas.points`, flat) and draws them on a canvas layer
 * (`canvas.layer`); `current` is false once the places were cleared or redrawn.
 */
export function drawPointCanvas(
  leafletMap: LeafletMap,
  canvas: CanvasDrawing,
  positions: Float64Array,
  options: PlaceLayersOptions,
  current: () => boolean,
): ClusterIndex {
  const { points } = canvas;
  const clusterMaxZoom = Math.min(CLUSTER_MAX_ZOOM, Math.ceil(leafletMap.getMaxZoom()) - 1);
  const index = new ClusterIndex(positions, clusterMaxZoom);
  canvas.layer = new PointCanvas({
    query: (bbox, zoom) => index.view(bbox, zoom),
    style: (point) => points[point]!.role,
    skip: (point) => !!points[point]!.layer,
    highlighted: (point) => canvas.highlighted.has(point),
    onPoint: (point) => options.onChoose(points[point]!.place.id),
    onCluster: (clusterId, lat, lon) =>
      void index.expansionZoom(clusterId).then((zoom) => {
        if (current()) options.zoomInto?.(latLng(lat, lon), Math.min(zoom, clusterMaxZoom + 1));
      }),
    onFirstDraw: () => options.onDrawn?.(),
  });
  canvas.layer.addTo(leafletMap);
  return index;
}
