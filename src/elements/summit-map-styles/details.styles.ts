import { css, unsafeCSS } from 'lit';
import { leafletPopupCss } from '../../leaflet/leaflet-popup-css';

/**
 * Leaflet's own popup rules, before ours (which override them). With `detailsStyles`, adopted by the
 * element when a place is first chosen, with the details' code (a first view opens no details).
 */
export const leafletPopupStyles = unsafeCSS(leafletPopupCss);

/** A place's details: the popup on a wide map, the card over a narrow one (popup-content.ts, place-popups.ts). */
export const detailsStyles = css`
  /* Popups: content is DOM built in popup-content.ts. */
  .summit-leaflet-popup .leaflet-popup-content-wrapper {
    border-radius: 6px;
  }
  .summit-leaflet-popup .leaflet-popup-content {
    margin: 12px 14px;
    font: 14px/1.45 var(--_font);
  }
  .popup:focus {
    outline: none;
  }
  .popup:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }
  .popup-header {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .popup-title {
    flex: 1;
    margin: 0;
    font-size: 16px;
    line-height: 1.3;
  }
  .popup-close {
    border: 0;
    background: none;
    font-size: 20px;
    line-height: 1;
    padding: 0 4px;
    cursor: pointer;
    color: #444;
  }
  .popup-close:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .popup-role,
  .popup-site,
  .popup-credit {
    margin: 4px 0;
    color: #4a4f55;
    font-size: 12.5px;
  }
  .popup-role {
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 11px;
    font-weight: 600;
  }
  .popup-quotes {
    list-style: none;
    margin: 8px 0;
    padding: 0;
  }
  .popup-quote {
    display: flex;
    gap: 8px;
    align-items: baseline;
    margin: 6px 0;
  }
  .popup-quote blockquote {
    flex: 1;
    margin: 0;
    padding-left: 8px;
    border-left: 3px solid #c9c2b2;
    font-family: Georgia, 'Times New Roman', serif;
  }
  .popup-quote blockquote::before {
    content: '“';
  }
  .popup-quote blockquote::after {
    content: '”';
  }
  .popup-mentions {
    margin: 6px 0;
    font-size: 12.5px;
  }
  .popup-cite {
    border: 0;
    padding: 0 2px;
    background: none;
    font: inherit;
    color: #0b4f9c;
    text-decoration: underline;
    cursor: pointer;
  }
  .popup-cite:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .outcome-badge {
    margin: 0 0 6px;
    padding: 2px 6px;
    display: inline-block;
    border-radius: 3px;
    background: #ece8f6;
    color: #3e2f70;
    font-size: 11px;
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  .outcome-summary {
    margin: 6px 0;
  }
  .popup-paragraph {
    font-size: 11.5px;
    color: #5b6066;
    white-space: nowrap;
  }


  /* The details card of a narrow map: over its lower part, above the timeline and credits. */
  .summit-card {
    box-sizing: border-box;
    position: absolute;
    left: 8px;
    right: 8px;
    z-index: 1001;
    overflow: auto;
    overscroll-behavior: contain;
    padding: 10px 12px;
    background: #fff;
    border-radius: 8px;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.3);
    font: 14px/1.4 var(--_font);
  }
  /* The locator inset steps aside while a card is open: the card spans the map's width, and the
     inset (taller than the timeline it sits beside) would show half under it. Hidden, not taken
     out of the layout: the room the overlays leave, which the card and its place were fitted to,
     stays as it was measured. */
  .map:has(> .summit-card) ~ .inset {
    visibility: hidden;
  }
  /* Leaflet gives every popup paragraph 17px margins; details keep their own rhythm. */
  .popup p {
    margin: 4px 0;
  }
  .summit-leaflet-popup .leaflet-popup-content .popup p {
    margin: 4px 0;
  }
  .summit-card .leaflet-popup-content,
  .summit-card .popup-quotes {
    margin: 4px 0;
  }
  .summit-card .popup-site {
    font-size: 12px;
    line-height: 1.3;
  }
  .summit-card .popup-role {
    margin: 2px 0;
  }
  /* The palette's colours (../theme.styles.ts), here rather than in theme.styles.ts: they come
     with the details, after every part's rules but print's, as the theme's do. */
  .summit-leaflet-popup .leaflet-popup-content-wrapper,
  .summit-leaflet-popup .leaflet-popup-tip {
    background: var(--_surface);
    color: var(--_ink);
  }
  /* A card that scrolls shows it: a shadow along the edge with more beyond it (covers scroll
     with the content, so it fades as the end is reached). */
  .summit-card {
    color: var(--_ink);
    background:
      linear-gradient(var(--_surface) 30%, transparent) center top / 100% 36px no-repeat local,
      linear-gradient(transparent, var(--_surface) 70%) center bottom / 100% 36px no-repeat local,
      radial-gradient(farthest-side at 50% 0, rgb(0 0 0 / 0.28), transparent) center top / 100% 12px no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, rgb(0 0 0 / 0.28), transparent) center bottom / 100% 12px no-repeat scroll,
      var(--_surface);
  }
  .popup-close {
    color: var(--_muted);
  }
  .popup-role,
  .popup-site,
  .popup-credit,
  .popup-paragraph {
    color: var(--_muted);
  }
  .popup-quote blockquote {
    border-left-color: var(--_line);
  }
  .popup-cite {
    color: var(--_link);
  }
  .outcome-badge {
    background: var(--_later-bg);
    color: var(--_later-ink);
    border-color: var(--_later-line);
  }
`;
