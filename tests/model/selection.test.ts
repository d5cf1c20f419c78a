import { describe, expect, it } from 'vitest';
import { SelectionModel, hashForPlace, placeIdFromHash } from '../../src/model/selection';

describe('placeIdFromHash', () => {
  it('reads #place=<id>', () => {
    expect(placeIdFromHash('#place=danang')).toBe('danang');
    expect(placeIdFromHash('place=ho-chi-minh-city')).toBe('ho-chi-minh-city');
    expect(placeIdFromHash('#view=map&place=seoul')).toBe('seoul');
    expect(placeIdFromHash('#place=')).toBe('');
    expect(placeIdFromHash('#place=lake%20m%C3%A4laren')).toBe('lake mälaren');
  });

  it('ignores hashes for other purposes', () => {
    for (const hash of ['', '#', '#top', '#section-2', '#placement', '#replace=x']) expect(placeIdFromHash(hash)).toBeNull();
  });
});

describe('hashForPlace', () => {
  it('writes and clears the place, keeping other parameters', () => {
    expect(hashForPlace('', 'hanoi')).toBe('#place=hanoi');
    expect(hashForPlace('#top', 'hanoi')).toBe('#place=hanoi');
    expect(hashForPlace('#view=map&place=seoul', 'danang')).toBe('#view=map&place=danang');
    expect(hashForPlace('#place=seoul', '')).toBe('');
    expect(placeIdFromHash(hashForPlace('', 'a b&c'))).toBe('a b&c');
  });
});

describe('SelectionModel', () => {
  it('selects only known ids', () => {
    const model = new SelectionModel();
    model.setKnownIds(['a', 'b']);
    expect(model.select('zzz')).toBe(false);
    expect(model.id).toBe('');
    expect(model.select('a')).toBe(true);
    expect(model.id).toBe('a');
    expect(model.select('zzz')).toBe(false);
    expect(model.id).toBe('a');
    expect(model.select('')).toBe(true);
    expect(model.id).toBe('');
  });

  it('clears a selection whose place is gone', () => {
    const model = new SelectionModel();
    model.setKnownIds(['a']);
    model.select('a');
    model.setKnownIds(['b']);
    expect(model.id).toBe('');
  });
});
