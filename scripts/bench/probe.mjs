// What the bench records inside each page, installed before the page's own scripts (a Playwright
// init script, so it must not use anything from its module). Times are performance.now(), that
// is milliseconds since navigation start.
//   markersAt: first frame with `markerCount` elements matching `markerSelector` (shadow roots too)
//   basemapAt: first frame where a canvas inside a pane whose class names "basemap" has pixels
//   readyAt:   first summit-ready event; longTasks: [start, duration] of every long task
//   frames:    start()/stop() record the gaps between animation frames
export function installProbe({ markerSelector, markerCount, pollBasemap }) {
  const state = { markersAt: undefined, basemapAt: undefined, readyAt: undefined, longTasks: [], frameGaps: [], recording: false };
  window.__bench = state;
  document.addEventListener('summit-ready', () => (state.readyAt ??= performance.now()), { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing in this browser
  }

  const deepAll = (root, selector, found = []) => {
    found.push(...root.querySelectorAll(selector));
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) deepAll(element.shadowRoot, selector, found);
    return found;
  };
  const scratch = document.createElement('canvas');
  scratch.width = scratch.height = 32;
  const scratchContext = scratch.getContext('2d', { willReadFrequently: true });
  const painted = (canvas) => {
    if (!canvas.width || !canvas.height) return false;
    scratchContext.clearRect(0, 0, 32, 32);
    scratchContext.drawImage(canvas, 0, 0, 32, 32);
    const { data } = scratchContext.getImageData(0, 0, 32, 32);
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
    return false;
  };

  const until = performance.now() + 120_000;
  const poll = () => {
    const now = performance.now();
    if (markerCount > 0 && state.markersAt === undefined && deepAll(document, markerSelector).length >= markerCount) state.markersAt = now;
    if (pollBasemap && state.basemapAt === undefined && deepAll(document, '[class*="basemap"] canvas').some(painted)) state.basemapAt = now;
    const waiting = (markerCount > 0 && state.markersAt === undefined) || (pollBasemap && state.basemapAt === undefined);
    if (waiting && now < until) requestAnimationFrame(poll);
  };
  if (markerCount > 0 || pollBasemap) requestAnimationFrame(poll);

  let last;
  const frame = (time) => {
    if (!state.recording) return;
    if (last !== undefined) state.frameGaps.push(time - last);
    last = time;
    requestAnimationFrame(frame);
  };
  state.startFrames = () => {
    state.frameGaps = [];
    state.recording = true;
    last = undefined;
    requestAnimationFrame(frame);
  };
  state.stopFrames = () => {
    state.recording = false;
    return state.frameGaps;
  };
}

/**
 * In the page before its scripts (a Playwright init script too): "places on screen" as the
 * first-view bench and the story row of the main bench count it. Records the first frame with the
 * given places in the DOM and laid out (`ids`: elements with that `data-place` or `data-place-id`,
 * pre-rendered or live; else `count` elements matching `selector`), shadow roots too; the first
 * contentful paint; layout shifts.
 */
export function installFirstViewProbe({ ids, selector, count }) {
  const state = { placesAt: undefined, fcp: undefined, shifts: [] };
  window.__firstView = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.shifts.push([entry.startTime, entry.value]);
  }).observe({ type: 'layout-shift', buffered: true });
  const deepAll = (root, css, found = []) => {
    found.push(...root.querySelectorAll(css));
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) deepAll(element.shadowRoot, css, found);
    return found;
  };
  const visible = (element) => element.getBoundingClientRect().width > 0;
  const poll = () => {
    const found = ids
      ? ids.every((id) => deepAll(document, `[data-place="${id}"], [data-place-id="${id}"]`).some(visible))
      : deepAll(document, selector).filter(visible).length >= count;
    if (found) state.placesAt = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
