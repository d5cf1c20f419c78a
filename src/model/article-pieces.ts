/**
 * Splits a paragraph into the runs the article element renders: plain text, place mentions,
 * and whether each run lies in the highlighted sentence. Pure, so it is tested in Node.
 */
import type { Mention } from './mentions';

export interface Piece {
  text: string;
  /** The place this run mentions, if it is a mention. */
  placeId?: string;
  /** Inside the highlighted sentence. */
  marked: boolean;
}

export function piecesOf(paragraph: string, mentions: readonly Mention[], sentence?: { start: number; end: number }): Piece[] {
  const cuts = new Set<number>([0, paragraph.length]);
  for (const mention of mentions) cuts.add(mention.start).add(mention.end);
  if (sentence) cuts.add(sentence.start).add(sentence.end);
  const points = [...cuts].filter((cut) => cut >= 0 && cut <= paragraph.length).sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const mention = mentions.find((candidate) => candidate.start <= start && end <= candidate.end);
    const marked = !!sentence && sentence.start <= start && end <= sentence.end;
    const previous = pieces[pieces.length - 1];
    // A mention split by a sentence boundary stays one control per part; plain runs merge.
    if (previous && !previous.placeId && !mention && previous.marked === marked) previous.text += paragraph.slice(start, end);
    else pieces.push({ text: paragraph.slice(start, end), placeId: mention?.placeId, marked });
  }
  return pieces;
}
