/**
 * Facts about one segment text that many checks share: where its inline code, links, URLs,
 * HTML tags, placeholders and emphasis markers are, and a `masked` copy of the same length
 * with all of those blanked, so that word, number and punctuation scans see only prose and
 * their offsets are offsets in the original text (for highlights).
 *
 * Facts are memoized by text: the same English is analysed once for every locale and check.
 */
import { PLACEHOLDER_HINTS, PLACEHOLDER_PATTERNS, isKnownTag, isParameter, placeholderKind } from './placeholders.js';

export interface Token {
  start: number;
  end: number;
  text: string;
}

export interface LinkToken {
  /** Whole `[text](url)` (or `![alt](src)`). */
  start: number;
  end: number;
  text: string;
  url: string;
  urlStart: number;
  image: boolean;
}

/** Facts found by scanning; the derived views below are computed on first use. */
interface Scanned {
  text: string;
  /** Same length as `text`; code, link syntax, URLs, tags, placeholders, escapes, emphasis blanked. */
  masked: string;
  /** Inline code spans; `start`/`end` cover the backticks, `text` is the content. */
  code: Token[];
  links: LinkToken[];
  /** Absolute URLs, e-mail addresses and host names, inside link targets or bare. */
  urls: Token[];
  /** Relative link targets (`../foo.md`, `#anchor`). */
  relativeTargets: Token[];
  /** Known HTML tags such as `<br>`, `<b>`. */
  tags: Token[];
  placeholders: Token[];
  /** Emphasis markers: runs of `**`/`__` (bold) and single `*`/`_` (italic). */
  bold: Token[];
  italic: Token[];
  /** `<br>` tags and markdown hard breaks. */
  breaks: number;
}

const END_PUNCTUATION = new Set([...' .:;!?…']);
const CLOSERS = new Set([...')]"\'”’»›']);
const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
const isEndPunctuation = (ch: string): boolean => END_PUNCTUATION.has(ch);

/** Runs of characters that separate words (ASCII punctuation, digits, spaces, symbols). */
export const NOT_WORD = /[\s\d!-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u2190-\u2bff]+/;

/** Shared by every fact list until something is found: most segments have no code, links… */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** The list itself, or a fresh one in place of the shared empty list. */
const own = <T>(list: T[]): T[] => (list === NONE ? [] : list);

export class TextFacts implements Scanned {
  text = '';
  masked = '';
  code: Token[] = NONE;
  links: LinkToken[] = NONE;
  urls: Token[] = NONE;
  relativeTargets: Token[] = NONE;
  tags: Token[] = NONE;
  placeholders: Token[] = NONE;
  bold: Token[] = NONE;
  italic: Token[] = NONE;
  breaks = 0;
  /** The text has ASCII digits / digits of another script (for the number check's fast path). */
  hasDigit = false;
  hasOtherDigit = false;
  private cachedWords?: Token[];
  private cachedProse?: string;
  private cachedMemoryKey?: string;
  private cachedLastMark?: number;
  private derived?: Map<string, unknown>;

  constructor(text: string) { this.text = text; }

  /** A value other modules derive from these facts, computed once (numbers per locale, …). */
  memo<T>(key: string, make: (facts: TextFacts) => T): T {
    this.derived ??= new Map();
    let value = this.derived.get(key) as T | undefined;
    if (value === undefined) {
      value = make(this);
      this.derived.set(key, value);
    }
    return value;
  }

  /** Form of the text for translation memory: prose, lower-cased, without end punctuation. */
  get memoryKey(): string {
    return (this.cachedMemoryKey ??= trimEndWhile(this.prose.toLowerCase(), isEndPunctuation));
  }

