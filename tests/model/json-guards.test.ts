// The checks every parser shares (src/model/json-guards.ts).
import { describe, expect, it } from 'vitest';
import {
  badTextFields,
  HEX_COLOR,
  isHttpUrl,
  isIsoDate,
  isIsoDateOrMonth,
  isNonEmptyString,
  isObject,
  textList,
  textOf,
} from '../../src/model/json-guards';

describe('json-guards', () => {
  it('isObject: a plain JSON object, not null, an array or a primitive', () => {
    expect([{}, { a: 1 }, Object.create(null)].every(isObject)).toBe(true);
    expect([null, undefined, [], [1], 'x', 1, true].some(isObject)).toBe(false);
  });

  it('isNonEmptyString: text with a character that is not white space', () => {
    expect(['a', ' a ', '0'].every(isNonEmptyString)).toBe(true);
    expect(['', '   ', '\n\t', 0, null, undefined, ['a'], {}].some(isNonEmptyString)).toBe(false);
  });

  it('textOf: trimmed text, or "" for anything else', () => {
    expect(textOf('  Hanoi \n')).toBe('Hanoi');
    expect([undefined, null, 3, {}, ['a']].map(textOf)).toEqual(['', '', '', '', '']);
  });

  it('isIsoDate: a real calendar day as YYYY-MM-DD', () => {
    expect(['2019-01-21', '2019-12-31', '2020-02-29', '0001-01-01'].every(isIsoDate)).toBe(true);
    expect(
      [
        '2019-1-21',
        '2019-13-01',
        '2019-00-10',
        '2019-01-32',
        '2019-01-00',
        '2019-01',
        '21/01/2019',
        '2019-01-21T00:00',
        ' 2019-01-21',
        20190121,
      ].some(isIsoDate),
    ).toBe(false);
  });

  it('isIsoDateOrMonth: a day, or a month as YYYY-MM', () => {
    expect(['2019-01-21', '2019-02'].every(isIsoDateOrMonth)).toBe(true);
    expect(['2019', '2019-13', '2019-02-', '2019-2', null].some(isIsoDateOrMonth)).toBe(false);
  });

  it('HEX_COLOR: #rgb or #rrggbb, either case', () => {
    expect(['#fff', '#1F5FA8', '#000000'].every((color) => HEX_COLOR.test(color))).toBe(true);
    expect(['fff', '#ffff', '#12345', '#1234567', '#ggg', 'red', 'rgb(0,0,0)'].some((color) => HEX_COLOR.test(color))).toBe(false);
  });

  it('isHttpUrl: http(s), with //, no spaces, and parsable', () => {
    expect(['https://example.com', 'http://example.com/a?b=c#d', 'https://例え.jp/'].every(isHttpUrl)).toBe(true);
    expect(
      [
        'javascript:alert(1)',
        'data:text/html,x',
        'ftp://example.com',
        '//example.com',
        'https:/example.com',
        'https://exa mple.com',
        'https://',
        'https://[',
        'HTTPS//x',
        3,
        null,
      ].some(isHttpUrl),
    ).toBe(false);
  });

  it('badTextFields: the fields present but not non-blank text, in the order asked', () => {
    const object = { a: 'ok', b: '', c: 3, d: undefined, e: null };
    expect(badTextFields(object, ['a', 'b', 'c', 'd', 'e', 'missing'])).toEqual(['b', 'c', 'e']);
  });

  it('textList: a list of non-blank texts (an empty list is a list), else undefined', () => {
    expect(textList(['a', 'b'])).toEqual(['a', 'b']);
    expect(textList([])).toEqual([]);
    expect([['a', ''], ['a', 1], 'a', null, { 0: 'a' }].map(textList)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
