/**
 * A CI job that builds and deploys the site went green on a build that left an advisory out or
 * damaged (a file that is not UTF-8, one it may not read): `tolk build` printed "1 error" and
 * exited 0, and only `tolk qa` had a --fail-on. `tolk build --fail-on LEVEL` now exits 1 when a
 * problem it printed is at or above LEVEL, and its last line says why and which files; the site is
 * built all the same. Without the option nothing changes (exit 0).
 */
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';
import { lastLine } from './helpers.js';

describe('tolk build --fail-on', () => {
  // Its front matter was wrapped in spans: salvaged, with a warning in each locale.
  const dir = contentCopy(tempDir('tolk-build-fail-on-'), ['Excel-crashing', 'troubleshoot-presence-issues-outlook']);
  const build = (...args: string[]) => tolk(['build', '--out', 'site', '--no-search', '--no-qa', ...args], dir);

  it('passes warnings at --fail-on error and by default, and fails on them at --fail-on warning', () => {
    expect(build().code).toBe(0);
    expect(build('--fail-on', 'error').code).toBe(0);
    const r = build('--fail-on', 'warning');
    expect(r.code).toBe(1);
    expect(lastLine(r.stderr)).toBe('tolk build: exit 1: 2 warnings at or above --fail-on warning, in ' +
      'content/lv-LV/troubleshoot-presence-issues-outlook.md, content/nb-NO/troubleshoot-presence-issues-outlook.md; the site was built all the same, in site/');
    expect(existsSync(join(dir, 'site', 'lv-lv', 'troubleshoot-presence-issues-outlook', 'index.html'))).toBe(true);
  });

  it('fails on an error at --fail-on error, naming the file, with the site built', () => {
    appendFileSync(join(dir, 'content', 'nb-NO', 'Excel-crashing.md'), Buffer.from([0x0a, 0xff, 0xfe, 0x0a]));
    expect(build().code).toBe(0);
    const r = build('--fail-on', 'error');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^content\/nb-NO\/Excel-crashing\.md:\d+:\d+: error \[invalid-utf8\] /m);
    expect(lastLine(r.stderr)).toBe('tolk build: exit 1: 1 error at or above --fail-on error, in content/nb-NO/Excel-crashing.md; ' +
      'the site was built all the same, in site/');
    expect(existsSync(join(dir, 'site', 'nb-no', 'Excel-crashing', 'index.html'))).toBe(true);
    expect(build('--fail-on', 'never').code).toBe(0);
  });

  it('refuses an unknown level before building (exit 2)', () => {
    const r = tolk(['build', '--out', 'other', '--fail-on', 'fatal'], dir);
    expect([r.code, r.stderr]).toEqual([2, 'tolk: unknown --fail-on "fatal"; use one of: error, warning, info, never\n']);
    expect(existsSync(join(dir, 'other'))).toBe(false);
  });
});
