/**
 * After a rebuild `tolk serve` prints only the warnings that are new and counts those fixed. A
 * warning that a line added above it merely moved is neither: it was printed again and counted
 * as "1 new, 1 fixed", so every edit near the top of a file with warnings claimed fixes and new
 * problems that were not there.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentCopy, openUrl, startServe, stopServes, waitFor, type Serving } from '../helpers/serve.js';

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-serve-moved-')); });
afterEach(() => { stopServes(); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

const rebuiltLines = (s: Serving) => s.stdout().split('\n').filter((line) => line.startsWith('rebuilt in '));

/** Makes a change and returns the line that says the rebuild after it is done. */
async function rebuiltAfter(s: Serving, change: () => void): Promise<string> {
  const before = rebuiltLines(s).length;
  change();
  await waitFor(() => `a rebuild: ${s.stdout()}\n${s.stderr()}`, () => rebuiltLines(s).length > before, 30_000);
  return rebuiltLines(s)[before];
}

const guideWarnings = (s: Serving) => s.stderr().split('\n').filter((line) => line.includes('link to "guide.pdf"'));

describe('tolk serve', () => {
  it('does not call a warning that a line added above it moved new (nor fixed); a new or fixed one it does', async () => {
    const dir = contentCopy(join(tmp, 'site'), ['Excel-crashing']);
    const file = join(dir, 'content', 'lv-LV', 'Excel-crashing.md');
    appendFileSync(file, '\nSkatiet [rokasgrāmatu](guide.pdf).\n');
    const s = startServe(dir, ['--port', '0', '--no-search', '--no-qa']);
    await openUrl(s, 60_000);
    expect(guideWarnings(s)).toHaveLength(1);
    const [, line] = /Excel-crashing\.md:(\d+):/.exec(guideWarnings(s)[0])!;

    const moved = await rebuiltAfter(s, () => writeFileSync(file, readFileSync(file, 'utf8').replace(/^# /m, 'Ievads.\n\n# ')));
    expect(moved).toMatch(/^rebuilt in [\d.]+ s: 1 warning \(content\/lv-LV\/Excel-crashing\.md changed\)$/);
    expect(guideWarnings(s)).toHaveLength(1); // not printed again
    expect(guideWarnings(s)[0]).toContain(`Excel-crashing.md:${line}:`);

    const added = await rebuiltAfter(s, () => appendFileSync(file, '\nUn [vēl vienu](manual.pdf).\n'));
    expect(added).toMatch(/: 2 warnings, 1 new \(/);
    expect(s.stderr()).toMatch(/warning \[link-not-found\] link to "manual\.pdf"/);

    const fixed = await rebuiltAfter(s, () => writeFileSync(file, readFileSync(file, 'utf8').replace('Skatiet [rokasgrāmatu](guide.pdf).', '')));
    expect(fixed).toMatch(/: 1 warning, 1 fixed \(/);
  });
});
