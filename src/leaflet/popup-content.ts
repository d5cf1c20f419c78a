/**
 * A place's popup, built as DOM with a Lit template: data lands in text nodes and attribute
 * values only, never in markup, and the one link allowed is an http(s) article URL.
 */
import { html, nothing, render } from 'lit';
import { creditLine } from '../model/credit';
import type { Article, Place, Role } from '../model/types';

export interface PopupContentOptions {
  onClose: () => void;
  /** Paragraphs of the article that mention the place, offered as links (empty: none shown). */
  paragraphs?: number[];
  onCite?: (paragraph: number) => void;
}

export function createPopupContent(
  place: Place,
  role: Role | undefined,
  article: Article | undefined,
  options: PopupContentOptions,
): HTMLElement {
  const container = document.createElement('div');
  container.className = 'summit-popup';
  const titleId = `summit-popup-${place.id}`;
  const credit = creditLine(article);
  render(
    html`<section class="popup" role="dialog" aria-labelledby=${titleId} tabindex="-1">
      <header class="popup-header">
        <h2 class="popup-title" id=${titleId}>${place.name}</h2>
        <button type="button" class="popup-close" aria-label="Close ${place.name}" @click=${options.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      ${role ? html`<p class="popup-role">${role.label}</p>` : nothing}
      ${place.site ? html`<p class="popup-site">${place.site}</p>` : nothing}
      ${
        place.quotes.length
          ? html`<ul class="popup-quotes">
              ${place.quotes.map(
                (quote) =>
                  html`<li class="popup-quote">
                    <blockquote>${quote.text}</blockquote>
                    <span class="popup-paragraph" aria-label="paragraph ${quote.paragraph}">¶${quote.paragraph}</span>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        options.paragraphs?.length
          ? html`<p class="popup-mentions">Mentioned in ${options.paragraphs.map(
              (paragraph, index) =>
                html`${index ? ', ' : ''}<button type="button" class="popup-cite" aria-label="Show paragraph ${paragraph} in the article" @click=${() => options.onCite?.(paragraph)}>¶${paragraph}</button>`,
            )}</p>`
          : nothing
      }
      ${
        credit
          ? html`<p class="popup-credit">
              Quoted from ${article?.url ? html`<a href=${article.url} target="_blank" rel="noopener noreferrer">${credit}</a>` : credit}
            </p>`
          : nothing
      }
    </section>`,
    container,
  );
  return container;
}
