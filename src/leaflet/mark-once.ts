/**
 * The performance marks the bench reads (`summit-map:markers`, `summit-map:basemap`), set once per
 * map container: the element reuses its container when re-attached, and a mark per re-attach would
 * pile up in the page's performance timeline.
 */
export function markOncePerMap(name: string): (container: HTMLElement) => void {
  const marked = new WeakSet<HTMLElement>();
  return (container) => {
    if (marked.has(container)) return;
    marked.add(container);
    performance.mark(name);
  };
}
