/**
 * Editors write scratch files beside the advisory being edited (swap, lock, backup and auto-save
 * files): `tolk serve` must not rebuild for them. The check ends with a real save: inotify reports
 * a folder's changes in order, so once the save is reported, any scratch file would have been.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFolderTree, type Watcher } from '../../src/write/watch.js';

let tmp: string;
let watcher: Watcher | null = null;

beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-watch-scratch-')); });
afterEach(() => {
  watcher?.close();
  watcher = null;
  rmSync(tmp, { recursive: true, force: true });
});

/** Appends to `file` until the watcher reports it; fails after 10 s. */
async function saveUntilSeen(file: string, seen: string[]): Promise<void> {
  const until = Date.now() + 10_000;
  while (!seen.includes(file)) {
    if (Date.now() > until) throw new Error(`a change to ${file} was not reported; reported: ${JSON.stringify(seen)}`);
    appendFileSync(file, 'x\n');
    await new Promise((done) => setTimeout(done, 25));
  }
}

describe('the content watcher and editor scratch files', () => {
  it('reports no change for Emacs, vim and JetBrains scratch files, and does for the save itself', async () => {
    const locale = join(tmp, 'content', 'lv-LV');
    mkdirSync(locale, { recursive: true });
    writeFileSync(join(locale, 'x.md'), 'text\n');
    const seen: string[] = [];
    watcher = watchFolderTree(join(tmp, 'content'), (path) => { seen.push(path); }, () => {});
    // A first save proves the watch is in place before the scratch files come.
    await saveUntilSeen(join(locale, 'x.md'), seen);
    seen.length = 0;

    symlinkSync('user@host.1234:1700000000', join(locale, '.#x.md')); // Emacs's lock
    for (const name of ['#x.md#', '.x.md.swp', 'x.md~', '4913', 'x.md___jb_tmp___']) {
      writeFileSync(join(locale, name), 'scratch\n');
      unlinkSync(join(locale, name));
    }
    unlinkSync(join(locale, '.#x.md'));
    await saveUntilSeen(join(locale, 'x.md'), seen);
    expect(seen.filter((path) => path !== join(locale, 'x.md'))).toEqual([]);
  });
});
