/**
 * A file a page links is content for `tolk serve` whatever its type: deleting the `setup.ps1` an
 * advisory links (a type tolk does not publish, outside the media folders) rebuilds at once and
 * says the link now leads nowhere. It rebuilt nothing before, so the warning came only with the
 * next unrelated save. Scratch files beside it still rebuild nothing.
 */
import { appendFileSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { watchFolderTree, type Watcher } from '../../src/write/watch.js';
import { contentCopy, openUrl, pause, startServe, stopServes, waitFor } from '../helpers/serve.js';

let tmp: string;
let watcher: Watcher | null = null;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-serve-linked-')); });
afterEach(() => {
  watcher?.close();
  watcher = null;
  stopServes();
});
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

/** A copy of Excel-crashing whose Latvian text links `setup.ps1`, which is there. */
function linkingContent(dir: string): string {
  contentCopy(dir, ['Excel-crashing']);
  const locale = join(dir, 'content', 'lv-LV');
  appendFileSync(join(locale, 'Excel-crashing.md'), '\nPalaidiet [skriptu](setup.ps1).\n');
  writeFileSync(join(locale, 'setup.ps1'), 'Write-Host "repair"\n');
  return locale;
}

describe('the content watcher', () => {
  it('reports a linked file of any type made or deleted, and not an unlinked one or a write to it', async () => {
    const locale = linkingContent(join(tmp, 'watch'));
    const script = join(locale, 'setup.ps1');
    const seen: string[] = [];
    watcher = watchFolderTree(join(tmp, 'watch', 'content'), (path) => { seen.push(path); }, () => {}, (path) => path === script);
    // The watch is in place once a save is seen.
    const md = join(locale, 'Excel-crashing.md');
    for (const until = Date.now() + 10_000; !seen.includes(md) && Date.now() < until;) { appendFileSync(md, '\n'); await pause(25); }
    seen.length = 0;

    appendFileSync(script, 'Write-Host "again"\n'); // not published: its content is on no page
    writeFileSync(join(locale, 'other.ps1'), 'x\n');
    unlinkSync(join(locale, 'other.ps1'));
    unlinkSync(script);
    await waitFor(() => `the deletion reported; reported: ${JSON.stringify(seen)}`, () => seen.includes(script), 10_000);
    // Once: the write is not reported (a late event of the saves above may be).
    expect(seen.filter((path) => path !== md)).toEqual([script]);
    seen.length = 0;
    writeFileSync(script, 'Write-Host "back"\n');
    await waitFor(() => `the new file reported; reported: ${JSON.stringify(seen)}`, () => seen.includes(script), 10_000);
  });
});

describe('tolk serve', () => {
  it('rebuilds when a linked setup.ps1 is deleted, and says at once that the link leads nowhere', async () => {
    const dir = join(tmp, 'serve');
    const locale = linkingContent(dir);
    const serving = startServe(dir, ['--port', '0', '--no-search', '--no-qa']);
    await openUrl(serving, 60_000);
    const { stdout, stderr } = serving;
    expect(stderr()).toMatch(/\[link-not-found\] link to "setup\.ps1": the file is not copied \(the site publishes only/);

    unlinkSync(join(locale, 'setup.ps1'));
    await waitFor(() => `a rebuild after the deletion: ${stdout()}\n${stderr()}`, () => /^rebuilt in /m.test(stdout()), 30_000);
    expect(stdout()).toMatch(/^rebuilding \(content\/lv-LV\/setup\.ps1 deleted\)…$/m);
    expect(stderr()).toMatch(/^content\/lv-LV\/Excel-crashing\.md:\d+:1: warning \[link-not-found\] link to "setup\.ps1": the file is not in the content folder/m);
    expect(stdout()).toMatch(/^rebuilt in [\d.]+ s: 1 warning, 1 new, 1 fixed \(content\/lv-LV\/setup\.ps1 deleted\)$/m);
  });
});
