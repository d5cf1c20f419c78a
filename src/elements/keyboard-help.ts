/**
 * The keyboard help panel's content for <summit-map> (summit-map.chrome.ts has the panel): part of
 * the code fetched when focus first enters the map or a reader first opens the help (keyboard-code.ts).
 */
import { html } from 'lit';

export function helpContent(onClose: () => void) {
  return html`<h2>Using the map with a keyboard</h2>
    <dl>
      <dt>Tab</dt>
      <dd>to the map, then to its places</dd>
      <dt>Arrow keys</dt>
      <dd>on a place: the next or previous place; on the map: move it</dd>
      <dt>Enter or Space</dt>
      <dd>open the place's quotes</dd>
      <dt>Escape</dt>
      <dd>close them and return to the place</dd>
      <dt>+ and −</dt>
      <dd>zoom in and out (on the map)</dd>
    </dl>
    <button type="button" @click=${onClose}>Close</button>`;
}
