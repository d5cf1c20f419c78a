import { css } from 'lit';

export const styles = css`
  :host {
    --_font: var(--summit-map-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_serif: var(--summit-article-font, Georgia, 'Times New Roman', serif);
    --_focus: var(--summit-map-focus, #0b57d0);
    display: block;
    color: #16181a;
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
    background: var(--summit-article-background, #fbfaf7);
    font: 600 13.5px/1.3 var(--_font);
    color: #3c4043;
  }
  .follow input {
    width: 18px;
    height: 18px;
    margin: 0;
    accent-color: #b26a00;
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
    color: #4a4f55;
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
    padding: 2px 0 2px 12px;
    border-left: 4px solid transparent;
    scroll-margin: 30vh 0;
    transition: border-color 0.2s, background-color 0.2s;
  }
  p.paragraph.current {
    border-left-color: #e0a800;
    background: #fffaf0;
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
    color: #6b7075;
    margin-left: 4px;
    white-space: nowrap;
  }
  mark {
    background: #ffe58a;
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
    color: #0b4f9c;
    text-decoration: underline dotted 2px;
    text-underline-offset: 3px;
    cursor: pointer;
  }
  button.mention:hover,
  button.mention.selected {
    text-decoration-style: solid;
    color: #073a73;
  }
  button.mention:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    border-radius: 2px;
  }
  .end-matter {
    font: 13.5px/1.5 var(--_font);
    color: #4a4f55;
  }
  .outcome {
    margin: 32px 0 0;
    padding: 14px 16px;
    border: 1px solid #b9aee0;
    border-left: 6px solid #5b4a8b;
    border-radius: 4px;
    background: #f6f4fb;
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
    color: #3e2f70;
  }
  .outcome ul {
    margin: 0 0 10px;
    padding-left: 20px;
  }
  .outcome button {
    font: 600 13.5px/1 var(--_font);
    min-height: 32px;
    padding: 0 12px;
    border: 1px solid #5b4a8b;
    border-radius: 4px;
    background: #fff;
    color: #3e2f70;
    cursor: pointer;
  }
  .outcome button:focus-visible,
  .outcome a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sources {
    font-size: 12.5px;
    color: #4a4f55;
  }
  .problem {
    font: 14px/1.4 var(--_font);
    padding: 8px 10px;
    background: #fff4e5;
    border: 1px solid #b26a00;
    border-radius: 4px;
  }
`;
