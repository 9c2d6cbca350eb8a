/**
 * `tolk qa` in CI with a folder of advisories it could not read printed
 * "lv-LV/locked/:1:1: error [unreadable-folder] …", then "0 errors, 0 warnings, 0 info …", and
 * exited 0: the job passed though those advisories were never checked. What was not read has no
 * document to hold a finding, so it was left out of the exit code. Now a problem with what was not
 * read counts toward --fail-on like a finding (of the --locale folder, or of no locale folder,
 * when --locale is given) and a last line says why the run failed.
 */
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canDenyAccess, tolk, tolkDenied } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';
import { lastLine } from './helpers.js';

/** One real advisory in both languages, with no error finding (checked below), and `extra` made beside it. */
function content(extra: (content: string) => void): string {
  const dir = tempDir('tolk-qa-unread-');
  chmodSync(dir, 0o755);
  const folder = join(contentCopy(dir, ['access-reviews']), 'content');
  extra(folder);
  return folder;
}

describe('tolk qa and content it did not read', () => {
  it.runIf(canDenyAccess)('fails the run on a folder of advisories it may not read, saying why', () => {
    const folder = content((c) => {
      mkdirSync(join(c, 'lv-LV', 'locked'));
      copyFileSync(join(CONTENT, 'lv-LV', 'Excel-crashing.md'), join(c, 'lv-LV', 'locked', 'Excel-crashing.md'));
      chmodSync(join(c, 'lv-LV', 'locked'), 0o000);
    });
    const r = tolkDenied(['qa', '--content', folder, '--format', 'json']);
    expect(JSON.parse(r.stdout).summary.findings.error).toBe(0);
    expect(r.stderr).toContain('lv-LV/locked/:1:1: error [unreadable-folder] ');
    expect(lastLine(r.stderr)).toBe(`tolk qa: exit 1: 1 error about content not read, so not checked: ${folder}/lv-LV/locked/ (--fail-on error)`);
    expect(r.code).toBe(1);
    // A Norwegian team's run is not failed by a Latvian folder; --fail-on never never fails.
    expect(tolkDenied(['qa', '--content', folder, '--locale', 'nb-NO']).code).toBe(0);
    expect(tolkDenied(['qa', '--content', folder, '--fail-on', 'never']).code).toBe(0);
  });

  it('counts a folder left unread as a warning at --fail-on warning, also with --locale', () => {
    const folder = content((c) => {
      mkdirSync(join(c, 'NB-NO'));
      copyFileSync(join(CONTENT, 'nb-NO', 'Excel-crashing.md'), join(c, 'NB-NO', 'Excel-crashing.md'));
    });
    const clean = tolk(['qa', '--content', folder, '--fail-on', 'error']);
    expect(clean.code).toBe(0);
    const r = tolk(['qa', '--content', folder, '--fail-on', 'warning', '--locale', 'nb-NO', '--format', 'json']);
    expect(JSON.parse(r.stdout).summary.findings.warning).toBe(0);
    expect(r.stderr).toContain('NB-NO/:1:1: warning [not-a-locale-folder] ');
    expect(r.stderr).toContain(`tolk qa: exit 1: 1 warning about content not read, so not checked: ${folder}/NB-NO/ (--fail-on warning)`);
    expect(r.code).toBe(1);
  });
});
