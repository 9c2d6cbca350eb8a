/**
 * Two builds into one output folder on a shared volume: two containers (docker compose, two
 * Kubernetes pods on one volume), each with tolk as process 1, or a CI job and a person on another
 * host. Each build leaves the other's staging folder alone while it runs: a pid says nothing
 * across containers, so a staging folder holds its run's token (host, pid space, pid, run id), and
 * one of another host or container goes only once it has been still for an hour. A killed run's
 * leftovers on the same machine still go with the next build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pidSpaceId, RUN_TOKEN, STALE_AFTER_MS, thisRun, type RunToken } from '../../src/write/run-token.js';
import { removeStaleInside } from '../../src/write/staged-inside.js';
import { removeStaleStaging, removeStaleTempFiles, tempFileFor } from '../../src/write/stale-staging.js';
import { tolk } from '../helpers/cli.js';
import { CONTENT, ROOT } from '../helpers/corpus.js';

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-deploy-shared-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

/** A pid that no process has: one that just ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

/** Another container on this host: same host name and kernel, its own pid namespace. */
const otherContainer = (pid: number): RunToken =>
  ({ ...thisRun(), pidSpace: `${thisRun().pidSpace}-other-namespace`, pid, run: 'feedc0de', started: new Date().toISOString() });
/** This machine's pid space, another run. */
const sameMachine = (pid: number): RunToken => ({ ...thisRun(), pid, run: 'deadbeef' });

/** A staging folder as a build makes it: its run's token, then tolk's marker; `idleMs` ago last touched. */
function staging(folder: string, token: RunToken | null, idleMs = 0): string {
  mkdirSync(join(folder, 'lv-lv'), { recursive: true });
  writeFileSync(join(folder, 'lv-lv', 'index.html'), 'part of a site');
  if (token) writeFileSync(join(folder, RUN_TOKEN), JSON.stringify(token));
  writeFileSync(join(folder, '.tolk-site'), 'marker');
  const then = new Date(Date.now() - idleMs);
  if (token) utimesSync(join(folder, RUN_TOKEN), then, then);
  utimesSync(folder, then, then);
  return folder;
}

const HOURS_2 = 2 * 60 * 60_000;

describe('which staging folders beside the output a build removes', () => {
  it("leaves another container's staging alone though its pid is this process's, while it is fresh; removes it once still for an hour", () => {
    const parent = join(tmp, 'beside');
    mkdirSync(join(parent, 'site'), { recursive: true });
    const running = `.site.tolk-${process.pid}-Runs12`;
    const stale = `.site.tolk-${process.pid}-Still1`;
    const otherHost = `.site.tolk-1-Host12`;
    const halfWritten = `.site.tolk-${process.pid}-Half12`; // its token is being written: judged by its age too
    staging(join(parent, running), otherContainer(process.pid));
    staging(join(parent, halfWritten), null);
    writeFileSync(join(parent, halfWritten, RUN_TOKEN), '{"host":"buil');
    staging(join(parent, stale), otherContainer(process.pid), STALE_AFTER_MS + 60_000);
    staging(join(parent, otherHost), { ...otherContainer(1), host: `not-${hostname()}` }, 30 * 60_000);
    const busy: string[] = [];
    expect(removeStaleStaging(join(parent, 'site'), '.tolk-site', busy)).toEqual([`removed ${stale}`]);
    expect(readdirSync(parent).sort()).toEqual([halfWritten, otherHost, running, 'site'].sort());
    expect(busy.sort()).toEqual([
      expect.stringMatching(new RegExp(`^\\.site\\.tolk-1-Host12 \\(process 1 on host not-${hostname()}, since \\d\\d:\\d\\d:\\d\\d UTC\\)$`)),
      `${halfWritten} (a run whose token this process cannot read)`,
      expect.stringMatching(new RegExp(`^\\.site\\.tolk-${process.pid}-Runs12 \\(process ${process.pid} on host `)),
    ]);
  });

  it('removes what a killed run of this machine left: its pid ended, or it was this pid (a container run again)', () => {
    const parent = join(tmp, 'killed');
    mkdirSync(join(parent, 'site'), { recursive: true });
    const samePid = `.site.tolk-${process.pid}-Again1`;
    const ended = `.site.tolk-${deadPid()}-Ended1`;
    const parked = `${ended.replace('Ended1', 'Park12')}-previous`;
    const reused = `.site.tolk-${process.ppid}-Reuse1`; // its pid runs another program by now: still for hours
    const alive = `.site.tolk-${process.ppid}-Alive1`; // a build of this machine that runs
    staging(join(parent, samePid), sameMachine(process.pid));
    staging(join(parent, ended), sameMachine(Number(ended.split('-')[1])));
    staging(join(parent, parked), sameMachine(Number(ended.split('-')[1])));
    staging(join(parent, reused), sameMachine(process.ppid), HOURS_2);
    staging(join(parent, alive), sameMachine(process.ppid));
    const busy: string[] = [];
    expect(removeStaleStaging(join(parent, 'site'), '.tolk-site', busy).sort())
      .toEqual([`removed ${samePid}`, `removed ${ended}`, `removed ${parked}`, `removed ${reused}`].sort());
    expect(readdirSync(parent).sort()).toEqual([alive, 'site'].sort());
    expect(busy).toEqual([expect.stringContaining(alive)]);
  });

  it('a parked previous site of a dead run, put back as the output, does not keep its token', () => {
    const parent = join(tmp, 'restored');
    mkdirSync(parent);
    const parked = `.site.tolk-${deadPid()}-Park12-previous`;
    staging(join(parent, parked), sameMachine(Number(parked.split('-')[1])));
    expect(removeStaleStaging(join(parent, 'site'), '.tolk-site')).toEqual([`restored ${parked} as site`]);
    expect(readdirSync(join(parent, 'site')).sort()).toEqual(['.tolk-site', 'lv-lv']);
  });
});

