/** How a segment ends: its last punctuation, ignoring closing quotes, brackets and markup. */
import type { TextFacts } from './text.js';

export type Ending = 'stop' | 'question' | 'colon' | 'semicolon' | 'ellipsis' | 'none';

const CLOSERS = new Set([...')]"\'”’»›']);
const isSkipped = (ch: string): boolean => CLOSERS.has(ch) || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';

/**
 * The ending of the masked text (code, URLs and markup blanked) and the offset of its mark.
 * A backwards scan without copying: it runs for every unit × locale.
 */
export function endingOf(facts: TextFacts): { ending: Ending; at: number } {
  const text = facts.masked;
  let at = text.length - 1;
  while (at >= 0 && isSkipped(text[at])) at--;
  const last = text[at];
  if (last === '…' || (last === '.' && text[at - 1] === '.' && text[at - 2] === '.')) return { ending: 'ellipsis', at };
  const ending: Ending = last === '.' || last === '!' ? 'stop' : last === '?' ? 'question'
    : last === ':' ? 'colon' : last === ';' ? 'semicolon' : 'none';
  return { ending, at };
}

/** Key of an ending change, as stored in CorpusStats.endingHabits. */
export const changeKey = (source: Ending, target: Ending): string => `${source}>${target}`;
