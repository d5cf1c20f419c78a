/**
 * Starts a module worker, or gives undefined where none can start (an old browser, a
 * Content-Security-Policy or Trusted Types forbidding it, the script on another origin): the
 * caller then does the work on the page. `create` holds the `new Worker(new URL(…))` itself, which
 * the bundler must see written out to ship the worker's file.
 */
export function startWorker(create: () => Worker): Worker | undefined {
  if (typeof Worker !== 'function') return undefined;
  try {
    return create();
  } catch {
    return undefined;
  }
}
