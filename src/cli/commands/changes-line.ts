/**
 * The words `tolk serve` puts in parentheses after "rebuilding" and "rebuilt in": what happened,
 * on one short line. One part per kind of change (renamed, deleted, added, changed), each naming
 * its first path, its second too when there are two, else how many more:
 *
 *   content/lv-LV/a.md changed
 *   content/lv-LV/a.md renamed to b.md
 *   content/lv-LV/a.md moved to content/nb-NO/a.md
 *   content/lv-LV/a.md deleted, b.md added
 *   content/lv-LV/a.md and b.md changed
 *   content/lv-LV/a.md and c.md renamed to b.md and d.md
 *   content/lv-LV/a.md and 2999 more renamed
 *   content/lv-LV/a.md and 4 more moved to content/lv-LV/sub/
 *   content/lv-LV/old.md deleted, a.md and 4 more changed
 *
 * A path in the folder of the path named just before it is named from that folder on, so a
 * line about one folder names it once.
 */
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { ChangeKind, FileChange } from '../../write/file-changes.js';
import { shownPath } from './build.js';

const ORDER: ChangeKind[] = ['renamed', 'deleted', 'added', 'changed'];

/** A rename into another folder is said as a move. */
const isMove = (change: FileChange) => dirname(change.path) !== dirname(change.to!);

export function changesLine(changes: FileChange[]): string {
  let folder: string | null = null;
  /** The path as the reader best reads it here; the next path is shortened against its folder. */
  const name = (path: string): string => {
    const short = folder !== null && path.startsWith(folder + sep) ? relative(folder, path) : shownPath(resolve(path));
    folder = dirname(path);
    return short;
  };
  /** "a.md and b.md", or "a.md and 4 more": the first one or two of these paths. */
  const named = (paths: string[]): string =>
    paths.length === 1 ? name(paths[0]) : paths.length === 2 ? `${name(paths[0])} and ${name(paths[1])}` : `${name(paths[0])} and ${paths.length - 1} more`;

  /**
   * Renames in one folder: "a.md renamed to b.md", "a.md and c.md renamed to b.md and d.md",
   * "a.md and 2999 more renamed" (not "a.md renamed to b.md and 2999 more renamed", which read as
   * one file renamed to "b.md and 2999 more").
   */
  const renamed = (these: FileChange[]): string => {
    if (these.length > 2) return `${named(these.map((c) => c.path))} renamed`;
    const from = named(these.map((c) => c.path));
    return `${from} renamed to ${named(these.map((c) => c.to!))}`;
  };
  /** Moves to another folder: "a.md moved to content/nb-NO/a.md", "a.md and 4 more moved to content/nb-NO/". */
  const moved = (these: FileChange[]): string => {
    if (these.length === 1) {
      const from = name(these[0].path);
      folder = dirname(these[0].to!);
      return `${from} moved to ${shownPath(resolve(these[0].to!))}`;
    }
    const from = named(these.map((c) => c.path));
    const into = new Set(these.map((c) => dirname(c.to!)));
    const namesKept = these.every((c) => basename(c.path) === basename(c.to!));
    if (into.size !== 1 || !namesKept) return `${from} moved`;
    folder = [...into][0];
    return `${from} moved to ${shownPath(resolve(folder))}/`;
  };

  const parts: string[] = [];
  for (const kind of ORDER) {
    const these = changes.filter((change) => change.kind === kind);
    if (these.length === 0) continue;
    if (kind === 'renamed') {
      const [inFolder, across] = [these.filter((c) => !isMove(c)), these.filter(isMove)];
      if (inFolder.length) parts.push(renamed(inFolder));
      if (across.length) parts.push(moved(across));
    } else {
      parts.push(`${named(these.map((c) => c.path))} ${kind}`);
    }
  }
  return parts.join(', ');
}
