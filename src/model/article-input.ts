/**
 * Checks what an author gives the editor before anything reads it as an article: empty, too large
 * or binary input gets a plain message and is not read. Pure: no DOM.
 */

/** About 30,000 words: far more than any news article, small enough to draft at once and save in the browser. */
export const MAX_ARTICLE_CHARS = 200_000;

// Control characters are what this looks for.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g;

/** A plain message when `text` cannot be an article, else undefined. */
export function checkArticleText(text: string): string | undefined {
  if (!/[\p{L}\p{N}]/u.test(text))
    return 'The article is empty: paste its text (headline first, then the paragraphs) or open a .txt or .html file.';
  if (text.length > MAX_ARTICLE_CHARS) {
    return `The text is ${sizeInWords(text.length)}; the editor takes articles of up to ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters (about 30,000 words). Paste one article at a time.`;
  }
  // Text files hold no NUL and almost no control characters; images, PDFs and archives are full of them.
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(2, text.length / 200)) {
    return 'This looks like a binary file (an image, a PDF or an archive?), not text. Paste the article’s text, or open a .txt or .html file.';
  }
  return undefined;
}

/** A plain message when a file is too large to read as an article (checked before reading it), else undefined. */
export function checkArticleFileSize(bytes: number): string | undefined {
  // UTF-8 takes up to 4 bytes a character; anything larger cannot fit.
  return bytes > MAX_ARTICLE_CHARS * 4 ? `The file is ${sizeInWords(bytes)}: too large for one article.` : undefined;
}

function sizeInWords(count: number): string {
  return count >= 1e6 ? `${(count / 1e6).toFixed(1)} MB` : `${Math.round(count / 1000)} thousand characters`;
}
