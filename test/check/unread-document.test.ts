/**
 * A document none of whose files could be read (here: in the only locale that has it) has no
 * aligned document, yet QA must report it: a damaged-file error, so `tolk qa --fail-on error`
 * fails, and no "missing in nb-NO" for a document no locale could read. On the QA page its
 * finding has no page to open (the site has none).
 */
import { chmodSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/run.js';
import type { QaReport } from '../../src/check/types.js';
import { readAndAlign } from '../../src/pipeline.js';
import { qaPayload } from '../../src/render/qa-data.js';
import { qaStrings } from '../../src/render/qa-strings.js';
import { canDenyAccess, tolkDenied } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const UNREAD = 'lv-LV/only-here.md';

/** content/ as read, plus an lv-LV file the reader could not open (nb-NO has no such file). */
function reportWithUnreadFile(): QaReport {
  const corpus = readAndAlign(CONTENT);
  corpus.diagnostics.push({ severity: 'error', code: 'unreadable-file', file: UNREAD, line: 1, column: 1,
    message: 'cannot read file (EACCES: permission denied); skipped' });
  return runChecks(corpus);
}

describe('a document that no locale could read', () => {
  const report = reportWithUnreadFile();
  const own = report.findings.filter((f) => f.document === 'only-here');

  it('is a damaged-file error in its locale, and not a missing document in the others', () => {
    expect(own.map((f) => [f.check, f.locale, f.severity])).toEqual([['damaged-file', 'lv-LV', 'error']]);
    expect(own[0].message).toBe(`${UNREAD}: cannot read file (EACCES: permission denied); skipped`);
    expect(report.findings.at(-1)).toBe(own[0]);
    expect(report.summary.findings.error).toBe(runChecks(readAndAlign(CONTENT)).summary.findings.error + 1);
  });

  it('has no page to open on the QA page, while other documents keep theirs', () => {
    const payload = qaPayload(report, { pageUrl: (l, s) => `/${l}/${s}/`, strings: qaStrings() });
    const docs = new Map(payload.documents.map((d) => [d.slug, d.pages]));
    expect(docs.get('only-here')).toEqual({});
    expect(Object.keys(docs.get('access-reviews') ?? {})).toEqual(['lv-LV', 'nb-NO', 'en-US']);
  });

  it.runIf(canDenyAccess)('makes `tolk qa --fail-on error` fail (exit 1) when the file is really unreadable', () => {
    const tmp = tempDir('tolk-unread-');
    chmodSync(tmp, 0o755); // mkdtemp's folder is the owner's only; tolk runs as another user here
    const dir = join(tmp, 'content');
    cpSync(CONTENT, dir, { recursive: true });
    writeFileSync(join(dir, UNREAD), '---\ntitle: x\n---\n');
    chmodSync(join(dir, UNREAD), 0o000);
    const waiveAll = join(dir, '..', 'tolk.config.json');
    // Every finding of content/ is waived but those of the unreadable file, which no waiver names.
    const findings = runChecks(readAndAlign(CONTENT)).findings;
    writeFileSync(waiveAll, JSON.stringify({ waivers: findings.map((f) => ({
      document: f.document, locale: f.locale, check: f.check, ...(f.segment ? { segment: f.segment } : {}), reason: 'test' })) }));
    const run = tolkDenied(['qa', '--content', dir, '--config', waiveAll, '--fail-on', 'error', '--format', 'json']);
    expect(run.stderr).toContain(`${UNREAD}:1:1: error [unreadable-file]`);
    const json = JSON.parse(run.stdout) as QaReport;
    expect(json.findings.filter((f) => f.waived === null).map((f) => [f.check, f.document])).toEqual([['damaged-file', 'only-here']]);
    expect(run.code).toBe(1);
  });
});
