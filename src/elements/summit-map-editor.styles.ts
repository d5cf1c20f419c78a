import { css } from 'lit';

/** The editor's own light palette; the map inside keeps its own. Text meets WCAG AA on its surfaces. */
export const styles = css`
  :host {
    --_ink: #16181a;
    --_muted: #4a4f55;
    --_line: #8b8f94;
    --_rule: #d6d9dc;
    --_surface: #fff;
    --_page: #f6f7f8;
    --_accent: #0b4f9c;
    --_focus: #0b57d0;
    --_draft: #8a5300;
    --_mark: #fde9b0;
    --_mark-accepted: #d7e8fb;
    --_mark-selected: #ffd166;
    --_error-bg: #fdecea;
    --_error-line: #b3261e;
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    height: var(--summit-map-editor-height, 100vh);
    font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
    color: var(--_ink);
    background: var(--_page);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  :host {
    display: flex;
    flex-direction: column;
  }
  button,
  .button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    min-height: 36px;
    padding: 4px 12px;
    border: 1px solid var(--_line);
    border-radius: 6px;
    background: var(--_surface);
    cursor: pointer;
  }
  button:hover,
  .button:hover {
    background: #eef2f6;
  }
  button[disabled] {
    cursor: default;
    color: var(--_muted);
    background: var(--_page);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
  }
  button.small {
    min-height: 28px;
    padding: 2px 8px;
    font-size: 13px;
  }
  button[aria-pressed='true'] {
    background: var(--_mark-selected);
  }
  :focus-visible,
  .button:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input:not([type='radio']),
  select,
  textarea {
    min-height: 32px;
    padding: 4px 6px;
    border: 1px solid var(--_line);
    border-radius: 4px;
    background: var(--_surface);
    max-width: 100%;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h2 {
    margin: 0 0 8px;
    font-size: 18px;
    line-height: 1.25;
  }
  h3 {
    margin: 16px 0 6px;
    font-size: 15px;
  }
  h4 {
    margin: 10px 0 4px;
    font-size: 14px;
  }
  .hint,
  .byline,
  .place-meta,
  .count,
  .cite {
    color: var(--_muted);
    font-size: 13px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 8px 12px;
    background: var(--_surface);
    border-bottom: 1px solid var(--_rule);
  }
  .spacer {
    flex: 1;
  }
  .export-label {
    font-weight: 600;
    font-size: 13px;
    color: var(--_muted);
  }
  .notice.quiet {
    padding: 0;
    border: 0;
  }
  .message,
  .notice,
  .busy {
    margin: 0;
    padding: 8px 12px;
  }
  .message {
    display: flex;
    gap: 12px;
    align-items: center;
    background: var(--_error-bg);
    border-left: 4px solid var(--_error-line);
  }
  .notice {
    background: #eaf3ec;
    border-left: 4px solid #2e7d4f;
  }
  form.paste {
    display: grid;
    gap: 8px;
    padding: 12px;
    background: var(--_surface);
    border-bottom: 1px solid var(--_rule);
  }
  form.paste textarea {
    width: 100%;
    resize: vertical;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .workspace {
    flex: 1;
    min-height: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.35fr) minmax(0, 1fr);
    grid-template-areas: 'article map places';
  }
  .article,
  .places {
    overflow: auto;
    padding: 12px 16px;
    background: var(--_surface);
  }
  .article {
    grid-area: article;
    border-right: 1px solid var(--_rule);
  }
  .places {
    grid-area: places;
    border-left: 1px solid var(--_rule);
  }
  .map-column {
    grid-area: map;
    position: relative;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  summit-map {
    flex: 1;
    --summit-map-height: 100%;
    min-height: 320px;
  }
  summit-map.placing {
    cursor: crosshair;
  }
  .placing-hint {
    position: absolute;
    left: 50%;
    bottom: 48px;
    transform: translateX(-50%);
    margin: 0;
    padding: 6px 10px;
    border-radius: 6px;
    background: var(--_ink);
    color: #fff;
    z-index: 1000;
  }
  .paragraph {
    display: grid;
    grid-template-columns: 2.2em minmax(0, 1fr);
    gap: 4px;
  }
  .paragraph .number {
    padding-top: 1px;
    color: var(--_muted);
    font-size: 12px;
  }
  .paragraph p {
    margin: 0 0 12px;
  }
  .subhead {
    margin: 12px 0 6px 2.4em;
  }
  mark.mention {
    background: var(--_mark-accepted);
    color: inherit;
    border-radius: 2px;
    cursor: pointer;
  }
  mark.mention.draft {
    background: var(--_mark);
    border-bottom: 2px dashed var(--_draft);
  }
  mark.mention.selected {
    background: var(--_mark-selected);
    outline: 2px solid var(--_draft);
  }
  ul.places,
  .unresolved ul,
  .results,
  .roles ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.place {
    padding: 6px 8px;
    border-radius: 6px;
    border-left: 4px solid transparent;
  }
  li.place.is-draft {
    border-left-color: var(--_draft);
  }
  li.place.open {
    background: #f1f5f9;
  }
  .place-name {
    border: 0;
    padding: 0 4px 0 0;
    min-height: 32px;
    background: none;
    font-weight: 600;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .place-name:hover {
    background: none;
  }
  .details {
    display: grid;
    gap: 8px;
    margin-top: 6px;
  }
  .details p {
    margin: 0;
  }
  .field {
    display: grid;
    gap: 2px;
    font-size: 13px;
    color: var(--_muted);
  }
  .field input,
  .field select {
    color: var(--_ink);
    font-size: 14px;
  }
  .position,
  .date,
  .sentence-picker {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: end;
  }
  .position .field input {
    width: 9em;
  }
  .sentence-picker .sentence {
    flex: 1 1 12em;
    min-width: 0;
  }
  .sentence-picker select {
    width: 100%;
  }
  fieldset {
    margin: 0;
    padding: 6px 8px;
    border: 1px solid var(--_rule);
    border-radius: 6px;
  }
  fieldset label {
    display: flex;
    gap: 6px;
    align-items: baseline;
    padding: 4px 0;
  }
  .quotes ol {
    margin: 0;
    padding-left: 20px;
  }
  .quotes li {
    margin-bottom: 6px;
  }
  .unresolved li,
  .results li {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
    padding: 4px 0;
  }
  .unresolved .name {
    font-weight: 600;
    flex: 1;
  }
  .search form,
  .new-role {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: end;
  }
  details {
    margin-top: 16px;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 32px;
  }
  .roles li {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: end;
    padding: 6px 0;
    border-bottom: 1px solid var(--_rule);
  }
  .check {
    margin: 0 0 12px;
    padding: 6px 10px;
    border-left: 4px solid #2e7d4f;
    background: #eaf3ec;
    font-size: 14px;
  }
  .check.has-problems {
    border-left-color: var(--_error-line);
    background: var(--_error-bg);
  }
  .check p,
  .check ul {
    margin: 0;
  }
  .check ul {
    padding-left: 18px;
  }
  .snippet {
    width: 100%;
    font: 12px/1.4 ui-monospace, monospace;
  }
  @media (max-width: 600px) {
    .toolbar {
      gap: 4px;
      padding: 6px 8px;
    }
    .toolbar button,
    .toolbar .button {
      padding: 2px 8px;
      font-size: 14px;
    }
    .spacer {
      flex-basis: 100%;
      height: 0;
    }
  }
  @media (max-width: 1000px) {
    :host {
      height: auto;
    }
    .workspace {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'map' 'places' 'article';
    }
    .map-column {
      height: 55vh;
    }
    .article,
    .places {
      overflow: visible;
      border: 0;
      border-top: 1px solid var(--_rule);
    }
  }
`;