describe('which staging folders inside the output (a mount point) a build removes', () => {
  it("leaves another container's fresh one alone, removes a still one and this machine's killed one", () => {
    const out = join(tmp, 'volume');
    const running = `.tolk-staging-1-Runs12`;
    const stale = `.tolk-previous-1-Still1`;
    const killed = `.tolk-staging-${process.pid}-Kill12`;
    staging(join(out, running), otherContainer(1));
    staging(join(out, stale), otherContainer(1), HOURS_2);
    staging(join(out, killed), sameMachine(process.pid));
    writeFileSync(join(out, '.tolk-site'), 'marker');
    const busy: string[] = [];
    expect(removeStaleInside(out, '.tolk-site', busy).filter((line) => line.startsWith('removed')).sort())
      .toEqual([`removed volume/${killed}`, `removed volume/${stale}`].sort());
    expect(readdirSync(out).sort()).toEqual(['.tolk-site', running, 'lv-lv'].sort());
    expect(busy).toEqual([expect.stringMatching(/^volume\/\.tolk-staging-1-Runs12 \(process 1 on host /)]);
  });
});

describe('which temp files of `tolk qa --out` beside the report a run removes', () => {
  it("leaves another container's fresh one alone though its pid is this process's; removes a still one and this machine's", () => {
    const parent = join(tmp, 'reports');
    mkdirSync(parent);
    const report = join(parent, 'qa.json');
    const other = pidSpaceId() === '0badf00d' ? '0badf00e' : '0badf00d';
    const writing = `.qa.json.tolk-${process.pid}-${other}-mivq1a2b.tmp`; // another container's, being written
    const still = `.qa.json.tolk-${process.pid}-${other}-mivq0a0a.tmp`;
    const killed = tempFileFor(report, 'mivq2c3d').slice(parent.length + 1); // this machine's, this pid: an earlier run
    const ended = `.qa.json.tolk-${deadPid()}-${pidSpaceId()}-mivq3e4f.tmp`;
    const older = `.qa.json.tolk-${deadPid()}-mivq4g5h.tmp`; // an older tolk's name
    for (const name of [writing, still, killed, ended, older]) writeFileSync(join(parent, name), '{');
    const then = new Date(Date.now() - HOURS_2);
    utimesSync(join(parent, still), then, then);
    expect(killed).toMatch(new RegExp(`^\\.qa\\.json\\.tolk-${process.pid}-${pidSpaceId()}-mivq2c3d\\.tmp$`));
    expect(removeStaleTempFiles(report).sort()).toEqual([still, killed, ended, older].sort());
    expect(readdirSync(parent)).toEqual([writing]);
  });
});

const isRoot = process.getuid?.() === 0;
/** A new pid namespace in which tolk is process 1, as in `docker run … node bin/tolk.js build`. */
const PID_NAMESPACE = isRoot ? ['-pf', '--mount-proc'] : ['-rpf', '--mount-proc'];
const canBePid1 = existsSync('/usr/bin/unshare') &&
  spawnSync('unshare', [...PID_NAMESPACE, process.execPath, '-e', 'process.exit(process.pid === 1 ? 0 : 1)'], { stdio: 'ignore' }).status === 0;

const buildArgs = (out: string) => [join(ROOT, 'bin/tolk.js'), 'build', '--content', CONTENT, '--out', out, '--no-search', '--no-qa'];

/** Starts a build as process 1 of a pid namespace of its own (a container); its own process group, so it can be paused. */
function startContainerBuild(cwd: string, out: string): { child: ChildProcess; done: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn('unshare', [...PID_NAMESPACE, process.execPath, ...buildArgs(out)], {
    cwd, detached: true, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => { stderr += chunk; });
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return { child, done };
}

/** Waits until a marked staging folder beside `out` appears; returns its name. */
async function stagingAppears(parent: string, prefix: string): Promise<string> {
  const until = Date.now() + 30_000;
  for (;;) {
    const name = readdirSync(parent).find((n) => n.startsWith(prefix) && existsSync(join(parent, n, '.tolk-site')));
    if (name) return name;
    if (Date.now() > until) throw new Error(`no staging folder ${prefix}* appeared in ${parent}`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

describe.skipIf(!canBePid1)('two builds at once into one folder, each tolk as process 1 of its container', () => {
  it("the second leaves the first one's staging alone; both finish, and the site is whole", async () => {
    const parent = join(tmp, 'shared');
    mkdirSync(parent);
    const first = startContainerBuild(parent, 'site');
    try {
      const name = await stagingAppears(parent, '.site.tolk-1-');
      // The first build pauses mid-way (as a slow one would be) while the second runs from start to end.
      process.kill(-first.child.pid!, 'SIGSTOP');
      const second = spawnSync('unshare', [...PID_NAMESPACE, process.execPath, ...buildArgs('site')], {
        cwd: parent, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
      });
      expect(second.status, second.stderr).toBe(0);
      expect(second.stderr).toContain(`left ${name} (process 1 on host ${hostname()}`);
      expect(second.stderr).not.toMatch(/removed \.site\.tolk-1-/);
      expect(existsSync(join(parent, name, '.tolk-site'))).toBe(true);
    } finally {
      process.kill(-first.child.pid!, 'SIGCONT');
    }
    const firstDone = await first.done;
    expect(firstDone.code, firstDone.stderr).toBe(0);
    expect(readdirSync(parent)).toEqual(['site']);
    const site = readdirSync(join(parent, 'site'));
    expect(site).toContain('.tolk-site');
    expect(site).not.toContain(RUN_TOKEN);
    expect(readFileSync(join(parent, 'site', 'lv-lv', 'index.html'), 'utf8')).toMatch(/<html lang="lv-LV"/);
    expect(existsSync(join(parent, 'site', 'assets'))).toBe(true);
  });
});

describe('a build killed on this machine', () => {
  it('leaves a staging folder that the next build removes', async () => {
    const parent = join(tmp, 'killed-run');
    mkdirSync(parent);
    const child = spawn(process.execPath, buildArgs('site'), { cwd: parent, stdio: 'ignore' });
    const closed = new Promise((done) => child.on('close', done));
    const name = await stagingAppears(parent, `.site.tolk-${child.pid}-`);
    child.kill('SIGKILL');
    await closed;
    // The token names the build machine, and a staging folder may be in a web root: its owner alone reads it.
    expect(statSync(join(parent, name, RUN_TOKEN)).mode & 0o777).toBe(0o600);
    const next = tolk(buildArgs('site').slice(1), parent);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain(`removed ${name} (left by an interrupted build)`);
    expect(readdirSync(parent)).toEqual(['site']);
    expect(readdirSync(join(parent, 'site'))).not.toContain(RUN_TOKEN);
  });
});
