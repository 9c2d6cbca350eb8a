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
 *   content/lv-LV/old.md deleted, a.md and 4 more changed
 *
 * A path in the folder of the path named just before it is named from that folder on, so a
 * line about one folder names it once.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { ChangeKind, FileChange } from '../../write/file-changes.js';
import { shownPath } from './build.js';

const ORDER: ChangeKind[] = ['renamed', 'deleted', 'added', 'changed'];

export function changesLine(changes: FileChange[]): string {
  let folder: string | null = null;
  /** The path as the reader best reads it here; the next path is shortened against its folder. */
  const name = (path: string): string => {
    const short = folder !== null && path.startsWith(folder + sep) ? relative(folder, path) : shownPath(resolve(path));
    folder = dirname(path);
    return short;
  };
  const parts: string[] = [];
  for (const kind of ORDER) {
    const these = changes.filter((change) => change.kind === kind);
    if (these.length === 0) continue;
    const [first, second] = these;
    if (kind === 'renamed') {
      const from = name(first.path);
      const moved = dirname(first.path) !== dirname(first.to!);
      const to = moved ? shownPath(resolve(first.to!)) : name(first.to!);
      folder = dirname(first.to!);
      parts.push(`${from} ${moved ? 'moved' : 'renamed'} to ${to}${these.length > 1 ? ` and ${these.length - 1} more renamed` : ''}`);
    } else if (these.length === 2) {
      parts.push(`${name(first.path)} and ${name(second.path)} ${kind}`);
    } else {
      parts.push(`${name(first.path)}${these.length > 2 ? ` and ${these.length - 1} more` : ''} ${kind}`);
    }
  }
  return parts.join(', ');
}
