/**
 * Leftovers of tolk's own interrupted runs next to an output: a build's staging folder
 * (`._site.tolk-<pid>-<random>`, or `._site.tolk-<random>` from older versions), the previous site
 * parked during the swap (`…-previous`), and `tolk qa --out` temp files (`.qa.json.tolk-<pid>-….tmp`).
 * Only names of that pattern for that very output are touched; a folder also needs tolk's marker
 * inside, and nothing of a run that may still go on is removed (nor what this process writes): a
 * folder's run token says whose it is (run-token.ts), also when another container shares the folder.
 */
import { lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isInUse } from './interrupt.js';
import { describeRun, isRunning, isStill, pidSpaceId, readRunToken, RUN_TOKEN, runIsOver } from './run-token.js';
import { escapeRegExp } from '../regexp.js';

/** The staging folder prefix of an output folder; mkdtemp adds six letters or digits. */
export const stagingPrefix = (outAbs: string): string => join(dirname(outAbs), `.${basename(outAbs)}.tolk-${process.pid}-`);

/**
 * The temp file `tolk qa --out` writes before renaming it over `path`. Its name holds the pid and
 * this pid space's id (run-token.ts): the pid of a run in another container says nothing here.
 */
export const tempFileFor = (pathAbs: string, unique: string): string =>
  join(dirname(pathAbs), `.${basename(pathAbs)}.tolk-${process.pid}-${pidSpaceId()}-${unique}.tmp`);

/**
 * Whether the process that made `path` (its pid in the name) has ended. One with this process's
 * own pid was made by an earlier process, unless this one is writing it: in a container tolk gets
 * the same pid every run (often 1), and a killed run's leftover would otherwise stay forever.
 */
export function ownerIsGone(pid: string | undefined, path: string): boolean {
  if (pid === undefined) return true;
  return Number(pid) === process.pid ? !isInUse(path) : !isRunning(Number(pid));
}

/**
 * Whether the marked staging folder `folder` is a leftover of a run that has ended: by its run
 * token (run-token.ts), or by the pid in its name (`namePid`) when it has none (a folder of an
 * older tolk). A folder another build is writing is left alone and noted in `busy`, as `label`.
 */
export function isLeftover(folder: string, namePid: string | undefined, busy: string[], label: string): boolean {
  if (isInUse(folder)) return false;
  const token = readRunToken(folder);
  if (!token) return ownerIsGone(namePid, folder);
  if (runIsOver(token, folder)) return true;
  busy.push(`${label} (${describeRun(token)})`);
  return false;
}

function hasMarker(folder: string, marker: string): boolean {
  try {
    return lstatSync(folder).isDirectory() && lstatSync(join(folder, marker)).isFile();
  } catch {
    return false;
  }
}

function siblings(pathAbs: string): string[] {
  try {
    return readdirSync(dirname(pathAbs));
  } catch {
    return []; // an unreadable parent: the write that follows reports it
  }
}

/**
 * Removes the staging folders that interrupted builds of `outAbs` left; a parked previous site
 * whose output folder is gone is put back instead (it was the user's site). Returns what it did;
 * the folders of builds that still run are named in `busy`.
 */
export function removeStaleStaging(outAbs: string, marker: string, busy: string[] = []): string[] {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(outAbs))}\\.tolk-(?:(\\d+)-)?[A-Za-z0-9]{6}(-previous)?$`);
  const done: string[] = [];
  for (const name of siblings(outAbs)) {
    const match = pattern.exec(name);
    const folder = join(dirname(outAbs), name);
    if (!match || !hasMarker(folder, marker) || !isLeftover(folder, match[1], busy, name)) continue;
    try {
      if (match[2] && !exists(outAbs)) {
        renameSync(folder, outAbs);
        rmSync(join(outAbs, RUN_TOKEN), { force: true }); // the dead run's token is no part of the site
        done.push(`restored ${name} as ${basename(outAbs)}`);
      } else {
        rmSync(folder, { recursive: true, force: true });
        done.push(`removed ${name}`);
      }
    } catch {
      // Cleaning up is a courtesy: a leftover that cannot go must not stop this build.
    }
  }
  return done;
}

/**
 * Whether a temp file's run has ended: by its pid when it was made in this pid space (or by an
 * older tolk, whose names have no pid space), else once it has been still for an hour (a report
 * of another container on a shared volume, being written now).
 */
function tempFileIsLeft(file: string, pid: string, space: string | undefined): boolean {
  return space === undefined || space === pidSpaceId() ? ownerIsGone(pid, file) : isStill(file);
}

/** Removes the temp files that interrupted `tolk qa --out` runs left next to `pathAbs`. */
export function removeStaleTempFiles(pathAbs: string): string[] {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(pathAbs))}\\.tolk-(\\d+)-(?:([0-9a-f]{8})-)?[a-z0-9]+\\.tmp$`);
  const removed: string[] = [];
  for (const name of siblings(pathAbs)) {
    const match = pattern.exec(name);
    const file = join(dirname(pathAbs), name);
    if (!match || !isPlainFile(file) || !tempFileIsLeft(file, match[1], match[2])) continue;
    rmSync(file, { force: true });
    removed.push(name);
  }
  return removed;
}

/** Whether anything (a link included) is at `path`. */
export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isPlainFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
