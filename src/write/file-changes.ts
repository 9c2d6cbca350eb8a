/**
 * What a batch of changes did to each path the watcher reported, so `tolk serve` can say
 * "a.md deleted" or "a.md renamed to b.md" rather than "a.md and 1 more changed". fs.watch says
 * only 'rename' for a file made, deleted or renamed, and gives the two ends of a rename no link;
 * so the paths' states are remembered (taken once when watching starts, then kept up to date at
 * each batch) and compared with what is there now. A rename keeps the file's inode, size and
 * modification time; a file deleted and another made in its place (whose inode the system may
 * reuse) gets a new modification time, so it is said as one deleted and one added.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { isEditorScratch } from './watch.js';

export type ChangeKind = 'changed' | 'added' | 'deleted' | 'renamed';

export interface FileChange {
  kind: ChangeKind;
  /** Absolute; for a rename, the old path. */
  path: string;
  /** A rename's new path (absolute). */
  to?: string;
}

interface PathState {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  folder: boolean;
}

function stateOf(path: string): PathState | undefined {
  try {
    const s = lstatSync(path);
    return { dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, folder: s.isDirectory() };
  } catch {
    return undefined;
  }
}

/** The same file or folder, moved: a folder's modification time may change when it moves, a file's does not. */
function sameNode(a: PathState, b: PathState): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.folder === b.folder && (a.folder || (a.size === b.size && a.mtimeMs === b.mtimeMs));
}

const isUnder = (path: string, folder: string) => path.startsWith(folder + sep);
const nodeKey = (state: PathState) => `${state.dev}:${state.ino}`;

export class PathStates {
  private readonly states = new Map<string, PathState>();

  /** Remembers `path` and, if it is a folder, everything under it (links not followed, editors' scratch skipped as the watcher skips it). */
  track(path: string): void {
    const state = stateOf(path);
    if (!state) return;
    this.states.set(path, state);
    if (!state.folder) return;
    let names: string[];
    try {
      names = readdirSync(path);
    } catch {
      return; // unreadable: its files are said as added when they change, and the build says why it cannot read them
    }
    for (const name of names) if (!isEditorScratch(name)) this.track(join(path, name));
  }

  private forget(path: string): void {
    this.states.delete(path);
    for (const known of [...this.states.keys()]) if (isUnder(known, path)) this.states.delete(known);
  }

  /**
   * What happened to each of `paths` (absolute, as reported since the last call), in their order;
   * the states are brought up to date. Files under a folder added or deleted in the same batch are
   * left out: the folder says it.
   */
  changes(paths: string[]): FileChange[] {
    const before = new Map(paths.map((path) => [path, this.states.get(path)]));
    const now = new Map(paths.map((path) => [path, stateOf(path)]));
    for (const path of paths) this.update(path, before.get(path), now.get(path));

    const kindOf = (path: string): ChangeKind => {
      const [was, is] = [before.get(path), now.get(path)];
      return was && !is ? 'deleted' : !was && is ? 'added' : 'changed';
    };
    const kinds = new Map(paths.map((path) => [path, kindOf(path)]));
    // Looked up by a path's folders, up to the root: a checkout of thousands of files is one batch.
    const inside = (path: string, kind: ChangeKind) => {
      for (let folder = dirname(path); folder !== dirname(folder); folder = dirname(folder)) if (kinds.get(folder) === kind) return true;
      return false;
    };
    const said = paths.filter((path) => kinds.get(path) === 'changed' || !inside(path, kinds.get(path)!));
    // A path there neither before nor now (a file renamed and renamed back, a scratch folder) is not worth a word
    // beside the others; alone, it is what made the rebuild, and said as changed.
    const there = said.filter((path) => before.get(path) || now.get(path));
    const shown = there.length > 0 ? there : said;

    // Where a deleted path may have gone: a path added, or a file in a folder added (`mkdir sub; mv a.md sub/`
    // reports only the folder when the file arrives before the folder is watched).
    const added = shown.filter((path) => kinds.get(path) === 'added');
    const landing = new Map<string, string[]>();
    const land = (path: string, state: PathState) => landing.set(nodeKey(state), [...landing.get(nodeKey(state)) ?? [], path]);
    for (const path of added) land(path, now.get(path)!);
    if (added.some((path) => now.get(path)!.folder)) {
      for (const [known, state] of this.states) if (inside(known, 'added')) land(known, state);
    }
    const renamedTo = new Map<string, string>();
    const taken = new Set<string>();
    for (const path of shown) {
      if (kinds.get(path) !== 'deleted') continue;
      const was = before.get(path)!;
      const to = landing.get(nodeKey(was))?.find((other) => !taken.has(other) && this.states.has(other) && sameNode(was, this.states.get(other)!));
      if (to) { renamedTo.set(path, to); taken.add(to); }
    }
    return shown.filter((path) => !taken.has(path)).map((path) =>
      renamedTo.has(path) ? { kind: 'renamed', path, to: renamedTo.get(path) } : { kind: kinds.get(path)!, path });
  }

  private update(path: string, was: PathState | undefined, is: PathState | undefined): void {
    // A folder gone, or another one now in its place: what was under it is not there any more.
    if (was?.folder && !(is && sameNode(was, is))) this.forget(path);
    if (!is) {
      this.states.delete(path);
    } else if (is.folder && !(was && sameNode(was, is))) {
      this.track(path); // a folder made or swapped in: its files were not reported one by one
    } else {
      this.states.set(path, is);
    }
  }
}
