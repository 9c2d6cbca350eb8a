/**
 * What `tolk serve` watches and when it rebuilds. Each folder of the content tree gets its own
 * `fs.watch` (inotify watches a folder's entries, so an editor that saves by writing a temporary
 * file and renaming it over the original is seen too); Node 20's recursive watch on Linux would
 * put a watch on every file, media included, and report its first scan as changes. Changes are
 * gathered until the files have been quiet for a moment (or for 2 s at most), then one rebuild
 * runs; changes made during a rebuild make exactly one more after it.
 *
 * A watch follows the folder, not its path: when a folder is deleted and made again, or another
 * folder is renamed to its name (`git checkout`, a tool that writes a tree beside and swaps it in),
 * the old watch sees nothing more. So after such a change the path is watched anew, with
 * everything under it; the content folder itself is watched for in its parent folder.
 */
import { existsSync, lstatSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { plainReason } from '../fs-errors.js';
import { isPassiveType } from './media.js';

export interface Watcher {
  close: () => void;
}

/** Called with the path of what changed (a file or folder; a deleted one too). */
export type OnChange = (path: string) => void;
/** Called with a sentence saying what cannot be watched and what that means for the user. */
export type OnWatchError = (message: string) => void;
/**
 * Whether a page links or shows the file at `path` (as of the last build). Such a file counts when
 * it is made, deleted or renamed, whatever its type: deleting a linked `setup.ps1` turns its warning
 * into a link-not-found for a missing file, and the user expects to see that at once. Writes to it do
 * not count: tolk publishes no file of such a type, so its content is not on the site.
 */
export type IsLinked = (path: string) => boolean;

/**
 * Files editors write beside the one being edited: no rebuild for them. Dot files cover vim's swap
 * (`.x.md.swp`) and Emacs's lock (`.#x.md`); then backups (`x.md~`), Emacs's auto-save (`#x.md#`),
 * vim's `4913` write probe and JetBrains' safe-write copies (`x.md___jb_tmp___`).
 */
export function isEditorScratch(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || name === '4913' ||
    (name.length > 1 && name.startsWith('#') && name.endsWith('#')) || /___jb_(tmp|old)___$/.test(name);
}

/** Markdown, and markdown under another name (the build reports it). */
const MARKDOWN_FILE = /\.(md|markdown|mdown|mkd)$/i;
/** Folders whose every file the build publishes or reports (media.ts). */
const MEDIA_FOLDERS = new Set(['media', 'images']);

/**
 * Whether a file changed at `path` (under `root`; a regular file now, or gone) can change the
 * site: markdown, anything in a media folder, a file of a type pages link or show (a PDF, an
 * image beside its advisory). Other files are no content: `sed -i` writes `sedAbC123` and renames
 * it over the file, other tools write `x.md.tmp` or `x.md.bak`; a save by way of one rebuilds
 * once, for the file saved, not for its scratch file as "1 more changed".
 */
export function isContentFile(root: string, path: string): boolean {
  if (MARKDOWN_FILE.test(path) || isPassiveType(path)) return true;
  const folders = relative(root, path).split(sep).slice(1, -1); // under a locale folder, above the file
  return folders.some((folder) => MEDIA_FOLDERS.has(folder));
}

/** Whether `path` is now a folder or a symbolic link (the build reads a folder, and reports a link). */
function isFolderOrLink(path: string): boolean {
  try {
    const stat = lstatSync(path);
    return stat.isDirectory() || stat.isSymbolicLink();
  } catch {
    return false;
  }
}

/** `root` and every folder under it, symbolic links not followed (the content loader does not follow them either). */
function foldersUnder(root: string): string[] {
  const folders = [root];
  for (let i = 0; i < folders.length; i++) {
    let entries;
    try {
      entries = readdirSync(folders[i], { withFileTypes: true });
    } catch {
      continue; // gone or unreadable since: the next build says so
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !isEditorScratch(entry.name)) folders.push(join(folders[i], entry.name));
    }
  }
  return folders;
}

