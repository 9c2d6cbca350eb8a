/**
 * `tolk qa` in CI exits 1 when a finding reaches --fail-on, which the CI job's file sets. The log
 * showed only the summary's counts ("0 errors, 32 warnings, 37 info", exit 1 at --fail-on warning
 * with every error waived), so the reader had to guess why the job failed. The last line on stderr
 * now says it: what counted, against which threshold, and that waived findings did not.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';
import { checkContent } from '../helpers/qa-fixture.js';
import { lastLine } from './helpers.js';

const { report } = checkContent();
const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

describe('the reason tolk qa exits 1', () => {
  it('is the last line on stderr: the findings that reached --fail-on', () => {
    const r = tolk(['qa', '--content', CONTENT, '--fail-on', 'warning', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(lastLine(r.stderr)).toBe(`tolk qa: exit 1: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')} ` +
      'at or above --fail-on warning');
  });

  it('says that waived findings do not count, and is not there when the run passes', () => {
    const cwd = tempDir('tolk-qa-exit-reason-');
    const waivers = report.findings.filter((f) => f.severity === 'error').map((f) => ({
      document: f.document, check: f.check, locale: f.locale, ...(f.unit !== null ? { unit: f.unit } : {}), reason: 'reviewed',
    }));
    writeFileSync(join(cwd, 'tolk.config.json'), JSON.stringify({ waivers }));
    const failing = tolk(['qa', '--content', CONTENT, '--fail-on', 'warning'], cwd);
    expect(failing.code).toBe(1);
    expect(lastLine(failing.stdout)).toMatch(/^0 errors, /);
    expect(lastLine(failing.stderr)).toBe(`tolk qa: exit 1: ${plural(count('warning'), 'warning')} at or above --fail-on warning; ` +
      'waived findings do not count');
    const passing = tolk(['qa', '--content', CONTENT], cwd);
    expect(passing.code).toBe(0);
    expect(passing.stderr).not.toContain('exit 1');
  });
});
