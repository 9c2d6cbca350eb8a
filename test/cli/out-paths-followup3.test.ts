/**
 * A CI job's --out that names the wrong kind of thing. `tolk qa --out reports` (a folder) ran every
 * check before saying "cannot write reports: reports is a folder" (a minute on a big corpus), and
 * `tolk build --out site.zip` (a file) said "--out site.zip exists and is not a folder" without
 * what to do or that nothing was built. Both are said at once now, with what to give instead.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('--out of the wrong kind', () => {
  const dir = tempDir('tolk-out-kind-');

  it('tolk qa --out a folder: refused before the checks, with a file name to give', () => {
    mkdirSync(join(dir, 'reports'));
    const r = tolk(['qa', '--content', CONTENT, '--format', 'sarif', '--out', 'reports'], dir);
    expect([r.code, r.stderr]).toEqual([2, `tolk: --out reports is a folder; give the report a file name (${join('reports', 'qa-report.json')}, say)\n`]);
    // The checks did not run: their summary line is not there.
    expect(r.stdout).toBe('');
  });

  it('tolk build --out a file: says to give a folder and that nothing was built; the file is kept', () => {
    writeFileSync(join(dir, 'site.zip'), 'an archive');
    const r = tolk(['build', '--content', CONTENT, '--out', 'site.zip', '--no-search', '--no-qa'], dir);
    expect([r.code, r.stderr]).toEqual([2, 'tolk: --out site.zip exists and is not a folder; give a folder for the site (nothing was built)\n']);
    expect(readFileSync(join(dir, 'site.zip'), 'utf8')).toBe('an archive');
  });
});
