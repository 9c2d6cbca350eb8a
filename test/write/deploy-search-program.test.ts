/**
 * Search needs Pagefind's own program, from a package for the platform that npm installs as an
 * optional dependency: `npm ci --omit=optional` (common in slim Docker images) or a platform
 * Pagefind has no program for leaves it out. `tolk build` says so at once, in one line with what
 * to do, instead of failing with an internal error and stack traces after writing every page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT } from '../helpers/corpus.js';

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-deploy-search-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

function build(out: string, env: NodeJS.ProcessEnv, extra: string[] = []) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/tolk.js'), 'build', '--content', CONTENT, '--out', out, '--no-qa', ...extra], {
    cwd: tmp, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('a build whose search index cannot be made', () => {
  it("Pagefind's program for the platform is not installed: exit 2 before any page, one line naming the package and --no-search", () => {
    // npm_config_arch is what Pagefind reads for the CPU: arm has no Pagefind program.
    const r = build(join(tmp, 'site'), { npm_config_arch: 'arm' });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.stderr).not.toMatch(/rendered and wrote/);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^tolk: search needs Pagefind's program for \w+-arm \(the package @pagefind\/\w+-arm\), which is not installed: .*npm ci.*, or build with --no-search$/);
    expect(existsSync(join(tmp, 'site'))).toBe(false);
  });

  it('PAGEFIND_BINARY_PATH naming a missing program says which, and why', () => {
    const r = build(join(tmp, 'site'), { PAGEFIND_BINARY_PATH: join(tmp, 'no-such-pagefind') });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^tolk: search needs Pagefind's program .*no-such-pagefind \(PAGEFIND_BINARY_PATH\), which cannot be run: no such file or folder; fix that, or build with --no-search$/);
  });

  it('--no-search builds the site on the same machine', () => {
    const r = build(join(tmp, 'site'), { npm_config_arch: 'arm' }, ['--no-search']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(tmp, 'site', 'lv-lv', 'index.html'))).toBe(true);
  });
});
