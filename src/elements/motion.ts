/** Whether the reader asked for less motion: maps jump instead of flying, scrolling is instant. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
