/** Reads the files the commands are given, with a plain message for each way that can fail. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_ARTICLE_CHARACTERS } from '../model/draft/input-checks';
import { UsageError } from './io';

/** Files over this many bytes are not read at all: an article is text, a few hundred KB at most. */
const MAX_BYTES = 4 * MAX_ARTICLE_CHARACTERS;

function statOf(path: string, what: string, given: string) {
  try {
    return statSync(path);
  } catch (error) {
    throw new UsageError(`the ${what} "${given}" does not exist.`, { cause: error });
  }
}

/** An article file's text (UTF-8, or UTF-16 with its byte-order mark). */
export function readTextFile(cwd: string, file: string, what = 'article'): string {
  // "-": standard input, for a CMS that pipes the article in.
  const path = file === '-' ? 0 : resolve(cwd, file);
  const stat = path === 0 ? undefined : statOf(path, what, file);
  if (stat?.isDirectory()) throw new UsageError(`"${file}" is a folder; give the ${what} file.`);
  if (stat?.size === 0) throw new UsageError(`the ${what} "${file}" is empty: there is no text to read.`);
  if (stat && stat.size > MAX_BYTES) {
    throw new UsageError(
      `"${file}" is ${(stat.size / 1e6).toFixed(1)} MB; an article is read up to ${MAX_BYTES / 1e6} MB of text. Is this the right file?`,
    );
  }
  const bytes = readFileSync(path);
  if (bytes.length > MAX_BYTES)
    throw new UsageError(`the ${what} is ${(bytes.length / 1e6).toFixed(1)} MB; an article is read up to ${MAX_BYTES / 1e6} MB of text.`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 65536).includes(0)) {
    throw new UsageError(
      `"${file}" is not text: it looks like binary data (an image, a word-processor file or an archive). Save the ${what} as plain text or HTML.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`"${file}" is not UTF-8 text. Save it as UTF-8 (most editors offer it under "Save as" or "Encoding").`);
  }
}

/** A JSON file, parsed; what is wrong with it in words. */
export function readJsonFile(cwd: string, file: string, what: string): unknown {
  const text = readTextFile(cwd, file, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`the ${what} "${file}" is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}