  /**
   * Offset of the last character of the prose that is not whitespace or a closing quote or
   * bracket (-1 for none): where the sentence's end punctuation is, if it has one. Code, an
   * address or a placeholder after it ends the sentence instead: one that ends in
   * `"user@contoso.com"` has no end punctuation, not the colon of `PS C:\> …` before it (the
   * offset is then the token's last character, a space in `masked`).
   */
  get lastMark(): number {
    if (this.cachedLastMark === undefined) {
      const text = this.masked;
      let at = text.length - 1;
      while (at >= 0 && (CLOSERS.has(text[at]) || isSpaceCode(text.charCodeAt(at)))) at--;
      // A link's target is not what the reader sees: `[the docs.](https://…)` ends with its stop.
      const shownUrls = this.links.length ? this.urls.filter((u) => !this.links.some((l) => l.urlStart === u.start)) : this.urls;
      for (const tokens of [this.code, shownUrls, this.placeholders]) {
        const last = tokens[tokens.length - 1];
        if (last && last.start > at) at = Math.max(at, last.end - 1);
      }
      this.cachedLastMark = at;
    }
    return this.cachedLastMark;
  }

  /** Letter words of the masked text, with offsets. */
  get words(): Token[] {
    if (!this.cachedWords) {
      this.cachedWords = [];
      for (const m of this.masked.matchAll(WORD)) this.cachedWords.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return this.cachedWords;
  }

  /** Masked text with whitespace collapsed: the prose a reader sees. */
  get prose(): string {
    return (this.cachedProse ??= normalizeSpace(this.masked));
  }
}

const CODE = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const LINK = /(!?)\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(\s*(<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
const AUTOLINK = /<((?:https?|mailto|ftp):[^\s<>]+)>/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`\]()]*(?:\([^\s()]*\)[^\s<>"'`\]()]*)*[^\s<>"'`\]().,;:!?*]/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const HOST = /(?<![A-Za-z0-9@./\\])(?:(?<!\*)\*\.|\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|ms|io|gov|edu|info|biz|us|uk|eu|lv|no)(?:\/[^\s<>"'`\]()]*[^\s<>"'`\]().,;:!?*])?(?![A-Za-z0-9])/gi;
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|www\.|\/\/)/i;
const TAG = /<\/?([a-z][a-z0-9]*)\b[^<>]*>/gi;
const ENTITY = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi;
const ESCAPE = /\\[\\`*_{}[\]()#+\-.!<>|~]/g;
const HARD_BREAK = / {2,}\r?\n|\\\r?\n/g;
const STAR_RUN = /\*+/g;
const UNDERSCORE_RUN = /(?<![\p{L}\p{N}])_+(?=\S)|(?<=\S)_+(?![\p{L}\p{N}])/gu;
/** A word: letters (with their marks), joined by an apostrophe or hyphen ("don't", "e-mail"). */
export const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** Cheap tests that rule a pattern out before running it (most segments have no URL, no `$`…). */
const HINTS = new Map<RegExp, RegExp>([
  [AUTOLINK, /<[a-z]+:/i], [BARE_URL, /https?:|www\./i], [EMAIL, /@/],
  [HOST, /\.(?:com|net|org|ms|io|gov|edu|info|biz|us|uk|eu|lv|no)\b/i],
  ...PLACEHOLDER_HINTS,
]);

/** Characters whose presence decides which scans can match at all (most segments are plain prose). */
const FEATURE_CHARS = '`[<&*_\\{%$-@.:\n';
const FEATURE_BIT = new Uint32Array(128);
for (let i = 0; i < FEATURE_CHARS.length; i++) FEATURE_BIT[FEATURE_CHARS.charCodeAt(i)] = 1 << i;
const bit = (ch: string): number => FEATURE_BIT[ch.charCodeAt(0)];

const DIGIT_BIT = 1 << 16;
const OTHER_DIGIT_BIT = 1 << 17;
for (let c = 48; c <= 57; c++) FEATURE_BIT[c] = DIGIT_BIT;

/**
 * Decimal digits of other scripts (BMP), as the value of the digit + 1 (0 = not a digit): one
 * table lookup per character while scanning, and the digit's value for normalizing.
 */
const OTHER_DIGITS = new Uint8Array(0x10000);
for (let cp = 0x80, run = 0; cp < 0x10000; cp++) {
  // Decimal digits come in runs of ten starting at a zero; a digit's value is its place in the run.
  run = /\p{Nd}/u.test(String.fromCharCode(cp)) ? run + 1 : 0;
  if (run > 0) OTHER_DIGITS[cp] = ((run - 1) % 10) + 1;
}

/** Replaces other-script digits (Arabic-Indic, Devanagari, fullwidth…) with ASCII digits, keeping offsets. */
export function asciiDigits(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const value = OTHER_DIGITS[text.charCodeAt(i)];
    if (value === 0) continue;
    out += text.slice(from, i) + String(value - 1);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function featuresOf(text: string): number {
  let features = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) features |= FEATURE_BIT[c];
    else if (OTHER_DIGITS[c] !== 0) features |= OTHER_DIGIT_BIT;
  }
  return features;
}

