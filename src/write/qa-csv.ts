/**
 * `tolk qa --format csv`: one row per finding, RFC 4180 (CRLF rows, fields quoted when needed,
 * quotes doubled), with a UTF-8 byte order mark so Excel reads Latvian and Norwegian letters right.
 */
import type { Finding, QaReport } from '../check/types.js';

export const CSV_COLUMNS = [
  'check', 'severity', 'waived', 'locale', 'document', 'segment', 'unit', 'line', 'message', 'source', 'target',
] as const;

const BOM = '\uFEFF';

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab/CR) as a formula; segment text is
 * untrusted, so such a cell gets a leading apostrophe (OWASP's advice for CSV injection).
 */
function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function findingRow(f: Finding): string[] {
  return [
    f.check, f.severity, f.waived ?? '', f.locale, f.document, f.segment ?? '', f.unit ?? '',
    f.line === null ? '' : String(f.line), f.message, f.source ?? '', f.target ?? '',
  ].map(defuseFormula);
}

export function qaToCsv(report: QaReport): string {
  const rows = [[...CSV_COLUMNS], ...report.findings.map(findingRow)];
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
