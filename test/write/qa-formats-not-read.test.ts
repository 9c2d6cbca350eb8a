/**
 * What tolk could not read, in the reports themselves. `tolk qa --fail-on` counts an unreadable
 * folder, a slug clash or a folder that is no locale toward its exit code, but JSON and SARIF did
 * not carry them: a CI step that reads only the report saw "0 errors" and a failed run. Now JSON
 * has `notRead` (the corpus diagnostics) and SARIF the run's tool execution notifications.
 * Real content (content/'s TLS advisory) in a folder with such problems. Needs `npm run compile`.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { reportForLocale } from '../../src/check/report-locale.js';
import { qaToSarif } from '../../src/write/qa-sarif.js';
import { CONTENT } from '../helpers/corpus.js';
import { tolk } from '../helpers/cli.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';
import { checkContent, TLS } from '../helpers/qa-fixture.js';

/** content/'s TLS advisory in both languages, a `docs/` folder beside them, and a second nb-NO file of the same slug. */
function contentWithProblems(): string {
  const dir = join(contentCopy(tempDir('tolk-not-read-'), [TLS]), 'content');
  // The same slug once an invisible character is dropped: one of the two is skipped (slug-collision, an error).
  cpSync(join(CONTENT, 'nb-NO', `${TLS}.md`), join(dir, 'nb-NO', `${TLS}\u200b.md`));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'notes.md'), '# Notes\n');
  return dir;
}

// The SARIF 2.1.0 schema as qa-formats-sarif.test.ts checks it (formats there; any string here).
const SCHEMA = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
const validateSarif = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(SCHEMA);

interface Notification {
  descriptor: { id: string };
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
}
interface Log {
  runs: {
    tool: { driver: { notifications?: { id: string }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: Notification[] }[];
  }[];
}

describe('content not read, in JSON and SARIF', () => {
  const dir = contentWithProblems();
  const { corpus, report } = checkContent(dir);

  it('lists it in the JSON report as notRead', () => {
    expect(corpus.diagnostics.map((d) => d.code).sort()).toEqual(['not-a-locale-folder', 'slug-collision']);
    expect(report.notRead).toEqual(corpus.diagnostics);
    const clash = report.notRead!.find((d) => d.code === 'slug-collision')!;
    expect(clash).toMatchObject({ severity: 'error', file: expect.stringMatching(/^nb-NO\//) });
    expect(report.notRead!.find((d) => d.code === 'not-a-locale-folder')).toMatchObject({ severity: 'warning', file: 'docs/' });
  });

  it('gives it to SARIF as tool execution notifications, each at its file or folder', () => {
    const log = JSON.parse(qaToSarif(report, { contentUri: 'content/' })) as Log;
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    const [invocation] = log.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(true);
    const notes = invocation.toolExecutionNotifications!;
    expect(notes.map((n) => [n.descriptor.id, n.level]).sort()).toEqual([['not-a-locale-folder', 'warning'], ['slug-collision', 'error']]);
    const clash = notes.find((n) => n.descriptor.id === 'slug-collision')!;
    expect(clash.message.text).toMatch(/^nb-NO\/.*: file has the same slug ".*" as nb-NO\/.*; skipped$/);
    expect(clash.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^content\/nb-NO\/prepare-for-use-of-tls-1-2-in-office-365/);
    expect(clash.locations[0].physicalLocation.region?.startLine).toBe(1);
    const folder = notes.find((n) => n.descriptor.id === 'not-a-locale-folder')!;
    expect(folder.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'content/docs/', uriBaseId: 'SRCROOT' } });
    expect(log.runs[0].tool.driver.notifications?.map((n) => n.id).sort()).toEqual(['not-a-locale-folder', 'slug-collision']);
  });

  it('keeps, for --locale, that folder\'s problems and the top level\'s, not another language\'s', () => {
    expect(reportForLocale(report, 'lv-LV').notRead?.map((d) => d.code)).toEqual(['not-a-locale-folder']);
    expect(reportForLocale(report, 'nb-NO').notRead?.map((d) => d.code).sort()).toEqual(['not-a-locale-folder', 'slug-collision']);
  });

  it('has no notRead and no notifications when everything was read', () => {
    const clean = join(contentCopy(tempDir('tolk-read-all-'), [TLS]), 'content');
    const { report: all } = checkContent(clean);
    expect(all.notRead).toBeUndefined();
    const log = JSON.parse(qaToSarif(all)) as Log;
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    expect(log.runs[0].tool.driver.notifications).toBeUndefined();
  });

  it('tolk qa --format json and sarif say why --fail-on warning failed the run', () => {
    const parent = join(dir, '..');
    // lv-LV's TLS advisory has no finding: only the docs/ folder fails the run.
    const json = tolk(['qa', '--content', 'content', '--format', 'json', '--fail-on', 'warning', '--locale', 'lv-LV'], parent);
    expect(json.code).toBe(1);
    const lv = JSON.parse(json.stdout) as { summary: { findings: Record<string, number> }; notRead?: { code: string }[] };
    expect(lv.summary.findings).toEqual({ error: 0, warning: 0, info: 0 });
    expect(lv.notRead?.map((d) => d.code)).toEqual(['not-a-locale-folder']);
    const sarif = tolk(['qa', '--content', 'content', '--format', 'sarif', '--fail-on', 'warning', '--locale', 'lv-LV'], parent);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout) as Log;
    expect(log.runs[0].invocations[0].toolExecutionNotifications?.map((n) => n.message.text))
      .toEqual(['docs/: not read: the folder name is not a locale tag (like lv-LV, nb-NO)']);
  });
});
