/**
 * The shape of a cluster view's answer, shared by the clustering (cluster-queries.ts, in the
 * worker or on the main thread) and the canvas that draws it (point-canvas.ts), which must not
 * load the clustering's code: a flat number array, per item longitude, latitude, count (1 for a
 * single place), then the point's index (count 1) or the cluster's id.
 */
export const ITEM_STRIDE = 4;
