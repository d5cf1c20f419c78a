// The bundled story (geo/places.geojson and geo/article.json), parsed and its quotes checked when
// the module is built: the map shows it without the article's parser or the quote check (two files
// fewer before the markers of a bare <summit-map>). A problem in it fails the build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parseArticle } from '../src/model/article';
import { kindOf } from '../src/model/geometry';
import { verifyQuotes } from '../src/model/quotes';
import { parseStory } from '../src/model/story';

export const BUNDLED_STORY_ID = 'virtual:summit-map-bundled-story';
const RESOLVED = `\0${BUNDLED_STORY_ID}`;

/** The module's source: the parsed story and article, as JSON (which V8 reads faster than object literals). */
export function bundledStorySource(placesFile: string, articleFile: string): string {
  const places = parseStory(JSON.parse(readFileSync(placesFile, 'utf8')));
  const article = parseArticle(JSON.parse(readFileSync(articleFile, 'utf8')));
  const checked = verifyQuotes(places.value, article.value);
  const problems = [...article.problems, ...places.problems, ...checked.problems].map((problem) => problem.message);
  // Areas are anchored by code the map fetches with the data that has them (model/geometry.ts loadAreaCode).
  if (checked.value.places.some((place) => kindOf(place) === 'area')) problems.push('The bundled story has areas; it must not.');
  if (problems.length) throw new Error(`The bundled story has problems:\n- ${problems.join('\n- ')}`);
  const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return `export const story = ${json(checked.value)};\nexport const article = ${json(article.value)};\n`;
}

export function bundledStory(): Plugin {
  const placesFile = fileURLToPath(new URL('../geo/places.geojson', import.meta.url));
  const articleFile = fileURLToPath(new URL('../geo/article.json', import.meta.url));
  return {
    name: 'summit-map:bundled-story',
    resolveId: (id) => (id === BUNDLED_STORY_ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(placesFile);
      this.addWatchFile(articleFile);
      return bundledStorySource(placesFile, articleFile);
    },
  };
}
