/** How a segment ends: its last punctuation, ignoring closing quotes, brackets and markup. */
import { endsWithAbbreviation } from './sentences.js';
import type { TextFacts } from './text.js';

export type Ending = 'stop' | 'question' | 'colon' | 'semicolon' | 'ellipsis' | 'abbreviation' | 'none';

/** The ending of the masked text (code, URLs and markup blanked) and the offset of its mark. */
export function endingOf(facts: TextFacts): { ending: Ending; at: number } {
  const text = facts.masked;
  const at = facts.lastMark;
  const last = text[at];
  if (last === '…' || (last === '.' && text[at - 1] === '.' && text[at - 2] === '.')) return { ending: 'ellipsis', at };
  // "…, path lengths, etc.)": the dot may or may not end the sentence too.
  if (last === '.' && endsWithAbbreviation(text, at)) return { ending: 'abbreviation', at };
  const ending: Ending = last === '.' || last === '!' ? 'stop' : last === '?' ? 'question'
    : last === ':' ? 'colon' : last === ';' ? 'semicolon' : 'none';
  return { ending, at };
}

/** Key of an ending change, as stored in CorpusStats.endingHabits. */
export const changeKey = (source: Ending, target: Ending): string => `${source}>${target}`;
