import { describe, expect, it } from 'vitest';
import { findMentions, paragraphsMentioning, placesInParagraph, sentenceAt, type Mention } from '../../src/model/mentions';
import { parseStory } from '../../src/model/story';
import type { Place } from '../../src/model/types';
import { readJson } from '../fixtures/load';

const story = parseStory(readJson('geo/places.geojson')).value;
const paragraphs = (readJson('geo/article.json') as { paragraphs: string[] }).paragraphs;
const real = findMentions(paragraphs, story.places);

/** A synthetic place: only the fields mention-finding reads matter. */
function place(id: string, name: string, aliases: string[] = []): Place {
  return {
    id,
    name,
    aliases,
    role: 'capital',
    quotes: [],
    geometry: { type: 'Point', coordinates: [0, 0] },
    feature: { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} },
  };
}

const texts = (mentions: Mention[]) => mentions.map((mention) => `${mention.placeId}:${mention.text}`);

describe('findMentions on the bundled article and places', () => {
  it('mentions every place that has a quote, in the paragraph each of its quotes cites', () => {
    const missing: string[] = [];
    for (const p of story.places.filter((p) => p.quotes.length > 0)) {
      const found = paragraphsMentioning(real.mentions, p.id);
      if (found.length === 0) missing.push(`${p.id}: never mentioned`);
      for (const quote of p.quotes) {
        if (!found.includes(quote.paragraph)) missing.push(`${p.id}: not mentioned in ¶${quote.paragraph}, which its quote cites`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds the places where the article names them', () => {
    const at = (id: string) => paragraphsMentioning(real.mentions, id);
    expect(at('hanoi')).toEqual(expect.arrayContaining([2, 3]));
    expect(at('danang')).toContain(2);
    expect(at('ho-chi-minh-city')).toContain(2);
    expect(at('washington')).toEqual(expect.arrayContaining([4, 13, 14]));
    expect(at('pyongyang')).toContain(12);
    expect(at('seoul')).toContain(13);
    expect(at('overflight')).toContain(15);
    expect(at('lake-malaren-talks')).toContain(11);
    expect(at('stockholm')).toEqual(expect.arrayContaining([2, 11]));
  });

  it('finds Washington in ¶4 through "White House" and the route in ¶15 through "Chinese territory"', () => {
    const inParagraph = (n: number, id: string) => real.mentions.filter((m) => m.paragraph === n && m.placeId === id).map((m) => m.text);
    expect(inParagraph(4, 'washington')).toEqual(['White House']);
    expect(inParagraph(15, 'overflight')).toEqual(['Chinese territory']);
    expect(inParagraph(11, 'lake-malaren-talks')).toEqual(['resort', 'conference center', 'Lake Malaren']);
  });

  it('gives offsets that slice out exactly the mentioned words', () => {
    expect(real.mentions.length).toBeGreaterThan(0);
    for (const mention of real.mentions) {
      expect(mention.paragraph).toBeGreaterThanOrEqual(1);
      expect(paragraphs[mention.paragraph - 1]!.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('sorts mentions by paragraph then offset, with no overlaps', () => {
    for (let i = 1; i < real.mentions.length; i += 1) {
      const [a, b] = [real.mentions[i - 1]!, real.mentions[i]!];
      expect(a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.end <= b.start), `${a.text} / ${b.text}`).toBe(true);
    }
  });

  it('reports no place as never mentioned', () => {
    expect(real.problems.filter((problem) => problem.field === 'name')).toEqual([]);
  });

  it('lists the places of a paragraph in the order they are first mentioned', () => {
    expect(placesInParagraph(real.mentions, 2).slice(0, 3)).toEqual(['hanoi', 'danang', 'ho-chi-minh-city']);
    expect(placesInParagraph(real.mentions, 13)).toEqual(['seoul', 'washington']);
    expect(placesInParagraph(real.mentions, 5)).toEqual([]);
  });
});

describe('findMentions matches whole words only', () => {
  const places = [place('seoul', 'Seoul'), place('hanoi', 'Hanoi'), place('washington', 'Washington', ['U.S.'])];

  it('does not match inside a longer word, in any script', () => {
    const { mentions } = findMentions(['A Seoulite, KSeoul, Hanoians, Washingtonian, Seoul2, 2Seoul, éHanoi, HanoiЖ and USA.'], places);
    expect(mentions).toEqual([]);
  });

  it('matches next to punctuation, curly apostrophes and dashes', () => {
    const { mentions } = findMentions(['Hanoi’s mayor (Hanoi) said “Seoul,” —Washington— and the U.S.’s envoy.'], places);
    expect(texts(mentions)).toEqual(['hanoi:Hanoi', 'hanoi:Hanoi', 'seoul:Seoul', 'washington:Washington', 'washington:U.S.']);
  });

  it('matches case-sensitively and takes regular-expression characters literally', () => {
    const { mentions } = findMentions(['hanoi HANOI U.S. USS U-S- U.S'], places);
    expect(texts(mentions)).toEqual(['washington:U.S.']);
  });

  it('matches a term across any whitespace, such as a no-break space', () => {
    const { mentions } = findMentions(['The White\u00a0House said.'], [place('washington', 'Washington', ['White House'])]);
    expect(mentions).toMatchObject([{ placeId: 'washington', start: 4, end: 15, text: 'White\u00a0House' }]);
  });

  it('gives 1-based paragraph numbers and UTF-16 offsets', () => {
    // The flag is two astral code points: four UTF-16 units.
    const { mentions } = findMentions(['Nothing here.', 'Go to 🇻🇳 Hanoi.'], places);
    expect(mentions).toEqual([{ placeId: 'hanoi', paragraph: 2, start: 11, end: 16, text: 'Hanoi' }]);
  });
});

describe('findMentions with places that share a first word', () => {
  it('tells apart names that start alike, across any whitespace', () => {
    const places = [place('lake', 'Lake'), place('malaren', 'Lake Malaren'), place('kiem', 'Lake Hoan Kiem', ['Hoan Kiem'])];
    const { mentions } = findMentions(['Lake\nMalaren, a lake, Lake Hoan  Kiem, Lake Hoan, Lake Malarens and Lake.'], places);
    expect(texts(mentions)).toEqual(['malaren:Lake\nMalaren', 'kiem:Lake Hoan  Kiem', 'lake:Lake', 'lake:Lake', 'lake:Lake']);
  });
});

describe('findMentions resolves overlaps', () => {
  it('lets the longest match win, so no two mentions overlap', () => {
    const places = [place('stockholm', 'Stockholm'), place('sipri', 'SIPRI', ['Stockholm International Peace Research Institute'])];
    const { mentions } = findMentions(['Talks at the Stockholm International Peace Research Institute, near Stockholm.'], places);
    expect(texts(mentions)).toEqual(['sipri:Stockholm International Peace Research Institute', 'stockholm:Stockholm']);
  });

  it('prefers the longer match even when a shorter one starts earlier', () => {
    const places = [place('a', 'North Korea'), place('b', 'Korea Strait Crossing')];
    const { mentions } = findMentions(['The North Korea Strait Crossing.'], places);
    expect(texts(mentions)).toEqual(['b:Korea Strait Crossing']);
  });

  it('gives a term shared by two places to the place listed first', () => {
    const { mentions } = findMentions(
      ['A resort, then another resort.'],
      [place('one', 'One', ['resort']), place('two', 'Two', ['resort'])],
    );
    expect(texts(mentions)).toEqual(['one:resort', 'one:resort']);
    const swapped = findMentions(['A resort, then another resort.'], [place('two', 'Two', ['resort']), place('one', 'One', ['resort'])]);
    expect(texts(swapped.mentions)).toEqual(['two:resort', 'two:resort']);
  });

  it('sorts mentions by paragraph, then offset', () => {
    const { mentions } = findMentions(['Seoul, Hanoi.', 'Hanoi, Seoul.'], [place('hanoi', 'Hanoi'), place('seoul', 'Seoul')]);
    expect(mentions.map((m) => [m.paragraph, m.start, m.placeId])).toEqual([
      [1, 0, 'seoul'],
      [1, 7, 'hanoi'],
      [2, 0, 'hanoi'],
      [2, 7, 'seoul'],
    ]);
  });
});

describe('findMentions reports what it cannot find', () => {
  it('reports an alias that matches nothing, with the place id', () => {
    const { problems } = findMentions(['Hanoi is the capital.'], [place('hanoi', 'Hanoi', ['Thang Long', 'capital'])]);
    expect(problems).toEqual([
      { id: 'hanoi', field: 'aliases', message: 'The alias "Thang Long" of "Hanoi" is not found in the article.' },
    ]);
  });

  it('reports a place never mentioned once, not once per alias', () => {
    const { mentions, problems } = findMentions(['Nothing here.'], [place('hue', 'Hue', ['Imperial City', 'Citadel'])]);
    expect(mentions).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: 'hue', field: 'name' });
    expect(problems[0]!.message).toMatch(/never mentioned/);
  });

  it('does not report a name that is absent when an alias is found', () => {
    const { problems } = findMentions(['At a resort.'], [place('talks', 'Lake talks', ['resort'])]);
    expect(problems).toEqual([]);
  });

  it('reports an article without paragraphs once, without throwing', () => {
    const result = findMentions([], story.places);
    expect(result.mentions).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/no paragraphs/);
  });
});

describe('paragraphsMentioning', () => {
  it('returns sorted, unique paragraph numbers', () => {
    const { mentions } = findMentions(['Hanoi', 'no', 'Hanoi and Hanoi', 'Hanoi'], [place('hanoi', 'Hanoi')]);
    expect(paragraphsMentioning(mentions, 'hanoi')).toEqual([1, 3, 4]);
    expect(paragraphsMentioning([...mentions].reverse(), 'hanoi')).toEqual([1, 3, 4]);
    expect(paragraphsMentioning(mentions, 'seoul')).toEqual([]);
  });
});

describe('sentenceAt', () => {
  const sentence = (paragraph: string, offset: number) => {
    const { start, end } = sentenceAt(paragraph, offset);
    return paragraph.slice(start, end);
  };

  it('finds the first sentence of ¶2 around "Danang"', () => {
    const p2 = paragraphs[1]!;
    const first = p2.slice(0, p2.indexOf('said.') + 'said.'.length);
    expect(first.startsWith('The late-February summit')).toBe(true);
    expect(sentenceAt(p2, p2.indexOf('Danang'))).toEqual({ start: 0, end: first.length });
  });

  it('does not break ¶1 at "U.S."', () => {
    const p1 = paragraphs[0]!;
    expect(sentenceAt(p1, p1.indexOf('officials'))).toEqual({ start: 0, end: p1.length });
  });

  it('splits ¶4 into its two sentences', () => {
    const p4 = paragraphs[3]!;
    const first =
      'The White House announced on Friday that Trump would meet Kim in late February, following a 90-minute meeting between the president and Kim Yong Chol, one of the North Korean leader’s top aides.';
    const second = 'Kim Yong Chol also met Friday with Secretary of State Michael Pompeo.';
    expect(p4).toBe(`${first} ${second}`);
    expect(sentence(p4, p4.indexOf('Kim Yong Chol'))).toBe(first);
    expect(sentence(p4, p4.lastIndexOf('Kim Yong Chol'))).toBe(second);
    expect(sentence(p4, p4.length)).toBe(second);
  });

  it('does not break ¶10 at "Special U.S. Representative" nor ¶6 at "U.S.’s"', () => {
    const p10 = paragraphs[9]!;
    expect(sentence(p10, p10.indexOf('Special'))).toMatch(/^Meanwhile, .* the Associated Press reported\.$/);
    const p6 = paragraphs[5]!;
    expect(sentence(p6, p6.indexOf('U.S.’s'))).toMatch(/^That only raised .* in Singapore\.$/);
  });

  it('ends sentences after closing quotes, at ? and !', () => {
    const p9 = paragraphs[8]!;
    expect(sentence(p9, p9.indexOf('execute'))).toBe('“We now need to execute.');
    expect(sentence(p9, p9.indexOf('long process'))).toMatch(/^We’ve always known .* success\.$/);
    expect(sentence(p9, p9.indexOf('These are'))).toBe(
      '“These are things that were threatening the United States when President Trump took office.',
    );
    const p5 = paragraphs[4]!;
    expect(sentence(p5, 0)).toBe('“Great meeting this week with top Reps,” Trump tweeted on Sunday.');
    expect(sentence('Really? Yes! “No.” Then', 20)).toBe('Then');
    expect(sentence('Really? Yes! “No.” Then', 14)).toBe('“No.”');
  });

  it('does not break at initials, titles or decimal numbers', () => {
    const text = 'Secretary Michael R. Pompeo met Mr. Kim. Output rose 2.5 percent. Done';
    expect(sentence(text, text.indexOf('Pompeo'))).toBe('Secretary Michael R. Pompeo met Mr. Kim.');
    expect(sentence(text, text.indexOf('2.5'))).toBe('Output rose 2.5 percent.');
  });

  it('gives the space between sentences to the first, and copes with any offset', () => {
    expect(sentence('One.  Two.', 5)).toBe('One.');
    expect(sentence('One.  Two.', 6)).toBe('Two.');
    expect(sentence('One. Two.', -3)).toBe('One.');
    expect(sentence('One. Two.', 99)).toBe('Two.');
    expect(sentenceAt('', 0)).toEqual({ start: 0, end: 0 });
  });
});
