/** repeated-word: the same word twice in a row ("the the"), unless the English repeats it too. */
import type { AlignedCorpus } from '../../model.js';
import { translatesAs } from '../lexicon.js';
import type { UnitCheck } from '../types.js';
import type { TextFacts, Token } from '../text.js';
import { NO_HITS, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

/** Letters for the quick scan: ASCII letters and everything from U+00C0 but general punctuation. */
const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x2bff));
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Cheap test without copying: are two neighbouring words, separated by spaces only, equal
 * (ASCII case folded)? It runs for every translation; the exact check runs only on a yes.
 */
function mayRepeat(facts: TextFacts): boolean {
  const text = facts.masked;
  let prevStart = -1;
  let prevEnd = -1;
  let i = 0;
  while (i < text.length) {
    const gapStart = i;
    let spacesOnly = true;
    while (i < text.length && !isLetter(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 0xa0) spacesOnly = false;
      i++;
    }
    const start = i;
    while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    if (i === start) break;
    if (prevEnd === gapStart && spacesOnly && start > gapStart && prevEnd - prevStart === i - start && sameWord(text, prevStart, start, i - start)) {
      return true;
    }
    prevStart = start;
    prevEnd = i;
  }
  return false;
}

function sameWord(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x !== y && fold(x) !== fold(y) && text[a + k].toLowerCase() !== text[b + k].toLowerCase()) return false;
  }
  return true;
}

/** A gap that is emphasis closed right after the first word, then spaces (or nothing). */
const CLOSING_EMPHASIS = /^(?:\*{1,3}|_{1,3})[ \u00a0]*$/;

/** Pairs of neighbouring words that are equal and separated only by spaces (or closing emphasis). */
function repeats(facts: TextFacts): Token[] {
  if (!mayRepeat(facts)) return [];
  const { words, masked, text } = facts;
  const out: Token[] = [];
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1];
    const b = words[i];
    if (a.text.toLowerCase() !== b.text.toLowerCase() || !/^[ \u00a0]+$/.test(masked.slice(a.end, b.start))) continue;
    // Markup between them is mostly a label starting ("velg **Velg roller**"), but not when the
    // first word closes emphasis: "**zvanīšanas politikas** politikas".
    const gap = text.slice(a.end, b.start);
    if (gap !== masked.slice(a.end, b.start) && !CLOSING_EMPHASIS.test(gap)) continue;
    out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end) });
  }
  return out;
}

/**
 * Doubles a language's grammar makes: nb "logge på på nytt" (a particle verb, then "på nytt"),
 * "for for mange" (for + "too many"). Each is the doubled word and what must follow it.
 */
const GRAMMATICAL: Record<string, RegExp> = {
  nb: /^(?:på på[ \u00a0]+nytt|for for[ \u00a0]+(?:mange|mye|få|lite|lenge|sent|tidlig|ofte|stor|store|liten|lang|kort|høy|lav))(?![\p{L}\p{N}])/iu,
};

function isGrammatical(repeat: Token, text: string, locale: string): boolean {
  const pattern = GRAMMATICAL[locale.split('-')[0].toLowerCase()];
  return pattern !== undefined && pattern.test(text.slice(repeat.start, repeat.end + 20));
}

/**
 * A verb before a UI label or title that starts with the same verb: nb "velg Velg kontoen din" for
 * "choose **Select your account**", "se Se hva partnerne…" for "see [See what our partners…]". The
 * translation often moves the markup, so it is told by its shape (one of the locale's instruction
 * verbs in lower case, then the same word capitalized) and by the English having such a label
 * right after a word. Any other double ("det Det") is a slip, labels in the English or not.
 */
