/**
 * `tolk align --json > aligned.json` in a CI job: what tolk did not read (a symbolic link it does
 * not follow, an unreadable file) was only inside the JSON's `diagnostics`, and the job's log
 * showed nothing. It is now also on stderr as `file:line:column: severity [code] message`, as
 * `tolk build` and `tolk qa` print it; the JSON on stdout is unchanged.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('tolk align --json says on stderr what it did not read', () => {
  it('a linked .md: named on stderr, in the JSON too, exit 0', () => {
    const dir = contentCopy(tempDir('tolk-align-not-read-'), ['Excel-crashing']);
    symlinkSync(join(dir, 'content', 'lv-LV', 'Excel-crashing.md'), join(dir, 'content', 'lv-LV', 'linked.md'));
    const r = tolk(['align', '--json'], dir);
    expect(r.code).toBe(0);
    const said = 'content/lv-LV/linked.md:1:1: warning [symlink-skipped] symbolic link; not followed ' +
      '(tolk reads only real files and folders inside the content folder)';
    expect(r.stderr).toBe(`${said}\n`);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([expect.objectContaining({ file: 'lv-LV/linked.md', code: 'symlink-skipped' })]);
  });

  it('nothing on stderr when everything was read', () => {
    const dir = contentCopy(tempDir('tolk-align-not-read-'), ['Excel-crashing']);
    const r = tolk(['align', '--json'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});
