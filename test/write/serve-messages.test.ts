/**
 * What `tolk serve` says a save did, in its "rebuilding (…)…" and "rebuilt in … (…)" lines. It
 * said "changed" for everything: a file renamed was "a.md and 1 more changed" (naming only one
 * of the two), a file deleted or added was "changed". Now it says what happened: "a.md renamed to
 * b.md", "a.md deleted", "b.md added", and for a file deleted and another made "a.md deleted,
 * b.md added". The paths' states (inode, size, modification time) are compared with those seen
 * before, since fs.watch says only 'rename' for all of these.
 */
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changesLine } from '../../src/cli/commands/changes-line.js';
import { PathStates } from '../../src/write/file-changes.js';
import { contentCopy, openUrl, pause, startServe, stopServes, waitFor, type Serving } from '../helpers/serve.js';
import { CONTENT } from '../helpers/corpus.js';

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-serve-messages-')); });
afterEach(() => { stopServes(); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

/** A folder with two real advisories, tracked as `tolk serve` tracks its content folder at start. */
function tracked(name: string): { locale: string; states: PathStates; said: (paths: string[]) => string } {
  const locale = join(tmp, name, 'lv-LV');
  mkdirSync(locale, { recursive: true });
  for (const doc of ['Excel-crashing', 'access-reviews']) copyFileSync(join(CONTENT, 'lv-LV', `${doc}.md`), join(locale, `${doc}.md`));
  const states = new PathStates();
  states.track(join(tmp, name));
  // As the rebuild queue gives them: sorted.
  return { locale, states, said: (paths) => changesLine(states.changes([...paths].sort())) };
}

describe('what a batch of changes did', () => {
  it('tells a rename, a deletion, an addition and a change apart, for one file and for several', async () => {
    const { locale, said } = tracked('kinds');
    const [excel, reviews] = [join(locale, 'Excel-crashing.md'), join(locale, 'access-reviews.md')];

    renameSync(reviews, join(locale, 'reviews.md'));
    expect(said([reviews, join(locale, 'reviews.md')])).toBe(`${reviews} renamed to reviews.md`);
    unlinkSync(join(locale, 'reviews.md'));
    expect(said([join(locale, 'reviews.md')])).toBe(`${locale}/reviews.md deleted`);
    copyFileSync(join(CONTENT, 'lv-LV', 'access-reviews.md'), reviews);
    expect(said([reviews])).toBe(`${reviews} added`);
    appendFileSync(excel, '\n');
    expect(said([excel])).toBe(`${excel} changed`);

    // Two of a kind name both; more say how many; kinds in a fixed order, each named once.
    appendFileSync(reviews, '\n');
    expect(said([excel, reviews])).toBe(`${excel} and access-reviews.md changed`);
    for (const n of [1, 2, 3]) writeFileSync(join(locale, `new-${n}.md`), `# ${n}\n`);
    renameSync(excel, join(locale, 'excel.md'));
    appendFileSync(reviews, '\n');
    expect(said([excel, join(locale, 'excel.md'), reviews, ...[1, 2, 3].map((n) => join(locale, `new-${n}.md`))]))
      .toBe(`${excel} renamed to excel.md, new-1.md and 2 more added, access-reviews.md changed`);
  });

  it('says a file deleted and another one made as that, not as a rename, even at the same size', async () => {
    const { locale, said } = tracked('replaced');
    const excel = join(locale, 'Excel-crashing.md');
    const text = readFileSync(excel);
    await pause(50); // a new file's modification time differs from the deleted one's (timestamps tick every few ms)
    unlinkSync(excel);
    writeFileSync(join(locale, 'Excel.md'), text); // the system may give it the deleted file's inode
    expect(said([excel, join(locale, 'Excel.md')])).toBe(`${excel} deleted, Excel.md added`);
  });

  it('leaves out a name that was there neither before nor after: a file renamed and renamed back is changed', () => {
    const { locale, said } = tracked('back');
    const [reviews, other] = [join(locale, 'access-reviews.md'), join(locale, 'reviews.md')];
    renameSync(reviews, other);
    appendFileSync(other, '\n');
    renameSync(other, reviews);
    expect(said([reviews, other])).toBe(`${reviews} changed`);
  });

  it('follows a file into a new folder and across folders; a folder deleted is said once, not file by file', () => {
    const { locale, said } = tracked('folders');
    const excel = join(locale, 'Excel-crashing.md');
    // The file lands before the new folder is watched: only the folder is reported.
    mkdirSync(join(locale, 'sub'));
    renameSync(excel, join(locale, 'sub', 'Excel-crashing.md'));
    expect(said([excel, join(locale, 'sub')])).toBe(`${excel} moved to ${locale}/sub/Excel-crashing.md, ${locale}/sub added`);
    const nb = join(tmp, 'folders', 'nb-NO');
    mkdirSync(nb);
    renameSync(join(locale, 'sub', 'Excel-crashing.md'), join(nb, 'Excel-crashing.md'));
    expect(said([join(locale, 'sub', 'Excel-crashing.md'), join(nb, 'Excel-crashing.md')]))
      .toBe(`${locale}/sub/Excel-crashing.md moved to ${nb}/Excel-crashing.md`);
    rmSync(locale, { recursive: true });
    expect(said([locale, join(locale, 'access-reviews.md'), join(locale, 'sub')])).toBe(`${locale} deleted`);
  });
});

const lines = (s: Serving, start: string) => s.stdout().split('\n').filter((line) => line.startsWith(start));

/** Makes a change and returns the "rebuilding" and "rebuilt" lines of the rebuild after it. */
async function rebuildAfter(s: Serving, change: () => void): Promise<string[]> {
  const before = lines(s, 'rebuilt in ').length;
  change();
  await waitFor(() => `a rebuild: ${s.stdout()}\n${s.stderr()}`, () => lines(s, 'rebuilt in ').length > before, 30_000);
  return [lines(s, 'rebuilding ')[before], lines(s, 'rebuilt in ')[before]];
}

describe('tolk serve', () => {
  it('says a file renamed, deleted or added as that, when the rebuild starts and when it is done', async () => {
    const dir = contentCopy(join(tmp, 'serve'), ['Excel-crashing', 'access-reviews']);
    const locale = join(dir, 'content', 'lv-LV');
    const s = startServe(dir, ['--port', '0', '--no-search', '--no-qa']);
    await openUrl(s, 60_000);

    const [renaming, renamed] = await rebuildAfter(s, () => renameSync(join(locale, 'access-reviews.md'), join(locale, 'reviews.md')));
    expect(renaming).toBe('rebuilding (content/lv-LV/access-reviews.md renamed to reviews.md)…');
    expect(renamed).toMatch(/^rebuilt in [\d.]+ s.* \(content\/lv-LV\/access-reviews\.md renamed to reviews\.md\)$/);

    const [deleting, deleted] = await rebuildAfter(s, () => unlinkSync(join(locale, 'reviews.md')));
    expect(deleting).toBe('rebuilding (content/lv-LV/reviews.md deleted)…');
    expect(deleted).toMatch(/ \(content\/lv-LV\/reviews\.md deleted\)$/);

    const [adding, added] = await rebuildAfter(s, () => copyFileSync(join(CONTENT, 'lv-LV', 'access-reviews.md'), join(locale, 'access-reviews.md')));
    expect(adding).toBe('rebuilding (content/lv-LV/access-reviews.md added)…');
    expect(added).toMatch(/ \(content\/lv-LV\/access-reviews\.md added\)$/);
    expect(s.stdout()).not.toMatch(/and 1 more/);
  });

  it('says when the last warning is fixed that none are left', async () => {
    const dir = contentCopy(join(tmp, 'fixed'), ['Excel-crashing']);
    const file = join(dir, 'content', 'lv-LV', 'Excel-crashing.md');
    const text = readFileSync(file, 'utf8');
    appendFileSync(file, '\nSkatiet [rokasgrāmatu](guide.pdf).\n');
    const s = startServe(dir, ['--port', '0', '--no-search', '--no-qa']);
    await openUrl(s, 60_000);
    expect(s.stderr()).toMatch(/link-not-found\] link to "guide\.pdf"/);

    const [, fixed] = await rebuildAfter(s, () => writeFileSync(file, text));
    // It was "rebuilt in 0.2 s, 1 fixed (…)".
    expect(fixed).toMatch(/^rebuilt in [\d.]+ s: 1 fixed, none left \(content\/lv-LV\/Excel-crashing\.md changed\)$/);
  });
});
