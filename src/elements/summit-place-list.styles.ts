import { css } from 'lit';
import { palette, textReset } from './theme.styles';

const listCss = css`
  :host {
    --_item-current: var(--summit-place-list-current, var(--_current));
    display: block;
    font-family: var(--_font);
    background: var(--_host-background);
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
    color: var(--_muted);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    margin: 0;
    /* No border until current: forced colours would paint even a transparent one. */
    padding: 6px 8px 6px 12px;
    border-radius: 6px;
  }
  li.current {
    padding-left: 8px;
    background: var(--_item-current);
    border-left: 4px solid var(--_accent);
  }
  button {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    font: 600 15px/1.3 var(--_font);
    color: var(--_link);
    text-align: left;
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
  }
  button:hover {
    color: var(--_link-hover);
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  button[aria-current='true'] {
    color: var(--_ink);
  }
  .site {
    margin: 2px 0 0;
    color: var(--_muted);
    font-size: 13px;
  }
  blockquote {
    margin: 4px 0 0;
    padding-left: 8px;
    border-left: 3px solid var(--_line);
    font-family: Georgia, 'Times New Roman', serif;
    font-size: 14px;
  }
  .paragraph {
    font-family: var(--_font);
    font-size: 12px;
    color: var(--_muted);
    white-space: nowrap;
  }
  .description {
    margin: 2px 0 0;
    font-size: 13px;
    color: var(--_muted);
  }
  .empty {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    li.current {
      border-left-color: Highlight;
    }
  }
  @media print {
    li.current {
      padding-left: 12px;
      border-left: 0;
      background: none;
    }
    button {
      color: inherit;
      text-decoration: none;
    }
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

export const styles = [palette, textReset, listCss];
