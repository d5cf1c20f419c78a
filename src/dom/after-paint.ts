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
