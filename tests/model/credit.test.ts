import { describe, expect, it } from 'vitest';
import { creditLine, formatDate } from '../../src/model/credit';

describe('formatDate', () => {
  it('writes an ISO date the British way, in English', () => {
    expect(formatDate('2019-01-21')).toBe('21 January 2019');
    expect(formatDate('2023-12-05')).toBe('5 December 2023');
  });

  it('agrees with Intl for every day of a year', () => {
    const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2024, 0, 1 + day, 12));
      expect(formatDate(date.toISOString().slice(0, 10))).toBe(format.format(date));
    }
  });

  it('gives back what is not a date', () => {
    expect(formatDate('2019-13-01')).toBe('2019-13-01');
    expect(formatDate('21 Jan 2019')).toBe('21 Jan 2019');
    expect(formatDate('2019-01-00')).toBe('2019-01-00');
  });
});

describe('creditLine', () => {
  it('names publisher, headline and date', () => {
    expect(creditLine({ publisher: 'Bloomberg', headline: 'A summit', byline: '', date: '2019-01-21', paragraphs: [], subheads: [] })).toBe(
      'Bloomberg, “A summit”, 21 January 2019',
    );
    expect(creditLine(undefined)).toBe('');
  });
});
