/** The story's dated places in time order, and stepping through them. */
import type { Place } from './types';

/** Places with a date, oldest first; ties keep dataset order. ISO dates (and year-months) sort as text. */
export function timelineOf(places: readonly Place[]): Place[] {
  return places
    .map((place, index) => ({ place, index }))
    .filter(({ place }) => place.date)
    .sort((a, b) => (a.place.date! < b.place.date! ? -1 : a.place.date! > b.place.date! ? 1 : a.index - b.index))
    .map(({ place }) => place);
}

/**
 * The id `delta` steps from `currentId` (-1 back, +1 forward), clamped to the ends. From a place
 * not on the timeline, forward starts at the first date and back at the last.
 */
export function stepTimeline(timeline: readonly Place[], currentId: string, delta: number): string {
  if (timeline.length === 0) return '';
  const index = timeline.findIndex((place) => place.id === currentId);
  if (index === -1) return (delta >= 0 ? timeline[0] : timeline[timeline.length - 1])!.id;
  return timeline[Math.min(timeline.length - 1, Math.max(0, index + delta))]!.id;
}
