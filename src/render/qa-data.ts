/**
 * The data qa.js filters and renders. Findings are sorted for reading (unwaived first, errors
 * first) and refer by index to shared tables, so each text is embedded once: a unit's English
 * and every locale's translation (the finding's own and the ones shown beside it), and each
 * document's page URL per locale.
 */
import type { AlignedCorpus, Severity } from '../model.js';
import type { Finding, QaReport } from '../check/types.js';
import { ENGLISH, LinkTargets } from './qa-links.js';
import type { QaStrings } from './qa-strings.js';
import { CSV_RULES } from './csv-rules.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface PayloadFinding {
  /** Index into `checks`. */
  check: number;
  severity: Severity;
  /** Index into `locales`. */
  locale: number;
  /** Index into `documents`. */
  document: number;
  /** Index into `units`; null for document-level findings. */
  unit: number | null;
  segment: string | null;
  line: number | null;
  message: string;
  highlights?: Finding['highlights'];
  /** Present (the reason) only when waived. */
  waived?: string;
  /** Key into the document's `pages` of the page to open, when not the finding's locale: `en-US`. */
  page?: string;
  /** Element id of the sentence in that page (`seg-103`); absent when the link opens the page. */
  anchor?: string;
}

export interface PayloadUnit {
  key: string;
  /** English of the unit per locale (locales translated from different English revisions differ). */
  sources: Record<string, string | null>;
  /** Translation per locale: the flagged locale's and the others', null where missing. */
  targets: Record<string, string | null>;
}

export interface PayloadDocument {
  slug: string;
  /** Locale → page URL (English page for a locale that lacks the document), and `en-US` → English page. */
  pages: Record<string, string>;
  /**
   * Locale → the document's file, relative to the content folder (`nb-NO/x.md`), for the locales
   * that have one: the report shows it with the finding's line as `nb-NO/x.md:21`, the form an
   * editor's "go to file" and `code -g` open.
   */
  files: Record<string, string>;
}

export interface QaPayload {
  strings: QaStrings;
  english: string;
  locales: string[];
  /** `waivable: false` marks a check the report does not list: a waiver naming it would be refused. */
  /** `description` says what the check looks for and what to do (shown with each finding). */
  checks: { id: string; title: string; description: string; severity: Severity; waivable?: false }[];
  /** Documents that have findings. */
  documents: PayloadDocument[];
  units: PayloadUnit[];
  findings: PayloadFinding[];
  /** How `tolk qa --format csv` writes a row: the page's CSV download follows the same rules. */
  csv: typeof CSV_RULES;
}

export interface PayloadOptions {
  pageUrl: (locale: string, slug: string) => string;
  corpus?: AlignedCorpus;
  strings: QaStrings;
}

function readingOrder(report: QaReport): (a: Finding, b: Finding) => number {
  const docIndex = new Map(report.documents.map((d, i) => [d.slug, i]));
  return (a, b) =>
    Number(a.waived !== null) - Number(b.waived !== null) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (docIndex.get(a.document) ?? 1e9) - (docIndex.get(b.document) ?? 1e9) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    a.locale.localeCompare(b.locale);
}

/** Hands out an index per distinct key, creating the entry on first sight. */
class Table<T> {
  readonly rows: T[] = [];
  private readonly index = new Map<string, number>();
  indexOf(key: string, create: () => T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.rows.push(create()) - 1;
      this.index.set(key, i);
    }
    return i;
  }
  get(i: number): T {
    return this.rows[i];
  }
}

type ReportDocument = QaReport['documents'][number];

function documentEntry(report: QaReport, doc: ReportDocument | undefined, slug: string, pageUrl: PayloadOptions['pageUrl']): PayloadDocument {
  // A document no locale could read has no page in the site: its findings link nowhere.
  if (!doc) return { slug, pages: {}, files: {} };
  const present = doc.locales;
  const pages: Record<string, string> = {};
  const files: Record<string, string> = {};
  for (const locale of report.locales) {
    pages[locale] = pageUrl(present[locale] ? locale : ENGLISH, slug);
    if (present[locale]) files[locale] = present[locale].file;
  }
  pages[ENGLISH] = pageUrl(ENGLISH, slug);
  return { slug, pages, files };
}

/** The other locales' translations of a unit, from the aligned corpus. */
function fillFromCorpus(units: Table<PayloadUnit>, unitDocs: string[], corpus: AlignedCorpus): void {
  const docs = new Map(corpus.documents.map((d) => [d.slug, d]));
  units.rows.forEach((row, i) => {
    const aligned = docs.get(unitDocs[i])?.units.find((u) => u.key === row.key);
    if (!aligned) return;
    for (const locale of corpus.locales) {
      if (!(locale in row.targets) && docs.get(unitDocs[i])?.locales[locale]) row.targets[locale] = aligned.targetOf(locale);
    }
  });
}

export function qaPayload(report: QaReport, options: PayloadOptions): QaPayload {
  const checkIndex = new Map(report.checks.map((c, i) => [c.id, i]));
  const checks: QaPayload['checks'] = report.checks.map(({ id, title, description, severity }) => ({ id, title, description, severity }));
  const localeIndex = new Map(report.locales.map((l, i) => [l, i]));
  const reportDocs = new Map(report.documents.map((d) => [d.slug, d]));
  const documents = new Table<PayloadDocument>();
  const units = new Table<PayloadUnit>();
  const unitDocs: string[] = [];
  const links = new LinkTargets(options.corpus);
  const findings = [...report.findings].sort(readingOrder(report)).map((f): PayloadFinding => {
    let check = checkIndex.get(f.check);
    if (check === undefined) { // A finding of a check the registry does not list: give it a row.
      check = checks.push({ id: f.check, title: f.check, description: '', severity: f.severity, waivable: false }) - 1;
      checkIndex.set(f.check, check);
    }
    const document = documents.indexOf(f.document, () => documentEntry(report, reportDocs.get(f.document), f.document, options.pageUrl));
    let unit: number | null = null;
    if (f.unit !== null) {
      unit = units.indexOf(`${f.document}\n${f.unit}`, () => {
        unitDocs.push(f.document);
        return { key: f.unit as string, sources: {}, targets: {} };
      });
      const row = units.get(unit);
      row.sources[f.locale] ??= f.source;
      row.targets[f.locale] ??= f.target;
    }
    return {
      check, severity: f.severity, locale: localeIndex.get(f.locale) ?? -1, document, unit,
      segment: f.segment, line: f.line, message: f.message,
      ...(f.highlights ? { highlights: f.highlights } : {}),
      ...(f.waived !== null ? { waived: f.waived } : {}),
      ...links.targetOf(f, reportDocs.get(f.document)?.locales[f.locale] !== undefined),
    };
  });
  if (options.corpus) fillFromCorpus(units, unitDocs, options.corpus);
  return {
    strings: options.strings, english: ENGLISH, locales: report.locales, checks,
    documents: documents.rows, units: units.rows, findings, csv: CSV_RULES,
  };
}
