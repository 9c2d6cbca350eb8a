/**
 * The QA runner: feeds every unit × locale (and every document × locale) to every enabled check,
 * turns hits into findings, applies severity overrides and waivers, and builds the report.
 */
import type { AlignedCorpus, AlignedDocument, AlignedUnit, LocaleDocument, Severity } from '../model.js';
import { unreadableSlugs } from './not-read.js';
import { checks as allChecks } from './registry.js';
import { computeCorpusStats } from './stats.js';
import { countFindings } from './summary.js';
import type {
  Check, CheckContext, CheckHit, CorpusStats, Finding, QaConfig, QaReport, UnitCheck,
} from './types.js';
import { englishOf } from './unit-text.js';
import { clearNumberCache } from './numbers.js';
import { clearTextCache } from './text.js';
import { clearUrlCache } from './urls.js';
import { clearViews, documentViews } from './view.js';
import { applyWaivers } from './waivers.js';

export interface RunOptions {
  /** Called after each document with the count done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Precomputed corpus statistics (computed from the corpus when absent). */
  stats?: CorpusStats;
  /** The checks to run (default: the registry); for tests and plugins. */
  checks?: Check[];
}

interface Settings {
  enabled: Check[];
  severity: Map<string, Severity>;
}

function resolveSettings(checks: Check[], config: QaConfig): Settings {
  const off = new Set(config.disabled ?? []);
  const severity = new Map<string, Severity>();
  for (const [id, value] of Object.entries(config.severity ?? {})) {
    if (value === 'off') off.add(id);
    else severity.set(id, value);
  }
  return { enabled: checks.filter((c) => !off.has(c.id)), severity };
}

/** Ids of segments the pipeline left inside the front matter; the front-matter check reports them. */
function frontMatterIds(ld: LocaleDocument): Set<string> {
  return new Set(ld.doc.segments.filter((s) => s.inFrontMatter).map((s) => s.id));
}

/** Re-throws a check's error with where it happened, so a bug in one check is easy to find. */
function failed(check: Check, where: string, error: unknown): Error {
  return new Error(`check ${check.id} failed on ${where}: ${(error as Error).message}`, { cause: error });
}

class FindingSink {
  readonly findings: Finding[] = [];
  constructor(private readonly settings: Settings) {}

  severityOf(check: Check, hit: CheckHit): Severity {
    return this.settings.severity.get(check.id) ?? hit.severity ?? check.severity;
  }

  unitHits(check: Check, hits: CheckHit[], unit: AlignedUnit, ctx: CheckContext): void {
    for (const hit of hits) {
      this.findings.push({
        check: check.id, severity: this.severityOf(check, hit), locale: ctx.locale, document: ctx.document.slug,
        segment: hit.segment !== undefined ? hit.segment : unit.idsOf(ctx.locale).join(' ') || null,
        unit: unit.key,
        line: hit.line !== undefined ? hit.line : unit.lineOf(ctx.locale),
        message: hit.message,
        source: englishOf(unit, ctx.locale),
        target: unit.targetOf(ctx.locale),
        ...(hit.highlights ? { highlights: tidy(hit.highlights) } : {}),
        waived: null,
      });
    }
  }

  documentHits(check: Check, hits: CheckHit[], ctx: CheckContext): void {
    for (const hit of hits) {
      this.findings.push({
        check: check.id, severity: this.severityOf(check, hit), locale: ctx.locale, document: ctx.document.slug,
        segment: hit.segment ?? null, unit: null, line: hit.line ?? null, message: hit.message,
        source: null, target: null, ...(hit.highlights ? { highlights: tidy(hit.highlights) } : {}), waived: null,
      });
    }
  }
}

/** Each side's ranges in text order, each once: a check may reach one place by two paths. */
function tidy(highlights: NonNullable<CheckHit['highlights']>): NonNullable<CheckHit['highlights']> {
  const side = (ranges: [number, number][] | undefined) => {
    if (!ranges || ranges.length < 2) return ranges;
    const seen = new Set<string>();
    return ranges.filter(([a, b]) => !seen.has(`${a}:${b}`) && seen.add(`${a}:${b}`) !== undefined).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  };
  const out: NonNullable<CheckHit['highlights']> = {};
  if (highlights.source) out.source = side(highlights.source);
  if (highlights.target) out.target = side(highlights.target);
  return out;
}

function checkDocumentLocale(sink: FindingSink, settings: Settings, ctx: CheckContext): void {
  const ld = ctx.document.locales[ctx.locale];
  for (const check of settings.enabled) {
    if (check.scope !== 'document' || (!ld && !check.includeMissingDocuments)) continue;
    let hits: CheckHit[];
    try { hits = check.run(ctx); } catch (error) { throw failed(check, `${ctx.document.slug} (${ctx.locale})`, error); }
    if (hits.length) sink.documentHits(check, hits, ctx);
  }
  if (!ld) return;
  const unitChecks = settings.enabled.filter((c): c is UnitCheck => c.scope === 'unit');
  const inFrontMatter = frontMatterIds(ld);
  const views = documentViews(ctx.document, ctx.corpus.locales);
  const localeIndex = ctx.corpus.locales.indexOf(ctx.locale);
  ctx.document.units.forEach((unit, unitIndex) => {
    const ids = unit.idsOf(ctx.locale);
    if (inFrontMatter.size > 0 && ids.length > 0 && ids.every((id) => inFrontMatter.has(id))) return;
    const hasTarget = unit.targetOf(ctx.locale) !== null;
    ctx.view = views[unitIndex][localeIndex];
    for (const check of unitChecks) {
      if (!hasTarget && !check.includeMissingTargets) continue;
      let hits: CheckHit[];
      try { hits = check.run(unit, ctx); } catch (error) { throw failed(check, `${ctx.document.slug} unit ${unit.key} (${ctx.locale})`, error); }
      if (hits.length) sink.unitHits(check, hits, unit, ctx);
    }
  });
  ctx.view = undefined;
}

