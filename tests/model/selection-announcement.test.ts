import { describe, expect, it } from 'vitest';
import { describeSelection } from '../../src/model/selection-announcement';
import { parseStory } from '../../src/model/story';
import type { Story } from '../../src/model/types';
import { readJson } from '../fixtures/load';

const story = parseStory(readJson('geo/places.geojson')).value;

describe('describeSelection', () => {
  it('names the place, its role in words and its quotes, and carries the Feature as given', () => {
    const { announcement, feature } = describeSelection(story, 'hanoi');
    expect(announcement).toBe('Hanoi selected, Likely summit venue: 2 quotes from the article.');
    expect(feature).toBe(story.places.find((place) => place.id === 'hanoi')!.feature);
    expect(feature?.id).toBe('hanoi');
  });

  it('counts one quote in the singular', () => {
    expect(describeSelection(story, 'seoul').announcement).toBe('Seoul selected, Capital named in the story: 1 quote from the article.');
  });

  it('says nothing is selected for no place or an unknown id', () => {
    expect(describeSelection(story, '')).toEqual({ announcement: 'No place selected.', feature: null });
    expect(describeSelection(story, 'atlantis')).toEqual({ announcement: 'No place selected.', feature: null });
  });

  it('leaves out a role the story does not list', () => {
    const roleless: Story = { ...story, roles: [] };
    expect(describeSelection(roleless, 'seoul').announcement).toBe('Seoul selected: 1 quote from the article.');
  });
});
