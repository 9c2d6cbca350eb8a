/**
 * Output folders a deployer cannot swap as a whole: a mount point (`docker run -v $PWD/public:/site
 * … --out /site`, a Kubernetes volume shared with nginx) cannot be renamed, and a web root the
 * deployer owns inside a folder they may not write (`/var/www/html` under a root-owned `/var/www`)
 * has no room for a staging folder beside it. tolk builds there anyway (staging inside the output
 * folder), replaces the previous site, and cleans up what a killed build left inside.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeStaleInside } from '../../src/write/staged-inside.js';
import { canDenyAccess, tolk, tolkDenied } from '../helpers/cli.js';
import { CONTENT, ROOT } from '../helpers/corpus.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tolk-deploy-out-'));
  chmodSync(tmp, 0o755); // readable by `nobody`
});
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

const isRoot = process.getuid?.() === 0;
/** A private mount namespace (root: `unshare -m`; others: as root of a user namespace, `unshare -rm`). */
const UNSHARE = isRoot ? ['-m'] : ['-rm'];
const canMount = existsSync('/usr/bin/unshare') &&
  spawnSync('unshare', [...UNSHARE, 'sh', '-c', 'mount --bind / /mnt'], { stdio: 'ignore' }).status === 0;

/** `tolk build` with `volume` bind-mounted on `mountPoint` and `--out mountPoint`, as a container sees its volume. */
function buildIntoMount(volume: string, mountPoint: string): { code: number; stdout: string; stderr: string } {
  const build = [process.execPath, join(ROOT, 'bin/tolk.js'), 'build', '--content', CONTENT, '--out', mountPoint, '--no-search', '--no-qa'];
  const r = spawnSync('unshare', [...UNSHARE, 'sh', '-c', 'mount --bind "$1" "$2" && shift 2 && exec "$@"', 'sh', volume, mountPoint, ...build], {
    cwd: tmp, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const tolkEntries = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.tolk-') && name !== '.tolk-site');

describe.skipIf(!canMount)('--out a mount point (a container volume; skipped where mount namespaces are not allowed)', () => {
  it('builds into it, then replaces that site: the CNAME the user added is named and removed, nothing of tolk is left', () => {
    const volume = join(tmp, 'volume');
    const mountPoint = join(tmp, 'site');
    // A freshly formatted disk (a Kubernetes volume) holds only the file system's lost+found: empty for tolk, and kept.
    mkdirSync(join(volume, 'lost+found'), { recursive: true });
    mkdirSync(mountPoint);
    const first = buildIntoMount(volume, mountPoint);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/building in a hidden folder inside .*site \(it is a mount point/);
    expect(readFileSync(join(volume, 'lv-lv', 'index.html'), 'utf8')).toMatch(/<html lang="lv-LV"/);
    writeFileSync(join(volume, 'CNAME'), 'docs.example.org\n');
    const second = buildIntoMount(volume, mountPoint);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/removed 1 file this build does not make: CNAME/);
    expect(existsSync(join(volume, 'CNAME'))).toBe(false);
    expect(existsSync(join(volume, 'nb-no', 'index.html'))).toBe(true);
    expect(existsSync(join(volume, 'lost+found'))).toBe(true);
    expect(tolkEntries(volume)).toEqual([]);
  });
});

describe.skipIf(!canDenyAccess)('--out a web root the user owns in a folder they may not write (as nobody when root)', () => {
  it('builds into it and rebuilds it in place; the folder itself stays (its owner and mode are kept)', () => {
    const parent = join(tmp, 'www');
    const html = join(parent, 'html');
    mkdirSync(html, { recursive: true });
    if (isRoot) chownSync(html, 65534, 65534); else chmodSync(parent, 0o555);
    try {
      const before = statSync(html);
      const args = ['build', '--content', CONTENT, '--out', html, '--no-search', '--no-qa'];
      const first = tolkDenied(args, tmp);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stderr).toMatch(/tolk may not write beside it, in .*www\)/);
      expect(existsSync(join(html, 'en-us', 'index.html'))).toBe(true);
      const second = tolkDenied(args, tmp);
      expect(second.code, second.stderr).toBe(0);
      expect(statSync(html).ino).toBe(before.ino);
      expect(tolkEntries(html)).toEqual([]);
    } finally {
      // Writable again, or the temp folder could not be removed after a failure.
      if (!isRoot) chmodSync(parent, 0o755);
    }
  });
});

