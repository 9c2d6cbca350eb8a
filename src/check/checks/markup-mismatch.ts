/** markup-mismatch: bold, italic, inline code, line breaks or HTML tags lost, added, or code changed. */
import { boldPairs, boldSpans, unpairedBold, whyUnpaired } from '../emphasis.js';
import { leftoverSpans, tagInContext } from '../leftover-spans.js';
import { tornPath } from '../menu-path.js';
import type { UnitCheck } from '../types.js';
import { range, type TextFacts, type Token } from '../text.js';
import { NO_HITS, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

interface Counted { name: string; count: (f: TextFacts) => number }

/** Emphasis markers come in pairs: a run of `**` opens, the next closes. */
const spans = (markers: number): number => Math.ceil(markers / 2);

/**
 * Italic spans, counted per marker character: a lone `*` or `_` has nothing to pair with and shows
 * as itself, as the `_` of "{$ _. EmailAddresses" (a PowerShell `$_` that MT split) does. A lone
 * `*` after a wildcard host pairs with the wildcard's star: "*.onmicrosoft.com*" is italic.
 */
function italicSpans(facts: TextFacts): number {
  if (facts.italic.length === 0) return 0;
  const stars = facts.italic.filter((t) => t.text[0] === '*').length;
  const underscores = facts.italic.length - stars;
  const wildcard = stars === 1 && facts.urls.some((u) => u.text[0] === '*');
  return (stars > 1 || wildcard ? spans(stars) : 0) + (underscores > 1 ? spans(underscores) : 0);
}

const COUNTED: Counted[] = [
  { name: 'bold', count: boldSpans },
  { name: 'italic', count: italicSpans },
  { name: 'inline code', count: (f) => f.code.length },
  { name: 'line break', count: (f) => f.breaks },
  // A span tag left over from the pipeline's span markup is damage, not markup to copy: it is
  // reported on its own (leftovers below), so a translator who deletes it is not told to put it back.
  { name: 'HTML tag', count: (f) => f.tags.filter((t) => !/^<br\b/i.test(t.text)).length - leftoverSpans(f.tags).length },
];

/** What to do about span tags the pipeline left in the translation (whether or not the English has them too). */
function leftovers(target: TextFacts, source: TextFacts): { message: string; ranges: [number, number][] } | null {
  const left = leftoverSpans(target.tags);
  if (left.length === 0) return null;
  const where = left.map((t) => `"${t.text}" in ${quote(tagInContext(target.text, t), 80)}`).join(', ');
  const also = leftoverSpans(source.tags).length > 0 ? ' (the English has the same leftover: damage there too, not markup to copy)' : '';
  return {
    message: `${where} ${left.length === 1 ? 'is a tag' : 'are tags'} left over from the localization pipeline's span markup, ` +
      `not part of the sentence: delete ${left.length === 1 ? 'it' : 'them'}${also}`,
    ranges: left.map(range),
  };
}

/**
 * Bold the English escaped by mistake and the translation made real: "click\*\* Save & Backup\*\*."
 * shows its asterisks, "**Saglabāšana un dublēšana**" is the bold the author meant; asking the
 * translator to take it out would make the page worse.
 */
function madeReal(english: number, translation: number, source: TextFacts): boolean {
  if (translation <= english) return false;
  const escaped = (source.text.match(/\\\*\\\*|\\_\\_/g) ?? []).length;
  return translation - english <= Math.floor(escaped / 2);
}

/**
 * Line breaks the translation makes hard where the English breaks its line softly: the English's
 * "…/best-practices) \n[Conditions in Conditional Access](…)" has one space before the newline, so a
 * browser runs its links together on one line; the translation's two spaces show them one to a
 * line, as the author laid them out. Asking to take those breaks out would make the page worse.
 */
function madeVisible(english: number, translation: number, source: TextFacts): boolean {
  if (translation <= english) return false;
  const newlines = (source.text.match(/\n/g) ?? []).length;
  return translation - english <= newlines - english;
}

/** Bold phrases quoted in a bold count, at most this many per side (a long list of UI labels is cut). */
const BOLD_LISTED = 6;

/**
 * What is bold, quoted after its count: ` ("File", "Info")`. The counts alone ("bold: 4 in the
 * English, 3 in the translation") left the translator to find which label lost its bold; side by
 * side, the lists show it ("Protect Document" and "Encrypt with Password" against "Beskytt
 * dokumentkrypter" and "passord").
 */
function boldTexts(facts: TextFacts): string {
  const pairs = boldPairs(facts);
  if (pairs.length === 0) return '';
  const quoted = pairs.slice(0, BOLD_LISTED).map(([open, close]) => quote(facts.text.slice(open.end, close.start).trim(), 40));
  return ` (${quoted.join(', ')}${pairs.length > BOLD_LISTED ? ', …' : ''})`;
}

/** The text around two runs the rule of 3 kept apart, from the word before the first to the word after the second. */
function around(text: string, [a, b]: [Token, Token]): string {
  let start = a.start;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  let end = b.end;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return text.slice(start, end);
}

/** Why bold markers of the translation do not pair, in a translator's words. */
function reasons(facts: TextFacts): string[] {
  const why = whyUnpaired(facts);
  const out: string[] = [];
  if (why.refused) {
    const [a, b] = why.refused;
    out.push(`in ${quote(around(facts.text, why.refused), 50)} markdown does not pair "${a.text}" with "${b.text}": one of them touches a letter ` +
      `on both sides, and then together they must not make 3, 6, 9… asterisks (here ${a.text.length + b.text.length}; CommonMark's rule of 3)`);
  }
  if (why.closeAfterPunctuation) out.push('a closing ** after punctuation needs a space or punctuation after it');
  if (why.openBeforePunctuation) out.push('an opening ** before punctuation needs a space or punctuation before it');
  return out;
}

/** Runs of `**` or `__` between spaces in the prose: "Atveriet ** šo ** pārlūkā" shows them as typed. */
function spacedBold(facts: TextFacts): [number, number][] {
  if (!facts.masked.includes('**') && !facts.masked.includes('__')) return [];
  return [...facts.masked.matchAll(/(?<=^|\s)(?:\*{2,}|_{2,})(?=\s|$)/g)].map((m) => [m.index, m.index + m[0].length]);
}

export const markupMismatch: UnitCheck = {
  id: 'markup-mismatch',
  title: 'Markup mismatch',
  severity: 'warning',
  scope: 'unit',
  description:
    'The translation has a different number of bold, italic, inline-code, line-break or HTML markup ' +
    'pieces than the English (bold counted as markdown shows it: "**Note:**text" and "**Edit****Owners**" ' +
    'show their asterisks, and so does "** Save **" with a space on both sides; the message says why), or ' +
    'the text inside `inline code` changed, or a `</span>` or `<span>` that pairs with nothing is left in ' +
    'the translation (damage from the localization pipeline\'s span markup, also when the English has it), ' +
    'or the arrows of a menu path ("**File** > **Share**") stand together with no name between them, torn from the names they separate. ' +
    'Lost bold usually means a UI label no longer stands out; changed code will not work when copied. ' +
    'Restore the markup of the English, copy code exactly, put each menu arrow back between its two names, and delete leftover span tags.',
  run(unit, context) {
    const view = viewOf(unit, context);
    if (!view.paired || view.identical) return NO_HITS;
    const s = view.sourceFacts;
    const t = view.targetFacts;
    const problems: string[] = [];
    const sourceRanges: [number, number][] = [];
    const targetRanges: [number, number][] = [];
    for (const c of COUNTED) {
      const a = c.count(s);
      const b = c.count(t);
      if (a === b || (c.name === 'bold' && madeReal(a, b, s)) || (c.name === 'line break' && madeVisible(a, b, s))) continue;
      problems.push(c.name === 'bold' ? `bold: ${a} in the English${boldTexts(s)}, ${b} in the translation${boldTexts(t)}`
        : `${c.name}: ${a} in the English, ${b} in the translation`);
    }
    // Markers that cannot pair show as asterisks: say why the count is lower than the markers suggest.
    const stray = unpairedBold(t);
    if (stray > unpairedBold(s) && boldSpans(t) < boldSpans(s)) {
      const why = reasons(t);
      problems.push(`${stray} "**" do not pair and show as asterisks${why.length ? ` (${why.join('; ')})` : ''}`);
    }
    // A "**" with a space on both sides is no marker at all (CommonMark: it neither opens nor closes).
    const spaced = spacedBold(t).length - spacedBold(s).length;
    if (spaced > 0 && boldSpans(t) < boldSpans(s)) {
      problems.push(`${spaced} "**" with a space on both sides show${spaced === 1 ? 's' : ''} as asterisks (bold must touch its text: "**Save**")`);
      targetRanges.push(...spacedBold(t));
    }
    if (problems.length > 0) {
      sourceRanges.push(...s.bold.map(range), ...s.italic.map(range));
      targetRanges.push(...t.bold.map(range), ...t.italic.map(range));
    }
    const torn = tornPath(s, t);
    if (torn) {
      problems.push(`menu path: ${torn.target.length} arrows ">" stand together in ${quote(torn.where, 60)} with no name between them: ` +
        'put each back between the two names it separates, as the English writes the path');
      targetRanges.push(...torn.target.map((at) => [at, at + 1] as [number, number]));
      sourceRanges.push(...torn.source.map((at) => [at, at + 1] as [number, number]));
    }
    const leftover = leftovers(t, s);
    if (leftover) {
      problems.push(leftover.message);
      targetRanges.push(...leftover.ranges);
    }
    const targetCode = t.code.map((c) => c.text.trim());
    if (s.code.length === t.code.length) {
      for (const c of s.code) {
        if (targetCode.includes(c.text.trim())) continue;
        problems.push(`code ${quote(c.text, 40)} is not in the translation as written`);
        sourceRanges.push(range(c));
      }
    }
    if (problems.length === 0) return NO_HITS;
    return [{ message: problems.join('; '), highlights: { source: sourceRanges, target: targetRanges } }];
  },
};
