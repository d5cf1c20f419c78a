/**
 * Validates a large places dataset on the page in slices, letting the page answer between them,
 * so no single task blocks it for long: used when a worker cannot be started, and for large data
 * given as an object. The model's own stepwise parser does the work, so the result is exactly
 * what `parseStory` gives.
 */
import { parseStoryInSteps } from '../model/story';
import type { Parsed, Story } from '../model/types';
import { PLACES_PER_SLICE } from './load-json';

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function parseStoryInSlices(input: unknown): Promise<Parsed<Story>> {
  const steps = parseStoryInSteps(input, PLACES_PER_SLICE);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await yieldToPage();
  }
}
