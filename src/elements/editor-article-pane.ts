/**
 * The editor's article pane: the article's own text, paragraph by paragraph and numbered, with
 * every mention of a place marked (choosing one selects its place), and the text the author
 * selects in it read back as a quote: offsets into the paragraph's own text, so the quote is
 * verbatim by construction.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Mention } from '../model/mentions';
import { quoteFrom } from '../model/story-edits';
import type { Article, Quote } from '../model/types';

export interface ArticlePaneOptions {
  article: Article | undefined;
  mentions: readonly Mention[];
  /** The selected place: its mentions are marked more strongly. */
  selectedId: string;
  /** Place ids of the places that are still drafts (dashed marks). */
  draftIds: ReadonlySet<string>;
  onMention: (placeId: string) => void;
}

/** One paragraph's text with its mentions as <mark>s; no whitespace of the template's own gets inside. */
function paragraphTemplate(text: string, number: number, mentions: readonly Mention[], options: ArticlePaneOptions): TemplateResult {
  const pieces: (string | TemplateResult)[] = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.start < at) continue;
    pieces.push(text.slice(at, mention.start));
    const kind = mention.placeId === options.selectedId ? 'selected' : options.draftIds.has(mention.placeId) ? 'draft' : 'accepted';
    pieces.push(
      html`<mark class="mention ${kind}" data-place-id=${mention.placeId} @click=${() => options.onMention(mention.placeId)}
        >${text.slice(mention.start, mention.end)}</mark
      >`,
    );
    at = mention.end;
  }
  pieces.push(text.slice(at));
  return html`<div class="paragraph">
    <span class="number" aria-hidden="true">¶${number}</span>
    <p data-paragraph=${number}>${pieces}</p>
  </div>`;
}

export function articlePaneTemplate(options: ArticlePaneOptions): TemplateResult {
  const { article } = options;
  if (!article) return html`<p class="empty">No article yet.</p>`;
  const byParagraph = new Map<number, Mention[]>();
  for (const mention of options.mentions) {
    const list = byParagraph.get(mention.paragraph) ?? [];
    list.push(mention);
    byParagraph.set(mention.paragraph, list);
  }
  const subheads = new Map(article.subheads.map((subhead) => [subhead.beforeParagraph, subhead.text]));
  return html`
    <h2 class="headline">${article.headline || 'Untitled article'}</h2>
    ${
      article.byline || article.publisher || article.date
        ? html`<p class="byline">${[article.byline, article.publisher, article.date].filter(Boolean).join(' · ')}</p>`
        : nothing
    }
    <div class="paragraphs">
      ${article.paragraphs.map(
        (text, n) =>
          html`${subheads.has(n + 1) ? html`<h3 class="subhead">${subheads.get(n + 1)}</h3>` : nothing}
          ${paragraphTemplate(text, n + 1, byParagraph.get(n + 1) ?? [], options)}`,
      )}
    </div>
  `;
}

/**
 * The text selected in the pane as a quote of the article, or a message when the selection is not
 * one: it must lie in one paragraph. Undefined when nothing in the pane is selected.
 */
export function selectedQuote(root: ShadowRoot, paragraphs: readonly string[]): Quote | string | undefined {
  // Chromium and WebKit give the selection inside a shadow root only through the root.
  const selection = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const paragraphOf = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('p[data-paragraph]') ?? undefined;
  const first = paragraphOf(range.startContainer);
  const last = paragraphOf(range.endContainer);
  if (!first && !last) return undefined;
  if (!first) return 'Select words within one paragraph to quote them.';
  // The part of the selection inside the first paragraph; a triple-click's selection ends at the
  // start of the next block, which adds no words.
  const inside = document.createRange();
  inside.selectNodeContents(first);
  if (first === last) inside.setEnd(range.endContainer, range.endOffset);
  inside.setStart(range.startContainer, range.startOffset);
  const text = inside.toString();
  if (first !== last && /[\p{L}\p{N}]/u.test(range.toString().slice(text.length)))
    return 'Select words within one paragraph to quote them.';
  const number = Number(first.dataset.paragraph);
  // Offsets into the paragraph's text: the length of its text before the selection's start.
  const before = document.createRange();
  before.selectNodeContents(first);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return quoteFrom(paragraphs, number, start, start + text.length) ?? 'The selection holds no words to quote.';
}