/** A new pid namespace in which tolk is process 1, as in `docker run … node bin/tolk.js build`. */
const PID_NAMESPACE = isRoot ? ['-pf', '--mount-proc'] : ['-rpf', '--mount-proc'];
const canBePid1 = existsSync('/usr/bin/unshare') &&
  spawnSync('unshare', [...PID_NAMESPACE, process.execPath, '-e', 'process.exit(process.pid === 1 ? 0 : 1)'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!canBePid1)('tolk as process 1 (a container; skipped where pid namespaces are not allowed)', () => {
  it("removes the staging folders that a killed run left, though they carry tolk's pid of every run", () => {
    const parent = join(tmp, 'pid1');
    const leftovers = ['.site.tolk-1-AbC123', '.site.tolk-1-AbC123-previous'];
    mkdirSync(join(parent, 'site'), { recursive: true });
    writeFileSync(join(parent, 'site', '.tolk-site'), 'marker');
    for (const name of leftovers) {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, '.tolk-site'), 'marker');
      writeFileSync(join(parent, name, 'index.html'), 'half a site');
    }
    const r = spawnSync('unshare', [...PID_NAMESPACE, process.execPath, join(ROOT, 'bin/tolk.js'), 'build', '--content', CONTENT,
      '--out', 'site', '--no-search', '--no-qa'], { cwd: parent, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/removed \.site\.tolk-1-AbC123 \(left by an interrupted build\)/);
    expect(readdirSync(parent)).toEqual(['site']);
  });
});

/** A pid that no process has: one that just ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('what a build killed while staging inside the output folder leaves', () => {
  it('an output folder that holds only its staging folder is not refused as "not built by tolk"; the leftover goes', () => {
    const out = join(tmp, 'killed-first');
    const leftover = join(out, `.tolk-staging-${deadPid()}-AbC123`);
    mkdirSync(join(leftover, 'lv-lv'), { recursive: true });
    writeFileSync(join(leftover, '.tolk-site'), 'marker');
    writeFileSync(join(leftover, 'lv-lv', 'index.html'), 'half a site');
    const r = tolk(['build', '--content', CONTENT, '--out', out, '--no-search', '--no-qa'], tmp);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/removed killed-first\/\.tolk-staging-\d+-AbC123 \(left by an interrupted build\)/);
    expect(tolkEntries(out)).toEqual([]);
    expect(readFileSync(join(out, 'lv-lv', 'index.html'), 'utf8')).toMatch(/<html lang="lv-LV"/);
  });

  it("a running build's staging folder, and a look-alike without tolk's marker, are left alone", () => {
    const out = join(tmp, 'others');
    const dead = `.tolk-previous-${deadPid()}-Dead12`;
    const running = `.tolk-staging-${process.ppid}-Run123`; // a process that runs (vitest's)
    const unmarked = `.tolk-previous-${deadPid()}-NoMrk1`;
    for (const name of [dead, running, unmarked]) mkdirSync(join(out, name), { recursive: true });
    for (const name of [dead, running]) writeFileSync(join(out, name, '.tolk-site'), 'marker');
    expect(removeStaleInside(out, '.tolk-site')).toEqual([`removed others/${dead}`]);
    expect(readdirSync(out).sort()).toEqual([running, unmarked].sort());
  });

  it('a previous site parked by a swap that failed halfway gives back what the output folder lacks before it goes', () => {
    const out = join(tmp, 'half-swapped');
    const parked = `.tolk-previous-${deadPid()}-Park12`;
    mkdirSync(join(out, parked, 'nb-no'), { recursive: true });
    writeFileSync(join(out, parked, '.tolk-site'), 'marker');
    writeFileSync(join(out, parked, 'nb-no', 'index.html'), 'the old nb-no home');
    writeFileSync(join(out, parked, 'index.html'), 'the old root');
    writeFileSync(join(out, 'index.html'), 'the new root');
    expect(removeStaleInside(out, '.tolk-site')).toEqual([
      `put back 1 entry of the previous site from half-swapped/${parked}`, `removed half-swapped/${parked}`]);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'nb-no']);
    expect(readFileSync(join(out, 'nb-no', 'index.html'), 'utf8')).toBe('the old nb-no home');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the new root');
  });
});
