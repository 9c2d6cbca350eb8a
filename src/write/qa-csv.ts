/**
 * `tolk qa --format csv`: one row per finding, RFC 4180 (CRLF rows, fields quoted when needed,
 * quotes doubled), with a UTF-8 byte order mark so Excel reads Latvian and Norwegian letters right.
 */
import type { Finding, QaReport } from '../check/types.js';
import { CSV_COLUMNS, NEEDS_QUOTES, READS_AS_NUMBER, RUNS_AS_FORMULA } from '../render/csv-rules.js';

export { CSV_COLUMNS };

const BOM = '\uFEFF';

function asText(value: string): string {
  return RUNS_AS_FORMULA.test(value) || READS_AS_NUMBER.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
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
