/**
 * `tolk serve` rebuilds for content, not for the scratch files tools write beside it: `sed -i`
 * writes `sedAbC123` and renames it over the file, other tools `x.md.tmp` or `x.md.bak`. A save
 * made so is one rebuild, said once, for the file saved (it was "x.md and 1 more changed", and a
 * scratch file alone rebuilt the site). What the build does read still counts: markdown, every file
 * in a media folder, files of a type a page links or shows, folders.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { watchFolderTree, type Watcher } from '../../src/write/watch.js';
import { contentCopy, openUrl, pause, startServe, stopServes, waitFor } from '../helpers/serve.js';

let tmp: string;
let watcher: Watcher | null = null;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-serve-saves-')); });
afterEach(() => {
  watcher?.close();
  watcher = null;
  stopServes();
});
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

/** Appends to `file` until the watcher reports it; fails after 10 s. */
async function saveUntilSeen(file: string, seen: string[]): Promise<void> {
  const until = Date.now() + 10_000;
  while (!seen.includes(file)) {
    if (Date.now() > until) throw new Error(`a change to ${file} was not reported; reported: ${JSON.stringify(seen)}`);
    appendFileSync(file, 'x\n');
    await pause(25);
  }
}

/** Waits until `path` is reported (what the test made happen once); fails after 10 s. */
async function reported(path: string, seen: string[]): Promise<void> {
  const until = Date.now() + 10_000;
  while (!seen.includes(path)) {
    if (Date.now() > until) throw new Error(`${path} was not reported; reported: ${JSON.stringify(seen)}`);
    await pause(25);
  }
}

describe('the content watcher', () => {
  it('reports a save by sed -i as the file saved, and no scratch file of other tools', async () => {
    const locale = join(tmp, 'scratch', 'content', 'lv-LV');
    mkdirSync(locale, { recursive: true });
    const file = join(locale, 'x.md');
    writeFileSync(file, 'text\n');
    const seen: string[] = [];
    watcher = watchFolderTree(join(tmp, 'scratch', 'content'), (path) => { seen.push(path); }, () => {});
    await saveUntilSeen(file, seen); // the watch is in place
    seen.length = 0;

    expect(spawnSync('sed', ['-i', 's/text/edited/', file]).status).toBe(0);
    for (const name of ['x.md.tmp', 'x.md.bak', 'x.md.orig', 'sedAbC123', 'notes']) {
      writeFileSync(join(locale, name), 'scratch\n');
      unlinkSync(join(locale, name));
    }
    // inotify reports a folder's changes in order: once this save is seen, any scratch file would have been.
    await saveUntilSeen(file, seen);
    expect(readFileSync(file, 'utf8')).toMatch(/^edited\n/);
    expect([...new Set(seen)]).toEqual([file]);
  });

  it('still reports what the build reads: markdown by any name, any file in a media folder, a linked PDF, a new folder', async () => {
    const root = join(tmp, 'content-changes', 'content');
    const locale = join(root, 'lv-LV');
    mkdirSync(join(locale, 'media'), { recursive: true });
    writeFileSync(join(locale, 'x.md'), 'text\n');
    const seen: string[] = [];
    watcher = watchFolderTree(root, (path) => { seen.push(path); }, () => {});
    await saveUntilSeen(join(locale, 'x.md'), seen);
    const made = [join(locale, 'y.markdown'), join(locale, 'media', 'diagram.svg'), join(locale, 'media', 'NOTICE'), join(locale, 'guide.pdf'), join(root, 'README.md')];
    for (const path of made) {
      writeFileSync(path, 'content\n');
      await reported(path, seen);
    }
    mkdirSync(join(locale, 'sub'));
    await reported(join(locale, 'sub'), seen);
    rmSync(join(locale, 'sub'), { recursive: true });
    seen.length = 0;
    await reported(join(locale, 'sub'), seen); // a folder gone is a change too
  });

  it('reports a folder made and removed at once both times (before the watcher has looked into it)', async () => {
    const locale = join(tmp, 'folder-flash', 'content', 'lv-LV');
    mkdirSync(locale, { recursive: true });
    const seen: string[] = [];
    watcher = watchFolderTree(join(tmp, 'folder-flash', 'content'), (path) => { seen.push(path); }, () => {});
    await pause(100);
    const sub = join(locale, 'sub');
    mkdirSync(sub);
    while (!seen.includes(sub)) await pause(2);
    rmSync(sub, { recursive: true });
    seen.length = 0;
    await reported(sub, seen);
  });
});

describe('tolk serve', () => {
  it('rebuilds once for a sed -i save, naming only the file saved; a scratch file alone rebuilds nothing', async () => {
    const dir = contentCopy(join(tmp, 'serve'), ['Excel-crashing', 'access-reviews']);
    const serving = startServe(dir, ['--port', '0', '--no-search', '--no-qa']);
    await openUrl(serving, 60_000);
    const stdout = serving.stdout;
    const rebuilds = () => stdout().split('\n').filter((line) => line.startsWith('rebuilding'));

    const rebuilt = (count: number) => waitFor(() => `rebuild ${count}: ${stdout()}\n${serving.stderr()}`,
      () => (stdout().match(/^rebuilt in /gm) ?? []).length >= count, 60_000);
    // The watcher reports a folder's changes in order, and the rebuilds take them in order: once a
    // real save after a scratch file has been rebuilt for, the scratch file has had its chance to
    // rebuild (a line of its own before) or to be named (in the same one). No fixed wait.
    const other = join(dir, 'content', 'lv-LV', 'access-reviews.md');
    const otherSaved = 'rebuilding (content/lv-LV/access-reviews.md changed)…';

    // A tool's scratch file, written (and left while a real save is rebuilt for, so that one that
    // counted would be named): nothing to rebuild for.
    const scratch = join(dir, 'content', 'lv-LV', 'Excel-crashing.md.tmp');
    writeFileSync(scratch, 'scratch\n');
    appendFileSync(other, '\n');
    await rebuilt(1);
    expect(rebuilds()).toEqual([otherSaved]);

    // Removed, then a save by sed -i: one rebuild, naming only the file saved.
    unlinkSync(scratch);
    const file = join(dir, 'content', 'lv-LV', 'Excel-crashing.md');
    expect(spawnSync('sed', ['-i', 's/Vai programma Excel bieži avarē?/Vai Excel bieži avarē?/', file]).status).toBe(0);
    await rebuilt(2);
    // No second rebuild follows for sed's own scratch file: the next rebuild is the next save's.
    appendFileSync(other, '\n');
    await rebuilt(3);
    expect(rebuilds()).toEqual([otherSaved, 'rebuilding (content/lv-LV/Excel-crashing.md changed)…', otherSaved]);
    expect(stdout()).toMatch(/^rebuilt in [\d.]+ s.* \(content\/lv-LV\/Excel-crashing\.md changed\)$/m);
    expect(stdout()).not.toMatch(/more changed/);
  });
});