function blank(work: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return work;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += work.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + work.slice(at);
}

function scanCode(text: string, facts: TextFacts): string {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(CODE)) {
    const end = m.index + m[0].length;
    (facts.code = own(facts.code)).push({ start: m.index, end, text: m[2] });
    ranges.push([m.index, end]);
  }
  return blank(text, ranges);
}

function scanLinks(text: string, work: string, facts: TextFacts): string {
  if (!work.includes('](')) return work;
  const ranges: [number, number][] = [];
  for (const m of work.matchAll(LINK)) {
    const start = m.index;
    const end = start + m[0].length;
    const textStart = start + m[1].length + 1;
    const textEnd = textStart + m[2].length;
    const urlOffset = m[0].indexOf('(', textEnd - start) + 1;
    const rawUrl = m[3].replace(/^<|>$/g, '');
    const urlStart = start + m[0].indexOf(rawUrl, urlOffset);
    const url = text.slice(urlStart, urlStart + rawUrl.length);
    (facts.links = own(facts.links)).push({ start, end, text: text.slice(textStart, textEnd), url, urlStart, image: m[1] === '!' });
    const token = { start: urlStart, end: urlStart + url.length, text: url };
    if (ABSOLUTE.test(url)) (facts.urls = own(facts.urls)).push(token);
    else if (url) (facts.relativeTargets = own(facts.relativeTargets)).push(token);
    ranges.push([start, textStart], [textEnd, end]);
  }
  return blank(work, ranges);
}

function scanPattern(work: string, pattern: RegExp, facts: TextFacts, list: 'urls' | 'placeholders', group = 0): string {
  const hint = HINTS.get(pattern);
  if (hint && !hint.test(work)) return work;
  const ranges: [number, number][] = [];
  for (const m of work.matchAll(pattern)) {
    const end = m.index + m[0].length;
    const offset = group === 0 ? 0 : m[0].indexOf(m[group]);
    const start = m.index + offset;
    const text = facts.text;
    (facts[list] = own(facts[list])).push({ start, end: start + m[group].length, text: text.slice(start, start + m[group].length) });
    ranges.push([m.index, end]);
  }
  return blank(work, ranges);
}

function scanTags(text: string, work: string, facts: TextFacts): string {
  const ranges: [number, number][] = [];
  for (const m of work.matchAll(TAG)) {
    if (!isKnownTag(m[1])) continue;
    const end = m.index + m[0].length;
    (facts.tags = own(facts.tags)).push({ start: m.index, end, text: text.slice(m.index, end) });
    if (m[1].toLowerCase() === 'br') facts.breaks++;
    ranges.push([m.index, end]);
  }
  for (const m of work.matchAll(ENTITY)) ranges.push([m.index, m.index + m[0].length]);
  ranges.sort((a, b) => a[0] - b[0]);
  return blank(work, ranges);
}

function scanPlaceholders(text: string, work: string, facts: TextFacts, features: number): string {
  for (const [pattern, needs] of PLACEHOLDER_PATTERNS) {
    if (features & bit(needs)) work = scanPattern(work, pattern, facts, 'placeholders');
  }
  if (facts.placeholders.length > 1) facts.placeholders.sort((a, b) => a.start - b.start);
  if (features & bit('-')) {
    const hasCmdlet = facts.placeholders.some((p) => placeholderKind(p.text) === 'cmdlet');
    facts.placeholders = facts.placeholders.filter((p) => placeholderKind(p.text) !== 'parameter' || isParameter(p.text, hasCmdlet));
  }
  return work;
}

