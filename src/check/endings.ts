/** How a segment ends: its last punctuation, ignoring closing quotes, brackets and markup. */
import { trimEndWhile, type TextFacts } from './text.js';

export type Ending = 'stop' | 'question' | 'colon' | 'semicolon' | 'ellipsis' | 'none';

const CLOSERS = new Set([...')]"\'”’»›']);
const isCloser = (ch: string): boolean => CLOSERS.has(ch) || ch.trim() === '';

/** The ending of the masked text (code, URLs and markup blanked) and the offset of its mark. */
export function endingOf(facts: TextFacts): { ending: Ending; at: number } {
  const trimmed = trimEndWhile(facts.masked, isCloser);
  const at = trimmed.length - 1;
  if (/(?:\.\.\.|…)$/.test(trimmed)) return { ending: 'ellipsis', at };
  const last = trimmed[at];
  const ending: Ending = last === '.' || last === '!' ? 'stop' : last === '?' ? 'question'
    : last === ':' ? 'colon' : last === ';' ? 'semicolon' : 'none';
  return { ending, at };
}

/** Key of an ending change, as stored in CorpusStats.endingHabits. */
export const changeKey = (source: Ending, target: Ending): string => `${source}>${target}`;
