/**
 * Staging inside the output folder, for output folders that cannot be swapped as a whole: a mount
 * point (a Docker or Kubernetes volume, an NFS web root) cannot be renamed (EBUSY), and a web root
 * the deployer owns in a folder they may not write (`/var/www/html` under a root-owned
 * `/var/www`) has no room for a sibling. There the new site is written into a hidden folder inside
 * the output folder (`.tolk-staging-<pid>-<random>`) and moved up name by name at the end: each
 * top-level entry (`lv-lv/`, `assets/`, `index.html` …) is swapped by two renames, so a page is
 * never missing for longer than that. A build that fails or is interrupted before the swap leaves
 * the previous site as it was, as with a sibling staging folder.
 */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputError } from '../errors.js';
import { plainReason } from '../fs-errors.js';
import { removeReplacedSite, type RemovedFiles } from './replaced-files.js';
import { RUN_TOKEN, writeRunToken } from './run-token.js';
import { exists, isLeftover } from './stale-staging.js';

/** tolk's own folders inside an output folder: a build's staging folder and the previous site it parks. */
const INSIDE_FOLDER = /^\.tolk-(staging|previous)-(\d+)-[A-Za-z0-9]{6}$/;

/** Whether `name` (an entry of an output folder) is one of tolk's staging or parking folders. */
export const isInsideStaging = (name: string): boolean => INSIDE_FOLDER.test(name);

/** The file system's own folder at the root of a mounted disk (ext4): no part of any site, never moved. */
export const FILE_SYSTEM_FOLDER = 'lost+found';

/** Mount points as this process sees them (Linux; none elsewhere). Octal escapes stand for blanks and `\`. */
function mountPoints(): Set<string> {
  let text: string;
  try {
    text = readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return new Set();
  }
  return new Set(text.split('\n').map((line) => line.split(' ')[4]).filter(Boolean)
    .map((path) => path.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)))));
}

/**
 * Whether the folder at `pathAbs` is a mount point: on another file system than its parent, or
 * listed as mounted (a bind mount of the same file system). A symbolic link is not: the link
 * itself can be replaced.
 */
export function isMountPoint(pathAbs: string): boolean {
  try {
    if (lstatSync(pathAbs).isSymbolicLink() || !statSync(pathAbs).isDirectory()) return false;
    if (statSync(pathAbs).dev !== statSync(dirname(pathAbs)).dev) return true;
    return mountPoints().has(realpathSync(pathAbs));
  } catch {
    return false;
  }
}

/**
 * A fresh hidden folder inside `outAbs` with this run's token and tolk's marker. It is in the web
 * root, and nginx and Apache serve a dot-folder to whoever knows its name (only GitHub Pages'
 * upload and Netlify leave hidden names out): so it stays private to its owner (mkdtemp's 0700),
 * and a web server running as another user gets no half-built page, nor the previous site parked
 * in it, also when a killed build leaves it for an hour. Only its entries are moved into the site;
 * they keep their own (readable) modes. The token comes first: a marked folder always says whose it is.
 */
