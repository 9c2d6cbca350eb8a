/** untranslated: the translation is the English (or has a clause of it) unchanged, and the English is not just names or code. */
import { placeholderKind } from '../placeholders.js';
import type { TextFacts, Token } from '../text.js';
import type { CheckHit, UnitCheck } from '../types.js';
import { ENGLISH_FUNCTION_WORDS, longestEnglishRun, mayHaveFunctionWords, runWords, sameWords } from '../english.js';
import { NO_HITS, plural, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

/** Small words a product or feature name may contain ("Microsoft Defender for Office 365"). */
const NAME_CONNECTORS = new Set(['for', 'and', 'of', 'in', 'to', 'with', 'on', 'by', 'the', 'a', 'an', '&']);

/** Verbs that start an instruction or heading, so a Title Case line is not a product name. */
const IMPERATIVES = new Set([
  'add', 'allow', 'assign', 'change', 'check', 'choose', 'click', 'configure', 'contact', 'create', 'delete',
  'disable', 'download', 'enable', 'enter', 'find', 'fix', 'follow', 'get', 'go', 'install', 'learn', 'make',
  'manage', 'open', 'read', 'remove', 'reset', 'restart', 'review', 'see', 'select', 'set', 'sign', 'start',
  'stop', 'troubleshoot', 'try', 'turn', 'type', 'update', 'upgrade', 'use', 'verify', 'view',
]);

/** Paths, file and host names, switches, variables: words inside them are code, not prose. */
const CODE_LIKE = /[\\/%$=_{}|]|\p{L}\.\p{L}/u;

/** Words a reader would expect translated: not all-caps (TLS), not inner capitals (OneDrive, iCloud), not in code. */
function translatableWords(facts: TextFacts): Token[] {
  const { text } = facts;
  return facts.words.filter((w) => {
    if (w.text.length < 2 || /^\p{Lu}+$/u.test(w.text) || /.\p{Lu}/u.test(w.text)) return false;
    let start = w.start;
    let end = w.end;
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    while (end < text.length && !/\s/.test(text[end])) end++;
    return !CODE_LIKE.test(text.slice(start, end).replace(/^[*_(["'“„«]+|[*_)\]"'”».,:;!?]+$/gu, ''));
  });
}

/** Title Case words and connectors, no sentence ending, not an instruction: a product or feature name. */
function isNameLike(words: Token[], prose: string): boolean {
  if (/[.?!:]$/.test(prose.trim()) || IMPERATIVES.has(words[0].text.toLowerCase())) return false;
  return words.every((w) => /^\p{Lu}/u.test(w.text) || NAME_CONNECTORS.has(w.text.toLowerCase()));
}

/** A command line: it has a cmdlet, or it is a few words next to a switch or path (`sfc /scannow`). */
function isCommand(facts: TextFacts, words: Token[]): boolean {
  if (facts.placeholders.some((p) => placeholderKind(p.text) === 'cmdlet')) return true;
  return words.length <= 2 && facts.prose.split(' ').some((token) => CODE_LIKE.test(token));
}


const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A run of English words left in a translation is reported from this many words… */
const PART_MIN_WORDS = 6;
/** …of which this many are English function words and this many are words translators translate. */
const PART_MIN_FUNCTION_WORDS = 2;
const PART_MIN_FOREIGN_WORDS = 4;

/**
 * A clause left in English inside a translation: a long run of the English's words in the same
 * order, with English function words ("and", "of", "with") and words this locale translates.
 */
function partlyEnglish(source: TextFacts, target: TextFacts, kept: Set<string> | undefined): CheckHit[] {
  // Letters inside a GUID or version ("0517ffae-825d-4aff") are no words.
  const { text } = target;
  const isWord = (w: Token) => !isDigit(text.charCodeAt(w.start - 1)) && !isDigit(text.charCodeAt(w.end));
  const isFunctionWord = (w: Token) => isWord(w) && ENGLISH_FUNCTION_WORDS.has(w.text.toLowerCase()) && !kept?.has(w.text.toLowerCase());
  // Cheap tests first: a translation without two untranslated function words has no English clause.
  if (!mayHaveFunctionWords(target.masked, PART_MIN_FUNCTION_WORDS)) return NO_HITS;
  if (target.words.filter(isFunctionWord).length < PART_MIN_FUNCTION_WORDS) return NO_HITS;
  const run = longestEnglishRun(source, target);
  if (!run || run[1] - run[0] < PART_MIN_WORDS) return NO_HITS;
  const words = runWords(target, run);
  if (words.filter(isFunctionWord).length < PART_MIN_FUNCTION_WORDS) return NO_HITS;
  const inRun = new Set(words);
  const foreign = translatableWords(target).filter((w) => inRun.has(w) && isWord(w) && !kept?.has(w.text.toLowerCase()));
  if (foreign.length < PART_MIN_FOREIGN_WORDS || isNameLike(words, '')) return NO_HITS;
  const span: [number, number] = [words[0].start, words[words.length - 1].end];
  return [{
    message: `part of the translation is the English left untranslated: ${quote(target.text.slice(...span), 80)}`,
    highlights: { target: [span] },
  }];
}

/** Untranslated words a copy with changed case or punctuation must have to be reported. */
const CHANGED_COPY_MIN_WORDS = 3;

export const untranslated: UnitCheck = {
  id: 'untranslated',
  title: 'Untranslated',
  severity: 'warning',
  scope: 'unit',
  description:
    'The translation is identical to the English, or is the English with only its punctuation, markup or ' +
    'letter case changed (then with at least three words a translator would translate), or leaves a clause ' +
    'of the English untranslated (six or more of its words in a row, with English words such as "and", ' +
    '"of", "with"; the clause is marked). Not reported: ' +
    'segments made only of numbers, URLs, code, commands, paths, placeholders and all-caps terms; product ' +
    'and feature names (Title Case words ' +
    'such as "Microsoft Secure Score"); words this locale keeps in English elsewhere in the corpus; and ' +
    'segments whose "English" is in another language. Translate the sentence, or waive the finding if the ' +
    'English is meant to stay.',
  run(unit, context) {
    const { locale, stats } = context;
    const view = viewOf(unit, context);
    if (!view.paired) return NO_HITS;
    if (!view.same && !sameWords(view.sourceFacts, view.targetFacts)) return partlyEnglish(view.sourceFacts, view.targetFacts, stats.keptWords[locale]);
    // Judged on the English: MT that only lower-cased a name ("Defender for endpoint") left a name.
    const facts = view.sourceFacts;
    const words = translatableWords(facts);
    if (words.length === 0 || isCommand(facts, words) || isNameLike(words, facts.prose)) return NO_HITS;
    const lower = words.map((w) => w.text.toLowerCase());
    if (lower.length >= 4 && !lower.some((w) => ENGLISH_FUNCTION_WORDS.has(w))) return NO_HITS;
    const kept = stats.keptWords[locale];
    const foreign = words.filter((_, i) => !kept?.has(lower[i]));
    if (foreign.length === 0) return NO_HITS;
    // A changed copy of a name or a page slug ("Azure Portal", "976-How-to-Enable-Litigation-Hold")
    // is MT touching a name; a sentence's worth of English words left is untranslated prose.
    if (!view.same && foreign.length < CHANGED_COPY_MIN_WORDS) return NO_HITS;
    // The same words in the same order: the translation's word at the English word's place.
    const inTarget = foreign.map((w) => view.targetFacts.words[facts.words.indexOf(w)]);
    const examples = [...new Set(inTarget.map((w) => w.text))].slice(0, 3).map((w) => quote(w)).join(', ');
    const how = view.same ? 'unchanged' : 'with only punctuation, markup or letter case changed';
    return [{
      message: `the translation is the English ${how} (${plural(foreign.length, 'word')} such as ${examples} ` +
        `that ${locale} translations do not otherwise keep)`,
      highlights: { target: inTarget.map((w) => [w.start, w.end] as [number, number]) },
    }];
  },
};
