/**
 * merged-segment: one `p…` segment standing for a run of English sentences, with what of that
 * run the translation visibly lacks, or that it lacks nothing tolk can see.
 */
import type { UnitCheck } from '../types.js';
import { boldSpans } from '../emphasis.js';
import { englishNumbers, unmatchedNumbers } from '../numbers.js';
import { comparablePlaceholder } from '../placeholders.js';
import { sentenceCount } from '../sentences.js';
import type { TextFacts, Token } from '../text.js';
import { comparableUrl } from '../urls.js';
import { NO_HITS, hasFlag, plural, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

/** The English's tokens (by `key`) that the translation has fewer of: a token written twice must be there twice. */
function lacking<T extends Token>(source: T[], target: T[], key: (t: T) => string): T[] {
  const left = new Map<string, number>();
  for (const t of target) left.set(key(t), (left.get(key(t)) ?? 0) + 1);
  return source.filter((t) => {
    const n = left.get(key(t)) ?? 0;
    if (n > 0) left.set(key(t), n - 1);
    return n === 0;
  });
}

/** Each English segment the merged one covers is at least one sentence, however the prose reads. */
const englishSentences = (source: TextFacts, covers: number): number => Math.max(sentenceCount(source), covers);

/**
 * What of the English run the translation visibly lacks: a sentence, a number, a link, a
 * placeholder, inline code or bold. Each part a translator can check by eye without reading
 * the sentences side by side.
 */
function missingParts(source: TextFacts, target: TextFacts, covers: number, locale: string): string[] {
  const parts: string[] = [];
  const inEnglish = englishSentences(source, covers);
  const translated = sentenceCount(target);
  if (translated < inEnglish) parts.push(`the English has ${inEnglish} sentences, the translation ${translated}`);
  const numbers = unmatchedNumbers(source, target, locale).source;
  if (numbers.length) parts.push(`${numbers.length === 1 ? 'number' : 'numbers'} ${numbers.map((n) => quote(n.raw)).join(', ')} not in the translation`);
  const links = lacking(source.links.filter((l) => !l.image), target.links, (l) => comparableUrl(l.url, locale));
  if (links.length) parts.push(`${links.length === 1 ? 'link' : 'links'} ${links.map((l) => quote(l.text)).join(', ')} not in the translation`);
  const placeholders = lacking(source.placeholders, target.placeholders, (p) => comparablePlaceholder(p.text));
  if (placeholders.length) parts.push(`${placeholders.map((p) => quote(p.text)).join(', ')} not in the translation`);
  const code = lacking(source.code, target.code, (c) => c.text);
  if (code.length) parts.push(`code ${code.map((c) => quote(c.text)).join(', ')} not in the translation`);
  const bold = boldSpans(source);
  if (boldSpans(target) < bold) parts.push(`the English has ${plural(bold, 'bold part')}, the translation ${boldSpans(target)}`);
  return parts;
}

/** What the English run has that the translation was found to keep (" and the English's number, link and bold"). */
function keptParts(source: TextFacts): string {
  const numbers = source.hasDigit ? englishNumbers(source).map((n) => n.raw) : [];
  const kinds: [number, string][] = [
    [source.links.filter((l) => !l.image).length, 'link'],
    [source.placeholders.length, 'placeholder'],
    [source.code.length, 'code'],
    [boldSpans(source), 'bold'],
  ];
  // Numbers are named ("number 250"): "the English's number" alone sent the reader looking for it.
  const named = [
    ...(numbers.length ? [`${numbers.length === 1 ? 'number' : 'numbers'} ${numbers.join(', ')}`] : []),
    ...kinds.filter(([n]) => n > 0).map(([n, what]) => (what === 'code' || what === 'bold' || n === 1 ? what : `${what}s`)),
  ];
  if (named.length === 0) return '';
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return ` and the English's ${list}`;
}

export const mergedSegment: UnitCheck = {
  id: 'merged-segment',
  title: 'Merged segment',
  severity: 'info',
  scope: 'unit',
  description:
    'The localization pipeline joined several English sentences into one segment (an id like c59cc-p101): ' +
    'whoever edits it edits the translation of all of them, and merged segments are where sentences get dropped. ' +
    'The message says what tolk compared: where the translation has fewer sentences, or lacks a number, link, ' +
    'placeholder, code or bold of the English, it names what is missing; where it has them all, it says so, ' +
    'and only a clause dropped inside a sentence is left to find by reading.',
  run(unit, context) {
    const { locale } = context;
    if (!hasFlag(unit, 'merged', locale)) return NO_HITS;
    const view = viewOf(unit, context);
    const ids = unit.idsOf(locale);
    const what = `${ids.join(' ')} is one merged segment for ${unit.covers.length} English segments (${unit.covers.join(', ')})`;
    if (!view.paired) return [{ message: `${what}; check that nothing was left out` }];
    const parts = missingParts(view.sourceFacts, view.targetFacts, unit.covers.length, locale);
    const sentences = englishSentences(view.sourceFacts, unit.covers.length);
    return [{
      message: parts.length > 0
        ? `${what}: ${parts.join('; ')}`
        : `${what}: the translation has ${sentences === 2 ? 'both' : `all ${sentences}`} sentences${keptParts(view.sourceFacts)}; nothing seems left out`,
    }];
  },
};
