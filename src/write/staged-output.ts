/**
 * The output folder is replaced only by a finished build: tolk writes into a fresh hidden
 * sibling folder and swaps it in with renames, so a failed build leaves the previous site as it
 * was. An output folder that cannot be renamed or has no room beside it (a mount point, a web
 * root in a folder the user may not write) is staged inside instead (staged-inside.ts). tolk
 * deletes only its own staging folders (this one, and those interrupted builds left) and the
 * previous site it replaces, and says which files of that site the new one lacks.
 */
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OutputError, UsageError } from '../errors.js';
import { removeOnInterrupt } from './interrupt.js';
import { plainReason } from '../fs-errors.js';
import { ensureFolder, isInside, realPath, writeFailure } from './output-paths.js';
import { removeReplacedSite, type RemovedFiles } from './replaced-files.js';
import { FILE_SYSTEM_FOLDER, isInsideStaging, isMountPoint, makeInsideStaging, removeStaleInside, swapEntriesIn } from './staged-inside.js';
import { keepTokenFresh, RUN_TOKEN, writeRunToken } from './run-token.js';
import { removeStaleStaging, stagingPrefix } from './stale-staging.js';

/** A file tolk puts in every site it builds; a non-empty folder without it is never replaced. */
export const SITE_MARKER = '.tolk-site';

/** Refuses output folders whose replacement would destroy something that is not a tolk site. */
export function checkOutputFolder(out: string, content: string, templates: string): void {
  const outAbs = realPath(out);
  const contentAbs = realPath(content);
  if (isInside(contentAbs, outAbs)) {
    throw new UsageError(`--out ${out} is or contains the content folder ${content}; choose another output folder`);
  }
  // The next build would read the site as content (and `tolk qa --out` refuses the same).
  if (isInside(outAbs, contentAbs)) {
    throw new UsageError(`--out ${out} is inside the content folder ${content}; write the site somewhere else`);
  }
  if (isInside(realPath(templates), outAbs)) throw new UsageError(`--out ${out} contains tolk's own templates; choose another output folder`);
  if (isInside(realPath(process.cwd()), outAbs)) throw new UsageError(`--out ${out} contains the current folder; choose another output folder`);
  checkExistingOutput(out);
}

function checkExistingOutput(out: string): void {
  let entries: string[];
  try {
    if (!existsSync(out)) return;
    if (!statSync(out).isDirectory()) throw new UsageError(`--out ${out} exists and is not a folder; give a folder for the site (nothing was built)`);
    entries = readdirSync(out);
  } catch (error) {
    throw error instanceof UsageError ? error : new OutputError(`cannot use --out ${out}: ${plainReason(error)}`);
  }
  // An empty output folder in which a killed build left its staging folder is still empty, and so
  // is a freshly formatted disk mounted there, which holds lost+found.
  const mounted = isMountPoint(resolve(out));
  const empty = entries.every((name) => isInsideStaging(name) || (mounted && name === FILE_SYSTEM_FOLDER));
  if (!empty && !entries.includes(SITE_MARKER)) {
    throw new UsageError(`--out ${out} is a non-empty folder that tolk did not build (no ${SITE_MARKER} file); ` +
      'empty it or choose another output folder');
  }
}

export interface StagedOutput {
  /** The folder to write the new site into. */
  dir: string;
  /** What tolk cleaned up from interrupted builds before staging (for the log). */
  cleaned: string[];
  /** Staging folders of other builds of the same output that still run, left alone (for the log). */
  busy: string[];
  /** Why the site is staged inside the output folder and moved in name by name (null: staged beside it, swapped whole). */
  inside: string | null;
  /**
   * Makes the new site the output folder and deletes the previous one; returns the files of the
   * previous site that the new one does not have (null when there was no previous site).
   */
  commit: () => RemovedFiles | null;
  /** Deletes the staging folder; the output folder is untouched. */
  discard: () => void;
}

/** Errors of a folder tolk may not write in, though the output folder inside it may be writable. */
const NOT_ALLOWED = new Set(['EACCES', 'EPERM', 'EROFS']);

/** The staging folder inside the output folder, with the reason for the log; `where` names the folders tried. */
function insideStaging(outAbs: string, reason: string, failure: string, where: string): { dir: string; inside: string } {
  try {
    return { dir: makeInsideStaging(outAbs, SITE_MARKER), inside: reason };
  } catch (error) {
    throw new OutputError(`${failure}: cannot create a folder in ${where}: ${plainReason(error)}`);
  }
}

