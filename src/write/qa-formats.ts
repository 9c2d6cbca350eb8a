/** The output formats of `tolk qa`; each module renders a QaReport to one kind of file. */
import type { QaReport } from '../check/types.js';
import { qaToCsv } from './qa-csv.js';
import { qaToJson } from './qa-json.js';
import { qaToSarif } from './qa-sarif.js';
import { qaToText } from './qa-text.js';
import { qaToXliff, xliffLocales } from './qa-xliff.js';

export const QA_FORMATS = ['text', 'json', 'csv', 'sarif', 'xliff'] as const;
export type QaFormat = (typeof QA_FORMATS)[number];

export function isQaFormat(name: string): name is QaFormat {
  return (QA_FORMATS as readonly string[]).includes(name);
}

/** Conventional file extension per format (XLIFF files are per locale: `name.lv-LV.xlf`). */
export const QA_FORMAT_EXTENSION: Record<QaFormat, string> = {
  text: '.txt', json: '.json', csv: '.csv', sarif: '.sarif', xliff: '.xlf',
};

export interface FormatOptions {
  /** Text only: escape-code colours (default true; the output helpers still require a TTY). */
  colour?: boolean;
  /** Text only: a file named from the content folder as the reader opens it (default: as it is). */
  shownFile?: (file: string) => string;
  /** SARIF only: the content folder as a `file:` URI or a project-relative path, ending with `/`. */
  contentUri?: string;
}

/** One rendered output: `locale` is set for per-locale outputs (XLIFF). */
export interface QaOutput {
  locale: string | null;
  text: string;
}

/**
 * Renders the report. Every format gives one output except XLIFF, which gives one per locale of
 * the report, findings or not (XLIFF 2.0 holds a single target language): one for a report narrowed to a locale.
 */
export function formatQaReport(report: QaReport, format: QaFormat, options: FormatOptions = {}): QaOutput[] {
  switch (format) {
    case 'text': return [{ locale: null, text: qaToText(report, { colour: options.colour, shownFile: options.shownFile }) }];
    case 'json': return [{ locale: null, text: qaToJson(report) }];
    case 'csv': return [{ locale: null, text: qaToCsv(report) }];
    case 'sarif': return [{ locale: null, text: qaToSarif(report, { contentUri: options.contentUri }) }];
    case 'xliff': return xliffLocales(report).map((locale) => ({ locale, text: qaToXliff(report, locale) }));
  }
}