/** Emphasis runs that can open or close (not surrounded by spaces on both sides). */
function scanEmphasis(work: string, facts: TextFacts): string {
  const text = facts.text;
  const ranges: [number, number][] = [];
  const collect = (m: RegExpMatchArray) => {
    const start = m.index!;
    const end = start + m[0].length;
    // Neighbours in the original text: masked link syntax (`**[text](url)**`) is not whitespace.
    const before = start === 0 ? ' ' : text[start - 1];
    const after = end >= text.length ? ' ' : text[end];
    if (/\s/.test(before) && /\s/.test(after)) return;
    const token = { start, end, text: m[0] };
    if (m[0].length >= 2) (facts.bold = own(facts.bold)).push(token);
    if (m[0].length % 2 === 1) (facts.italic = own(facts.italic)).push(token);
    ranges.push([start, end]);
  };
  if (work.includes('*')) for (const m of work.matchAll(STAR_RUN)) collect(m);
  const stars = ranges.length;
  if (work.includes('_')) for (const m of work.matchAll(UNDERSCORE_RUN)) collect(m);
  // Each kind comes in order; only a mix needs sorting.
  if (stars > 0 && ranges.length > stars) ranges.sort((a, b) => a[0] - b[0]);
  return blank(work, ranges);
}

function analyzeUncached(text: string): TextFacts {
  const facts = new TextFacts(text);
  const has = featuresOf(text);
  facts.hasDigit = (has & DIGIT_BIT) !== 0;
  facts.hasOtherDigit = (has & OTHER_DIGIT_BIT) !== 0;
  let work = has & bit('`') ? scanCode(text, facts) : text;
  if (has & bit('[')) work = scanLinks(text, work, facts);
  if (has & bit('<') && has & bit(':')) work = scanPattern(work, AUTOLINK, facts, 'urls', 1);
  if (has & (bit(':') | bit('.'))) work = scanPattern(work, BARE_URL, facts, 'urls');
  if (has & bit('@')) work = scanPattern(work, EMAIL, facts, 'urls');
  if (has & bit('.')) work = scanPattern(work, HOST, facts, 'urls');
  if (facts.urls.length > 1) facts.urls.sort((a, b) => a.start - b.start);
  if (has & (bit('<') | bit('&'))) work = scanTags(text, work, facts);
  work = scanPlaceholders(text, work, facts, has);
  if (has & bit('\\')) work = blank(work, [...work.matchAll(ESCAPE)].map((m) => [m.index, m.index + 2] as [number, number]));
  if (has & bit('\n')) facts.breaks += (text.match(HARD_BREAK) ?? []).length;
  if (has & (bit('*') | bit('_')) && (work.includes('*') || work.includes('_'))) work = scanEmphasis(work, facts);
  facts.masked = work;
  return facts;
}

const cache = new Map<string, TextFacts>();

/** Forgets every analysed text (the runner calls this when a run is over). */
export const clearTextCache = (): void => cache.clear();
const CACHE_LIMIT = 200_000;

/** The facts of a segment text (memoized). */
export function analyze(text: string): TextFacts {
  let facts = cache.get(text);
  if (!facts) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    facts = analyzeUncached(text);
    cache.set(text, facts);
  }
  return facts;
}

/** Collapses whitespace; the form in which texts are compared for equality. */
export function normalizeSpace(text: string): string {
  return /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** End of `text` after dropping trailing characters that `skip` accepts (no regex backtracking). */
export function trimEndWhile(text: string, skip: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && skip(text[end - 1])) end--;
  return text.slice(0, end);
}

/** A range for highlights. */
export const range = (t: { start: number; end: number }): [number, number] => [t.start, t.end];
