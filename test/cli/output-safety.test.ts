/**
 * What `tolk build --out` and `tolk qa --out` do when writing fails or is interrupted: one clear
 * line and exit 2 instead of an internal error (before any work when --out is of the wrong kind),
 * no endless loop on a file system that takes no folders (/proc), the staging folder (and a
 * report's temp file) removed on Ctrl-C / SIGTERM or by the next run, and colour decided per
 * stream.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stderrPaint, stdoutPaint } from '../../src/cli/output.js';
import { canDenyAccess, tolk, tolkDenied } from '../helpers/cli.js';
import { CONTENT, ROOT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';
import { hasScript, tolkInTerminal } from './helpers.js';

let tmp: string;
beforeAll(() => {
  tmp = tempDir('tolk-output-safety-');
  // Readable by `nobody` for the permission tests.
  chmodSync(tmp, 0o755);
  writeFileSync(join(tmp, 'myfile.txt'), 'a file, not a folder');
});

/** One line, `tolk: …`, nothing that looks like a stack trace or an internal error. */
function expectOneLineError(r: { code: number; stderr: string }, message: RegExp): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines.at(-1)).toMatch(message);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at |Error:/);
}

/** Permission failures: root can write anywhere, so tolk runs as `nobody` (see helpers/cli.ts). */
const asNobody = canDenyAccess && process.getuid?.() === 0;
const tolkAsNobody = (args: string[]) => tolkDenied(args, tmp);

const hiddenTolkEntries = (dir: string) => readdirSync(dir).filter((name) => name.includes('.tolk-'));

describe('a write that fails is one line naming the path and the reason, exit 2', () => {
  it('qa --out myfile.txt/x.json (under a file): "myfile.txt is a file, not a folder"', () => {
    const r = tolk(['qa', '--content', CONTENT, '--format', 'json', '--out', 'myfile.txt/x.json'], tmp);
    expectOneLineError(r, /^tolk: cannot write myfile\.txt\/x\.json: myfile\.txt is a file, not a folder$/);
  });

  it('build --out myfile.txt/site (under a file): the same, and no staging folder', () => {
    const r = tolk(['build', '--content', CONTENT, '--out', 'myfile.txt/site', '--no-search', '--no-qa'], tmp);
    expectOneLineError(r, /^tolk: cannot write the site to myfile\.txt\/site: myfile\.txt is a file, not a folder$/);
    expect(hiddenTolkEntries(tmp)).toEqual([]);
  });

  // A CI job's --out that names the wrong kind of thing: said at once (not after a minute of checks
  // on a big corpus), with what to give instead.
  describe('--out of the wrong kind', () => {
    it('qa --out a folder: "x.json is a folder"', () => {
      mkdirSync(join(tmp, 'folder.json'));
      expectOneLineError(tolk(['qa', '--content', CONTENT, '--out', 'folder.json'], tmp), /^tolk: --out folder\.json is a folder; give the report a file name /);
    });

    it('tolk qa --out a folder: refused before the checks, with a file name to give', () => {
      mkdirSync(join(tmp, 'reports'));
      const r = tolk(['qa', '--content', CONTENT, '--format', 'sarif', '--out', 'reports'], tmp);
      expect([r.code, r.stderr]).toEqual([2, `tolk: --out reports is a folder; give the report a file name (${join('reports', 'qa-report.json')}, say)\n`]);
      // The checks did not run: their summary line is not there.
      expect(r.stdout).toBe('');
    });

    it('tolk build --out a file: says to give a folder and that nothing was built; the file is kept', () => {
      writeFileSync(join(tmp, 'site.zip'), 'an archive');
      const r = tolk(['build', '--content', CONTENT, '--out', 'site.zip', '--no-search', '--no-qa'], tmp);
      expect([r.code, r.stderr]).toEqual([2, 'tolk: --out site.zip exists and is not a folder; give a folder for the site (nothing was built)\n']);
      expect(readFileSync(join(tmp, 'site.zip'), 'utf8')).toBe('an archive');
    });
  });

  describe.skipIf(!asNobody)('in a folder tolk may not write (run as nobody via setpriv; skipped unless root with setpriv)', () => {
    beforeAll(() => {
      mkdirSync(join(tmp, 'ro'));
      chmodSync(join(tmp, 'ro'), 0o555);
    });

    it('qa --out ro/sub/x.json: cannot create folder ro/sub: permission denied', () => {
      expectOneLineError(tolkAsNobody(['qa', '--content', CONTENT, '--out', 'ro/sub/x.json']),
        /^tolk: cannot write ro\/sub\/x\.json: cannot create folder ro\/sub: permission denied$/);
    });

    it('qa --out ro/x.json: no permission to write in folder ro', () => {
      expectOneLineError(tolkAsNobody(['qa', '--content', CONTENT, '--out', 'ro/x.json']),
        /^tolk: cannot write ro\/x\.json: no permission to write in folder ro$/);
    });

    it('build --out ro/x: cannot create a folder in ro: permission denied', () => {
      expectOneLineError(tolkAsNobody(['build', '--content', CONTENT, '--out', 'ro/x', '--no-search', '--no-qa']),
        /^tolk: cannot write the site to ro\/x: cannot create a folder in ro: permission denied$/);
    });
  });

  describe.skipIf(!existsSync('/proc/self'))('on /proc, where mkdir fails with ENOENT (Node\'s recursive mkdir retries forever; skipped without /proc)', () => {
    it('qa --out /proc/nope/x.json ends at once with a clear error', () => {
      const started = Date.now();
      const r = tolk(['qa', '--format', 'json', '--out', '/proc/nope/x.json'], ROOT, 60_000);
      expect(r.code, 'killed by the timeout: tolk hangs').not.toBe(-1);
      expectOneLineError(r, /^tolk: cannot write \/proc\/nope\/x\.json: cannot create folder \/proc\/nope: /);
      expect(Date.now() - started).toBeLessThan(60_000);
    });

    it('build --out /proc/nope/site too', () => {
      const r = tolk(['build', '--out', '/proc/nope/site', '--no-search', '--no-qa'], ROOT, 60_000);
      expect(r.code, 'killed by the timeout: tolk hangs').not.toBe(-1);
      expectOneLineError(r, /^tolk: cannot write the site to \/proc\/nope\/site: cannot create folder \/proc\/nope: /);
    });
  });
});

