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

/**
 * Why markers stayed unpaired, in words a translator can act on: the rule of 3 refused a pair
 * (`refused`: the first unpaired run's refused opener and closer), or punctuation kept a run from closing
 * ("**Note:**text") or from opening ("Velg**\"Lagre\"**").
 */
export interface Unpaired { refused: [Token, Token] | null; closeAfterPunctuation: boolean; openBeforePunctuation: boolean }

interface Pairing { spans: number; unpaired: number; why: Unpaired; pairs: [Token, Token][] }

interface Opener { char: string; length: number; both: boolean; whole: boolean; run: Token }

/**
 * CommonMark's rule of 3: a run that can both open and close (between two letters, as in
 * "**a****b**") pairs with another only when their lengths do not add up to a multiple of 3,
 * unless both are multiples of 3. So "**a****b**" is one bold span around "a****b", and in
 * "a**b****c" nothing pairs: the reader sees every asterisk.
 */
const ruleOfThree = (opener: Opener, closer: Opener): boolean =>
  !(opener.whole && closer.whole) || !(opener.both || closer.both) || (opener.length + closer.length) % 3 !== 0 ||
  (opener.length % 3 === 0 && closer.length % 3 === 0);

/** A run that punctuation on one side and a letter on the other keeps from closing / opening. */
function punctuationBlocks(text: string, run: Token): { close: boolean; open: boolean } {
  const before = text[run.start - 1];
  const after = text[run.end];
  const word = (ch: string | undefined) => !isSpace(ch) && !isPunctuation(ch);
  return { close: isPunctuation(before) && word(after), open: isPunctuation(after) && word(before) };
}

/** Bold spans that pair up as markdown pairs them (openers and closers of the same character). */
function pair(text: string, runs: Token[]): Pairing {
  const open: Opener[] = [];
  const paired = new Set<Token>();
  // Each run the rule of 3 kept from pairing, with the first pair it was refused in.
  const refusals = new Map<Token, [Token, Token]>();
  const pairs: [Token, Token][] = [];
  // The scanner lists `*` runs before `_` runs; markdown reads them in text order.
  const ordered = runs.some((r, i) => i > 0 && r.start < runs[i - 1].start) ? [...runs].sort((a, b) => a.start - b.start) : runs;
  for (const run of ordered) {
    const { open: canOpen, close: canClose } = flanking(text, run);
    const char = run.text[0];
    // A run the scanner cut (five underscores) keeps the pairing it had: its length is not the run's.
    const self: Opener = { char, length: run.text.length, both: canOpen && canClose, whole: text[run.start - 1] !== char && text[run.end] !== char, run };
    let at = -1;
    if (canClose) {
      for (let i = open.length - 1; i >= 0 && at < 0; i--) {
        if (open[i].char !== char) continue;
        if (ruleOfThree(open[i], self)) at = i;
        else for (const r of [open[i].run, run]) if (!refusals.has(r)) refusals.set(r, [open[i].run, run]);
      }
    }
    if (at >= 0) {
      paired.add(open[at].run).add(run);
      pairs.push([open[at].run, run]);
      open.length = at;
    } else if (canOpen) open.push(self);
  }
  const why: Unpaired = { refused: null, closeAfterPunctuation: false, openBeforePunctuation: false };
  for (const run of ordered) {
    if (paired.has(run)) continue;
    const refused = refusals.get(run);
    if (refused) { why.refused ??= refused; continue; }
    const blocks = punctuationBlocks(text, run);
    why.closeAfterPunctuation ||= blocks.close;
    why.openBeforePunctuation ||= blocks.open;
  }
  pairs.sort((a, b) => a[0].start - b[0].start);
  return { spans: pairs.length, unpaired: runs.length - 2 * pairs.length, why, pairs };
}

/** Most texts have no bold: they share one answer, not a memo of their own. */
const NO_BOLD: Pairing = { spans: 0, unpaired: 0, why: { refused: null, closeAfterPunctuation: false, openBeforePunctuation: false }, pairs: [] };

const pairing = (facts: TextFacts): Pairing =>
  (facts.bold.length === 0 ? NO_BOLD : facts.memo('bold-pairing', (f) => pair(f.text, f.bold)));

/** Bold spans a reader sees. */
export const boldSpans = (facts: TextFacts): number => pairing(facts).spans;

/** The bold spans a reader sees, each as its opening and closing run, in text order. */
export const boldPairs = (facts: TextFacts): readonly [Token, Token][] => pairing(facts).pairs;

/** Bold markers that pair with none: the reader sees them as asterisks or underscores. */
export const unpairedBold = (facts: TextFacts): number => pairing(facts).unpaired;

/** Why the unpaired bold markers of a text did not pair (see Unpaired). */
export const whyUnpaired = (facts: TextFacts): Unpaired => pairing(facts).why;
