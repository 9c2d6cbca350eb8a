/**
 * `tolk qa --format sarif`: SARIF 2.1.0 for code-scanning UIs (GitHub, VS Code SARIF viewer).
 * Rules come from the check registry in the report; every result is at a line of a locale file,
 * as a URI that code scanning resolves (see artifactLocation); waived findings become external
 * suppressions.
 */
import { createRequire } from 'node:module';
import type { Diagnostic, Severity } from '../model.js';
import type { Finding, QaReport } from '../check/types.js';
import { anyLocaleFile, findingFile } from './qa-shared.js';

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

/**
 * A rule's `name` must differ from its `id` (SARIF 3.49.7; validators warn, ignoring case), so a
 * one-word check (`whitespace` → `Whitespace`) has none.
 */
function ruleNameProperty(id: string): { name?: string } {
  const name = ruleName(id);
  return name.toLowerCase() === id.toLowerCase() ? {} : { name };
}

// U+2060 WORD JOINER: invisible, and no line break where it stands.
const WORD_JOINER = '\u2060';

/**
 * `{0}` in a SARIF message is a placeholder a viewer replaces from `arguments` (3.11.5), and a
 * literal brace SHALL be written doubled: a finding quoting a segment's `{0}` (placeholder-mismatch)
 * would show as an argument tolk never gives, or as nothing.
 */
const BRACE = /[{}]/g;

/**
 * A finding's message as SARIF plain text. SARIF reads `[text](destination)` in a message as an
 * embedded link (3.11.6), and viewers draw it as one: a quoted markdown link (`[](https://…)`, a
 * link-mismatch finding) showed as an empty, invisible link, and `[Office](…)` as the word Office.
 * The spec's `\[` `\]` escapes apply only inside a link's text (elsewhere a backslash is shown as
 * it is), so the quote is kept from being a link instead: an invisible word joiner between `]`
 * and `(`, which the link syntax (and VS Code's SARIF viewer) requires to be adjacent. Braces are
 * doubled (see BRACE).
 */
export function sarifMessageText(message: string): string {
  return message.replaceAll('](', `]${WORD_JOINER}(`).replace(BRACE, '$&$&');
}


function sarifRules(report: QaReport) {
  return report.checks.map((c) => ({
    id: c.id,
    ...ruleNameProperty(c.id),
    shortDescription: { text: sarifMessageText(c.title) },
    // link-mismatch's says "Keep every [text](target)": a viewer would draw a link to "target".
    fullDescription: { text: sarifMessageText(c.description) },
    // GitHub's alert page shows `help` as the rule's description ("No rule help available" without it).
    help: { text: sarifMessageText(c.description) },
    defaultConfiguration: { level: sarifLevel(c.severity), enabled: c.enabled },
  }));
}

/**
 * The file a finding is about. A finding of a locale that lacks the document (`document-missing`)
 * points at the document in a locale that has it (also in a report narrowed to that locale); one
 * no language could read at the file it names by convention. GitHub code scanning rejects the
 * whole upload for one result without a file.
 */
function locationFile(report: QaReport, f: Finding): string {
  const file = findingFile(report, f);
  if (file !== null) return file;
  return anyLocaleFile(report, f.document) ?? `${f.locale}/${f.document}.md`;
}

/**
 * `uri` + `uriBaseId` as code scanning reads them. GitHub ignores `uriBaseId` and takes a relative
 * URI from the repository root (and makes a `file:` URI relative to the checkout), so the URI holds
 * the content folder: `content/nb-NO/x.md` from the folder tolk ran in (SRCROOT), or the whole
 * `file:` URI when the content is outside it. Without a content URI (library use) it is relative to CONTENT.
 */
function artifactLocation(file: string, contentUri: string | undefined) {
  const uri = pathToUriReference(file);
  if (contentUri === undefined) return { uri, uriBaseId: 'CONTENT' };
  if (isAbsoluteUri(contentUri)) return { uri: contentUri + uri };
  return { uri: (contentUri === './' ? '' : pathToUriReference(contentUri)) + uri, uriBaseId: 'SRCROOT' };
}

function isAbsoluteUri(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(uri);
}

