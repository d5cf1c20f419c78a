/**
 * The checks every parser of the data contract shares (places, article, outcome), kept in one
 * place so the three parsers, and the JSON Schemas that mirror them, cannot drift apart.
 */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** The trimmed text of a string, or '' for anything else. */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The same patterns are in the schemas (`geo/*.schema.json`); tests/model/contract.test.ts compares them. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const ISO_DATE_OR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
export const HEX_COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && ISO_DATE.test(value);
export const isIsoDateOrMonth = (value: unknown): value is string => typeof value === 'string' && ISO_DATE_OR_MONTH.test(value);

/** The fields of `object` that are present but not text with a non-blank character. */
export const badTextFields = (object: Json, fields: readonly string[]): string[] =>
  fields.filter((field) => object[field] !== undefined && !isNonEmptyString(object[field]));

/** A list of non-blank texts, or undefined for anything else (an empty list is a list). */
export const textList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every(isNonEmptyString) ? (value as string[]) : undefined;

/** http(s) addresses as the schemas spell them: the scheme, `//`, no spaces, and parsable. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !HTTP_URL.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
export const HTTP_URL = /^https?:\/\/\S+$/;
