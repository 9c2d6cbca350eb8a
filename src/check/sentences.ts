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

/** The dot at `at` ends an abbreviation written right before it ("etc.", "e.g.", "f.eks."). */
export function endsWithAbbreviation(text: string, at: number): boolean {
  const word = (/(\S+)$/.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '').replace(/^[("'“„«[]+/u, '').toLowerCase();
  return word.length > 1 && (ABBREVIATIONS.has(word) || /\p{L}\.\p{L}/u.test(word));
}

const BOUNDARY = /([.!?…])["'”’)\]]*\s+(?=["'“„«([]?[\p{Lu}\p{N}])/gu;

function isAbbreviation(before: string): boolean {
  const word = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^[("'“„«[]+/u, '').toLowerCase();
  if (word === '') return true;
  if (/^\p{L}$/u.test(word)) return true; // an initial, a list letter
  if (/\p{L}\.\p{L}/u.test(word)) return true; // e.g, u.c, f.eks
  return ABBREVIATIONS.has(word);
}

/** Sentence ends inside a text's prose (offsets in the text). */
export function sentenceEnds(text: string | TextFacts): number[] {
  const { masked } = typeof text === 'string' ? analyze(text) : text;
  const ends: number[] = [];
  for (const m of masked.matchAll(BOUNDARY)) {
    if (m[1] === '.' && isAbbreviation(masked.slice(0, m.index))) continue;
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
