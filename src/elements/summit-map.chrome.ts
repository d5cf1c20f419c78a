/**
 * The overlays of <summit-map> around the Leaflet map — controls, keyboard help, timeline, key,
 * credits, status and error — as templates of what the element passes in. No state lives here.
 */
import { html, nothing, svg } from 'lit';
import { timelineOf } from '../model/timeline';
import type { Role, Place } from '../model/types';
import { roleSymbol } from '../symbols/role-symbol';

export interface ControlsState {
  compact: boolean;
  outcomeTitle?: string;
  showOutcome: boolean;
  helpOpen: boolean;
}

export interface ControlsHandlers {
  zoomBy: (delta: number) => void;
  fitAll: () => void;
  toggleOutcome: () => void;
  toggleHelp: () => void;
}

/**
 * `more`: further buttons at the end of the controls (the full-screen toggle); `note`: the
 * readers' error note, in the controls' own flow (under the column, or a row of its own on a
 * phone), so that it never covers a control.
 */
export function controlsTemplate(state: ControlsState, on: ControlsHandlers, more: unknown = nothing, note: unknown = nothing) {
  // On a phone the help button sits with the zoom buttons at the right end of the row.
  const helpToggle = html`<button
      type="button"
      class="help-toggle"
      aria-expanded=${state.helpOpen ? 'true' : 'false'}
      aria-controls="keyboard-help"
      aria-label=${state.compact ? 'Keyboard help' : nothing}
      @click=${on.toggleHelp}
    >
      ${state.compact ? '?' : 'Keyboard'}
    </button>`;
  // Zoom buttons lead the column on a wide map and end the row on a phone (focus follows what is seen).
  const zoom = html`<div class="zoom">
      ${state.compact ? helpToggle : nothing}
      <button type="button" @click=${() => on.zoomBy(1)} aria-label="Zoom in">+</button>
      <button type="button" @click=${() => on.zoomBy(-1)} aria-label="Zoom out">−</button>
    </div>`;
  return html`<div class="controls ${state.compact ? 'compact' : ''}" part="controls">
    ${state.compact ? nothing : zoom}
    ${
      state.compact
        ? html`<button type="button" class="fit" aria-label="Show all places" title="Show all places" @click=${on.fitAll}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <g fill="none" stroke="currentColor" stroke-width="1.5">
                <circle cx="8" cy="8" r="6.2" />
                <ellipse cx="8" cy="8" rx="2.8" ry="6.2" />
                <path d="M1.8 8h12.4" />
              </g>
            </svg>
          </button>`
        : html`<button type="button" class="fit" @click=${on.fitAll}>Show all places</button>`
    }
    ${
      state.outcomeTitle
        ? html`<button
            type="button"
            class="outcome-toggle"
            title=${state.outcomeTitle}
            aria-pressed=${state.showOutcome ? 'true' : 'false'}
            @click=${on.toggleOutcome}
          >
            ${state.outcomeTitle}
          </button>`
        : nothing
    }
    ${state.compact ? zoom : helpToggle}
    ${more} ${note}
  </div>`;
}

/**
 * The keyboard help panel; its content (keyboard-help.ts, fetched with keyboard-code.ts) only while
 * it is open: none of it is needed for the first view.
 */
export function helpTemplate(open: boolean, onClose: () => void, content: unknown) {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return html`<div id="keyboard-help" class="help" part="help" ?hidden=${!open} @keydown=${onKeydown}>
    ${open ? content : nothing}
  </div>`;
}

export function timelineTemplate(places: readonly Place[], selected: string, compact: boolean, step: (delta: number) => void) {
  const timeline = timelineOf(places);
  if (timeline.length < 2) return nothing;
  const index = timeline.findIndex((place) => place.id === selected);
  const current = timeline[index];
  const first = timeline[0]!;
  return html`<div class="timeline ${compact ? 'compact' : ''}" part="timeline" role="group" aria-label="Timeline">
    <button type="button" aria-label="Earlier" ?disabled=${index === 0} @click=${() => step(-1)}>◀</button>
    <p class="timeline-label">
      ${
        current
          ? html`<span class="timeline-step">${index + 1} of ${timeline.length}</span> ${current.dateLabel ?? current.date}`
          : compact
            ? html`<span class="timeline-step">Timeline</span> ${timeline.length} dates`
            : html`<span class="timeline-step">Timeline</span> ${timeline.length} dates, from ${first.dateLabel ?? first.date}`
      }
    </p>
    <button type="button" aria-label="Later" ?disabled=${index === timeline.length - 1} @click=${() => step(1)}>▶</button>
  </div>`;
}

export function legendTemplate(roles: readonly Role[], open: boolean, compact = false) {
  if (roles.length === 0) return nothing;
  return html`<details class="legend ${compact ? 'compact' : ''}" part="legend" ?open=${open}>
    <summary>Key</summary>
    <ul aria-label="Key to the map's symbols">
      ${roles.map((role) => html`<li>${roleSymbol(role.symbol, role.color, 16)}<span>${role.label}</span></li>`)}
    </ul>
  </details>`;
}

/** `offlineLimit`: the view is as close as the offline basemap honestly goes, which the map says. */
export function creditsTemplate(quotesCredit: string, tilesCredit: string, offlineLimit = false) {
  return html`<p class="credits" part="credits">
    ${quotesCredit ? html`<span>Quotes: ${quotesCredit}</span>` : nothing}
    <span>Map: Natural Earth</span>
    ${offlineLimit ? html`<span class="offline-limit">Closest offline view: coasts at 1:10m</span>` : nothing}
    ${tilesCredit ? html`<span>Tiles: ${tilesCredit}</span>` : nothing}
  </p>`;
}

/** The live region's text is the selection controller's to write (see SelectionController.announcement). */
export function statusTemplate(loading: boolean) {
  return html`<p class="visually-hidden" aria-live="polite" data-announcer></p>
    ${loading ? html`<p class="status" role="status">Loading the map data…</p>` : nothing}`;
}

/** The readers' short note (the details are in the console and summit-error, for the page's author). */
export function errorTemplate(message: string, onDismiss: () => void) {
  if (!message) return nothing;
  return html`<div class="error" part="error" role="alert">
    <p>${message}</p>
    <button type="button" @click=${onDismiss} aria-label="Dismiss this message">Dismiss</button>
  </div>`;
}

/** The full-screen toggle (nothing where the Fullscreen API is missing); one name, its state in `aria-pressed`. */
export function fullscreenButtonTemplate(available: boolean, active: boolean, toggle: () => void) {
  if (!available) return nothing;
  return html`<button
    type="button"
    class="fullscreen-toggle"
    aria-label="Full screen"
    aria-pressed=${active ? 'true' : 'false'}
    title=${active ? 'Exit full screen' : 'Full screen'}
    @click=${toggle}
  >
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      ${active ? svg`<path d="M6 1v5H1M10 1v5h5M6 15v-5H1M10 15v-5h5" />` : svg`<path d="M1 6V1h5M15 6V1h-5M1 10v5h5M15 10v5h-5" />`}
    </svg>
  </button>`;
}

/** The hint shown when one finger swipes over the map and the page scrolls instead: for sighted touch users only. */
export function touchHintTemplate(visible: boolean) {
  return html`<p class="touch-hint ${visible ? 'visible' : ''}" aria-hidden="true">Use two fingers to move the map</p>`;
}
