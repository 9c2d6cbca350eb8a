/** bracket-mismatch: brackets or quotes that balance in the English but not in the translation. */
import type { UnitCheck } from '../types.js';
import { NO_HITS, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

const PAIRS: [string, string, string][] = [['(', ')', 'parenthesis'], ['[', ']', 'square bracket'], ['{', '}', 'brace']];
const QUOTES = /["“”„«»]/g;
const ANY_BRACKET_OR_QUOTE = /[()[\]{}"“”„«»]/;

/** Position of the first bracket that breaks the balance, or null when balanced. */
function imbalance(masked: string, open: string, close: string): number | null {
  const stack: number[] = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (c === open) stack.push(i);
    else if (c === close && stack.pop() === undefined) return i;
  }
  return stack.length ? stack[0] : null;
}

function quoteImbalance(masked: string): number | null {
  const marks = quoteMarks(masked);
  return marks % 2 ? masked.search(/["“”„«»][^"“”„«»]*$/) : null;
}

const quoteMarks = (masked: string): number => (masked.match(QUOTES) ?? []).length;

/** The mark at `at` with the word it touches and one more on each side, as the translator finds it: "…er slettet).)". */
function where(text: string, at: number): string {
  const isSpace = (i: number) => /\s/.test(text[i]);
  let start = at;
  while (start > 0 && !isSpace(start - 1)) start--;
  while (start > 0 && isSpace(start - 1)) start--;
  while (start > 0 && !isSpace(start - 1)) start--;
  let end = at + 1;
  while (end < text.length && !isSpace(end)) end++;
  while (end < text.length && isSpace(end)) end++;
  while (end < text.length && !isSpace(end)) end++;
  start = Math.max(start, at - 30);
  end = Math.min(end, at + 31);
  return quote(`${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`, 70);
}

export const bracketMismatch: UnitCheck = {
  id: 'bracket-mismatch',
  title: 'Unbalanced brackets or quotes',
  severity: 'warning',
  scope: 'unit',
  description:
    'Parentheses, square brackets, braces or double quotes are balanced in the English but not in the ' +
    'translation: an opening one without its closing one or the reverse (links, code and placeholders are ' +
    'not counted). Add the missing bracket or quote, or remove the stray one.',
  run(unit, context) {
    const view = viewOf(unit, context);
    if (!view.paired || view.identical) return NO_HITS;
    const s = view.sourceFacts.masked;
    const t = view.targetFacts.masked;
    if (!ANY_BRACKET_OR_QUOTE.test(t)) return NO_HITS;
    const problems: string[] = [];
    const ranges: [number, number][] = [];
    for (const [open, close, name] of PAIRS) {
      if (!t.includes(open) && !t.includes(close)) continue;
      const at = imbalance(t, open, close);
      if (at === null || imbalance(s, open, close) !== null) continue;
      problems.push(`unbalanced ${name} ${t[at]} in ${where(view.targetFacts.text, at)}`);
      ranges.push([at, at + 1]);
    }
    const q = quoteImbalance(t);
    if (q !== null && quoteImbalance(s) === null) {
      // Which quote mark has no partner is a guess (straight quotes open and close alike); the last
      // one shown with its words lets the translator find the odd count.
      const marks = quoteMarks(t);
      problems.push(`unbalanced quote (${marks === 1 ? 'one quote mark, in' : `${marks} quote marks, the last in`} ${where(view.targetFacts.text, q)})`);
      ranges.push([q, q + 1]);
    }
    if (problems.length === 0) return NO_HITS;
    return [{ message: `${problems.join(', ')} (balanced in the English)`, highlights: { target: ranges } }];
  },
};
