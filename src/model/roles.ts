/**
 * The roles of a story: the kinds of place its legend explains. Declared roles keep what they
 * declare; whatever is missing or invalid gets a default, and a role a place uses without
 * declaring it is made for it, so a role never costs the places that use it.
 */
import { HEX_COLOR, isNonEmptyString, isObject } from './json-guards';
import { ROLE_SYMBOLS, type PlaceKind, type Problem, type Role, type RoleSymbol } from './types';

/** The role of a place that names none. */
export const DEFAULT_ROLE = { id: 'place', label: 'Place' } as const;

/**
 * Okabe & Ito's colour-blind-safe sequence (jfly.uni-koeln.de/color), strongest first: yellow
 * last, as it is the hardest to see on a light map.
 */
export const DEFAULT_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#f0e442'] as const;

/** Point roles without a symbol take these in turn, so shape tells them apart as well as colour. */
export const DEFAULT_POINT_SYMBOLS: readonly RoleSymbol[] = ['circle', 'square', 'diamond', 'triangle', 'star'];
const DEFAULT_SYMBOL: Record<Exclude<PlaceKind, 'point'>, RoleSymbol> = { line: 'line', area: 'area' };

/** "flight-route" → "Flight route". */
export function labelFromId(id: string): string {
  const words = id.replace(/[-_\s]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

interface Usage {
  count: number;
  kind: PlaceKind;
}

interface Draft extends Omit<Role, 'symbol' | 'color'> {
  symbol?: RoleSymbol;
  color?: string;
}

/**
 * Every declared role, then every role places use without declaring it (in order of first use),
 * sorted by `order` (ties keep that order), each with a symbol and a colour.
 * @param usage for each role id a place uses: how many places, and how the first is drawn
 */
export function buildRoles(input: unknown, usage: ReadonlyMap<string, Usage>, problems: Problem[]): Role[] {
  if (input !== undefined && !isObject(input)) {
    problems.push({ field: 'roles', message: '"roles" should be an object keyed by role id; it was ignored.' });
  }
  const declared = isObject(input) ? Object.entries(input) : [];
  const drafts: Draft[] = declared.map(([id, value], position) => declaredRole(id, value, position, problems));
  const known = new Set(drafts.map((role) => role.id));
  let order = drafts.reduce((max, role) => Math.max(max, role.order), 0);
  for (const [id, { count }] of usage) {
    if (known.has(id)) continue;
    order += 1;
    if (id === DEFAULT_ROLE.id) {
      drafts.push({ ...DEFAULT_ROLE, order });
      continue;
    }
    drafts.push({ id, label: labelFromId(id), order });
    const places = count === 1 ? '1 place uses it' : `${count} places use it`;
    problems.push({
      field: `roles.${id}`,
      message: `The role "${id}" is not declared in "roles" (${places}); it was added as "${labelFromId(id)}" with a default style.`,
    });
  }
  drafts.sort((a, b) => a.order - b.order);
  return withDefaults(drafts, usage);
}

function declaredRole(id: string, value: unknown, position: number, problems: Problem[]): Draft {
  const field = `roles.${id}`;
  const report = (suffix: string, message: string) => problems.push({ field: suffix ? `${field}.${suffix}` : field, message });
  if (!isObject(value)) {
    report('', `The role "${id}" should be an object such as { "label": "…" }; it has a default label and style.`);
    return { id, label: labelFromId(id), order: position + 1 };
  }
  if (value.label !== undefined && !isNonEmptyString(value.label)) {
    report('label', `The role "${id}" has a label that is not words; "${labelFromId(id)}" is shown.`);
  }
  const symbol = (ROLE_SYMBOLS as readonly unknown[]).includes(value.symbol) ? (value.symbol as RoleSymbol) : undefined;
  if (value.symbol !== undefined && !symbol) {
    report('symbol', `The role "${id}" has symbol "${String(value.symbol)}"; use one of ${ROLE_SYMBOLS.join(', ')}. A default is used.`);
  }
  const color = typeof value.color === 'string' && HEX_COLOR.test(value.color) ? value.color : undefined;
  if (value.color !== undefined && !color) {
    report('color', `The role "${id}" has colour "${String(value.color)}"; use a hex colour such as #1f5fa8. A default is used.`);
  }
  const order = typeof value.order === 'number' && Number.isFinite(value.order) ? value.order : position + 1;
  if (value.order !== undefined && order !== value.order) report('order', `The role "${id}" has an order that is not a number.`);
  return { id, label: isNonEmptyString(value.label) ? value.label.trim() : labelFromId(id), order, symbol, color };
}

/** Fills in symbols by how each role's places are drawn, and colours from the sequence, skipping colours already declared. */
function withDefaults(drafts: Draft[], usage: ReadonlyMap<string, Usage>): Role[] {
  const declaredColors = new Set(drafts.flatMap((role) => (role.color ? [role.color.toLowerCase()] : [])));
  const freeColors = DEFAULT_COLORS.filter((color) => !declaredColors.has(color));
  const colors = freeColors.length ? freeColors : DEFAULT_COLORS;
  const declaredSymbols = new Set(drafts.map((role) => role.symbol));
  const freeSymbols = DEFAULT_POINT_SYMBOLS.filter((symbol) => !declaredSymbols.has(symbol));
  const pointSymbols = freeSymbols.length ? freeSymbols : DEFAULT_POINT_SYMBOLS;
  let nextColor = 0;
  let nextSymbol = 0;
  return drafts.map(({ symbol, color, ...role }) => {
    const kind = usage.get(role.id)?.kind ?? 'point';
    return {
      ...role,
      symbol: symbol ?? (kind === 'point' ? pointSymbols[nextSymbol++ % pointSymbols.length]! : DEFAULT_SYMBOL[kind]),
      color: color ?? colors[nextColor++ % colors.length]!,
    };
  });
}
