/**
 * `tolk qa [--content DIR] [--format F] [--out FILE] [--fail-on LEVEL] [--config FILE] [--locale L]`:
 * run the translation checks and write the report (with `--locale`, of that language only). Exit 1 when a non-waived finding at or above
 * `--fail-on` exists, 0 otherwise; bad options are usage errors (exit 2).
 */
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeAndReason } from '../../fs-errors.js';
import type { Diagnostic, Severity } from '../../model.js';
import type { QaConfig, QaReport } from '../../check/types.js';
import { reportForLocale } from '../../check/report-locale.js';
import { runChecks } from '../../check/run.js';
import { staleWaiverMessage } from '../../check/waivers.js';
import { loadQaConfig, readJsonText, validateQaConfig, type LoadedQaConfig } from '../../check/config.js';
import { ContentError, contentFolderProblem, readAndAlign } from '../../pipeline.js';
import { formatQaReport, isQaFormat, QA_FORMATS, type QaFormat, type QaOutput } from '../../write/qa-formats.js';
import { severityParts } from '../../write/qa-shared.js';
import { summaryLine } from '../../write/qa-text.js';
import { parseFailOn, reaches, type FailOn } from '../fail-on.js';
import { cleanUpOnSignals } from '../signals.js';
import { contentPaths, shownDiagnostic } from '../content-paths.js';
import { formatDiagnostic, progress, stderrPaint, UsageError, visible } from '../output.js';
import { assertNotForeignFile, assertOutsideContent, otherLocaleFiles, perLocalePath, writeAtomically } from './qa-output.js';

export interface QaCommandOptions {
  content: string;
  format: string;
  out?: string;
  failOn: string;
  config?: string;
  locale?: string;
}

function parseFormat(name: string): QaFormat {
  if (!isQaFormat(name)) throw new UsageError(`unknown --format "${name}"; use one of: ${QA_FORMATS.join(', ')}`);
  return name;
}

/** Non-waived findings at or above the threshold make the run fail. */
export function failingFindings(report: QaReport, failOn: FailOn): number {
  return report.findings.filter((f) => f.waived === null && reaches(f.severity, failOn)).length;
}

/**
 * Why the run fails, on stderr where a CI log shows it last: the summary's counts alone ("0 errors,
 * 3 warnings", exit 1) left the reader to guess the threshold, which the CI job's file sets.
 */
function failingLine(report: QaReport, failOn: FailOn): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) if (f.waived === null && reaches(f.severity, failOn)) counts[f.severity]++;
  const waived = report.findings.some((f) => f.waived !== null) ? '; waived findings do not count' : '';
  return `${stderrPaint.red('tolk qa:')} exit 1: ${severityParts(counts, stderrPaint).join(', ')} at or above --fail-on ${failOn}${waived}`;
}

/** `--config FILE`: a tolk.config.json-shaped file, or a package.json whose `tolk` key is used. */
function loadConfigFile(file: string): LoadedQaConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readJsonText(file));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : codeAndReason(error);
    throw new UsageError(`cannot read --config ${file}: ${reason}`);
  }
  const isPackage = basename(file) === 'package.json';
  if (isPackage && (typeof raw !== 'object' || raw === null || !('tolk' in raw))) {
    throw new UsageError(`--config ${file} has no "tolk" key`);
  }
  const validated = validateQaConfig(isPackage ? (raw as { tolk: unknown }).tolk : raw, file);
  return { ...validated, source: file };
}

function readConfig(configFile: string | undefined): QaConfig {
  const loaded = configFile !== undefined ? loadConfigFile(configFile) : loadQaConfig(process.cwd());
  // A settings file that cannot be read would change the exit code in silence (waivers, severities
  // dropped): fatal here, as with --config. A site build says it and goes on.
  if (loaded.unreadable) throw new UsageError(`cannot use ${loaded.source}: ${loaded.unreadable}; fix it, or move it away to run with default settings`);
  for (const line of loaded.diagnostics) process.stderr.write(`${stderrPaint.yellow('tolk qa:')} ${line}\n`);
  if (loaded.source) process.stderr.write(stderrPaint.dim(`config: ${loaded.source}\n`));
  return loaded.config;
}

/**
 * Problems with what was not read at all (an unreadable folder, a link, a folder that is no locale)
 * that fail the run: at or above `--fail-on`, of the `--locale` folder or of none, and not already
 * a finding (an unreadable file is a damaged-file finding of its document). An unreadable folder
 * of advisories was printed as an error and the run still passed: a CI job went green on a
 * checkout whose files it could not read, with "0 errors" as the last line.
 */
export function failingUnread(unread: Diagnostic[], report: QaReport, locales: string[], failOn: FailOn, locale: string | undefined): Diagnostic[] {
  const found = new Set(report.findings.map((f) => `${f.locale}/${f.document}.md`));
  const inScope = (file: string) => locale === undefined || file.startsWith(`${locale}/`) || !locales.some((l) => file.startsWith(`${l}/`));
  return unread.filter((d) => reaches(d.severity, failOn) && inScope(d.file) && !found.has(d.file));
}

