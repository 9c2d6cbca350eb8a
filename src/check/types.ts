/**
 * Contracts of the check stage (Weblate-style: one module per check, each pure).
 * The runner feeds aligned units/documents to every enabled check and collects findings.
 */
import type { AlignedCorpus, AlignedDocument, AlignedUnit, Diagnostic, Severity } from '../model.js';
import type { UnitView } from './view.js';

/** A problem a check found; becomes one entry of `findings` in report.json. */
export interface Finding {
  check: string;
  severity: Severity;
  /** Locale the finding is about (the translation's locale). */
  locale: string;
  /** Document slug. */
  document: string;
  /** Segment id(s) in that locale (`a4db7-103`, or `c59cc-p101`), or null for document-level findings. */
  segment: string | null;
  /** Aligned unit key (`103`, `103+104`), or null for document-level findings. */
  unit: string | null;
  line: number | null;
  message: string;
  source: string | null;
  target: string | null;
  /** Character ranges of the offending parts, for highlighting: in `source` and in `target`. */
  highlights?: { source?: [number, number][]; target?: [number, number][] };
  /** Null when not waived; the waiver's reason otherwise. */
  waived: string | null;
}

/** What a check returns: the parts of a finding the runner cannot fill in itself. */
export interface CheckHit {
  message: string;
  highlights?: Finding['highlights'];
  /** Override of the segment the hit is about (defaults to the unit's ids in the locale). */
  segment?: string | null;
  line?: number | null;
  /** Severity of this hit when it differs from the check's default (a config override wins). */
  severity?: Severity;
}

/** Corpus-wide facts some checks need (length ratios, translation memory); computed once. */
export interface CorpusStats {
  /** Per locale: statistics of target/source length ratios over the whole corpus. */
  lengthRatio: Record<string, { median: number; low: number; high: number }>;
  /**
   * Per locale: the same bounds per band of English prose length (short texts vary more), each
   * band from `minChars` up to the next band's; used by the length check when present.
   */
  lengthBands?: Record<string, { minChars: number; median: number; low: number; high: number }[]>;
  /**
   * Per locale: normalized English → distinct normalized translations with where they occur;
   * `damaged` where that translation lost a number, a link's text or bold of its English.
   */
  translations: Record<string, Map<string, Map<string, { document: string; unit: string; text?: string; source?: string; damaged?: boolean }[]>>>;
  /**
   * Per locale: lower-cased words that the locale's translations use about as often as the
   * English does (product names, cognates such as nb "status"); an unchanged segment made
   * only of such words is not reported as untranslated.
   */
  keptWords: Record<string, Set<string>>;
  /**
   * Per locale: end-punctuation changes (`colon>stop`) its translations make in at least a tenth of
   * the segments whose English ends that way: a convention of the locale, not a slip.
   */
  endingHabits?: Record<string, Set<string>>;
}

export interface CheckContext {
  corpus: AlignedCorpus;
  stats: CorpusStats;
  document: AlignedDocument;
  locale: string;
  /** The current unit as this locale sees it, shared by the runner between checks (a cache). */
  view?: UnitView;
  /** Whether this run reports a check's findings: false for one the configuration turns off (default: all). */
  reports?: (checkId: string) => boolean;
}

interface CheckBase {
  /** Stable id, kebab-case, used in config, waivers and report.json. */
  id: string;
  title: string;
  severity: Severity;
  /** One paragraph for translators: what it finds and how to fix it. */
  description: string;
}

export interface UnitCheck extends CheckBase {
  scope: 'unit';
  /** Also run for locales that have no translation of the unit (target null); default false. */
  includeMissingTargets?: boolean;
  run(unit: AlignedUnit, context: CheckContext): CheckHit[];
}

export interface DocumentCheck extends CheckBase {
  scope: 'document';
  /** Also run for corpus locales that lack the document; default false. */
  includeMissingDocuments?: boolean;
  run(context: CheckContext): CheckHit[];
}

export type Check = UnitCheck | DocumentCheck;

/** tolk.config.json (or the `tolk` key of package.json). */
export interface QaConfig {
  /** Check id → severity, or "off" to disable. */
  severity?: Record<string, Severity | 'off'>;
  disabled?: string[];
  waivers?: { document: string; segment?: string; unit?: string; check: string; locale?: string; reason: string }[];
}

export interface QaReport {
  schemaVersion: 1;
  locales: string[];
  summary: {
    documents: number;
    alignedUnits: number;
    findings: Record<Severity, number>;
    byCheck: Record<string, Record<Severity, number> & { waived: number }>;
  };
  documents: {
    slug: string;
    locales: Record<string, { file: string; segments: number; translationType: string | null }>;
    /** A report narrowed to a locale (`--locale`) that lacks the document: its file in a locale that has it. */
    otherLocaleFile?: string;
  }[];
  findings: Finding[];
  checks: { id: string; title: string; severity: Severity; description: string; enabled: boolean }[];
  /** Waivers of the config that matched no finding (stale: the text changed or was fixed). */
  unusedWaivers?: NonNullable<QaConfig['waivers']>;
  /**
   * What tolk could not read or left out, so did not check (an unreadable file or folder, a slug
   * clash, a folder that is no locale, a link): the corpus diagnostics `tolk qa` prints on stderr
   * and counts toward `--fail-on`. Present only when there are some.
   */
  notRead?: Diagnostic[];
}
