/**
 * How a QA finding becomes a CSV row: the columns, and the cells a spreadsheet would change as it
 * opens the file. `tolk qa --format csv` (src/write/qa-csv.ts) writes by these rules, and so does the
 * QA page's "Download CSV" (templates/assets/qa-export.js, given them as data in the page), so the
 * two files are the same and the rules are written once.
 */
export const CSV_COLUMNS = [
  'check', 'severity', 'waived', 'locale', 'document', 'segment', 'unit', 'line', 'message', 'source', 'target',
] as const;

/**
 * Spreadsheets change some cells as they open a CSV file. One starting with = + - @ (or a tab/CR)
 * runs as a formula: segment text is untrusted (OWASP's advice for CSV injection). So does one
 * starting with NUL (OWASP ASVS 1.2.10): LibreOffice Calc drops it and evaluates `\0=1+1` as 2. One that reads
 * as a number written another way is shown as that number: the segment id `0272e-105` as
 * 2.72E-103 (scientific notation), `0272` as 272. Such a cell gets a leading apostrophe: the
 * spreadsheet keeps the cell as text (LibreOffice Calc shows the apostrophe with it).
 */
export const RUNS_AS_FORMULA = /^[=+\-@\t\r\0]/;
export const READS_AS_NUMBER = /^(\d*\.?\d+e[+-]?\d+|0\d+)$/i;
export const NEEDS_QUOTES = /[",\r\n]/;

const asData = (pattern: RegExp) => ({ source: pattern.source, flags: pattern.flags });

/** The rules as data, for the page's script (`new RegExp(source, flags)`). */
export const CSV_RULES = {
  columns: CSV_COLUMNS,
  runsAsFormula: asData(RUNS_AS_FORMULA),
  readsAsNumber: asData(READS_AS_NUMBER),
  needsQuotes: asData(NEEDS_QUOTES),
};

