/**
 * `tolk qa` default output: findings grouped by document, one line each with the sentence
 * pair under it, and a one-line summary. Colours come from the CLI helpers (TTY only).
 */
import type { Severity } from '../model.js';
import type { Finding, QaReport } from '../check/types.js';
import { excerpt } from '../check/unit-text.js';
import { bold, cyan, dim, red, severityLabel, visible, yellow } from '../cli/output.js';
import { countFindings, findingFile, findingsByDocument, plural, severityParts } from './qa-shared.js';

export interface TextOptions {
  /** False for files: no escape codes whatever the terminal. */
  colour?: boolean;
  /**
   * A finding's file (relative to the content folder) as printed: `tolk qa` shows it from the folder
   * it runs in (`content/nb-NO/x.md:25`), so a terminal, an editor or a CI log can open it.
   */
  shownFile?: (file: string) => string;
}

interface Painter {
  bold: (s: string) => string;
  dim: (s: string) => string;
  cyan: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  severity: (s: Severity) => string;
}

const plain = (s: string) => s;
const COLOURED: Painter = { bold, dim, cyan, red, yellow, severity: severityLabel };
const PLAIN: Painter = { bold: plain, dim: plain, cyan: plain, red: plain, yellow: plain, severity: plain };

const EXCERPT = 100;

/**
 * A damaged-file message starts with the file it is about ("lv-LV/x.md: span not closed"), for the
 * formats that name no file (CSV); the text line names that file already, so it is not said twice.
 * A message about another file (the one a slug clash skipped) keeps its name.
 */
function messageOnLine(message: string, file: string | null): string {
  return file !== null && message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

function findingLines(report: QaReport, f: Finding, paint: Painter, shownFile: (file: string) => string): string[] {
  // File names, messages (they quote the text) and segments come from the content: control
  // characters in them are shown escaped, so they cannot rewrite the terminal or split a line.
  const file = findingFile(report, f);
  // A document the locale lacks has no file to open: named by locale and slug, as the HTML report does.
  const where = visible(`${file !== null ? shownFile(file) : `${f.locale}/${f.document}`}${f.line !== null ? `:${f.line}` : ''}`);
  // A segment id is read as written (`data-ttu-id` takes anything but a line break or `<`).
  const segment = visible(f.segment ?? (f.unit !== null ? `unit ${f.unit}` : 'document'));
  const waived = f.waived !== null ? paint.dim(` (waived: ${visible(f.waived)})`) : '';
  const lines = [`  ${where} ${paint.cyan(segment)}: ${paint.severity(f.severity)} [${f.check}] ${visible(messageOnLine(f.message, file))}${waived}`];
  if (f.source !== null) lines.push(paint.dim(`      en-US: ${visible(excerpt(f.source, EXCERPT))}`));
  if (f.target !== null) lines.push(paint.dim(`      ${f.locale}: ${visible(excerpt(f.target, EXCERPT))}`));
  return lines;
}

function documentHeading(slug: string, findings: Finding[], paint: Painter): string {
  const c = countFindings(findings);
  const counts = [...severityParts(c, paint), ...(c.waived ? [paint.dim(`${c.waived} waived`)] : [])];
  return `${paint.bold(visible(slug))}  ${counts.join(', ')}`;
}

/** A text report's last line, as summaryLine writes it (so `tolk qa --out` knows its own report again). */
export const SUMMARY_LINE = /\d+ info(?: \(\+\d+ waived\))? in \d+ documents?; checked \d+ documents?, \d+ aligned units? in [^\n]+\n$/;

export function summaryLine(report: QaReport): string {
  const c = countFindings(report.findings);
  const docs = new Set(report.findings.map((f) => f.document)).size;
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info` +
    `${c.waived ? ` (+${c.waived} waived)` : ''} in ${plural(docs, 'document')}; ` +
    `checked ${plural(report.summary.documents, 'document')}, ${plural(report.summary.alignedUnits, 'aligned unit')} ` +
    `in ${report.locales.join(', ')}`;
}

export function qaToText(report: QaReport, options: TextOptions = {}): string {
  const paint = options.colour === false ? PLAIN : COLOURED;
  const out: string[] = [];
  for (const [slug, findings] of findingsByDocument(report)) {
    out.push(documentHeading(slug, findings, paint));
    for (const f of findings) out.push(...findingLines(report, f, paint, options.shownFile ?? ((file) => file)));
    out.push('');
  }
  out.push(paint.bold(summaryLine(report)));
  return out.join('\n') + '\n';
}
