/**
 * The content watcher of `tolk serve` (write/watch.ts) on real folders: a change is seen in
 * folders made later, and in a folder that replaced the one first watched under the same path
 * (deleted and made again, or swapped in by a rename), the content folder itself included.
 * No fixed sleeps: each check writes again until the change is reported, or fails after 10 s.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { appendUntilSeen, closeWatchers, watchTree } from '../helpers/preview.js';

let tmp: string;
beforeEach(() => { tmp = tempDir('tolk-watch-'); });
afterEach(closeWatchers);

/** Each check uses a file name of its own, so no earlier report can pass it. */
async function expectSeen(seen: string[], file: string): Promise<void> {
  expect(seen).not.toContain(file);
  await appendUntilSeen(file, seen);
}

describe('watchFolderTree', () => {
  it('sees changes in the folders it started with and in folders made later', async () => {
    const root = join(tmp, 'content');
    mkdirSync(join(root, 'lv-LV'), { recursive: true });
    const { seen, problems } = watchTree(root);
    await expectSeen(seen, join(root, 'lv-LV', 'a.md'));
    mkdirSync(join(root, 'lv-LV', 'new', 'deeper'), { recursive: true });
    await expectSeen(seen, join(root, 'lv-LV', 'new', 'deeper', 'b.md'));
    expect(problems).toEqual([]);
  });

  it('sees changes in a folder deleted and made again under the same name', async () => {
    const root = join(tmp, 'content');
    const sub = join(root, 'lv-LV', 'sub');
    mkdirSync(join(sub, 'inner'), { recursive: true });
    const { seen } = watchTree(root);
    await expectSeen(seen, join(sub, 'inner', 'a.md'));
    rmSync(sub, { recursive: true });
    mkdirSync(join(sub, 'inner'), { recursive: true });
    await expectSeen(seen, join(sub, 'b.md'));
    await expectSeen(seen, join(sub, 'inner', 'c.md'));
  });

  it('sees changes in a folder that another one replaced by a rename', async () => {
    const root = join(tmp, 'content');
    const locale = join(root, 'lv-LV');
    mkdirSync(locale, { recursive: true });
    const { seen } = watchTree(root);
    await expectSeen(seen, join(locale, 'a.md'));
    const replacement = join(tmp, 'replacement');
    mkdirSync(replacement);
    writeFileSync(join(replacement, 'b.md'), 'new\n');
    renameSync(locale, join(tmp, 'old'));
    renameSync(replacement, locale);
    await expectSeen(seen, join(locale, 'b.md'));
  });

  it('sees changes in a content folder that was replaced as a whole', async () => {
    const root = join(tmp, 'content');
    mkdirSync(join(root, 'lv-LV'), { recursive: true });
    const { seen } = watchTree(root);
    await expectSeen(seen, join(root, 'lv-LV', 'a.md'));
    renameSync(root, join(tmp, 'content-old'));
    mkdirSync(join(root, 'lv-LV'), { recursive: true });
    await expectSeen(seen, join(root, 'lv-LV', 'b.md'));
    // The old folder, now elsewhere, is no longer reported as the content folder.
    const reported = seen.length;
    appendFileSync(join(tmp, 'content-old', 'lv-LV', 'a.md'), 'x\n');
    await expectSeen(seen, join(root, 'lv-LV', 'c.md'));
    expect(seen.slice(reported).filter((path) => path === join(root, 'lv-LV', 'a.md'))).toEqual([]);
  });
});
