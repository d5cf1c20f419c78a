/**
 * Writes JSON the way the project's files are written (Prettier's JSON style at a print width of
 * 140, two-space indent): objects one member a line; an array on one line when it fits and holds
 * no object or nested list of several items, else one item a line. So a story opened in the
 * editor and exported unchanged comes back byte for byte, and an edited one stays Prettier-clean.
 * Pure: no DOM.
 */

/** The print width of .prettierrc.json. */
export const JSON_PRINT_WIDTH = 140;

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** The JSON text of `value`, with a final line break. `undefined` members are left out, as JSON.stringify does. */
export function formatJson(value: unknown, width = JSON_PRINT_WIDTH): string {
  return `${print(value as JsonValue, '', 0, width)}\n`;
}

/**
 * The text to export for `value`: `source`, the text it was read from, when the value is still
 * what that text says (so a file in any style comes back byte for byte), else `formatJson`.
 */
export function exportJson(value: unknown, source?: string): string {
  if (source !== undefined) {
    try {
      if (JSON.stringify(JSON.parse(source)) === JSON.stringify(value)) return source;
    } catch {
      // Not JSON after all: print the value.
    }
  }
  return formatJson(value);
}

/**
 * `value` printed at `indent`; `column` is where it starts on its line (after a key), so a short
 * array is kept on one line only when the whole line fits.
 */
function print(value: JsonValue, indent: string, column: number, width: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (!mustBreak(value)) {
      const flat = flatArray(value);
      if (flat !== undefined && column + flat.length <= width) return flat;
    }
    const items = value.map((item) => inner + print(item ?? null, inner, inner.length, width));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, member]) => member !== undefined);
  if (entries.length === 0) return '{}';
  const members = entries.map(([key, member]) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + print(member, inner, head.length, width);
  });
  return `{\n${members.join(',\n')}\n${indent}}`;
}

/**
 * Prettier breaks a list of two or more items that are all objects, or all lists of two or more
 * items, even when it would fit (a LineString's coordinates, a list of quotes).
 */
function mustBreak(items: readonly JsonValue[]): boolean {
  if (items.length < 2) return false;
  const objects = items.every((item) => isObject(item) && Object.keys(item).length > 0);
  const lists = items.every((item) => Array.isArray(item) && item.length > 1);
  return objects || lists;
}

/** An array on one line (`[1, 2]`, `["a", "b"]`), or undefined when it holds an object, which is never flat. */
function flatArray(items: readonly JsonValue[]): string | undefined {
  const parts: string[] = [];
  for (const item of items) {
    if (isObject(item)) return undefined;
    if (Array.isArray(item)) {
      const nested = item.length === 0 ? '[]' : flatArray(item);
      if (nested === undefined) return undefined;
      parts.push(nested);
    } else parts.push(JSON.stringify(item ?? null));
  }
  return `[${parts.join(', ')}]`;
}

const isObject = (value: unknown): value is Record<string, JsonValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
