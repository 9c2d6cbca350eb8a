/**
 * How many bold spans markdown actually shows. A `**` run can open only when it is left-flanking
 * and close only when it is right-flanking (CommonMark): in "**Eksempel på direkte
 * nettadresse:**https://…" the second run follows a colon and touches a letter, so it cannot close
 * and the reader sees both `**`. Counting markers alone calls that one bold span.
 */
import type { TextFacts, Token } from './text.js';

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);
const isPunctuation = (ch: string | undefined): boolean => ch !== undefined && /[\p{P}\p{S}]/u.test(ch);

function flanking(text: string, run: Token): { open: boolean; close: boolean } {
  const before = text[run.start - 1];
  const after = text[run.end];
  const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
  const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
  if (run.text[0] === '*') return { open: left, close: right };
  // `_` does not open or close inside a word.
  return { open: left && (!right || isPunctuation(before)), close: right && (!left || isPunctuation(after)) };
}

interface Pairing { spans: number; unpaired: number }

/** Bold spans that pair up as markdown pairs them (openers and closers of the same character). */
function pair(text: string, runs: Token[]): Pairing {
  const open: string[] = [];
  let spans = 0;
  for (const run of runs) {
    const { open: canOpen, close: canClose } = flanking(text, run);
    const at = canClose ? open.lastIndexOf(run.text[0]) : -1;
    if (at >= 0) {
      open.length = at;
      spans++;
    } else if (canOpen) open.push(run.text[0]);
  }
  return { spans, unpaired: runs.length - 2 * spans };
}

/** Most texts have no bold: they share one answer, not a memo of their own. */
const NO_BOLD: Pairing = { spans: 0, unpaired: 0 };

const pairing = (facts: TextFacts): Pairing =>
  (facts.bold.length === 0 ? NO_BOLD : facts.memo('bold-pairing', (f) => pair(f.text, f.bold)));

/** Bold spans a reader sees. */
export const boldSpans = (facts: TextFacts): number => pairing(facts).spans;

/** Bold markers that pair with none: the reader sees them as asterisks or underscores. */
export const unpairedBold = (facts: TextFacts): number => pairing(facts).unpaired;