/** `locale`: `--locale`, checked against the content's locales before the (longer) checks run. */
function check(content: string, config: QaConfig, locale: string | undefined): { report: QaReport; unread: Diagnostic[] } {
  const problem = contentFolderProblem(content);
  if (problem) throw new ContentError(problem);
  const reading = progress('reading');
  const corpus = readAndAlign(content, { onProgress: reading.update });
  reading.done();
  if (locale !== undefined && !corpus.locales.includes(locale)) {
    const meant = corpus.locales.find((l) => l.toLowerCase() === locale.toLowerCase());
    throw new UsageError(`unknown --locale "${locale}"; ${meant ? `did you mean "${meant}"? ` : ''}the content has ${corpus.locales.join(', ')}`);
  }
  // What was not read at all (a link, an unreadable folder, a folder that is no locale) has no
  // document to hold a finding: said here, as build and align say it, not dropped in silence.
  const shown = contentPaths(content);
  for (const d of corpus.diagnostics) process.stderr.write(`${formatDiagnostic(shownDiagnostic(d, shown), stderrPaint)}\n`);
  const checking = progress('checking');
  const report = runChecks(corpus, config, { onProgress: checking.update });
  checking.done();
  return { report, unread: corpus.diagnostics };
}

/**
 * XLIFF holds one target language: `--locale`, or, when the content has several locales, `--out`
 * (one file per locale). Decided by the content's locales, never by which have findings.
 */
function checkXliffLocale(options: QaCommandOptions, report: QaReport): void {
  if (options.locale === undefined && options.out === undefined && report.locales.length > 1) {
    throw new UsageError(`XLIFF 2.0 holds one target language and the content has ${report.locales.length} locales ` +
      `(${report.locales.join(', ')}): pass --locale L to write one to stdout, ` +
      `or --out FILE to write one file per locale (${perLocalePath('FILE.xlf', report.locales[0])}, …)`);
  }
}

/** The content folder for SARIF: project-relative when inside the current folder (portable), else a file: URI. */
function contentUri(content: string): string {
  const rel = relative(process.cwd(), resolve(content)).split(sep).join('/');
  if (rel === '') return './';
  return rel.startsWith('..') || isAbsolute(rel) ? `${pathToFileURL(resolve(content)).href}/` : `${rel}/`;
}

/** A reader that stops early (`tolk qa | head`) is not an error: the exit code still tells the result. */
function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}

/** `perLocale`: XLIFF without `--locale`, written as `out` with the locale before its extension. */
function emit(outputs: QaOutput[], out: string | undefined, perLocale: boolean): void {
  if (out === undefined) {
    process.stdout.on('error', ignoreClosedPipe);
    for (const o of outputs) process.stdout.write(o.text);
    return;
  }
  // Installed only now: the checks before this are synchronous, and a handler would hold a Ctrl-C
  // back until they end. A signal during the (synchronous) writes is handled once they are done,
  // so a temp file is always renamed or removed first.
  cleanUpOnSignals();
  // Per-locale names do not depend on how many files there are: `x.lv-LV.xlf` also for one locale.
  const pathOf = (o: QaOutput) => (perLocale && o.locale !== null ? perLocalePath(out, o.locale) : out);
  // Every file is checked before the first is written: a refusal leaves no half set of reports.
  for (const o of outputs) assertNotForeignFile(pathOf(o));
  for (const o of outputs) {
    const path = pathOf(o);
    writeAtomically(path, o.text);
    process.stderr.write(stderrPaint.dim(`wrote ${path}\n`));
  }
  if (!perLocale) return;
  for (const path of otherLocaleFiles(out, outputs.map((o) => o.locale ?? ''))) {
    process.stderr.write(`${stderrPaint.yellow('tolk qa:')} ${path} is from an earlier run, for a locale the content ` +
      'no longer has; left as it is (delete it if it is done with)\n');
  }
}

export function qaCommand(options: QaCommandOptions): number {
  const format = parseFormat(options.format);
  const failOn = parseFailOn(options.failOn);
  if (options.out !== undefined) {
    assertOutsideContent(options.out, options.content);
    // Said before the checks run, where the file name is known already.
    if (format !== 'xliff' || options.locale !== undefined) assertNotForeignFile(options.out);
  }
  const { report: checked, unread } = check(options.content, readConfig(options.config), options.locale);
  // --locale: that language's findings only, and the summary and exit code from them.
  const report = options.locale === undefined ? checked : reportForLocale(checked, options.locale);
  if (format === 'xliff') checkXliffLocale(options, report);
  for (const w of report.unusedWaivers ?? []) {
    process.stderr.write(`${stderrPaint.yellow('tolk qa:')} ${staleWaiverMessage(w)}\n`);
  }
  // The text report names files as they open from here; JSON, CSV and SARIF keep their documented paths.
  const shown = contentPaths(options.content);
  const outputs = formatQaReport(report, format, {
    colour: options.out === undefined, contentUri: contentUri(options.content), shownFile: shown,
  });
  emit(outputs, options.out, format === 'xliff' && options.locale === undefined);
  if (options.out !== undefined || format !== 'text') process.stderr.write(`${summaryLine(report)}\n`);
  const failing = failingFindings(report, failOn);
  if (failing > 0) process.stderr.write(`${failingLine(report, failOn)}\n`);
  const notRead = failingUnread(unread, checked, checked.locales, failOn, options.locale);
  if (notRead.length > 0) {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const d of notRead) counts[d.severity]++;
    const files = notRead.slice(0, 3).map((d) => visible(shown(d.file))).join(', ') + (notRead.length > 3 ? ', …' : '');
    process.stderr.write(`${stderrPaint.red('tolk qa:')} exit 1: ${severityParts(counts, stderrPaint).join(', ')} about content ` +
      `not read, so not checked: ${files} (--fail-on ${failOn})\n`);
  }
  return failing > 0 || notRead.length > 0 ? 1 : 0;
}
