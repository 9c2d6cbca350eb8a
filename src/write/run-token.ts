/**
 * Which run a staging folder belongs to, so a build removes only the staging it can prove dead.
 * A pid alone proves nothing across containers: two builds into one shared volume (two
 * containers, each with tolk as process 1) carry the same pid, and a pid of another container
 * cannot be looked up here at all. So every staging folder (and the previous site a build parks)
 * holds a token: the host name, the pid space (kernel boot and pid namespace), the pid, a random
 * run id and the start time. A running build touches its token every minute.
 *
 * A folder of this pid space is dead when its pid runs no more, or is this process's own pid and
 * this process is not writing it (an earlier run: a container's every run is process 1). A folder
 * of another host or container is left alone while its token is fresh, and is dead once it has
 * been still for an hour: a build there keeps touching it, one that was killed does not.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The token file inside a staging folder; never part of a finished site. */
export const RUN_TOKEN = '.tolk-run';

/** How often a running build touches its token, and how long a foreign token may be still before its run counts as dead. */
export const HEARTBEAT_MS = 60_000;
export const STALE_AFTER_MS = 60 * 60_000;

export interface RunToken {
  host: string;
  /** Kernel boot and pid namespace (Linux; empty elsewhere): pids compare only within one. */
  pidSpace: string;
  pid: number;
  run: string;
  started: string;
}

function readOr(read: () => string, fallback: string): string {
  try {
    return read().trim();
  } catch {
    return fallback;
  }
}

/** The pid space of this process: pids of another container, or of another boot, mean other processes. */
function pidSpaceOfThisProcess(): string {
  const boot = readOr(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8'), '');
  const namespace = readOr(() => readlinkSync('/proc/self/ns/pid'), '');
  return boot || namespace ? `${boot}/${namespace}` : '';
}

let current: RunToken | null = null;

/** This process's token (one per process: a serve's rebuilds are one run, and never two at a time). */
export function thisRun(): RunToken {
  current ??= {
    host: hostname(), pidSpace: pidSpaceOfThisProcess(), pid: process.pid,
    run: randomBytes(8).toString('hex'), started: new Date().toISOString(),
  };
  return current;
}

/**
 * A short name for this process's host and pid space, for names that hold no token (a report's
 * temp file): eight hex digits, the same for every process whose pids compare with this one's.
 */
export function pidSpaceId(): string {
  const { host, pidSpace } = thisRun();
  return createHash('sha256').update(`${host}\n${pidSpace}`).digest('hex').slice(0, 8);
}

/** Whether `path` (a file) has not changed for longer than a running write could take. */
export function isStill(path: string, now = Date.now()): boolean {
  return stillFor(path, now) > STALE_AFTER_MS;
}

/**
 * Writes this run's token into `folder`; throws the file system's error. Readable by its owner
 * only: a staging folder may be in a web root, and the token names the build machine.
 */
export function writeRunToken(folder: string): void {
  writeFileSync(join(folder, RUN_TOKEN), `${JSON.stringify(thisRun())}\n`, { mode: 0o600 });
}

/** A token that is there but says nothing this process can use: another user's, or half written. */
export const UNKNOWN_RUN = 'unknown';

/** The token in `folder`; null when it has none (a folder of an older tolk). */
export function readRunToken(folder: string): RunToken | typeof UNKNOWN_RUN | null {
  let text: string;
  try {
    text = readFileSync(join(folder, RUN_TOKEN), 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : UNKNOWN_RUN;
  }
  try {
    const token = JSON.parse(text) as Partial<RunToken>;
    const valid = typeof token.host === 'string' && typeof token.pidSpace === 'string' && Number.isInteger(token.pid) && typeof token.run === 'string';
    return valid ? token as RunToken : UNKNOWN_RUN;
  } catch {
    return UNKNOWN_RUN;
  }
}

/** Whether process `pid` of this pid space still runs (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Milliseconds since the folder or its token (or the file `folder`) last changed. */
function stillFor(folder: string, now: number): number {
  let latest = 0;
  for (const path of [folder, join(folder, RUN_TOKEN)]) {
    try {
      latest = Math.max(latest, statSync(path).mtimeMs);
    } catch {
      // gone meanwhile: the other time decides
    }
  }
  return now - latest;
}

/** What became of the run that wrote `token` into `folder`; one that cannot be told is judged as another host's. */
export function runIsOver(token: RunToken | typeof UNKNOWN_RUN, folder: string, now = Date.now()): boolean {
  const me = thisRun();
  if (token !== UNKNOWN_RUN && token.host === me.host && token.pidSpace === me.pidSpace) {
    // This very pid: an earlier process (a container's every run is process 1), or this process's
    // own folder, which the caller leaves alone while this process writes it.
    if (token.pid === me.pid) return true;
    // The pid may run another program by now: a build that has not touched its token for so long is gone.
    return !isRunning(token.pid) || stillFor(folder, now) > STALE_AFTER_MS;
  }
  return stillFor(folder, now) > STALE_AFTER_MS;
}

/** Who is writing `folder`, said when it is left alone: "process 1 on host builder-2, since 08:01:02 UTC". */
export function describeRun(token: RunToken | typeof UNKNOWN_RUN): string {
  if (token === UNKNOWN_RUN) return 'a run whose token this process cannot read';
  const since = /T(\d\d:\d\d:\d\d)/.exec(token.started)?.[1];
  return `process ${token.pid} on host ${token.host}${since ? `, since ${since} UTC` : ''}`;
}

/** Touches `folder`'s token every minute until the result is called, so other hosts see the run is alive. */
export function keepTokenFresh(folder: string): () => void {
  const timer = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(join(folder, RUN_TOKEN), now, now);
    } catch {
      // The folder is gone (moved in, or discarded): nothing to keep fresh.
    }
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}
