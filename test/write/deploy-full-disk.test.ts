/**
 * A CI runner's disk fills up, or the kernel ends Pagefind for memory, in the middle of a build.
 * - Eleventy's page writes failing with ENOSPC were "tolk: internal error: Error: ENOSPC" and a
 *   stack trace: Eleventy handles its write promises only after its loop over the pages, and tolk
 *   took the rejections not yet handled for a crash.
 * - Pagefind's program dying (it panics on a full disk) left its Node API waiting for ever: Node
 *   exited with code 13, tolk said nothing, and the staging folder stayed on the full disk.
 * Each is now one line, exit 2, saying what failed and that the output folder is as it was.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

function build(cwd: string, out: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/tolk.js'), 'build', '--content', CONTENT, '--out', out, '--no-qa', ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** An output folder tolk built before, to see that a failed build leaves it as it was. */
function previousSite(out: string): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, '.tolk-site'), '');
  writeFileSync(join(out, 'index.html'), 'the previous site');
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);
const tolkLeftovers = (dir: string) => readdirSync(dir).filter((name) => name.includes('.tolk-'));

describe("Pagefind's program dies while indexing", () => {
  const dir = tempDir('tolk-pagefind-dies-');
  /**
   * A stand-in for Pagefind's program that, once asked to index, ends as the real one does on a
   * full disk, or as the OOM killer ends it.
   */
  const program = (name: string, body: string) => {
    const path = join(dir, name);
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  };

  it.each([
    ['panics (exit code 101)', 'head -c 1 >/dev/null; exit 101', 'stopped with exit code 101'],
    ['is killed', 'head -c 1 >/dev/null; kill -9 $$', 'was ended by SIGKILL (out of memory, say)'],
  ])('%s: exit 2, one line, the output folder as it was and no staging folder left', (_, body, how) => {
    const out = join(dir, 'site');
    previousSite(out);
    const r = build(dir, out, [], { PAGEFIND_BINARY_PATH: program('pagefind', body) });
    expect(r.code, r.stderr).toBe(2);
    expect(lastLine(r.stderr)).toBe(`tolk: cannot write the search index: Pagefind's program ${how} (its own message, if any, ` +
      `is above: a full disk, say); the build stopped, and ${out} is as it was`);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readdirSync(out).sort()).toEqual(['.tolk-site', 'index.html']);
    expect(tolkLeftovers(dir)).toEqual([]);
  });
});

/** A small disk of its own (tmpfs): as root, where the machine lets a test mount one (CI does). */
function smallDisk(dir: string): boolean {
  if (process.getuid?.() !== 0) return false;
  return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=600k', 'tmpfs', dir]).status === 0;
}

const disk = tempDir('tolk-full-disk-');
const mounted = smallDisk(disk);
afterAll(() => { if (mounted) spawnSync('umount', [disk]); });

describe.runIf(mounted)('the disk fills up while Eleventy writes the pages', () => {
  it('exit 2, one line naming the folder and the reason, not an internal error; the output folder as it was', () => {
    const out = join(disk, 'site');
    previousSite(out);
    const r = build(disk, out, ['--no-search']);
    expect(r.code, r.stderr).toBe(2);
    expect(lastLine(r.stderr)).toBe(`tolk: cannot write the site to ${out}: no space left on the device; the build stopped, and ${out} is as it was`);
    expect(r.stderr).not.toMatch(/internal error|ENOSPC|\n\s+at /);
    expect(readdirSync(out).sort()).toEqual(['.tolk-site', 'index.html']);
    expect(tolkLeftovers(disk)).toEqual([]);
    expect(existsSync(join(out, 'lv-lv'))).toBe(false);
  });
});