function markedFolder(outAbs: string, kind: 'staging' | 'previous', marker: string): string {
  const dir = mkdtempSync(join(outAbs, `.tolk-${kind}-${process.pid}-`));
  try {
    writeRunToken(dir);
    writeFileSync(join(dir, marker), 'Built by tolk; `tolk build` replaces this folder as a whole.\n');
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

/** The staging folder inside `outAbs` (which exists); throws the file system's error. */
export const makeInsideStaging = (outAbs: string, marker: string): string => markedFolder(outAbs, 'staging', marker);

/** Puts what `swapped` names back (old site in, new site out), last first; best effort after a failure. */
function undoSwap(swapped: string[], dir: string, previous: string, outAbs: string): void {
  for (const name of swapped.reverse()) {
    try {
      if (exists(join(outAbs, name))) renameSync(join(outAbs, name), join(dir, name));
      if (exists(join(previous, name))) renameSync(join(previous, name), join(outAbs, name));
    } catch {
      // Nothing more to do: the error that started this is reported.
    }
  }
}

/**
 * Moves the site staged in `dir` (inside `outAbs`) up into `outAbs`, parking each entry of the
 * previous site in a hidden folder that is then deleted; returns the previous site's files the new
 * one lacks (null when the folder held no site). The marker stays in place throughout (or comes
 * first), so a build killed halfway leaves a folder the next build recognises and replaces.
 */
export function swapEntriesIn(dir: string, out: string, outAbs: string, marker: string): RemovedFiles | null {
  let previous: string;
  try {
    previous = markedFolder(outAbs, 'previous', marker);
  } catch (error) {
    throw new OutputError(`cannot replace ${out} with the new site: ${plainReason(error)}`);
  }
  const ours = (name: string) => name === marker || name === RUN_TOKEN || name === FILE_SYSTEM_FOLDER || isInsideStaging(name);
  const oldNames = readdirSync(outAbs).filter((name) => !ours(name));
  const names = [...new Set([...oldNames, ...readdirSync(dir).filter((name) => !ours(name))])].sort();
  const swapped: string[] = [];
  try {
    if (!exists(join(outAbs, marker))) renameSync(join(dir, marker), join(outAbs, marker));
    for (const name of names) {
      swapped.push(name);
      if (exists(join(outAbs, name))) renameSync(join(outAbs, name), join(previous, name));
      if (exists(join(dir, name))) renameSync(join(dir, name), join(outAbs, name));
    }
  } catch (error) {
    undoSwap(swapped, dir, previous, outAbs);
    // What could not be put back stays parked, said where: it is the previous site.
    const parked = readdirSync(previous).filter((name) => name !== marker);
    if (parked.length === 0) rmSync(previous, { recursive: true, force: true });
    throw new OutputError(`cannot replace ${out} with the new site: ${plainReason(error)}` +
      (parked.length ? ` (part of the previous site is in ${previous})` : ''));
  }
  rmSync(dir, { recursive: true, force: true }); // only its token (and marker) are left
  try {
    const removed = removeReplacedSite(previous, outAbs, marker, RUN_TOKEN);
    return oldNames.length ? removed : null;
  } catch (error) {
    throw new OutputError(`the new site is in ${out}, but the previous one could not be removed from ${previous}: ${plainReason(error)}`);
  }
}

/**
 * Puts back the entries of a parked previous site that the output folder lacks: a swap that failed
 * (or was killed) halfway left them there, and they may be the only copy of the user's site.
 * Returns how many were put back; what the output folder has under the same name is newer.
 */
function restoreParked(folder: string, outAbs: string, marker: string): number {
  let restored = 0;
  for (const name of readdirSync(folder)) {
    if (name === marker || name === RUN_TOKEN || exists(join(outAbs, name))) continue;
    renameSync(join(folder, name), join(outAbs, name));
    restored++;
  }
  return restored;
}

/**
 * Removes the staging folders that killed builds left inside `outAbs` (marked, their run over);
 * a parked previous site first gives back what the output folder lacks. The folders of builds
 * that still run (another container's, on a shared volume) are named in `busy`.
 */
export function removeStaleInside(outAbs: string, marker: string, busy: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(outAbs);
  } catch {
    return [];
  }
  const done: string[] = [];
  for (const name of names) {
    const match = INSIDE_FOLDER.exec(name);
    const folder = join(outAbs, name);
    if (!match || !exists(join(folder, marker)) || !isLeftover(folder, match[2], busy, `${basename(outAbs)}/${name}`)) continue;
    try {
      const restored = match[1] === 'previous' ? restoreParked(folder, outAbs, marker) : 0;
      if (restored) done.push(`put back ${restored} entr${restored === 1 ? 'y' : 'ies'} of the previous site from ${basename(outAbs)}/${name}`);
      rmSync(folder, { recursive: true, force: true });
      done.push(`removed ${basename(outAbs)}/${name}`);
    } catch {
      // Cleaning up is a courtesy: a leftover that cannot go must not stop this build.
    }
  }
  return done;
}
