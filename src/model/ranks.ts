/**
 * The drawing priority of each place: by its role's place in the legend, then by its place in the
 * data. A rank rather than a formula (such as order × 10,000 + index), so it holds at any size.
 */
import type { Story } from './types';

/** Rank 0 is the most important (drawn on top, labelled first); one rank per place, linear time. */
export function placeRanks(story: Pick<Story, 'roles' | 'places'>): Map<string, number> {
  const buckets = new Map<string, string[]>(story.roles.map((role) => [role.id, []]));
  const unknown: string[] = [];
  for (const place of story.places) (buckets.get(place.role) ?? unknown).push(place.id);
  const ranks = new Map<string, number>();
  for (const ids of [...buckets.values(), unknown]) for (const id of ids) ranks.set(id, ranks.size);
  return ranks;
}