/** Watches `root` and all folders under it, adding folders made later and letting go of removed ones. */
export function watchFolderTree(root: string, onChange: OnChange, onError: OnWatchError, isLinked: IsLinked = () => false): Watcher {
  const watchers = new Map<string, FSWatcher>();
  // Every folder ever watched or seen made: a change to one that is gone by now is still a folder's change.
  const folders = new Set<string>();
  const failed = new Set<string>();
  // Watched paths that may now name another folder than the one watched: watched anew at the resync.
  const renewed = new Set<string>();
  let resyncTimer: NodeJS.Timeout | null = null;
  let closed = false;

  const unwatch = (folder: string) => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };

  /** `path` and every watched folder under it. */
  const renew = (path: string) => {
    const under = path + sep;
    for (const folder of watchers.keys()) if (folder === path || folder.startsWith(under)) renewed.add(folder);
  };

  const watchOne = (folder: string) => {
    try {
      const watcher = watch(folder, { persistent: true }, (event, name) => {
        if (name !== null && isEditorScratch(basename(name))) return;
        // inotify names the watched folder itself when it is deleted or moved away.
        const self = name === null || (name === basename(folder) && !existsSync(folder));
        const path = self ? folder : join(folder, name);
        // A folder (made, or gone: then it was seen before) always counts; a file only if it is content.
        if (!self && !folders.has(path)) {
          // Noted at once, not at the resync 50 ms on: a folder made and removed meanwhile is a change both times.
          if (isFolderOrLink(path)) folders.add(path);
          else if (!isContentFile(root, path) && !(event === 'rename' && isLinked(path))) return;
        }
        onChange(path);
        // A rename may be a folder made, moved or deleted: the set of watched folders is checked again.
        if (event === 'rename') { renew(path); scheduleResync(); }
      });
      // The folder itself went away (or inotify gave up on it): drop it; a resync finds what is there now.
      watcher.on('error', () => { unwatch(folder); scheduleResync(); });
      // A folder watched anew: the new watch is made before the old one is closed, so no change falls between.
      watchers.get(folder)?.close();
      watchers.set(folder, watcher);
      folders.add(folder);
      failed.delete(folder);
    } catch (error) {
      unwatch(folder); // a watch renewed in vain must not stay on the folder that was there before
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || failed.has(folder)) return;
      failed.add(folder);
      // inotify says ENOSPC ("no space left") when the limit of watches is reached, not the disk.
      const reason = code === 'ENOSPC' ? 'the system limit of watched folders is reached (raise fs.inotify.max_user_watches)' : plainReason(error);
      onError(`cannot watch ${folder}: ${reason}; changes there do not rebuild the site`);
    }
  };

  const resync = () => {
    resyncTimer = null;
    if (closed) return;
    const now = new Set(foldersUnder(root));
    for (const folder of [...watchers.keys()]) if (!now.has(folder)) unwatch(folder);
    for (const folder of now) if (!watchers.has(folder) || renewed.has(folder)) watchOne(folder);
    renewed.clear();
  };

  // Many renames at once (a git checkout) walk the tree once.
  const scheduleResync = () => {
    if (!closed && resyncTimer === null) resyncTimer = setTimeout(resync, 50);
  };

  // The content folder deleted, made again or replaced: seen in its parent, which is not watched otherwise.
  const parent = watchFilesIn(dirname(root), [basename(root)], () => { onChange(root); renew(root); scheduleResync(); }, onError);
  resync();
  return {
    close() {
      closed = true;
      if (resyncTimer) clearTimeout(resyncTimer);
      parent.close();
      for (const folder of [...watchers.keys()]) unwatch(folder);
    },
  };
}

/**
 * Watches the files named `names` in `folder` (not its other files or subfolders): the folder is
 * watched rather than the files, so a file that is created later or saved by rename is seen.
 */
export function watchFilesIn(folder: string, names: string[], onChange: OnChange, onError: OnWatchError): Watcher {
  try {
    const watcher = watch(folder, { persistent: true }, (_event, name) => {
      if (name !== null && names.includes(name)) onChange(join(folder, name));
    });
    watcher.on('error', (error) => onError(`stopped watching ${names.join(' and ')} in ${folder}: ${plainReason(error)}`));
    return { close: () => watcher.close() };
  } catch (error) {
    onError(`cannot watch ${folder} for ${names.join(' and ')}: ${plainReason(error)}; changing them does not rebuild the site`);
    return { close: () => {} };
  }
}

export interface RebuildQueue {
  /** Something changed: a rebuild follows once changes have been quiet for `quietMs`, or after `maxWaitMs` at most. */
  changed: (path: string) => void;
  /** Lets rebuilds run (changes before this are kept: one rebuild follows if there were any). */
  start: () => void;
  /** No more rebuilds; one that is running finishes. */
  close: () => void;
}

export interface RebuildQueueOptions {
  /** How long changes must be quiet before a rebuild starts. */
  quietMs?: number;
  /** The longest a change waits: a file written again and again (a log, a sync tool) must not hold rebuilds off. */
  maxWaitMs?: number;
  /** A rebuild that threw instead of reporting its own failure; the queue carries on. */
  onError: (error: unknown, changed: string[]) => void;
}

/**
 * Runs `rebuild` with the paths changed since the last one, never two at a time: an editor saving
 * several files makes one rebuild, and changes made during a rebuild make one more after it.
 * `rebuild` should report its own failures; one that rejects goes to `onError`.
 */
export function rebuildQueue(rebuild: (changed: string[]) => Promise<void>, options: RebuildQueueOptions): RebuildQueue {
  const { quietMs = 200, maxWaitMs = 2000, onError } = options;
  let pending = new Set<string>();
  let quietTimer: NodeJS.Timeout | null = null;
  // Set when the queue starts waiting for quiet; cleared when the rebuild starts.
  let deadlineTimer: NodeJS.Timeout | null = null;
  let started = false;
  let running = false;
  let closed = false;

  const clearTimers = () => {
    if (quietTimer) clearTimeout(quietTimer);
    if (deadlineTimer) clearTimeout(deadlineTimer);
    quietTimer = deadlineTimer = null;
  };

  /** Each change restarts the quiet wait; the deadline, set by the first, does not move. */
  const schedule = () => {
    if (quietTimer) clearTimeout(quietTimer);
    quietTimer = setTimeout(() => void run(), quietMs);
    deadlineTimer ??= setTimeout(() => void run(), maxWaitMs);
  };

  async function run(): Promise<void> {
    clearTimers();
    if (closed || running || pending.size === 0) return;
    const changed = [...pending].sort();
    pending = new Set();
    running = true;
    try {
      await rebuild(changed);
    } catch (error) {
      // Called from a timer: uncaught, it would be an unhandled rejection and end the server.
      onError(error, changed);
    } finally {
      running = false;
      // Changes that came in meanwhile: one more rebuild, once they are quiet too.
      if (!closed && pending.size > 0) schedule();
    }
  }

  return {
    changed(path) {
      if (closed) return;
      pending.add(path);
      // During a rebuild the changes wait for it to end (see run).
      if (started && !running) schedule();
    },
    start() {
      started = true;
      if (pending.size > 0 && !running) schedule();
    },
    close() {
      closed = true;
      clearTimers();
    },
  };
}
