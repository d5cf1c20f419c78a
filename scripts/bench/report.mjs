// Formatting of the bench's results: a Markdown table (printed, and written into
// docs/performance.md between the bench markers by --write-readme).
import { readFileSync, writeFileSync } from 'node:fs';

export const median = (values) => {
  const known = values.filter((value) => value !== undefined);
  if (known.length === 0) return undefined;
  const sorted = [...known].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const ms = (value) =>
  value === undefined ? 'timeout' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
export const ratio = (ours, reference) => (ours === undefined || !reference ? '–' : `${(ours / reference).toFixed(2)}×`);

/** The spread of a set of times: "68–78 ms" (min–max), or '' with fewer than two. */
export const spread = (values) => {
  const known = values.filter((value) => value !== undefined);
  if (known.length < 2) return '';
  return `${Math.round(Math.min(...known))}–${Math.round(Math.max(...known))} ms`;
};

/** A median with its spread beside it: "70 ms (68–78 ms, n=21)". */
export const msWithSpread = (values) => {
  const known = values.filter((value) => value !== undefined);
  const middle = median(known);
  if (middle === undefined) return 'timeout';
  return `${ms(middle)} (${[spread(known), `n=${known.length}`].filter(Boolean).join(', ')})`;
};

/** A Markdown table with the given header and rows (arrays of cells). */
export function markdownTable(header, rows) {
  const widths = header.map((_, column) => Math.max(3, ...[header, ...rows].map((row) => String(row[column]).length)));
  const line = (row) => `| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

/** Replaces the text between the bench markers of `readmePath` with `section`. */
export function writeReadmeSection(readmePath, section) {
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no ${README_START} … ${README_END} section.`);
  writeFileSync(readmePath, `${readme.slice(0, start + README_START.length)}\n\n${section.trim()}\n\n${readme.slice(end)}`);
}
