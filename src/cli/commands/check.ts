/**
 * `summit-map check DIR` or `summit-map check ARTICLE PLACES`: checks a story's two files as the
 * map will read them. One line per problem, naming the place; exit 0 when clean, 1 otherwise.
 */
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkStory } from '../../model/draft/check-story';
import { UsageError, type Io } from '../io';
import { readJsonFile } from '../read-input';

const HELP = `Usage: summit-map check DIR
       summit-map check ARTICLE.json PLACES.geojson

Checks a story: both files against their schemas (through the map's own parsers), every quote
word for word against its paragraph, and every place name and alias against the article's text.
DIR holds article.json and places.geojson. Exit code 0: clean; 1: problems (one line each); 2: the
files could not be read.`;

export async function run(argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  let articleFile: string;
  let placesFile: string;
  if (argv.length === 1) {
    const dir = resolve(io.cwd, argv[0]!);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(dir).isDirectory();
    } catch (error) {
      throw new UsageError(`"${argv[0]}" does not exist.`, { cause: error });
    }
    if (!isDirectory)
      throw new UsageError(`"${argv[0]}" is not a folder; give a folder with article.json and places.geojson, or the two files.`);
    articleFile = join(dir, 'article.json');
    placesFile = join(dir, 'places.geojson');
  } else if (argv.length === 2) {
    [articleFile, placesFile] = [resolve(io.cwd, argv[0]!), resolve(io.cwd, argv[1]!)];
  } else {
    throw new UsageError(`give a story folder, or its article and places files.\n\n${HELP}`);
  }
  const shown = (path: string) => relative(io.cwd, path) || path;
  const article = readJsonFile(io.cwd, shown(articleFile), 'article');
  const places = readJsonFile(io.cwd, shown(placesFile), 'places file');
  const problems = checkStory(article, places);
  const errors = problems.filter((problem) => problem.level !== 'notice');
  const notices = problems.filter((problem) => problem.level === 'notice');
  const name = shown(placesFile);
  for (const problem of errors) io.out(`${name}: ${problem.message}`);
  for (const problem of notices) io.out(`${name}: note: ${problem.message}`);
  if (errors.length === 0) {
    const count = Array.isArray((places as { features?: unknown[] }).features) ? (places as { features: unknown[] }).features.length : 0;
    io.out(`✓ ${name}: ${count} place${count === 1 ? '' : 's'}, every quote word for word, every name in the article.`);
    return 0;
  }
  io.out(`✗ ${errors.length} problem${errors.length === 1 ? '' : 's'}.`);
  return 1;
}
