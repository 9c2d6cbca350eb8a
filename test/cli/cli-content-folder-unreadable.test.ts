/**
 * A content folder tolk may not list (`chmod 000`, or owned by another user). `tolk align` and
 * `tolk qa` ended with "tolk: internal error: Error: EACCES: permission denied, scandir …" and a
 * stack trace, and `tolk build` with "cannot write the site to _site: permission denied", blaming
 * the output folder. Each now says it cannot read the content folder, why, and exits 2.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canDenyAccess, tolkDenied } from '../helpers/cli.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';

describe.runIf(canDenyAccess)('a content folder tolk may not read', () => {
  const dir = tempDir('tolk-unreadable-');
  const content = join(contentCopy(dir, ['Excel-crashing']), 'content');
  const out = join(dir, 'out');
  mkdirSync(out);
  chmodSync(dir, 0o755);
  chmodSync(out, 0o777);
  chmodSync(content, 0o000);
  const said = `tolk: cannot read the content folder ${content}: EACCES: permission denied\n`;

  it.each([
    ['align', ['align', '--content', content]],
    ['qa', ['qa', '--content', content]],
    ['qa --format sarif', ['qa', '--content', content, '--format', 'sarif']],
    ['build', ['build', '--content', content, '--out', join(out, 'site'), '--no-search']],
  ])('tolk %s says so in one line and exits 2', (_, args) => {
    const r = tolkDenied(args);
    expect([r.code, r.stderr]).toEqual([2, said]);
    expect(r.stdout).toBe('');
  });
});
