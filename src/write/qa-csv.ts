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
 * Spreadsheets change some cells as they open a CSV file. One starting with = + - @ (or a tab/CR)
 * runs as a formula: segment text is untrusted (OWASP's advice for CSV injection). So does one
 * starting with NUL (OWASP ASVS 1.2.10): LibreOffice Calc drops it and evaluates `\0=1+1` as 2. One that reads
 * as a number written another way is shown as that number: the segment id `0272e-105` as
 * 2.72E-103 (scientific notation), `0272` as 272. Such a cell gets a leading apostrophe: the
 * spreadsheet keeps the cell as text (LibreOffice Calc shows the apostrophe with it).
 */
function asText(value: string): string {
  return /^[=+\-@\t\r\0]/.test(value) || /^(\d*\.?\d+e[+-]?\d+|0\d+)$/i.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function findingRow(f: Finding): string[] {
  return [
    f.check, f.severity, f.waived ?? '', f.locale, f.document, f.segment ?? '', f.unit ?? '',
    f.line === null ? '' : String(f.line), f.message, f.source ?? '', f.target ?? '',
  ].map(asText);
}

export function qaToCsv(report: QaReport): string {
  const rows = [[...CSV_COLUMNS], ...report.findings.map(findingRow)];
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
