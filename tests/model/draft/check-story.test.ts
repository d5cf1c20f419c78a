import { describe, expect, it } from 'vitest';
import { checkStory, firstDifference } from '../../../src/model/draft/check-story';
import { readJson } from '../../fixtures/load';

const article = {
  headline: 'Kīlauea erupts',
  paragraphs: ['The eruption began on Thursday.', 'Fountains from the north vent of Puʻu ʻŌʻō rose 30 m.', 'Residents of Pāhoa left.'],
};
const place = (properties: Record<string, unknown>) => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'puu-oo',
      geometry: { type: 'Point', coordinates: [-155.1, 19.39] },
      properties: { name: 'Puʻu ʻŌʻō', ...properties },
    },
  ],
});

describe('checkStory', () => {
  it('finds nothing wrong with the repository’s two stories', () => {
    expect(checkStory(readJson('geo/article.json'), readJson('geo/places.geojson'))).toEqual([]);
    expect(checkStory(readJson('stories/seascape-alaska/article.json'), readJson('stories/seascape-alaska/places.geojson'))).toEqual([]);
  });

  it('points at the first character of a quote that differs, with both characters', () => {
    const problems = checkStory(article, place({ quotes: [{ text: "Fountains from the north vent of Pu'u", paragraph: 2 }] }));
    expect(problems).toEqual([
      {
        id: 'puu-oo',
        field: 'quotes.0',
        message:
          '"Puʻu ʻŌʻō", quote 1 ("Fountains from the north vent of Pu\'u"): not word for word in paragraph 2: character 36 is "\'" (U+0027) against "ʻ" (U+02BB) in the paragraph.',
      },
    ]);
  });

  it('says which paragraph a quote is in when it cites another', () => {
    const [problem] = checkStory(article, place({ quotes: [{ text: 'Fountains from the north vent', paragraph: 3 }] }));
    expect(problem!.message).toBe(
      '"Puʻu ʻŌʻō", quote 1 ("Fountains from the north vent"): not in paragraph 3; it appears word for word in paragraph 2.',
    );
    const [beyond] = checkStory(article, place({ quotes: [{ text: 'Residents of Pāhoa left.', paragraph: 9 }] }));
    expect(beyond!.message).toMatch(/cites paragraph 9, but the article has 3; it appears word for word in paragraph 3\.$/);
  });

  it('lists every alias that matches nothing, and a name that matches nothing, naming the place', () => {
    const problems = checkStory(article, place({ aliases: ['Puu Oo'] }));
    expect(problems.map((p) => p.message)).toEqual(['The alias "Puu Oo" of "Puʻu ʻŌʻō" is not found in the article.']);
    const missing = checkStory(article, place({ name: 'Mauna Loa' }));
    expect(missing.map((p) => p.message)).toEqual([
      '"Mauna Loa" is never mentioned in the article: neither its name nor its aliases are found.',
    ]);
  });

  it('reports files the parsers reject, one problem a line', () => {
    const problems = checkStory({ paragraphs: 'no' }, { type: 'Feature' });
    expect(problems.map((p) => p.message)).toEqual([
      'Article: The article has no paragraphs, so quotes cannot be checked.',
      'Article: The article has no headline.',
      'The places data is not a GeoJSON FeatureCollection with a "features" list.',
    ]);
  });

  it('aligns a quote with its paragraph as far as it goes', () => {
    expect(firstDifference("north vent of Pu'u", 'the north vent of Puʻu')).toEqual({ at: 16, actual: 'ʻ' });
    expect(firstDifference('left early', 'Residents left.')).toEqual({ at: 4, actual: '.' });
  });
});
