/**
 * The QA report's interface text. English defaults; `renderQaBody({ strings })` overrides any key.
 * `{name}` placeholders are filled by `fillString` (server) and qa.js (client).
 */
export const QA_STRINGS = {
  title: 'Translation QA report',
  intro: '{documents} documents, {units} aligned units checked in {locales}.',
  totals: 'Errors: {errors}, warnings: {warnings}, info: {info}, waived: {waived}.',
  summaryHeading: 'Summary',
  byLocaleCaption: 'Findings per locale (waived findings counted separately)',
  byCheckCaption: 'Findings per check',
  coverageHeading: 'Coverage',
  coverageCaption: 'Translation coverage per locale',
  findingsHeading: 'Findings',
  // What tolk could not read (report.json's notRead): no finding holds it, but --fail-on counts it.
  notReadHeading: 'Not read, so not checked',
  notReadTotals: 'Not read, so not checked: {counts}.',
  notReadIntro: 'tolk could not read these files or folders, or left them out, so nothing in them was checked. ' +
    'tolk qa --fail-on counts them ({counts}): a CI run can fail for them alone. Fix each as it says, and run tolk again.',
  notReadCaption: 'Files and folders not read',
  notReadFile: 'File or folder',
  notReadWhat: 'What is wrong, and what tolk did',
  notReadNone: 'None of these match the filters of the findings list.',
  jumpToFindings: 'Go to the findings list',
  locale: 'Locale',
  check: 'Check',
  severity: 'Severity',
  document: 'Document',
  errors: 'Errors',
  warnings: 'Warnings',
  info: 'Info',
  waived: 'Waived',
  total: 'Total',
  documentsWithFindings: 'Documents with findings',
  enabled: 'Enabled',
  off: 'off',
  documentsPresent: 'Documents',
  documentsOf: '{present} of {total}',
  segments: 'Segments',
  alignedUnits: 'Aligned units',
  translated: 'Translated',
  sameAsEnglish: 'Same as English',
  missingUnits: 'Missing',
  untranslated: 'Flagged untranslated',
  unitsTotal: 'All',
  documentOrigin: 'Documents translated by',
  machine: 'Machine',
  human: 'Person',
  unknownOrigin: 'Unknown',
  coverageHelp: 'Aligned units: counts of units in the documents each locale has. Same as English: the translation equals ' +
    'the English, which is right for names, numbers and code. Flagged untranslated: English prose left in English, ' +
    'as the untranslated check reports it (waived findings included). Documents translated by: the ' +
    'translation type in each document\'s metadata (MT: machine, HT: person).',
  noscript: 'The findings list and its filters need JavaScript. The summary above is complete; every finding is in {link}.',
  reportJson: 'report.json',
  filtersLegend: 'Filter findings',
  all: 'All',
  search: 'Search text',
  searchPlaceholder: 'Words in the message, English or translation',
  showWaived: 'Show waived findings',
  reset: 'Reset filters',
  countShown: 'Showing {shown} of {matched} matching findings ({total} in all).',
  countNone: 'No findings match these filters ({total} in all).',
  showMore: 'Show {count} more',
  // The filtered findings as `tolk qa --format csv` writes them (qa-export.js), and the whole report.
  exportCsv: 'Download CSV',
  exportCsvLabel: 'Download CSV of the {count} matching findings',
  exportCsvLabelOne: 'Download CSV of the 1 matching finding',
  exportJson: 'All findings: {link}',
  english: 'English',
  openInPage: 'Open the sentence in the page',
  openDocument: 'Open the page',
  openEnglishSentence: 'Open the sentence in the English page ({locale} lacks it)',
  openEnglishPage: 'Open the English page ({locale} lacks this document)',
  unit: 'unit',
  line: 'line',
  documentLevel: 'whole document',
  filterToDocument: 'Show only the findings of this document',
  // The file and line of a finding (`nb-NO/x.md:21`), copied for an editor or a terminal.
  copyPath: 'Copy',
  copyPathLabel: 'Copy {path}',
  pathCopied: 'Copied',
  pathCopiedStatus: 'Copied {path}',
  pathSelected: 'Selected: press Ctrl+C to copy (⌘C on a Mac)',
  pathSelectedStatus: 'This page cannot copy here; {path} is selected: press Ctrl+C to copy it (⌘C on a Mac).',
  placeGone: 'The finding you were at is no longer listed (fixed, or waived): {finding}.',
  documentWithoutFindings: 'This report has no findings for “{document}”: the document has none, or it is not in the content.',
  waivedBecause: 'Waived: {reason}',
  aboutCheck: 'What this check looks for, and what to do',
  missingText: '(missing)',
  noFindings: 'No findings: every check passed.',
  waive: 'Waive…',
  waiveReason: 'Reason (why the finding is acceptable)',
  waiveCopy: 'Copy waiver',
  waiveCopied: 'Copied. Paste it into the "waivers" list of tolk.config.json.',
  waiveAll: 'Waive all {count} findings that match the filters…',
  waiveAllCopy: 'Copy {count} waivers',
  waiveAllCopied: 'Copied {count} waivers as a JSON array: paste its entries into the "waivers" list of tolk.config.json.',
  // The same three for one finding ("Waive all 1 findings" is not English).
  waiveAllOne: 'Waive the 1 finding that matches the filters…',
  waiveAllCopyOne: 'Copy 1 waiver',
  waiveAllCopiedOne: 'Copied 1 waiver as a JSON array: paste its entry into the "waivers" list of tolk.config.json.',
  waiveNeedsReason: 'Write a reason first: tolk ignores a waiver without one.',
  waiveManual: 'This page cannot copy here. The text is selected below: copy it with Ctrl+C (⌘C on a Mac).',
  waiveText: 'Waiver JSON',
  waiveWholeDocument: 'A whole-document finding has no segment: this waiver covers every "{check}" finding of {document} in {locale}.',
  severity_error: 'error',
  severity_warning: 'warning',
  severity_info: 'info',
};

export type QaStrings = typeof QA_STRINGS;

export function qaStrings(overrides: Record<string, string> = {}): QaStrings {
  const strings: QaStrings = { ...QA_STRINGS };
  for (const key of Object.keys(QA_STRINGS) as (keyof QaStrings)[]) {
    if (typeof overrides[key] === 'string') strings[key] = overrides[key];
  }
  return strings;
}

/** `{name}` → vars.name; unknown names stay as written. */
export function fillString(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
