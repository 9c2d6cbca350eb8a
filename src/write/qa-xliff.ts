/**
 * `tolk qa --format xliff`: the flagged units as XLIFF 2.0, for fixing in a CAT tool.
 * XLIFF 2.0 carries one target language per document (`trgLang` on the root), so there is one
 * XLIFF document per locale; inside it one <file> per document, one <unit> per flagged unit,
 * with the findings as <note>s (category = check id, priority 1 error / 5 warning / 9 info,
 * appliesTo = what the finding is about: the target, the source, or the whole unit).
 * Document-level findings go to the <file>'s notes.
 */
import { SOURCE_LOCALE, type Severity } from '../model.js';
import type { Finding, QaReport } from '../check/types.js';
import { documentFile, findingsByDocument } from './qa-shared.js';
import { nmtoken, xmlAttr, xmlText } from './qa-xml.js';

const PRIORITY: Record<Severity, number> = { error: 1, warning: 5, info: 9 };

/**
 * The locales that get an XLIFF document: every translated locale of the report, in report order,
 * with or without findings (a locale without findings gets a document with no units). The set
 * depends on the content only, never on what was found, so `--out` always writes the same files.
 */
export function xliffLocales(report: QaReport): string[] {
  return [...report.locales];
}

/**
 * What a unit's note is about, as XLIFF 2.0's `appliesTo` says it (source or target; without it,
 * the whole unit). Most checks judge the translation; source-drift judges this locale's English
 * against the newest one, and extra-segment and merged-segment the segment itself (its English and
 * translation together), so a CAT tool must not show those as faults of the target.
 */
const NOTE_APPLIES_TO: Record<string, 'source' | null> = {
  'source-drift': 'source',
  'extra-segment': null,
  'merged-segment': null,
};

function noteAppliesTo(f: Finding): 'source' | 'target' | null {
  if (f.unit === null) return null;
  return f.check in NOTE_APPLIES_TO ? NOTE_APPLIES_TO[f.check] : 'target';
}

function noteXml(f: Finding, indent: string): string {
  const text = f.waived !== null ? `${f.message} (waived: ${f.waived})` : f.message;
  const about = noteAppliesTo(f);
  const appliesTo = about !== null ? ` appliesTo="${about}"` : '';
  return `${indent}<note category="${xmlAttr(f.check)}" priority="${PRIORITY[f.severity]}"${appliesTo}>${xmlText(text)}</note>`;
}

function notesXml(findings: Finding[], indent: string): string[] {
  return [`${indent}<notes>`, ...findings.map((f) => noteXml(f, indent + '  ')), `${indent}</notes>`];
}

/** The unit id: the locale's segment id (`a4db7-103`) when known, else `unit-103_104`. */
function unitId(findings: Finding[]): string {
  const segment = findings.find((f) => f.segment)?.segment;
  const first = segment?.split(/[\s,]+/).find(Boolean);
  return nmtoken(first ?? `unit-${findings[0].unit}`);
}

function unitXml(findings: Finding[], usedIds: Set<string>): string[] {
  let id = unitId(findings);
  while (usedIds.has(id)) id += '_';
  usedIds.add(id);
  const source = findings.find((f) => f.source !== null)?.source ?? '';
  const target = findings.find((f) => f.target !== null)?.target ?? null;
  return [
    `    <unit id="${xmlAttr(id)}" name="${xmlAttr(findings[0].unit ?? '')}">`,
    ...notesXml(findings, '      '),
    '      <segment>',
    `        <source>${xmlText(source)}</source>`,
    ...(target !== null ? [`        <target>${xmlText(target)}</target>`] : []),
    '      </segment>',
    '    </unit>',
  ];
}

function groupByUnit(findings: Finding[]): Finding[][] {
  const units = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.unit === null) continue;
    const list = units.get(f.unit) ?? [];
    list.push(f);
    units.set(f.unit, list);
  }
  return [...units.values()];
}

function fileXml(report: QaReport, locale: string, slug: string, findings: Finding[], index: number): string[] {
  const original = documentFile(report, slug, locale) ?? `${locale}/${slug}.md`;
  const documentLevel = findings.filter((f) => f.unit === null);
  const units = groupByUnit(findings);
  const usedIds = new Set<string>();
  return [
    `  <file id="f${index}" original="${xmlAttr(original)}" xml:space="preserve">`,
    ...(documentLevel.length > 0 ? notesXml(documentLevel, '    ') : []),
    ...units.flatMap((u) => unitXml(u, usedIds)),
    // A <file> must hold at least one unit or group; an empty group keeps document-only notes valid.
    ...(units.length === 0 ? ['    <group id="document"/>'] : []),
    '  </file>',
  ];
}

/** The comment that marks an XLIFF file as tolk's report (so a later run may replace it, and nothing else). */
export const XLIFF_REPORT_MARK = '<!-- tolk qa: translation-QA findings -->';

/** One XLIFF 2.0 document with the flagged units of one locale. */
export function qaToXliff(report: QaReport, locale: string): string {
  const byDocument = findingsByDocument(report, report.findings.filter((f) => f.locale === locale));
  let index = 0;
  const files = [...byDocument].flatMap(([slug, findings]) => fileXml(report, locale, slug, findings, ++index));
  // XLIFF needs at least one <file>: a locale without findings gets an empty one.
  if (files.length === 0) files.push('  <file id="f0">', '    <group id="no-findings"/>', '  </file>');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    XLIFF_REPORT_MARK,
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${SOURCE_LOCALE}" trgLang="${xmlAttr(locale)}">`,
    ...files,
    '</xliff>',
    '',
  ].join('\n');
}