function sarifLocation(report: QaReport, f: Finding, contentUri: string | undefined) {
  const logical = [{
    fullyQualifiedName: [f.locale, f.document, f.unit].filter((p) => p !== null).join('/'),
    kind: f.unit === null ? 'module' : 'member',
  }];
  // Code scanning needs a start line: a whole-document finding is shown at the top of the file.
  const physicalLocation = {
    artifactLocation: artifactLocation(locationFile(report, f), contentUri),
    region: { startLine: f.line ?? 1 },
  };
  return { physicalLocation, logicalLocations: logical };
}

function sarifResult(report: QaReport, ruleIndex: Map<string, number>, f: Finding, contentUri: string | undefined) {
  const index = ruleIndex.get(f.check);
  return {
    ruleId: f.check,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: sarifLevel(f.severity),
    message: { text: sarifMessageText(f.message) },
    locations: [sarifLocation(report, f, contentUri)],
    // Stable across runs even when lines move, for tools that match results by their
    // partialFingerprints (SARIF 2.1.0 §3.27.17); the message keeps two findings of one check on the
    // same unit apart (so a finding whose message changes is a new one). GitHub code scanning
    // matches by its own primaryLocationLineHash, which its upload computes from the line.
    partialFingerprints: { 'tolkFinding/v1': [f.check, f.locale, f.document, f.unit ?? f.segment ?? '', f.message].join('|') },
    ...(f.waived !== null ? { suppressions: [{ kind: 'external', justification: f.waived }] } : {}),
    properties: { locale: f.locale, document: f.document, segment: f.segment, unit: f.unit, source: f.source, target: f.target },
  };
}

/**
 * What tolk could not read, so did not check (`report.notRead`), as the run's tool execution
 * notifications (`invocations[0].toolExecutionNotifications`): `tolk qa --fail-on` counts these, and a reader of the SARIF alone
 * (a CI step, GitHub's tool status page) would otherwise see no reason for a failed run. Each names
 * the file or folder it is about; its code is the notification's descriptor, listed in the driver's
 * `notifications`.
 */
function notReadNotification(d: Diagnostic, contentUri: string | undefined) {
  const folder = d.file.endsWith('/');
  return {
    descriptor: { id: d.code },
    level: sarifLevel(d.severity),
    message: { text: sarifMessageText(`${d.file}: ${d.message}`) },
    locations: [{ physicalLocation: {
      artifactLocation: artifactLocation(d.file, contentUri),
      ...(folder ? {} : { region: { startLine: d.line, startColumn: d.column } }),
    } }],
  };
}

function sarifInvocation(report: QaReport, contentUri: string | undefined) {
  const notRead = report.notRead ?? [];
  return {
    // The checks ran to the end; what they could not read is said in the notifications.
    executionSuccessful: true,
    ...(notRead.length ? { toolExecutionNotifications: notRead.map((d) => notReadNotification(d, contentUri)) } : {}),
  };
}

/** Descriptors of the notifications' codes (`unreadable-folder`, `slug-collision`), in the order first met. */
function notificationDescriptors(report: QaReport): { notifications?: { id: string }[] } {
  const codes = [...new Set((report.notRead ?? []).map((d) => d.code))];
  return codes.length ? { notifications: codes.map((id) => ({ id })) } : {};
}

export function qaToSarif(report: QaReport, options: SarifOptions = {}): string {
  const ruleIndex = new Map(report.checks.map((c, i) => [c.id, i]));
  const relative = options.contentUri !== undefined && !isAbsoluteUri(options.contentUri);
  const contentBase = {
    ...(options.contentUri ? { uri: relative ? pathToUriReference(options.contentUri) : options.contentUri } : {}),
    ...(relative ? { uriBaseId: 'SRCROOT' } : {}),
    description: { text: 'The content folder: one subfolder per locale (lv-LV/, nb-NO/).' },
  };
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'tolk', version: TOOL_VERSION, rules: sarifRules(report), ...notificationDescriptors(report) } },
      invocations: [sarifInvocation(report, options.contentUri)],
      originalUriBaseIds: { CONTENT: contentBase },
      results: report.findings.map((f) => sarifResult(report, ruleIndex, f, options.contentUri)),
      properties: { locales: report.locales, summary: report.summary },
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
