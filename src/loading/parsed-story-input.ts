import type { Parsed, Story } from '../model/types';

/**
 * A places dataset already validated, in a worker or in slices (the element does not parse it
 * again). Apart from parse-in-worker.ts, whose code is fetched only for large data.
 */
export class ParsedStoryInput {
  readonly parsed: Parsed<Story>;
  constructor(parsed: Parsed<Story>) {
    this.parsed = parsed;
  }
}
