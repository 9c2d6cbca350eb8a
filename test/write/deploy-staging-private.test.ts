/**
 * A build stages in a dot-folder that may lie inside what a web server serves: inside the output
 * folder when it is a mount point or its parent may not be written, beside it when the output is a
 * subfolder of a web root (`--out /var/www/html/docs`). nginx and Apache serve a dot-folder to
 * whoever knows its name, so a half-built site (or, after a killed build, a stale one) was on the
 * web while it lasted. Now the staging folder is private to its owner (0700) until it is the site:
 * a web server running as another user (`nobody` here) cannot read it; the finished site it can.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInsideStaging, swapEntriesIn } from '../../src/write/staged-inside.js';
import { SITE_MARKER, stageOutput } from '../../src/write/staged-output.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tolk-deploy-private-'));
  chmodSync(tmp, 0o755); // the web server may walk to the site
});
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

/** As root, reads are tried as `nobody`, as a web server's worker runs; else the modes are checked alone. */
const asOtherUser = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');

/** Whether a user other than the owner (a web server's) can read `file`, as far as this machine lets the test try. */
function otherUserReads(file: string): boolean | null {
  if (!asOtherUser) return null;
  return spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'cat', file], { stdio: 'ignore' }).status === 0;
}

const modeOf = (path: string) => statSync(path).mode & 0o777;

/** Writes a page as the build does (umask's modes: readable by all). */
function writePage(dir: string): string {
  mkdirSync(join(dir, 'lv-lv'), { recursive: true });
  const page = join(dir, 'lv-lv', 'index.html');
  writeFileSync(page, '<!doctype html><title>half built</title>\n');
  return page;
}

describe('the staging folder of a build in a web root', () => {
  it('beside the output (--out /var/www/html/docs): no other user reads it; the site it becomes they do', () => {
    const webRoot = join(tmp, 'html');
    mkdirSync(webRoot);
    const out = join(webRoot, 'docs');
    const staged = stageOutput(out);
    expect(staged.inside).toBeNull();
    expect(readdirSync(webRoot)).toEqual([expect.stringMatching(/^\.docs\.tolk-\d+-[A-Za-z0-9]{6}$/)]);
    const page = writePage(staged.dir);
    expect(modeOf(staged.dir)).toBe(0o700);
    expect(otherUserReads(page)).not.toBe(true);

    staged.commit();
    expect(modeOf(out)).toBe(0o755);
    expect(otherUserReads(join(out, 'lv-lv', 'index.html'))).not.toBe(false);
    expect(readdirSync(webRoot)).toEqual(['docs']);
  });

  it('inside the output (a mount point, a web root in a folder tolk may not write): the same', () => {
    const out = join(tmp, 'volume');
    mkdirSync(out);
    const dir = makeInsideStaging(out, SITE_MARKER);
    const page = writePage(dir);
    expect(modeOf(dir)).toBe(0o700);
    expect(otherUserReads(page)).not.toBe(true);

    swapEntriesIn(dir, out, out, SITE_MARKER);
    expect(readdirSync(out).sort()).toEqual([SITE_MARKER, 'lv-lv']);
    expect(modeOf(join(out, 'lv-lv'))).toBe(0o755);
    expect(otherUserReads(join(out, 'lv-lv', 'index.html'))).not.toBe(false);
  });
});