/** A pid that no process has: one that just ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('interrupted builds leave no staging folder', () => {
  let content: string;
  beforeAll(() => {
    // Ten copies of content/ (440 advisories): a build long enough to interrupt in the middle.
    content = join(tmp, 'big-content');
    for (const locale of ['lv-LV', 'nb-NO']) {
      for (let i = 0; i < 10; i++) cpSync(join(CONTENT, locale), join(content, locale, `copy${i}`), { recursive: true });
    }
  });

  /** Starts a build of `out`, sends `signal` once Eleventy writes into the staging folder, returns the exit code. */
  async function interruptedBuild(out: string, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, [join(ROOT, 'bin/tolk.js'), 'build', '--content', content, '--out', out, '--no-search', '--no-qa'], {
      cwd: tmp, env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const staging = () => readdirSync(tmp).find((name) => name.startsWith(`.${out}.tolk-${child.pid}-`));
    for (let tries = 0; tries < 3000 && child.exitCode === null; tries++) {
      const dir = staging();
      // Eleventy has begun writing (more than tolk's marker is there): the build is mid-write.
      if (dir && readdirSync(join(tmp, dir)).length > 1) break;
      await new Promise((done) => setTimeout(done, 10));
    }
    child.kill(signal);
    return { code: await exited, stderr };
  }

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s during the build: staging folder removed, previous site untouched, exit %i', async (signal, code) => {
    const out = `site-${signal}`;
    expect(tolk(['build', '--content', CONTENT, '--out', out, '--no-search', '--no-qa'], tmp).code).toBe(0);
    const before = readFileSync(join(tmp, out, 'lv-lv', 'index.html'), 'utf8');
    const r = await interruptedBuild(out, signal);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).toMatch(/interrupted; removed .*\.tolk-/);
    expect(hiddenTolkEntries(tmp)).toEqual([]);
    expect(readFileSync(join(tmp, out, 'lv-lv', 'index.html'), 'utf8')).toBe(before);
  });

  it('a build removes staging folders of the same output left by interrupted runs, and nothing else', () => {
    const parent = join(tmp, 'stale');
    mkdirSync(parent);
    const leftovers = [`.site.tolk-${deadPid()}-AbC123`, '.site.tolk-XyZ789', `.site.tolk-${deadPid()}-AbC123-previous`];
    const kept = [
      `.site.tolk-${process.pid}-Run123`, // a build that still runs
      '.site.tolk-NoMark', // no marker inside
      '.other.tolk-AbC123', // another output's
      '.site.tolk-notes', // not tolk's name pattern
    ];
    for (const name of [...leftovers, ...kept]) {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, 'index.html'), 'half a site');
      if (name !== '.site.tolk-NoMark') writeFileSync(join(parent, name, '.tolk-site'), 'marker');
    }
    const r = tolk(['build', '--content', CONTENT, '--out', 'site', '--no-search', '--no-qa'], parent);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/removed \.site\.tolk-XyZ789 \(left by an interrupted build\)/);
    // A previous site parked during a swap that never ended was the user's site: it is put back
    // (and then replaced by this build like any previous site).
    expect(r.stderr).toMatch(/restored \.site\.tolk-\d+-AbC123-previous as site/);
    expect(readdirSync(parent).sort()).toEqual(['site', ...kept].sort());
  });

  it('qa --out removes its own temp files left by interrupted runs, not a running one\'s', () => {
    const parent = join(tmp, 'stale-qa');
    mkdirSync(parent);
    const stale = `.qa.json.tolk-${deadPid()}-lq2x.tmp`;
    const running = `.qa.json.tolk-${process.pid}-lq2x.tmp`;
    const other = `.other.json.tolk-${deadPid()}-lq2x.tmp`;
    for (const name of [stale, running, other]) writeFileSync(join(parent, name), '{');
    const r = tolk(['qa', '--content', CONTENT, '--format', 'json', '--out', 'qa.json'], parent);
    expect(r.code).toBeLessThan(2);
    expect(readdirSync(parent).sort()).toEqual([running, other, 'qa.json'].sort());
  });
});

