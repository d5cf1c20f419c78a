/**
 * The story a picture is drawn from, checked as `summit-map check` checks it (model/draft/
 * check-story.ts: both files through the map's parsers, every quote word for word, every name in
 * the text), then parsed as the element parses it. Any problem that is not a mere notice stops the
 * picture, listed in plain words; nothing is drawn from a story that fails.
 */
import { loadAreaCode } from '../model/geometry';
import { parseArticle } from '../model/article';
import { checkStory } from '../model/draft/check-story';
import { verifyQuotes } from '../model/quotes';
import { parseStory } from '../model/story';
import type { Article, Problem, Story } from '../model/types';
import { RenderError } from './render-svg';

export interface CheckedStory {
  story: Story;
  article: Article | undefined;
}

const describe = (problem: Problem) => `${problem.id ? `${problem.id}: ` : ''}${problem.message}`;

/** Parses and checks the two files of a story; throws a RenderError listing every problem. */
export async function checkedStory(places: unknown, article: unknown): Promise<CheckedStory> {
  await loadAreaCode();
  const parsedArticle = article === undefined ? { value: undefined, problems: [] } : parseArticle(article);
  const parsed = parseStory(places);
  const verified = verifyQuotes(parsed.value, parsedArticle.value);
  const checked = article === undefined ? [...parsed.problems, ...verified.problems] : checkStory(article, places);
  const problems = checked.filter((problem) => problem.level !== 'notice');
  if (problems.length) throw new RenderError('The story has problems, so nothing was drawn:', problems.map(describe));
  if (verified.value.places.length === 0)
    throw new RenderError('The story has problems, so nothing was drawn:', ['It has no places to draw.']);
  return { story: verified.value, article: parsedArticle.value };
}