const LABEL_AFTER_WORD = /\p{Ll}[ \u00a0]+(?:\*\*?|__?|\[|["“«])\p{Lu}/u;

/** Per language: the verbs that instructions put before a UI label ("select", "see", "click", "open"…). */
const VERBS_BEFORE_LABEL: Record<string, Set<string>> = {
  nb: new Set(['velg', 'se', 'klikk', 'trykk', 'åpne', 'gå', 'skriv', 'angi', 'legg', 'bruk', 'aktiver', 'deaktiver']),
  lv: new Set(['atlasiet', 'skatiet', 'noklikšķiniet', 'atveriet', 'izvēlieties', 'ievadiet', 'pievienojiet', 'iespējojiet', 'atspējojiet']),
};

/** Nothing but whitespace or the end of a sentence before `at`: a verb there is capitalized ("Velg Velg hva…"). */
function startsSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[.!?:]$/.test(before);
}

function isVerbBeforeLabel(repeat: Token, text: string, source: string, locale: string): boolean {
  const [first, second] = text.slice(repeat.start, repeat.end).split(/[ \u00a0]+/);
  const verbs = VERBS_BEFORE_LABEL[locale.split('-')[0].toLowerCase()];
  if (verbs === undefined || !/^\p{Lu}\p{Ll}*$/u.test(second) || !LABEL_AFTER_WORD.test(source)) return false;
  return verbs.has(first) || (startsSentence(text, repeat.start) && verbs.has(first.toLowerCase()));
}

/**
 * A UI label that ends in a particle, then the same particle as a preposition: nb "rullegardinlisten
 * Søk i i dialogboksen" for "the **Look In** drop-down" ("Søk i" is Outlook's "Look In"). The
 * translation seldom keeps the label's markup, so it is told by its shape: the doubled word is one
 * of the locale's particles, and the English has a marked label ending in a particle ("**Look In**",
 * "[Sign In]", "“Log On”") or doubles one itself ("Look In in"). "det det" is no particle.
 */
const ENGLISH_PARTICLES = new Set(['in', 'on', 'out', 'up', 'to', 'as', 'of', 'off', 'for', 'by', 'with', 'at', 'into', 'from', 'over', 'down', 'back']);
const PARTICLES: Record<string, Set<string>> = {
  nb: new Set(['i', 'på', 'av', 'ut', 'opp', 'til', 'som', 'for', 'med', 'inn', 'om', 'fra', 'ned', 'over']),
  lv: new Set(['uz', 'no', 'ar', 'par', 'pie', 'pēc', 'kā', 'līdz', 'pa', 'bez', 'ap', 'pār', 'caur']),
};
const MARKED_LABEL = /\*\*([^*]+?)\*\*|__([^_]+?)__|\[([^\]]+)\]|"([^"]+)"|“([^”]+)”|«([^»]+)»/g;
const LAST_WORD = /([\p{L}]+)[\s.:]*$/u;
const DOUBLED_WORD = /(?<![\p{L}])(\p{L}+)[ \u00a0]+\1(?![\p{L}])/giu;

function englishLabelEndsInParticle(source: string): boolean {
  for (const m of source.matchAll(MARKED_LABEL)) {
    const label = m.slice(1).find((g) => g !== undefined) ?? '';
    const last = LAST_WORD.exec(label)?.[1].toLowerCase();
    if (last && label.trim().includes(' ') && ENGLISH_PARTICLES.has(last)) return true;
  }
  for (const m of source.matchAll(DOUBLED_WORD)) if (ENGLISH_PARTICLES.has(m[1].toLowerCase())) return true;
  return false;
}

function isLabelThenParticle(repeat: Token, text: string, source: string, locale: string): boolean {
  const particles = PARTICLES[locale.split('-')[0].toLowerCase()];
  const word = text.slice(repeat.start, repeat.end).split(/[ \u00a0*_]+/)[0].toLowerCase();
  return particles !== undefined && particles.has(word) && englishLabelEndsInParticle(source);
}

