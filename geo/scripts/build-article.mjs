// Builds geo/article.json from the seed text in geo/source/article.txt.
// Run: node geo/scripts/build-article.mjs
//
// Decisions (also in README, "Data"):
// - Paragraphs are the article's body paragraphs, in order, copied character for character.
// - "Swedish Resort" is a subhead: kept in `subheads` with the number of the paragraph it precedes,
//   not counted as a paragraph, so quote paragraph numbers match the prose a reader sees.
// - "Read more: …" and "…: QuickTake" lines are links to other stories, not this article's text:
//   kept in `related`, not counted as paragraphs.
// - The update note, the assistance line, the contact lines and the copyright are end matter.
// - The web-page footer ("Leave a Reply…") is not part of the article and is dropped.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const lines = readFileSync(here('../source/article.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.length > 0);

const headline = lines[0];
const footerStart = lines.indexOf('Leave a Reply');
const body = lines.slice(1, footerStart === -1 ? undefined : footerStart);

const paragraphs = [];
const subheads = [];
const related = [];
const endMatter = [];
let inEndMatter = false;
for (const line of body) {
  if (line.startsWith('(Updates with')) inEndMatter = true;
  if (inEndMatter) endMatter.push(line);
  else if (line.startsWith('Read more:') || line.endsWith(': QuickTake')) related.push(line);
  else if (!/[.”"]$/.test(line) && line.split(' ').length <= 4) {
    subheads.push({ text: line, beforeParagraph: paragraphs.length + 1 });
  } else paragraphs.push(line);
}

const reporters = endMatter
  .find((line) => line.startsWith('To contact the reporters'))
  .replace(/^To contact the reporters on this story:\s*/, '')
  .split(';')
  .map((entry) => entry.replace(/\s+in\s+\S+.*$/, '').trim());
const byline = `${reporters.slice(0, -1).join(', ')} and ${reporters.at(-1)}`;

const article = {
  $schema: './article.schema.json',
  headline,
  byline,
  publisher: 'Bloomberg',
  date: '2019-01-21',
  paragraphs,
  subheads,
  related,
  updateNote: endMatter.find((line) => line.startsWith('(Updates with')),
  assistance: endMatter.find((line) => line.startsWith('–With assistance')),
  copyright: endMatter.find((line) => line.startsWith('©')),
  source: 'geo/source/article.txt (the seed text supplied to the project)',
};

writeFileSync(here('../article.json'), JSON.stringify(article, null, 2) + '\n');
console.log(`geo/article.json: ${paragraphs.length} paragraphs, byline "${byline}"`);
