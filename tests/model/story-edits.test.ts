// The editor's changes to a story's files: made on the JSON as given, sharing what they do not
// touch (so undo keeps old values intact), and quotes that are verbatim by construction.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EditHistory } from '../../src/model/edit-history';
import { formatJson } from '../../src/model/json-format';
import { verifyQuotes } from '../../src/model/quotes';
import { parseArticle } from '../../src/model/article';
import { parseStory } from '../../src/model/story';
import * as edits from '../../src/model/story-edits';

const load = (): edits.StoryFiles => ({
  article: JSON.parse(readFileSync('geo/article.json', 'utf8')),
  places: JSON.parse(readFileSync('geo/places.geojson', 'utf8')),
});
const indexOf = (files: edits.StoryFiles, id: string) => edits.featuresOf(files).findIndex((feature) => feature.id === id);

describe('story edits', () => {
  it('changes one property and keeps every other byte of the file, and the old value intact', () => {
    const files = load();
    const before = formatJson(files.places);
    const hanoi = indexOf(files, 'hanoi');
    const changed = edits.setProperty(files, hanoi, 'role', 'capital');
    expect(formatJson(files.places)).toBe(before);
    expect(edits.propertiesOf(edits.featuresOf(changed)[hanoi]).role).toBe('capital');
    // Only that line differs; key order is kept.
    const diff = formatJson(changed.places)
      .split('\n')
      .filter((line, n) => line !== before.split('\n')[n]);
    expect(diff).toEqual(['        "role": "capital",']);
    // Untouched features are shared, not copied.
    expect(edits.featuresOf(changed)[0 === hanoi ? 1 : 0]).toBe(edits.featuresOf(files)[0 === hanoi ? 1 : 0]);
  });

  it('moves, drops, accepts and picks candidates', () => {
    const files = load();
    const danang = indexOf(files, 'danang');
    const moved = edits.movePlace(files, danang, 16, 108);
    expect(edits.featuresOf(moved)[danang]!.geometry).toEqual({ type: 'Point', coordinates: [108, 16] });
    expect(edits.featuresOf(edits.dropPlace(files, danang)).map((feature) => feature.id)).not.toContain('danang');
    const drafted = edits.updateFeature(files, danang, (feature) => ({
      ...feature,
      draft: {
        confidence: 0.5,
        reason: 'two places of that name',
        candidates: [{ name: 'Da Nang', lat: 16.07, lon: 108.22, country: 'Vietnam' }],
      },
    }));
    expect(edits.draftOf(edits.featuresOf(drafted)[danang])?.candidates).toHaveLength(1);
    expect(edits.draftOf(edits.featuresOf(edits.acceptPlace(drafted, danang))[danang])).toBeUndefined();
    const picked = edits.pickCandidate(files, danang, { name: 'Danang', lat: 1, lon: 2, country: 'Elsewhere' });
    expect(edits.featuresOf(picked)[danang]!.geometry).toMatchObject({ coordinates: [2, 1] });
    expect(edits.propertiesOf(edits.featuresOf(picked)[danang]).country).toBe('Elsewhere');
  });

  it('adds a place with a free id, the first sentence naming it as its quote, and takes it off the unresolved list', () => {
    const files = load();
    const withUnresolved = { ...files, places: { ...files.places, draft: { unresolved: [{ name: 'Hanoi', paragraph: 2, quote: 'x' }] } } };
    const added = edits.addPlace(withUnresolved, { name: 'Hanoi', lat: 21, lon: 105.8 });
    const feature = edits.featuresOf(added).at(-1)!;
    expect(feature.id).toBe('hanoi-2');
    const quotes = edits.propertiesOf(feature).quotes as { text: string; paragraph: number }[];
    expect(quotes[0]!.paragraph).toBe(2);
    expect(edits.unresolvedOf(added)).toEqual([]);
    const story = parseStory(added.places).value;
    expect(verifyQuotes(story, parseArticle(added.article).value).problems).toEqual([]);
  });

  it('quotes are slices of the paragraph: from offsets, from sentences, and added or replaced', () => {
    const files = load();
    const paragraphs = edits.paragraphsOf(files);
    expect(edits.quoteFrom(paragraphs, 2, 0, 12)).toEqual({ text: paragraphs[1]!.slice(0, 12).trim(), paragraph: 2 });
    expect(edits.quoteFrom(paragraphs, 2, 5, 5)).toBeUndefined();
    expect(edits.quoteFrom(paragraphs, 99, 0, 5)).toBeUndefined();
    for (const paragraph of paragraphs) for (const sentence of edits.sentencesOf(paragraph)) expect(paragraph).toContain(sentence);
    const seoul = indexOf(files, 'seoul');
    const quote = { text: edits.sentencesOf(paragraphs[4]!)[0]!, paragraph: 5 };
    const added = edits.setQuote(files, seoul, quote);
    const count = (edits.propertiesOf(edits.featuresOf(files)[seoul]).quotes as unknown[]).length;
    expect(edits.propertiesOf(edits.featuresOf(added)[seoul]).quotes).toHaveLength(count + 1);
    const replaced = edits.setQuote(files, seoul, quote, 0);
    expect((edits.propertiesOf(edits.featuresOf(replaced)[seoul]).quotes as unknown[])[0]).toEqual(quote);
    expect(edits.propertiesOf(edits.featuresOf(edits.removeQuote(added, seoul, count))[seoul]).quotes).toHaveLength(count);
  });

  it('sets and clears dates, renames roles and adds one', () => {
    const files = load();
    const seoul = indexOf(files, 'seoul');
    const dated = edits.setDate(files, seoul, '2019-02', ' February ');
    expect(edits.propertiesOf(edits.featuresOf(dated)[seoul])).toMatchObject({ date: '2019-02', dateLabel: 'February' });
    const cleared = edits.setDate(dated, seoul, '', 'February');
    expect(edits.propertiesOf(edits.featuresOf(cleared)[seoul])).not.toHaveProperty('date');
    expect(edits.propertiesOf(edits.featuresOf(cleared)[seoul])).not.toHaveProperty('dateLabel');
    const renamed = edits.setRoleField(files, 'capital', 'label', 'Capitals');
    expect(edits.rolesOf(renamed).capital).toMatchObject({ label: 'Capitals', symbol: 'triangle' });
    const { files: withRole, id } = edits.addRole(files, 'Evacuation centre');
    expect(id).toBe('evacuation-centre');
    expect(parseStory(withRole.places).value.roles.map((role) => role.id)).toContain('evacuation-centre');
  });
});

describe('edit history', () => {
  it('undoes and redoes whole values; a new change forgets what was undone; keeps at most its limit', () => {
    const history = new EditHistory<number>(3);
    for (const value of [1, 2, 3, 4]) history.record(value);
    expect(history.undoable).toEqual([2, 3, 4]);
    expect(history.undo(5)).toBe(4);
    expect(history.redo(4)).toBe(5);
    expect(history.undo(5)).toBe(4);
    history.record(4);
    expect(history.canRedo).toBe(false);
    expect(history.undo(6)).toBe(4);
  });
});
