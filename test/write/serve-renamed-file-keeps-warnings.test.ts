/**
 * `tolk serve` prints only the warnings a rebuild did not have before. Renaming a file that has a
 * warning printed it again and said "1 warning, 1 new, 1 fixed": warnings are matched by file, and
 * the file's name had changed. A file renamed or moved keeps its warnings under its new name now.
 */
import { appendFileSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCopy, openUrl, startServe, stopServes, waitFor, type Serving } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';

afterEach(() => { stopServes(); });

const rebuilt = (s: Serving) => s.stdout().split('\n').filter((line) => line.startsWith('rebuilt in '));

async function rebuildAfter(s: Serving, change: () => void): Promise<string> {
  const before = rebuilt(s).length;
  change();
  await waitFor(() => `a rebuild: ${s.stdout()}\n${s.stderr()}`, () => rebuilt(s).length > before, 30_000);
  return rebuilt(s)[before];
}

describe('tolk serve, a file with a warning renamed', () => {
  it('says nothing new and prints the warning once', async () => {
    const dir = contentCopy(tempDir('tolk-serve-rename-'), ['Excel-crashing', 'access-reviews']);
    const locale = join(dir, 'content', 'lv-LV');
    appendFileSync(join(locale, 'Excel-crashing.md'), '\nSkatiet [rokasgrāmatu](guide.pdf).\n');
    const s = startServe(dir, ['--port', '0', '--no-search', '--no-qa']);
    await openUrl(s, 60_000);
    const warned = () => s.stderr().split('\n').filter((line) => line.includes('[link-not-found]'));
    expect(warned()).toEqual([expect.stringMatching(/^content\/lv-LV\/Excel-crashing\.md:\d+:\d+: warning \[link-not-found\] /)]);

    const renamed = await rebuildAfter(s, () => renameSync(join(locale, 'Excel-crashing.md'), join(locale, 'excel.md')));
    expect(renamed).toMatch(/^rebuilt in [\d.]+ s: 1 warning \(content\/lv-LV\/Excel-crashing\.md renamed to excel\.md\)$/);
    const moved = await rebuildAfter(s, () => { mkdirSync(join(locale, 'sub')); renameSync(join(locale, 'excel.md'), join(locale, 'sub', 'excel.md')); });
    expect(moved).toMatch(/^rebuilt in [\d.]+ s: 1 warning \(/);
    expect(warned()).toHaveLength(1);
  });
});
