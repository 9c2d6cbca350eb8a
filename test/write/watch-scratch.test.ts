/**
 * Editors write scratch files beside the advisory being edited (swap, lock, backup and auto-save
 * files): `tolk serve` must not rebuild for them. The check ends with a real save: inotify reports
 * a folder's changes in order, so once the save is reported, any scratch file would have been.
 */
import { mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { appendUntilSeen, closeWatchers, watchTree } from '../helpers/preview.js';

afterEach(closeWatchers);

describe('the content watcher and editor scratch files', () => {
  it('reports no change for Emacs, vim and JetBrains scratch files, and does for the save itself', async () => {
    const tmp = tempDir('tolk-watch-scratch-');
    const locale = join(tmp, 'content', 'lv-LV');
    mkdirSync(locale, { recursive: true });
    writeFileSync(join(locale, 'x.md'), 'text\n');
    const { seen } = watchTree(join(tmp, 'content'));
    // A first save proves the watch is in place before the scratch files come.
    await appendUntilSeen(join(locale, 'x.md'), seen);
    seen.length = 0;

    symlinkSync('user@host.1234:1700000000', join(locale, '.#x.md')); // Emacs's lock
    for (const name of ['#x.md#', '.x.md.swp', 'x.md~', '4913', 'x.md___jb_tmp___']) {
      writeFileSync(join(locale, name), 'scratch\n');
      unlinkSync(join(locale, name));
    }
    unlinkSync(join(locale, '.#x.md'));
    await appendUntilSeen(join(locale, 'x.md'), seen);
    expect(seen.filter((path) => path !== join(locale, 'x.md'))).toEqual([]);
  });
});
