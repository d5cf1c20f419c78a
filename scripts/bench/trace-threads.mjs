// Time per thread from a Chrome trace, for the bench's trace scripts (first-view-trace.mjs,
// main-thread.mjs): each thread's outermost complete events only, so nested events count once.

/**
 * Busy time (wall clock) and CPU (thread time) per thread of process `pid`, in ms, of the events
 * that start between `start` and `end` (µs), the last one cut at `end`. A thread busy without
 * CPU waited: on another process (a synchronous request), or for a core.
 */
export function threadTimes(events, pid, start, end) {
  const byThread = new Map();
  for (const event of events) {
    if (event.pid !== pid || event.ph !== 'X' || !event.dur || event.ts < start || event.ts > end) continue;
    (byThread.get(event.tid) ?? byThread.set(event.tid, []).get(event.tid)).push(event);
  }
  const times = new Map();
  for (const [tid, spans] of byThread) {
    spans.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let busy = 0;
    let cpu = 0;
    let until = 0;
    for (const span of spans) {
      if (span.ts < until) continue;
      until = span.ts + span.dur;
      const share = Math.min(1, (end - span.ts) / span.dur);
      busy += span.dur * share;
      cpu += (span.tdur ?? 0) * share;
    }
    times.set(tid, { busy: busy / 1000, cpu: cpu / 1000 });
  }
  return times;
}
