/** How a segment ends: its last punctuation, ignoring closing quotes, brackets and markup. */
import { endsWithAbbreviation } from './sentences.js';
import type { TextFacts } from './text.js';

export type Ending = 'stop' | 'question' | 'colon' | 'semicolon' | 'ellipsis' | 'abbreviation' | 'none';

/**
 * The mark ends the text of a link: "see [What if I have an outstanding balance?](…)". In the
 * English a question mark there is the linked article's title's, not the sentence's. (A full stop
 * there is the sentence's, put inside the link text, and still counts; and translations put the
 * sentence's question mark inside the link text too: "Kas ir [Teams exploratory?](…)".)
 */
function endsLinkTitle(facts: TextFacts, at: number): boolean {
  return facts.links.some((l) => l.start + (l.image ? 2 : 1) + l.text.length === at + 1);
}

/**
 * The ending of the masked text (code, URLs and markup blanked) and the offset of its mark;
 * `english` for the English original, whose linked titles' question marks do not count.
 */
export function endingOf(facts: TextFacts, english = false): { ending: Ending; at: number } {
  const text = facts.masked;
  const at = facts.lastMark;
  const last = text[at];
  if (english && last === '?' && endsLinkTitle(facts, at)) return { ending: 'none', at };
  if (last === '…' || (last === '.' && text[at - 1] === '.' && text[at - 2] === '.')) return { ending: 'ellipsis', at };
  // "…, path lengths, etc.)": the dot may or may not end the sentence too.
  if (last === '.' && endsWithAbbreviation(text, at)) return { ending: 'abbreviation', at };
  const ending: Ending = last === '.' || last === '!' ? 'stop' : last === '?' ? 'question'
    : last === ':' ? 'colon' : last === ';' ? 'semicolon' : 'none';
  return { ending, at };
}

/** Key of an ending change, as stored in CorpusStats.endingHabits. */
export const changeKey = (source: Ending, target: Ending): string => `${source}>${target}`;