describe('colour is decided per stream', () => {
  it('painters follow their own stream: stdout a terminal, stderr a file → stderr text plain', () => {
    const saved = [process.stdout.isTTY, process.stderr.isTTY, process.env.NO_COLOR];
    try {
      delete process.env.NO_COLOR;
      process.stdout.isTTY = true;
      process.stderr.isTTY = false;
      expect(stdoutPaint.red('x')).toBe('\u001b[31mx\u001b[0m');
      expect(stderrPaint.red('x')).toBe('x');
      process.env.NO_COLOR = '1';
      expect(stdoutPaint.red('x')).toBe('x');
    } finally {
      [process.stdout.isTTY, process.stderr.isTTY] = saved as [boolean, boolean];
      if (saved[2] === undefined) delete process.env.NO_COLOR; else process.env.NO_COLOR = saved[2] as string;
    }
  });

  it.runIf(hasScript)('`tolk build 2>err.txt` on a terminal: colour on stdout, none in err.txt (util-linux script gives a terminal; skipped without it)', () => {
    const err = join(tmp, 'err.txt');
    const r = tolkInTerminal(['build', '--content', CONTENT, '--out', 'colour-site', '--no-search', '--no-qa'], tmp, { colour: true, stderrTo: err });
    expect(r.code, r.stderr).toBe(0);
    expect(r.output).toContain('\u001b[');
    expect(readFileSync(err, 'utf8')).toMatch(/warning \[/);
    expect(readFileSync(err, 'utf8')).not.toContain('\u001b');
  });
});
