import { css } from 'lit';
import { palette, textReset } from './theme.styles';

const articleCss = css`
  :host {
    --_serif: var(--summit-article-font, Georgia, 'Times New Roman', serif);
    display: block;
    background: var(--_host-background);
    font-family: var(--_serif);
    font-size: 18px;
    line-height: 1.6;
  }
  :host([hidden]) {
    display: none;
  }
  .follow {
    position: sticky;
    top: var(--summit-article-sticky-top, 0px);
    z-index: 1;
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0 0 12px;
    padding: 6px 0;
    background: var(--summit-article-background, var(--_page));
    font: 600 13.5px/1.3 var(--_font);
    color: var(--_ink);
  }
  .follow input {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .follow input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  header h2 {
    margin: 0 0 6px;
    font-size: 26px;
    line-height: 1.2;
  }
  .byline,
  .dateline {
    margin: 0;
    font: 14px/1.4 var(--_font);
    color: var(--_muted);
  }
  .dateline {
    margin-bottom: 18px;
  }
  h3 {
    margin: 28px 0 8px;
    font: 700 18px/1.3 var(--_font);
  }
  p.paragraph {
    position: relative;
    margin: 0 0 18px;
    /* No border until current: forced colours would paint even a transparent one. */
    padding: 2px 0 2px 16px;
    scroll-margin: 30vh 0;
    transition: border-color 0.2s, background-color 0.2s;
  }
  p.paragraph.current {
    padding-left: 12px;
    border-left: 4px solid var(--_accent);
    background: var(--_current);
  }
  p.paragraph:focus {
    outline: none;
  }
  p.paragraph:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .number {
    font: 12px/1 var(--_font);
    color: var(--_muted);
    margin-left: 4px;
    white-space: nowrap;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
  }
  button.mention {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: var(--_link);
    text-decoration: underline dotted 2px;
    text-underline-offset: 3px;
    cursor: pointer;
  }
  button.mention:hover,
  button.mention.selected {
    text-decoration-style: solid;
    color: var(--_link-hover);
  }
  button.mention:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    border-radius: 2px;
  }
  .end-matter {
    font: 13.5px/1.5 var(--_font);
    color: var(--_muted);
  }
  .outcome {
    margin: 32px 0 0;
    padding: 14px 16px;
    border: 1px solid var(--_later-line);
    border-left: 6px solid var(--_later-line);
    border-radius: 4px;
    background: var(--_later-bg);
    font: 15px/1.5 var(--_font);
  }
  .outcome h3 {
    margin: 0 0 2px;
  }
  .outcome .label {
    margin: 0 0 10px;
    font-size: 12px;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_later-ink);
  }
  .outcome ul {
    margin: 0 0 10px;
    padding-left: 20px;
  }
  .outcome button {
    font: 600 13.5px/1 var(--_font);
    min-height: 32px;
    padding: 0 12px;
    border: 1px solid var(--_later-line);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_later-ink);
    cursor: pointer;
  }
  .outcome button:focus-visible,
  .outcome a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sources {
    font-size: 12.5px;
    color: var(--_muted);
  }
  .outcome a {
    color: var(--_link);
  }
  .problem {
    font: 14px/1.4 var(--_font);
    padding: 8px 10px;
    background: var(--_warn-bg);
    border: 1px solid var(--_warn-line);
    border-radius: 4px;
  }
  @media (forced-colors: active) {
    p.paragraph.current {
      border-left-color: Highlight;
    }
  }
  /* In print: the text, without what only acts on screen. */
  @media print {
    .follow,
    .outcome button {
      display: none;
    }
    p.paragraph.current {
      padding-left: 16px;
      border-left: 0;
      background: none;
    }
    button.mention {
      color: inherit;
      text-decoration: none;
    }
    mark {
      background: none;
    }
  }
`;

export const styles = [palette, textReset, articleCss];
