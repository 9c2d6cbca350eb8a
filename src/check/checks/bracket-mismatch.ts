/** bracket-mismatch: brackets or quotes that balance in the English but not in the translation. */
import type { UnitCheck } from '../types.js';
import { NO_HITS } from '../unit-text.js';
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
  let count = 0;
  let last = -1;
  for (const m of masked.matchAll(QUOTES)) { count++; last = m.index; }
  return count % 2 ? last : null;
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
      problems.push(`unbalanced ${name} ${t[at]}`);
      ranges.push([at, at + 1]);
    }
    const q = quoteImbalance(t);
    if (q !== null && quoteImbalance(s) === null) { problems.push('unbalanced quote'); ranges.push([q, q + 1]); }
    if (problems.length === 0) return NO_HITS;
    return [{ message: `${problems.join(', ')} (balanced in the English)`, highlights: { target: ranges } }];
  },
};
