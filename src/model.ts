/**
 * The data that flows through tolk's stages: read → align → check → render → write.
 * Every stage takes these plain objects and returns new ones; nothing here has behaviour.
 */

export type Severity = 'error' | 'warning' | 'info';

/** The language of the originals: its pages are rebuilt from them, never read from a folder of its own. */
export const SOURCE_LOCALE = 'en-US';

/** A problem found while reading a file: where it is, what is wrong, what tolk did. */
export interface Diagnostic {
  severity: Severity;
  /** Stable machine name, e.g. `unterminated-span`, `front-matter-salvaged`. */
  code: string;
  file: string;
  /** 1-based line and column of the problem in the file. */
  line: number;
  column: number;
  message: string;
}

/** One translated sentence: the `data-ttu-id` span and its English `data-stu-id` twin. */
export interface Segment {
  /** Full id as written, e.g. `a4db7-103`. */
  id: string;
  /** Per-file, per-locale prefix, e.g. `a4db7`. */
  prefix: string;
  /** Position key after the dash, e.g. `103` or `p101`; this is what aligns locales. */
  key: string;
  /** True for `p…` keys: one segment standing for a run of numbered segments. */
  merged: boolean;
  /** Translated text, exactly as written between the span tags (inline markdown kept). */
  target: string;
  /** English original, exactly as written. Null when the English twin is missing. */
  source: string | null;
  /** The id on the English twin; differs from `id` only in damaged files. */
  sourceId: string | null;
  /** 1-based line and column where the translated span starts. */
  line: number;
  column: number;
  /** UTF-16 offsets of the whole span pair in the file text. */
  start: number;
  end: number;
  /** True when the segment sits inside the front matter block (pipeline damage). */
  inFrontMatter: boolean;
}

/** The file cut into pieces that, concatenated, give the file back byte for byte. */
export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'segment'; text: string; segment: Segment };

export type FrontMatterStatus = 'ok' | 'missing' | 'invalid' | 'salvaged';

export interface FrontMatter {
  status: FrontMatterStatus;
  /** Parsed data (empty object when missing or unparseable). */
  data: Record<string, unknown>;
  /** Raw text of the block between the `---` fences, as written; null when there is none. */
  raw: string | null;
  /** Offset in the text where the markdown body starts (after the closing fence). */
  bodyStart: number;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

export interface SourceDocument {
  /** Path as given by the caller (relative to the content folder when read from disk). */
  path: string;
  /** The exact input text. */
  text: string;
  hasBom: boolean;
  lineEnding: '\n' | '\r\n' | 'mixed' | 'none';
  frontMatter: FrontMatter;
  parts: Part[];
  segments: Segment[];
  diagnostics: Diagnostic[];
}

/** A document of one locale inside a corpus. */
export interface LocaleDocument {
  locale: string;
  /** Slug: path under the locale folder without `.md`, `/`-separated. */
  slug: string;
  /** Path relative to the content folder, e.g. `lv-LV/foo.md`. */
  file: string;
  doc: SourceDocument;
}

export type FlagKind = 'missing' | 'extra' | 'merged' | 'drift';

export interface UnitFlag {
  flag: FlagKind;
  locale: string;
}

/**
 * One aligned unit: the same English sentence (or run of sentences) across locales.
 * `key` is the numeric key, or `103+104` for a run that a merged segment covers.
 *
 * The one exception to plain data: what each locale has is read from the unit's segments when
 * asked for (`targetOf`, `englishOf`, `idsOf`, `lineOf`), and the per-locale records are built
 * from them on first read (see align/unit.ts: a corpus in memory keeps far fewer objects).
 */
export interface AlignedUnit {
  readonly key: string;
  /** The numbered keys this unit covers (one, or the run of a merged segment). */
  readonly covers: string[];
  /** English original, taken from the reference (newest) locale. */
  readonly source: string | null;
  /** English as each locale has it; differs from `source` when drifted. */
  readonly sources: Record<string, string | null>;
  /** Each locale's translation; null when the locale lacks it. */
  readonly targets: Record<string, string | null>;
  /** Each locale's segment ids for this unit (several when a run is covered). */
  readonly ids: Record<string, string[]>;
  /** Each locale's line of the first segment of the unit. */
  readonly lines: Record<string, number | null>;
  readonly flags: UnitFlag[];
  /** `targets[locale]`, without building the record (null for a locale the unit lacks). */
  targetOf(locale: string): string | null;
  /** `sources[locale]`, without building the record. */
  englishOf(locale: string): string | null;
  /** `ids[locale]`, without building the record (empty for a locale the unit lacks). */
  idsOf(locale: string): string[];
  /** `lines[locale]`, without building the record. */
  lineOf(locale: string): number | null;
}

export interface AlignedDocument {
  slug: string;
  /** Locale whose English originals are the reference (newest hand-off). */
  referenceLocale: string | null;
  /** Locales of the corpus that lack this document. */
  missingLocales: string[];
  locales: Record<string, LocaleDocument>;
  units: AlignedUnit[];
}

export interface AlignedCorpus {
  locales: string[];
  documents: AlignedDocument[];
  /** Problems with the corpus itself (unreadable files, stray folders). */
  diagnostics: Diagnostic[];
}
