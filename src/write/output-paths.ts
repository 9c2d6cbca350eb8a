/**
 * Where tolk may write, and what to say when it cannot: every failure to create or write an
 * output becomes one line naming the path and the reason in plain words (exit 2), never an
 * internal error with a stack trace.
 */
import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { OutputError } from '../errors.js';
import { fsErrorOf, plainReason } from '../fs-errors.js';

export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path of `path`, resolving symlinks in the part of it that exists. */
export function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
}

type Kind = 'folder' | 'file' | 'missing';

function kindOf(path: string, failure: string): Kind {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat === undefined ? 'missing' : stat.isDirectory() ? 'folder' : 'file';
  } catch (error) {
    // ENOTDIR: a file further up; the walk up finds it and names it.
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return 'missing';
    throw new OutputError(`${failure}: cannot look at ${path}: ${plainReason(error)}`);
  }
}

/**
 * Creates `dir` and its missing parents, one level at a time. Node's own recursive mkdir is not
 * used: where mkdir fails with ENOENT under an existing folder (`/proc/nope`) it retries forever.
 * `failure` starts every message, e.g. "cannot write qa.json".
 */
export function ensureFolder(dir: string, failure: string): void {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    const kind = kindOf(current, failure);
    if (kind === 'folder') break;
    if (kind === 'file') throw new OutputError(`${failure}: ${current} is a file, not a folder`);
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) throw new OutputError(`${failure}: ${current} does not exist`);
    current = parent;
  }
  for (const folder of missing) createFolder(folder, failure);
}

function createFolder(folder: string, failure: string): void {
  try {
    mkdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Made meanwhile by another process: fine, as long as it is a folder.
    if (code === 'EEXIST' && kindOf(folder, failure) === 'folder') return;
    if (code === 'EEXIST') throw new OutputError(`${failure}: ${folder} is a file, not a folder`);
    // ENOENT under an existing parent: a virtual file system (/proc, /sys) that takes no folders.
    const reason = code === 'ENOENT' ? 'this file system does not allow new folders there' : plainReason(error);
    throw new OutputError(`${failure}: cannot create folder ${folder}: ${reason}`);
  }
}

/**
 * A one-line error for a failed write: why, and (`withPath`) the file the failing call named,
 * for a build that writes thousands of files; a single report names its own path already.
 */
export function writeFailure(failure: string, error: unknown, withPath = true): OutputError {
  if (error instanceof OutputError) return error;
  const fsError = fsErrorOf(error);
  const where = withPath && fsError?.path ? ` (${fsError.path})` : '';
  return new OutputError(`${failure}: ${plainReason(error)}${where}`);
}
