/**
 * The language of image alt texts and link titles written outside segments. The localization
 * pipeline left them out of the span markup, so each locale's file holds whatever its translator
 * wrote there: a translation (`![Projicē datorā]`) or the English left as it was
 * (`![Project to a PC]`, `![Pop out language bar]` on the Latvian page). A screen reader reads an
 * alt text in the voice of its `lang`, so each one is marked with the language it is really in:
 * English on a translated page gets `lang="en-US"`, and the English page shows an English alt
 * from another locale's file where its own source file has a translated one.
 */
import { ENGLISH_FUNCTION_WORDS } from '../check/english.js';
import { SOURCE_LOCALE, type AlignedDocument, type LocaleDocument } from '../model.js';
import type { AttributeLanguage } from './md-env.js';

/** Image alt texts with their source (`![alt](src`), and link or image titles (`](url "title")`). */
const ATTRIBUTE_TEXT = /!\[([^\]\n]*)\]\(\s*<?([^\s)>]*)|\]\([^\s)]+\s+(?:"([^"\n]*)"|'([^'\n]*)')\)/g;
const LETTERS = /\p{L}+/gu;
/** A fenced or indented code block's start (the corpus fences its commands). */
const CODE_BLOCK = /^(?: {4}|\t| {0,3}(?:```|~~~))/m;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

interface FileAttributes {
  /** Every alt text and title outside segments, whitespace collapsed. */
  texts: Set<string>;
  /** Image source as written → its alt text (the first, when an image recurs). */
  altBySrc: Map<string, string>;
}

function attributesOf(ld: LocaleDocument): FileAttributes {
  const texts = new Set<string>();
  const altBySrc = new Map<string, string>();
  for (const part of ld.doc.parts) {
    if (part.kind !== 'text' || (!part.text.includes('](') && !part.text.includes('!['))) continue;
    for (const m of part.text.matchAll(ATTRIBUTE_TEXT)) {
      const text = collapse(m[1] ?? m[3] ?? m[4]);
      texts.add(text);
      if (m[1] !== undefined && m[2] && !altBySrc.has(m[2])) altBySrc.set(m[2], text);
    }
  }
  return { texts, altBySrc };
}

function addWords(words: Set<string>, text: string): void {
  for (const [word] of text.toLowerCase().matchAll(LETTERS)) words.add(word);
}

interface Vocabulary {
  english: Set<string>;
  /** Words of each locale's translations (sentences left in English not counted). */
  byLocale: Map<string, Set<string>>;
}

function vocabularyOf(doc: AlignedDocument): Vocabulary {
  const english = new Set(ENGLISH_FUNCTION_WORDS);
  const byLocale = new Map<string, Set<string>>();
  for (const [locale, ld] of Object.entries(doc.locales)) {
    const words = new Set<string>();
    for (const s of ld.doc.segments) {
      if (s.source !== null) addWords(english, s.source);
      if (s.source === null || collapse(s.source) !== collapse(s.target)) addWords(words, s.target);
    }
    byLocale.set(locale, words);
  }
  return { english, byLocale };
}

/**
 * Whether a text written in `locale`'s file is English: at least half of its words are the document's
 * English words (its originals' or English function words), and more of them belong only to the
 * English than only to the translations. Names both use ("Windows", "Cortana") count for
 * neither side; a tie is not English, nor is "Nett leseren din støtter ikke video." for its "video".
 */
function isEnglish(text: string, locale: string, vocabulary: Vocabulary): boolean {
  const translated = vocabulary.byLocale.get(locale) ?? new Set<string>();
  let words = 0;
  let english = 0;
  let score = 0;
  for (const [word] of text.toLowerCase().matchAll(LETTERS)) {
    const inEnglish = vocabulary.english.has(word);
    const inTranslation = translated.has(word);
    words++;
    if (inEnglish) english++;
    if (inEnglish && !inTranslation) score++;
    else if (inTranslation && !inEnglish) score--;
  }
  return score > 0 && english * 2 >= words;
}

/** Made when first asked, once: most pages never ask. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** A file's text outside segments, whitespace collapsed: where its code blocks are. */
function outsideText(ld: LocaleDocument): string {
  return collapse(ld.doc.parts.map((part) => (part.kind === 'text' ? part.text : ' ')).join(''));
}

/**
 * How the page of `pageLocale`, rendered from `sourceLocale`'s file, marks alt texts, titles and
 * code blocks written outside segments. Null when the file has no such alt text or title and no
 * code block (nothing to decide).
 */
export function attributeLanguage(doc: AlignedDocument, sourceLocale: string, pageLocale: string): AttributeLanguage | null {
  const source = doc.locales[sourceLocale];
  if (!source) return null;
  const own = attributesOf(source);
  if (own.texts.size === 0 && !source.doc.parts.some((p) => p.kind === 'text' && CODE_BLOCK.test(p.text))) return null;
  // Code blocks are left out of the span markup like alt texts: the localization pipeline never
  // translated them. One every locale's file writes alike is the original's (a PowerShell command,
  // its English output), which a screen reader reads well only in an English voice.
  const others = lazy(() => Object.entries(doc.locales).filter(([locale]) => locale !== sourceLocale).map(([, ld]) => outsideText(ld)));
  const files = lazy(() => Object.entries(doc.locales).map(([locale, ld]) => ({ locale, ...(locale === sourceLocale ? own : attributesOf(ld)) })));
  const vocabulary = lazy(() => vocabularyOf(doc));
  // With two locales or more, a text every file writes alike was never translated: English.
  const englishIn = (text: string, locale: string): boolean =>
    (files().length >= 2 && files().every((f) => f.texts.has(text))) || isEnglish(text, locale, vocabulary());
  const languageOf = (text: string): string => (englishIn(collapse(text), sourceLocale) ? SOURCE_LOCALE : sourceLocale);
  return {
    langOf(text) {
      const lang = languageOf(text);
      return lang === pageLocale ? null : lang;
    },
    codeLang(code) {
      const text = collapse(code);
      if (pageLocale === SOURCE_LOCALE || text === '' || others().length === 0) return null;
      return others().every((outside) => outside.includes(text)) ? SOURCE_LOCALE : null;
    },
    englishAlt(src, text) {
      if (pageLocale !== SOURCE_LOCALE || languageOf(text) === SOURCE_LOCALE) return null;
      for (const file of files()) {
        const alt = file.locale === sourceLocale ? undefined : file.altBySrc.get(src);
        if (alt && englishIn(alt, file.locale)) return alt;
      }
      return null;
    },
  };
}
