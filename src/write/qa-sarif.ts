/**
 * `tolk qa --format sarif`: SARIF 2.1.0 for code-scanning UIs (GitHub, VS Code SARIF viewer).
 * Rules come from the check registry in the report; locations are locale files relative to
 * the content folder (uriBaseId CONTENT); waived findings become external suppressions.
 */
import { createRequire } from 'node:module';
import type { Severity } from '../model.js';
import type { Finding, QaReport } from '../check/types.js';
import { findingFile } from './qa-shared.js';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifOptions {
  /**
   * Where the content folder is, so viewers can open the files: a `file:` URI, or a path
   * relative to the project root (`content/`, resolved against SRCROOT). Ends with `/`.
   */
  contentUri?: string;
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

/** `untranslated-segment` → `UntranslatedSegment` (SARIF's rule `name` is an identifier). */
function ruleName(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** A relative path as a URI reference: each segment percent-encoded (slugs hold `–`, zero-width spaces). */
export function pathToUriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function sarifRules(report: QaReport) {
  return report.checks.map((c) => ({
    id: c.id,
    name: ruleName(c.id),
    shortDescription: { text: c.title },
    fullDescription: { text: c.description },
    defaultConfiguration: { level: sarifLevel(c.severity), enabled: c.enabled },
  }));
}

function sarifLocation(report: QaReport, f: Finding) {
  const file = findingFile(report, f);
  const logical = [{
    fullyQualifiedName: [f.locale, f.document, f.unit].filter((p) => p !== null).join('/'),
    kind: f.unit === null ? 'module' : 'member',
  }];
  if (file === null) return { logicalLocations: logical };
  const physicalLocation = {
    artifactLocation: { uri: pathToUriReference(file), uriBaseId: 'CONTENT' },
    ...(f.line !== null ? { region: { startLine: f.line } } : {}),
  };
  return { physicalLocation, logicalLocations: logical };
}

function sarifResult(report: QaReport, ruleIndex: Map<string, number>, f: Finding) {
  const index = ruleIndex.get(f.check);
  return {
    ruleId: f.check,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [sarifLocation(report, f)],
    // Stable across runs even when lines move, so code scanning keeps a finding's history;
    // the message keeps two findings of one check on the same unit apart.
    partialFingerprints: { 'tolkFinding/v1': [f.check, f.locale, f.document, f.unit ?? f.segment ?? '', f.message].join('|') },
    ...(f.waived !== null ? { suppressions: [{ kind: 'external', justification: f.waived }] } : {}),
    properties: { locale: f.locale, document: f.document, segment: f.segment, unit: f.unit, source: f.source, target: f.target },
  };
}

export function qaToSarif(report: QaReport, options: SarifOptions = {}): string {
  const ruleIndex = new Map(report.checks.map((c, i) => [c.id, i]));
  const relative = options.contentUri !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(options.contentUri);
  const contentBase = {
    ...(options.contentUri ? { uri: options.contentUri } : {}),
    ...(relative ? { uriBaseId: 'SRCROOT' } : {}),
    description: { text: 'The content folder: one subfolder per locale (lv-LV/, nb-NO/).' },
  };
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'tolk', version: TOOL_VERSION, rules: sarifRules(report) } },
      originalUriBaseIds: { CONTENT: contentBase },
      results: report.findings.map((f) => sarifResult(report, ruleIndex, f)),
      properties: { locales: report.locales, summary: report.summary },
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
