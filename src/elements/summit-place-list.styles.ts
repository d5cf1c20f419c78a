import { css } from 'lit';

export const styles = css`
  :host {
    --_font: var(--summit-map-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_focus: var(--summit-map-focus, #0b57d0);
    --_current: var(--summit-place-list-current, #fff3d6);
    display: block;
    font-family: var(--_font);
    color: #1b1b1b;
    font-size: 14px;
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  h2 {
    margin: 0 0 8px;
    font-size: 16px;
  }
  h3 {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 14px 0 4px;
    font-size: 12px;
    font-weight: 700;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: #4a4f55;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    margin: 0;
    padding: 6px 8px;
    border-radius: 6px;
    border-left: 4px solid transparent;
  }
  li.current {
    background: var(--_current);
    border-left-color: #b26a00;
  }
  button {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    font: 600 15px/1.3 var(--_font);
    color: #0b4f9c;
    text-align: left;
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
  }
  button:hover {
    color: #073a73;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  button[aria-current='true'] {
    color: #16181a;
  }
  .site {
    margin: 2px 0 0;
    color: #4a4f55;
    font-size: 13px;
  }
  blockquote {
    margin: 4px 0 0;
    padding-left: 8px;
    border-left: 3px solid #c9c2b2;
    font-family: Georgia, 'Times New Roman', serif;
    font-size: 14px;
  }
  .paragraph {
    font-family: var(--_font);
    font-size: 12px;
    color: #5b6066;
    white-space: nowrap;
  }
  .description {
    margin: 2px 0 0;
    font-size: 13px;
    color: #4a4f55;
  }
  .empty {
    color: #5b6066;
  }
  /* A long list: rows at fixed heights (place-list-rows.ts), only those near the view in the DOM. */
  .count {
    margin: 0 0 6px;
    color: #5b6066;
    font-size: 13px;
  }
  ul.virtual {
    position: relative;
  }
  ul.virtual > li {
    position: absolute;
    left: 0;
    right: 0;
    box-sizing: border-box;
    height: 80px;
    overflow: hidden;
  }
  ul.virtual > li.group {
    height: 40px;
    padding: 0;
  }
  ul.virtual > li.group h3 {
    margin: 14px 0 4px;
  }
  ul.virtual .site,
  ul.virtual .description,
  ul.virtual blockquote {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
`;