/**
 * Latvian says a noun twice in a row where the English says it twice: "atrodiet … lomu lomu
 * sarakstā" is "find the … role in the list of roles", the accusative singular of "loma" and then
 * its genitive plural, the same form ("Virtuālā tīkla tīkla drošības grupai", "the network security
 * group for the virtual network", two genitives). Many nouns share a genitive form (-a, -u, -as,
 * -es, -us, -s) with another case, so such a double is grammatical when the second word can be a
 * genitive, the English repeats a word the corpus translates with this noun, and the translation
 * does not use the noun more often than the English says the word (one more is allowed: Latvian
 * repeats "programma" where the English varies "application" and "App"). "30 dienas pēc Azure
 * abonementa abonementa dienas" ("30 days from the day you subscribed") is still a slip: the English
 * repeats "day", not the subscription.
 */
const GENITIVE_FORM: Record<string, RegExp> = { lv: /(?:a|u|s)$/u };

/** Stem → mentions of the English words said more than once; neighbours ("**Alerts** > [Alert policies]") are one mention. */
function englishRepeats(source: TextFacts): Map<string, number> {
  const mentions = new Map<string, number>();
  let previous = '';
  for (const word of source.words) {
    const lower = word.text.toLowerCase();
    const stem = lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
    if (stem.length >= 3 && stem !== previous) mentions.set(stem, (mentions.get(stem) ?? 0) + 1);
    previous = stem;
  }
  for (const [stem, count] of mentions) if (count < 2) mentions.delete(stem);
  return mentions;
}

function isGenitiveDouble(repeat: Token, target: TextFacts, source: TextFacts, corpus: AlignedCorpus, locale: string): boolean {
  const form = GENITIVE_FORM[locale.split('-')[0].toLowerCase()];
  const second = target.text.slice(repeat.start, repeat.end).split(/[^\p{L}]+/u).filter(Boolean).pop()?.toLowerCase() ?? '';
  // Markup between them ("**zvanīšanas politikas** politikas") means a label and a word after it, not one phrase.
  if (form === undefined || !form.test(second) || !/^\p{L}+[ \u00a0]+\p{L}+$/u.test(target.text.slice(repeat.start, repeat.end))) return false;
  const stem = second.slice(0, Math.max(3, second.length - 2));
  const uses = target.words.filter((w) => w.text.toLowerCase().includes(stem)).length;
  for (const [english, mentions] of englishRepeats(source)) {
    if (uses <= mentions + 1 && translatesAs(corpus, locale, english, stem)) return true;
  }
  return false;
}

export const repeatedWord: UnitCheck = {
  id: 'repeated-word',
  title: 'Repeated word',
  severity: 'warning',
  scope: 'unit',
  description:
    'The same word appears twice in a row ("the the", "un un"), a typing or machine-translation slip. ' +
    'Not reported: repetitions the English has too, doubles the grammar makes (nb "logge på på nytt", ' +
    '"for for mange"), and a verb before a UI label that starts with the same word (nb "velg Velg kontoen" ' +
    'for "choose **Select your account**"), and a label ending in a particle followed by the same word as a ' +
    'preposition (nb "Søk i i dialogboksen" for "the **Look In** drop-down"), and a Latvian noun said twice where the ' +
    'English says it twice, once in the genitive (lv "lomu lomu sarakstā" for "the role in the list of roles"). ' +
    'Delete the extra word.',
  run(unit, context) {
    const view = viewOf(unit, context);
    if (!view.paired) return NO_HITS;
    const found = repeats(view.targetFacts);
    if (found.length === 0) return NO_HITS;
    const inEnglish = new Set(repeats(view.sourceFacts).map((r) => r.text.toLowerCase()));
    const text = view.target!;
    const fresh = found.filter((r) => !inEnglish.has(r.text.toLowerCase()) && !isGrammatical(r, text, context.locale) &&
      !isVerbBeforeLabel(r, text, view.source!, context.locale) && !isLabelThenParticle(r, text, view.source!, context.locale) &&
      !isGenitiveDouble(r, view.targetFacts, view.sourceFacts, context.corpus, context.locale));
    if (fresh.length === 0) return NO_HITS;
    return [{
      message: `repeated word ${fresh.map((r) => quote(r.text)).join(', ')}`,
      highlights: { target: fresh.map((r) => [r.start, r.end] as [number, number]) },
    }];
  },
};
