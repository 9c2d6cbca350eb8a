/** repeated-word: the same word twice in a row ("the the"), unless the English repeats it too. */
import type { UnitCheck } from '../types.js';
import type { TextFacts, Token } from '../text.js';
import { NO_HITS, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

/** Cheap test on the word list: are two neighbouring words equal at all? */
function mayRepeat(facts: TextFacts): boolean {
  const words = facts.wordList;
  for (let i = 1; i < words.length; i++) if (words[i] === words[i - 1]) return true;
  return false;
}

/** Pairs of neighbouring words that are equal and separated only by spaces. */
function repeats(facts: TextFacts): Token[] {
  if (!mayRepeat(facts)) return [];
  const { words, masked, text } = facts;
  const out: Token[] = [];
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1];
    const b = words[i];
    if (a.text.toLowerCase() !== b.text.toLowerCase() || !/^[ \u00a0]+$/.test(masked.slice(a.end, b.start))) continue;
    if (text.slice(a.end, b.start) !== masked.slice(a.end, b.start)) continue; // markup between them
    out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end) });
  }
  return out;
}

export const repeatedWord: UnitCheck = {
  id: 'repeated-word',
  title: 'Repeated word',
  severity: 'warning',
  scope: 'unit',
  description:
    'The same word appears twice in a row ("the the", "un un"), a typing or machine-translation slip. ' +
    'Repetitions the English has too are not reported. Delete the extra word.',
  run(unit, context) {
    const view = viewOf(unit, context);
    if (!view.paired) return NO_HITS;
    const found = repeats(view.targetFacts);
    if (found.length === 0) return NO_HITS;
    const inEnglish = new Set(repeats(view.sourceFacts).map((r) => r.text.toLowerCase()));
    const fresh = found.filter((r) => !inEnglish.has(r.text.toLowerCase()));
    if (fresh.length === 0) return NO_HITS;
    return [{
      message: `repeated word ${fresh.map((r) => quote(r.text)).join(', ')}`,
      highlights: { target: fresh.map((r) => [r.start, r.end] as [number, number]) },
    }];
  },
};
