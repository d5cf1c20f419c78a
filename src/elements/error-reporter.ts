import { SummitErrorEvent } from '../events';
import type { Problem } from '../model/types';

/** Past this many, a message names the first problems and counts the rest (the event carries them all). */
const PROBLEMS_IN_MESSAGE = 5;

/**
 * The one way the elements report bad input: nothing when there is no problem; otherwise a
 * console warning and a `summit-error` event, both with every problem (for the page's author), and
 * the short note to show readers: the summary alone, without addresses, fields or ids.
 */
export function reportProblems(host: HTMLElement, summary: string, allProblems: readonly Problem[]): string | undefined {
  // Notices (a default filled a gap, such as an id made from a name) are for the developer's console only.
  for (const notice of allProblems.filter((problem) => problem.level === 'notice')) console.warn(`<${host.localName}>: ${notice.message}`);
  const problems = allProblems.filter((problem) => problem.level !== 'notice');
  if (problems.length === 0) return undefined;
  const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).map((problem) => problem.message);
  const more = problems.length - shown.length;
  const text = [summary, ...shown, more > 0 ? `(${more} more problems; see the summit-error event.)` : ''].filter(Boolean).join(' ');
  console.warn(`<${host.localName}>: ${text}`);
  host.dispatchEvent(new SummitErrorEvent({ message: summary, problems: [...problems] }));
  return summary;
}

/** An error thrown while loading, as the one problem to report. */
export const problemFrom = (error: unknown): Problem => ({ message: error instanceof Error ? error.message : String(error) });
