/**
 * Text that was not UTF-8 (read with U+FFFD in place of its bad bytes) is no translation: it must
 * not become the "usual translation" that inconsistent-translation quotes to the other files.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/run.js';
import { readAndAlign } from '../../src/pipeline.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const DOC = 'access-reviews';

/** content/ plus two copies of lv-LV/access-reviews.md whose translations have a byte that is not UTF-8. */
function contentWithUndecodedCopies(): string {
  const dir = join(tempDir('tolk-undecoded-'), 'content');
  cpSync(CONTENT, dir, { recursive: true });
  const text = readFileSync(join(dir, 'lv-LV', `${DOC}.md`));
  // 0xFF after each translated span's opening tag: every translation of the copies is damaged.
  const open = Buffer.from('<span data-ttu-id="');
  const parts: Buffer[] = [];
  let at = 0;
  for (let i = text.indexOf(open); i !== -1; i = text.indexOf(open, i + 1)) {
    const tagEnd = text.indexOf('">', i) + 2;
    parts.push(text.subarray(at, tagEnd), Buffer.from([0xff]));
    at = tagEnd;
  }
  parts.push(text.subarray(at));
  for (const copy of ['damaged-a', 'damaged-b']) writeFileSync(join(dir, 'lv-LV', `${copy}.md`), Buffer.concat(parts));
  return dir;
}

describe('corpus statistics leave out text that was not UTF-8', () => {
  const report = runChecks(readAndAlign(contentWithUndecodedCopies()));

  it('no inconsistent-translation finding quotes replacement characters as the usual translation', () => {
    const inconsistent = report.findings.filter((f) => f.check === 'inconsistent-translation');
    expect(inconsistent.filter((f) => f.message.includes('\ufffd'))).toEqual([]);
    expect(inconsistent.filter((f) => f.document === DOC)).toEqual([]);
  });

  it('the damaged copies are still reported, as damaged files', () => {
    const damaged = report.findings.filter((f) => f.check === 'damaged-file' && f.document.startsWith('damaged-'));
    expect(damaged.map((f) => f.document).sort()).toEqual(['damaged-a', 'damaged-b']);
    expect(damaged.every((f) => /not valid UTF-8/.test(f.message))).toBe(true);
  });
});
