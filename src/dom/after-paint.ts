/**
 * Runs `callback` once the browser has painted the current frame: a new task after the next
 * animation frame. For work that must not hold back a first paint (the markers come first). In a
 * hidden page, which has no frames, in a new task at once. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => (timer = setTimeout(callback));
  if (document.visibilityState === 'hidden') later();
  else frame = requestAnimationFrame(later);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** `afterNextPaint` as a promise. */
export const nextPaint = (): Promise<void> => new Promise((resolve) => afterNextPaint(resolve));

/**
 * Runs `callback` once the page's first contentful paint is on screen (its `paint` timing entry,
 * which comes after the frame is presented, not just produced), in a new task. For a page that
 * shows a pre-rendered picture: heavy work in the frames before then takes the CPU from the
 * raster and compositor threads that put that picture on screen. Without paint timing, after the
 * next paint; in a hidden page at once; and in any case after `timeout` ms. Returns a cancel function.
 */
export function afterFirstContentfulPaint(callback: () => void, timeout = 1500): () => void {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (painted() || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return afterNextPaint(callback);
  let done = false;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const run = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    timers.forEach(clearTimeout);
    timers.push(setTimeout(callback));
  };
  const observer = new PerformanceObserver(() => {
    if (painted()) run();
  });
  observer.observe({ type: 'paint', buffered: true });
  if (document.visibilityState === 'hidden') run();
  else timers.push(setTimeout(run, timeout));
  return () => {
    done = true;
    observer.disconnect();
    timers.forEach(clearTimeout);
  };
}
