/**
 * Validates a large places dataset on the page in slices, yielding between them, so no single
 * task blocks the page for long: used when a worker cannot be started, and for large data given
 * as an object. The result equals `parseStory` on the whole (problems name the same features).
 */
import { parseStory } from '../model/story';
import type { Parsed, Place, Problem, Story } from '../model/types';

export const PLACES_PER_SLICE = 5_000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function parseStoryInSlices(input: { features: unknown[] } & Record<string, unknown>): Promise<Parsed<Story>> {
  const features = input.features;
  const first = parseStory({ ...input, features: features.slice(0, PLACES_PER_SLICE) });
  const places: Place[] = [...first.value.places];
  const problems: Problem[] = [...first.problems];
  const seen = new Set(places.map((place) => place.id));
  for (let start = PLACES_PER_SLICE; start < features.length; start += PLACES_PER_SLICE) {
    await yieldToPage();
    const sliceFeatures = features.slice(start, start + PLACES_PER_SLICE);
    const slice = parseStory({ ...input, features: sliceFeatures });
    let positions: Map<unknown, number> | undefined;
    // Problems without a feature (the roles) were reported with the first slice.
    for (const problem of slice.problems) {
      if (problem.index === undefined) continue;
      const index = problem.index + start;
      problems.push({ ...problem, index, message: problem.message.replace(`Feature ${problem.index + 1} `, `Feature ${index + 1} `) });
    }
    for (const place of slice.value.places) {
      if (seen.has(place.id)) {
        positions ??= new Map(sliceFeatures.map((feature, k) => [feature, start + k]));
        const index = positions.get(place.feature);
        problems.push({ id: place.id, index, field: 'id', message: `The id "${place.id}" is used twice; the second one was left out.` });
        continue;
      }
      seen.add(place.id);
      places.push(place);
    }
  }
  return { value: { ...first.value, places }, problems };
}