/**
 * A fresh staging folder next to `outAbs`, with tolk's marker; inside the output folder when it is
 * a mount point, or when the folder around it may not be written. Private to its owner until it
 * becomes the site (see swapIn): the folder around the output may itself be served (`--out
 * /var/www/html/docs`), and a web server serves a dot-folder to whoever knows its name.
 */
function makeStagingFolder(out: string, outAbs: string): { dir: string; inside: string | null } {
  const failure = `cannot write the site to ${out}`;
  if (isMountPoint(outAbs)) return insideStaging(outAbs, 'it is a mount point, which cannot be replaced whole', failure, out);
  ensureFolder(dirname(out), failure);
  let dir: string;
  try {
    dir = mkdtempSync(stagingPrefix(outAbs));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (NOT_ALLOWED.has(code) && isFolder(outAbs)) {
      return insideStaging(outAbs, `tolk may not write beside it, in ${dirname(out)}`, failure, `${dirname(out)} or in ${out}`);
    }
    throw new OutputError(`${failure}: cannot create a folder in ${dirname(out)}: ${plainReason(error)}`);
  }
  try {
    // The token before the marker: a marked folder always says whose it is (run-token.ts).
    writeRunToken(dir);
    writeFileSync(join(dir, SITE_MARKER), 'Built by tolk; `tolk build` replaces this folder as a whole.\n');
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw writeFailure(failure, error);
  }
  return { dir, inside: null };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Puts this run's token into the site about to be parked as `…-previous`, so that another build
 * sees whose it is (and leaves it) while this one deletes it. Not into a folder an output link
 * points to: only the link is parked, and the token would stay behind in the folder.
 */
function tokenForParking(outAbs: string): void {
  try {
    if (lstatSync(outAbs).isDirectory()) writeRunToken(outAbs);
  } catch {
    // Not writable: the folder is parked without a token, as an older tolk parked it.
  }
}

/** Swaps `dir` in as `outAbs`, keeping the previous site until the new one is in place. */
function swapIn(dir: string, out: string, outAbs: string): RemovedFiles | null {
  const previous = `${dir}-previous`;
  const hadPrevious = existsSync(outAbs);
  if (hadPrevious) tokenForParking(outAbs);
  try {
    // mkdtemp made the folder private (0700): as the site it must be readable by the web server.
    chmodSync(dir, 0o755);
    if (hadPrevious) renameSync(outAbs, previous);
    try {
      renameSync(dir, outAbs);
    } catch (error) {
      if (hadPrevious) renameSync(previous, outAbs);
      throw error;
    }
  } catch (error) {
    if (hadPrevious) rmSync(join(outAbs, RUN_TOKEN), { force: true });
    throw new OutputError(`cannot replace ${out} with the new site: ${plainReason(error)}`);
  }
  // The token is no part of the site; it stayed in the staging folder until the folder was in place.
  rmSync(join(outAbs, RUN_TOKEN), { force: true });
  if (!hadPrevious) return null;
  try {
    return removeReplacedSite(previous, outAbs, SITE_MARKER, RUN_TOKEN);
  } catch (error) {
    throw new OutputError(`the new site is in ${out}, but the previous one could not be removed from ${previous}: ${plainReason(error)}`);
  }
}

export function stageOutput(out: string): StagedOutput {
  const outAbs = resolve(out);
  const busy: string[] = [];
  const cleaned = [...removeStaleStaging(outAbs, SITE_MARKER, busy), ...removeStaleInside(outAbs, SITE_MARKER, busy)];
  const { dir, inside } = makeStagingFolder(out, outAbs);
  const keep = removeOnInterrupt(dir);
  // Another host sharing the folder tells a long build from a killed one by its token's age.
  const stopTouching = keepTokenFresh(dir);
  return {
    dir,
    cleaned,
    busy,
    inside,
    commit() {
      stopTouching();
      // Synchronous from here on: a signal waits until the swap is done, so the handler never
      // deletes the folder that just became the output.
      const removed = inside ? swapEntriesIn(dir, out, outAbs, SITE_MARKER) : swapIn(dir, out, outAbs);
      keep();
      return removed;
    },
    discard() {
      stopTouching();
      keep();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