/**
 * Text facts, views and URL forms are cached for the length of a run; afterwards they would only
 * hold tens of megabytes of a corpus the caller may keep (the site build does).
 */
function releaseCaches(): void {
  clearViews();
  clearTextCache();
  clearUrlCache();
  clearNumberCache();
}

/** Findings in report order: document, locale, line, check (registry order), unit. */
function sortFindings(findings: Finding[], corpus: AlignedCorpus, checks: Check[]): void {
  // Documents that were not read at all (not in corpus.documents) go last.
  const docOrder = new Map(corpus.documents.map((d, i) => [d.slug, i]));
  const last = corpus.documents.length;
  const localeOrder = new Map(corpus.locales.map((l, i) => [l, i]));
  const checkOrder = new Map(checks.map((c, i) => [c.id, i]));
  findings.sort((a, b) =>
    (docOrder.get(a.document) ?? last) - (docOrder.get(b.document) ?? last) ||
    (docOrder.has(a.document) ? 0 : a.document.localeCompare(b.document)) ||
    (localeOrder.get(a.locale) ?? 0) - (localeOrder.get(b.locale) ?? 0) ||
    (a.line ?? -1) - (b.line ?? -1) ||
    (checkOrder.get(a.check) ?? 0) - (checkOrder.get(b.check) ?? 0) ||
    (a.unit ?? '').localeCompare(b.unit ?? '') ||
    (a.segment ?? '').localeCompare(b.segment ?? ''));
}

function summarize(corpus: AlignedCorpus, findings: Finding[], enabled: Check[]): QaReport['summary'] {
  return {
    documents: corpus.documents.length,
    alignedUnits: corpus.documents.reduce((n, d) => n + d.units.length, 0),
    ...countFindings(findings, enabled.map((c) => c.id)),
  };
}

function describeDocuments(corpus: AlignedCorpus): QaReport['documents'] {
  return corpus.documents.map((d: AlignedDocument) => {
    const locales: QaReport['documents'][number]['locales'] = {};
    for (const [locale, ld] of Object.entries(d.locales)) {
      const type = ld.doc.frontMatter.data['ms.translationtype'];
      locales[locale] = { file: ld.file, segments: ld.doc.segments.length, translationType: typeof type === 'string' ? type : null };
    }
    return { slug: d.slug, locales };
  });
}

/**
 * Documents none of whose files could be read: the aligner has nothing to align, but the checks
 * that look at missing documents (damaged-file) must still see them, or a file unreadable in the
 * only locale that has it would pass QA. They come after the aligned documents.
 */
function unreadDocuments(corpus: AlignedCorpus): AlignedDocument[] {
  const aligned = new Set(corpus.documents.map((d) => d.slug));
  return [...unreadableSlugs(corpus)].filter((slug) => !aligned.has(slug)).sort()
    .map((slug) => ({ slug, referenceLocale: null, missingLocales: [...corpus.locales], locales: {}, units: [] }));
}

export function runChecks(corpus: AlignedCorpus, config: QaConfig = {}, options: RunOptions = {}): QaReport {
  const checks = options.checks ?? allChecks;
  const settings = resolveSettings(checks, config);
  const stats = options.stats ?? computeCorpusStats(corpus);
  const sink = new FindingSink(settings);
  const enabledIds = new Set(settings.enabled.map((c) => c.id));
  const reports = (id: string) => enabledIds.has(id);
  corpus.documents.forEach((document, index) => {
    for (const locale of corpus.locales) checkDocumentLocale(sink, settings, { corpus, stats, document, locale, reports });
    options.onProgress?.(index + 1, corpus.documents.length);
  });
  for (const document of unreadDocuments(corpus)) {
    for (const locale of corpus.locales) checkDocumentLocale(sink, settings, { corpus, stats, document, locale, reports });
  }
  releaseCaches();
  const findings = sink.findings;
  const unusedWaivers = applyWaivers(findings, config.waivers ?? []);
  sortFindings(findings, corpus, checks);
  return {
    schemaVersion: 1,
    locales: corpus.locales,
    summary: summarize(corpus, findings, settings.enabled),
    documents: describeDocuments(corpus),
    findings,
    checks: checks.map((c) => ({
      id: c.id, title: c.title, severity: settings.severity.get(c.id) ?? c.severity, description: c.description,
      enabled: enabledIds.has(c.id),
    })),
    ...(unusedWaivers.length ? { unusedWaivers } : {}),
    // A report read alone (JSON, SARIF in CI) must show why the run failed when only this did.
    ...(corpus.diagnostics.length ? { notRead: corpus.diagnostics.map((d) => ({ ...d })) } : {}),
  };
}
