import type { PopupClearance } from '../leaflet/story-view';

const GAP = 8;

/**
 * The room a popup must leave for the element's overlays, measured after render: below the
 * controls on a narrow map (beside them on a wide one) and above the timeline.
 */
export function measureClearance(root: ParentNode, mapContainer: HTMLElement, compact: boolean): PopupClearance {
  const controls = root.querySelector<HTMLElement>('.controls');
  const timeline = root.querySelector<HTMLElement>('.timeline');
  const height = mapContainer.clientHeight;
  const top = compact && controls ? controls.offsetTop + controls.offsetHeight + GAP : GAP;
  const bottom = compact && timeline ? height - timeline.offsetTop + GAP : 16;
  return {
    topLeft: compact || !controls ? [GAP, top] : [controls.offsetLeft + controls.offsetWidth + GAP, GAP],
    bottomRight: [GAP, bottom],
    // Room for the popup's tip and margins; below that the content scrolls.
    maxHeight: Math.max(120, height - top - bottom - 50),
  };
}
