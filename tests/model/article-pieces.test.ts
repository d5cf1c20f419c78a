import { expect, it } from 'vitest';
import { piecesOf } from '../../src/model/article-pieces';

const text = 'Talks in Hanoi went well. Then Seoul spoke.';
const mentions = [
  { placeId: 'hanoi', paragraph: 1, start: 9, end: 14, text: 'Hanoi' },
  { placeId: 'seoul', paragraph: 1, start: 31, end: 36, text: 'Seoul' },
];

it('splits a paragraph into text and mentions, losing nothing', () => {
  const pieces = piecesOf(text, mentions);
  expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  expect(pieces.filter((piece) => piece.placeId).map((piece) => [piece.placeId, piece.text])).toEqual([
    ['hanoi', 'Hanoi'],
    ['seoul', 'Seoul'],
  ]);
});

it('marks the runs of the highlighted sentence only', () => {
  const pieces = piecesOf(text, mentions, { start: 26, end: 43 });
  expect(
    pieces
      .filter((piece) => piece.marked)
      .map((piece) => piece.text)
      .join(''),
  ).toBe('Then Seoul spoke.');
  expect(
    pieces
      .filter((piece) => !piece.marked)
      .map((piece) => piece.text)
      .join(''),
  ).toBe('Talks in Hanoi went well. ');
});

it('returns the whole paragraph as one run without mentions', () => {
  expect(piecesOf(text, [])).toEqual([{ text, placeId: undefined, marked: false }]);
});
