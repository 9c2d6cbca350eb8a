/**
 * Leftovers of tolk's own interrupted runs next to an output: a build's staging folder
 * (`._site.tolk-<pid>-<random>`, or `._site.tolk-<random>` from older versions), the previous site
 * parked during the swap (`…-previous`), and `tolk qa --out` temp files (`.qa.json.tolk-<pid>-….tmp`).
 * Only names of that pattern for that very output are touched; a folder also needs tolk's marker
 * inside, and nothing of a process that is still running is removed (nor what this process writes).
 */
import { lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isInUse } from './interrupt.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The staging folder prefix of an output folder; mkdtemp adds six letters or digits. */
export const stagingPrefix = (outAbs: string): string => join(dirname(outAbs), `.${basename(outAbs)}.tolk-${process.pid}-`);

/** The temp file `tolk qa --out` writes before renaming it over `path`. */
export const tempFileFor = (pathAbs: string, unique: string): string =>
  join(dirname(pathAbs), `.${basename(pathAbs)}.tolk-${process.pid}-${unique}.tmp`);

/** Whether process `pid` still runs (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process that made `path` (its pid in the name) has ended. One with this process's
 * own pid was made by an earlier process, unless this one is writing it: in a container tolk gets
 * the same pid every run (often 1), and a killed run's leftover would otherwise stay forever.
 */
export function ownerIsGone(pid: string | undefined, path: string): boolean {
  if (pid === undefined) return true;
  return Number(pid) === process.pid ? !isInUse(path) : !isRunning(Number(pid));
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
 * whose output folder is gone is put back instead (it was the user's site). Returns what it did.
 */
export function removeStaleStaging(outAbs: string, marker: string): string[] {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(outAbs))}\\.tolk-(?:(\\d+)-)?[A-Za-z0-9]{6}(-previous)?$`);
  const done: string[] = [];
  for (const name of siblings(outAbs)) {
    const match = pattern.exec(name);
    const folder = join(dirname(outAbs), name);
    if (!match || !ownerIsGone(match[1], folder) || !hasMarker(folder, marker)) continue;
    try {
      if (match[2] && !exists(outAbs)) {
        renameSync(folder, outAbs);
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

/** Removes the temp files that interrupted `tolk qa --out` runs left next to `pathAbs`. */
export function removeStaleTempFiles(pathAbs: string): string[] {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(pathAbs))}\\.tolk-(\\d+)-[a-z0-9]+\\.tmp$`);
  const removed: string[] = [];
  for (const name of siblings(pathAbs)) {
    const match = pattern.exec(name);
    const file = join(dirname(pathAbs), name);
    if (!match || !ownerIsGone(match[1], file) || !isPlainFile(file)) continue;
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
