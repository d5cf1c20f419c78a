/**
 * The editor's role editor: the story's roles (the legend's entries), each with its words, symbol
 * and colour, and a new role. Which role a place has is chosen in its details.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ROLE_SYMBOLS, type Role } from '../model/types';

export interface RoleActions {
  set: (id: string, field: 'label' | 'symbol' | 'color', value: string) => void;
  add: (label: string) => void;
}

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

export function rolesTemplate(roles: readonly Role[], actions: RoleActions): TemplateResult {
  return html`
    <details class="roles">
      <summary>Roles (the legend) <span class="count">${roles.length}</span></summary>
      <ul>
        ${roles.map(
          (role) => html`<li data-role-id=${role.id}>
            <label class="field"
              >Words for <code>${role.id}</code>
              <input
                .value=${live(role.label)}
                @change=${(event: Event) => value(event).trim() && actions.set(role.id, 'label', value(event).trim())}
            /></label>
            <label class="field"
              >Symbol
              <select @change=${(event: Event) => actions.set(role.id, 'symbol', value(event))}>
                ${ROLE_SYMBOLS.map((symbol) => html`<option ?selected=${symbol === role.symbol}>${symbol}</option>`)}
              </select></label
            >
            <label class="field"
              >Colour <input type="color" .value=${live(fullHex(role.color))} @change=${(event: Event) => actions.set(role.id, 'color', value(event))}
            /></label>
          </li>`,
        )}
      </ul>
      <form
        class="new-role"
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          const form = event.target as HTMLFormElement;
          const label = String(new FormData(form).get('label') ?? '').trim();
          if (label) actions.add(label);
          form.reset();
        }}
      >
        <label class="field">New role <input name="label" placeholder="e.g. Evacuation centre" /></label>
        <button type="submit">Add role</button>
      </form>
    </details>
  `;
}

/** `<input type="color">` takes only #rrggbb. */
const fullHex = (color: string) =>
  /^#[0-9a-f]{3}$/i.test(color) ? `#${[...color.slice(1)].map((digit) => digit + digit).join('')}` : color;
