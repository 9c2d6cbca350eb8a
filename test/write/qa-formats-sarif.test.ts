/**
 * `tolk qa --format sarif` as GitHub code scanning reads it: every result at a file and a start
 * line (one result without them fails the whole upload: "locationFromSarifResult: expected
 * artifact location"), and file URIs taken from the repository root, since GitHub ignores
 * `uriBaseId` and `originalUriBaseIds`; and every log valid against the SARIF 2.1.0 JSON schema
 * (the copy @microsoft/jest-sarif ships). Needs `npm run compile` for the CLI runs.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { qaToSarif } from '../../src/write/qa-sarif.js';
import { CONTENT } from '../helpers/corpus.js';
import { tolk } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { checkContent, TLS } from '../helpers/qa-fixture.js';

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; name?: string; fullDescription: { text: string }; help?: { text: string } }[] } };
    results: {
      ruleId: string;
      message: { text: string };
      properties: { locale: string; document: string };
      locations: { physicalLocation?: { artifactLocation: { uri?: string; uriBaseId?: string }; region?: { startLine?: number } } }[];
    }[];
  }[];
}

const EXCEL = 'Excel-crashing';

// RFC 3986 URI references: only URI characters, `%` as an escape. The schema's other formats are
// not checked here (tolk writes no date-time).
const URI_REFERENCE = /^([A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const SCHEMA = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
// unicodeRegExp off: the schema's pattern for `language` is not valid with the u flag.
const validateSarif = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false, formats: {
  'uri-reference': URI_REFERENCE,
  uri: (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value) && URI_REFERENCE.test(value),
  'date-time': true,
} }).compile(SCHEMA);

/** Parses a SARIF log and checks it against the SARIF 2.1.0 schema. */
function validSarif(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
  return log;
}

/** A copy of content/ in `parent/name` without nb-NO's Excel-crashing.md. */
function contentLackingNb(parent: string, name = 'content'): string {
  const dir = join(parent, name);
  cpSync(CONTENT, dir, { recursive: true });
  rmSync(join(dir, 'nb-NO', `${EXCEL}.md`));
  return dir;
}

/** GitHub's ingestion rules GH1001 and GH1003: a file URI and a start line of 1 or more. */
function expectEveryResultAtAFileLine(log: SarifLog): void {
  for (const r of log.runs[0].results) {
    expect(r.locations.length, r.message.text).toBeGreaterThan(0);
    const physical = r.locations[0].physicalLocation;
    expect(physical?.artifactLocation.uri, `${r.ruleId}: ${r.message.text}`).toBeTruthy();
    expect(physical?.region?.startLine, `${r.ruleId}: ${r.message.text}`).toBeGreaterThanOrEqual(1);
  }
}

describe('SARIF for GitHub code scanning', () => {
  it('is valid SARIF 2.1.0 on content/, waived findings (suppressions) included', () => {
    const { report } = checkContent(undefined, {
      waivers: [{ document: TLS, check: 'number-mismatch', locale: 'nb-NO', reason: 'TLS 1,2 is accepted in nb-NO' }],
    });
    expect(report.findings.some((f) => f.waived !== null)).toBe(true);
    expectEveryResultAtAFileLine(validSarif(qaToSarif(report, { contentUri: 'content/' })));
  });

  it('gives every rule help, which the alert page shows (else "No rule help available for this alert")', () => {
    const { report } = checkContent();
    const rules = validSarif(qaToSarif(report)).runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(report.checks.map((c) => c.id));
    const numbers = rules.find((r) => r.id === 'number-mismatch');
    expect(numbers?.help?.text).toBe(report.checks.find((c) => c.id === 'number-mismatch')?.description);
    for (const rule of rules) expect(rule.help?.text.length, rule.id).toBeGreaterThan(40);
  });

  it('names rules apart from their ids, as SARIF requires (the SARIF validator warned on untranslated, whitespace)', () => {
    const rules = validSarif(qaToSarif(checkContent().report)).runs[0].tool.driver.rules;
    expect(rules.find((r) => r.id === 'number-mismatch')?.name).toBe('NumberMismatch');
    expect(rules.find((r) => r.id === 'whitespace')).not.toHaveProperty('name');
    for (const rule of rules) expect(rule.name?.toLowerCase(), rule.id).not.toBe(rule.id.toLowerCase());
  });

  it('puts a document nb-NO lacks at the file of the locale that has it, line 1', () => {
    const { report } = checkContent(contentLackingNb(tempDir('tolk-sarif-')));
    const log = validSarif(qaToSarif(report));
    const missing = log.runs[0].results.find((r) => r.ruleId === 'document-missing');
    expect(missing?.properties).toMatchObject({ locale: 'nb-NO', document: EXCEL });
    expect(missing?.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `lv-LV/${EXCEL}.md`, uriBaseId: 'CONTENT' }, region: { startLine: 1 },
    });
    expectEveryResultAtAFileLine(log);
  });

  it('names each file from the folder tolk ran in (content/nb-NO/…), as GitHub resolves a relative URI', () => {
    const project = tempDir('tolk-sarif-');
    contentLackingNb(project, 'qa docs');
    const r = tolk(['qa', '--content', 'qa docs', '--format', 'sarif', '--fail-on', 'never'], project);
    expect(r.code, r.stderr).toBe(0);
    const log = validSarif(r.stdout);
    expectEveryResultAtAFileLine(log);
    const uris = log.runs[0].results.map((x) => x.locations[0].physicalLocation?.artifactLocation);
    expect(uris).toContainEqual({ uri: `qa%20docs/nb-NO/${TLS}.md`, uriBaseId: 'SRCROOT' });
    for (const location of uris) {
      expect(location?.uri).toMatch(/^qa%20docs\/(lv-LV|nb-NO)\//);
      expect(existsSync(join(project, decodeURIComponent(location?.uri ?? ''))), location?.uri).toBe(true);
    }
  });

  it('names files without ./ when tolk runs in the content folder itself (GitHub does not resolve ./)', () => {
    const content = contentLackingNb(tempDir('tolk-sarif-'));
    const r = tolk(['qa', '--content', '.', '--format', 'sarif', '--fail-on', 'never'], content);
    expect(r.code, r.stderr).toBe(0);
    const uris = validSarif(r.stdout).runs[0].results.map((x) => x.locations[0].physicalLocation?.artifactLocation.uri ?? '');
    expect(uris).toContain(`nb-NO/${TLS}.md`);
    for (const uri of uris) expect(existsSync(join(content, decodeURIComponent(uri))), uri).toBe(true);
  });

  it('gives absolute file: URIs when the content is outside the folder tolk ran in', () => {
    const content = contentLackingNb(tempDir('tolk-sarif-'));
    const r = tolk(['qa', '--content', content, '--format', 'sarif', '--fail-on', 'never'], tempDir('tolk-sarif-cwd-'));
    expect(r.code, r.stderr).toBe(0);
    const log = validSarif(r.stdout);
    expectEveryResultAtAFileLine(log);
    for (const result of log.runs[0].results) {
      const location = result.locations[0].physicalLocation?.artifactLocation;
      expect(location?.uriBaseId).toBeUndefined();
      expect(existsSync(fileURLToPath(location?.uri ?? '')), location?.uri).toBe(true);
    }
  });
});
