/**
 * Sentence counting that is abbreviation-aware enough for help articles: "e.g. Outlook",
 * "f.eks. Outlook", "2018. gada" and "TLS 1.2" do not end sentences.
 */
import { analyze, type TextFacts } from './text.js';

const ABBREVIATIONS = new Set([
  // English
  'e.g', 'i.e', 'eg', 'ie', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'no', 'nos', 'inc', 'ltd', 'co', 'corp', 'approx', 'fig',
  'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'a.m', 'p.m',
  'min', 'max', 'ref', 'ver', 'vol', 'ca',
  // Latvian
  'piem', 'u.c', 'utt', 't.i', 't.sk', 'sk', 'nr', 'plkst', 'g', 'lpp', 'tml', 'u.tml', 'aptuv', 'sal',
  // Norwegian
  'f.eks', 'bl.a', 'osv', 'dvs', 'kl', 'evt', 'mht', 'inkl', 'pga', 'tlf', 'jf', 'iflg', 'mv', 'ang', 'vedr', 'ev', 'nr',
]);

const OPENERS = new Set([...'("\'“„«[']);
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/**
 * The word written right before offset `at`, lower-cased, without opening brackets or quotes
 * ('' when a space precedes; null when longer than any abbreviation). A backwards scan: it runs
 * for every sentence end.
 */
function wordBefore(text: string, at: number): string | null {
  let start = at;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) {
    if (at - start > 10) return null;
    start--;
  }
  while (start < at && OPENERS.has(text[start])) start++;
  return text.slice(start, at).toLowerCase();
}

const isDotted = (word: string): boolean => /\p{L}\.\p{L}/u.test(word); // e.g, u.c, f.eks

/** The dot at `at` ends an abbreviation written right before it ("etc.", "e.g.", "f.eks."). */
export function endsWithAbbreviation(text: string, at: number): boolean {
  const word = wordBefore(text, at);
  return word !== null && word.length > 1 && (ABBREVIATIONS.has(word) || isDotted(word));
}

const BOUNDARY = /([.!?…])["'”’)\]]*\s+(?=["'“„«([]?[\p{Lu}\p{N}])/gu;

/**
 * A dot after this word does not end a sentence: an abbreviation, an initial or list letter, or
 * nothing. Markup blanked in `masked` right before the dot is no "nothing": "choose **groups**. You"
 * ends a sentence as "choose groups. You" does.
 */
function isAbbreviation(masked: string, text: string, at: number): boolean {
  const word = wordBefore(masked, at);
  if (word === null) return false;
  if (word === '') return at === 0 || isSpace(text.charCodeAt(at - 1));
  // An initial or list letter, unless the dot closes bold or italic: "**…+ Shift + S.** Jūsu".
  if (/^\p{L}$/u.test(word)) return text[at + 1] !== '*' && text[at + 1] !== '_';
  return ABBREVIATIONS.has(word) || isDotted(word);
}

/** Sentence ends inside a text's prose (offsets in the text). */
export function sentenceEnds(text: string | TextFacts): number[] {
  const facts = typeof text === 'string' ? analyze(text) : text;
  const { masked } = facts;
  const ends: number[] = [];
  for (const m of masked.matchAll(BOUNDARY)) {
    if (m[1] === '.' && isAbbreviation(masked, facts.text, m.index)) continue;
    ends.push(m.index);
  }
  return ends;
}

const MAYBE_BOUNDARY = /[.!?…]["'”’)\]]*\s/;

/** Cheap test: does the text have a sentence mark followed by space at all? */
export const mayHaveSeveralSentences = (facts: TextFacts): boolean => MAYBE_BOUNDARY.test(facts.masked);

export function sentenceCount(text: string | TextFacts): number {
  const facts = typeof text === 'string' ? analyze(text) : text;
  if (!mayHaveSeveralSentences(facts)) return facts.prose ? 1 : 0;
  return sentenceEnds(facts).length + 1;
}

/**
 * Sentences of an English run of `covers` segments (a merged segment's): each segment is at least
 * one sentence, however the prose reads ("Prerequisites" and "Sign in." are two).
 */
export const runSentenceCount = (source: TextFacts, covers: number): number => Math.max(sentenceCount(source), covers);
