/**
 * What `tolk serve` says a batch of renames did. Several renames at once (a script renaming every
 * advisory, `git mv` of many files) read "a.md renamed to b.md and 2999 more renamed": one file
 * seemingly renamed to "b.md and 2999 more", the word twice, and files moved to another folder were
 * said to be "renamed" too. Now: "a.md and 2999 more renamed", two are both named ("a.md and c.md
 * renamed to b.md and d.md"), and moves say where they went ("a.md and 4 more moved to sub/").
 */
import { copyFileSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesLine } from '../../src/cli/commands/changes-line.js';
import { PathStates } from '../../src/write/file-changes.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const DOCS = ['Excel-crashing', 'access-reviews', 'tls-certificates', 'declined-credit-card', 'were-here-to-help'];

/** A locale folder with five real advisories and a `sub/` folder, tracked as `tolk serve` tracks its content at start. */
function tracked(): { locale: string; said: (change: () => string[]) => string } {
  const locale = join(tempDir('tolk-renames-'), 'lv-LV');
  mkdirSync(join(locale, 'sub'), { recursive: true });
  for (const doc of DOCS) copyFileSync(join(CONTENT, 'lv-LV', `${doc}.md`), join(locale, `${doc}.md`));
  const states = new PathStates();
  states.track(locale);
  // As the rebuild queue gives them: sorted.
  return { locale, said: (change) => changesLine(states.changes(change().sort())) };
}

/** Renames each file and returns both ends of every rename, as the watcher reports them. */
const renaming = (pairs: [string, string][]) => () => pairs.flatMap(([from, to]) => { renameSync(from, to); return [from, to]; });

describe('many renames at once', () => {
  it('counts renames in one folder without naming the first one\'s new name as if it were the count', () => {
    const { locale, said } = tracked();
    const line = said(renaming(DOCS.map((doc) => [join(locale, `${doc}.md`), join(locale, `old-${doc}.md`)])));
    expect(line).toBe(`${join(locale, 'Excel-crashing.md')} and 4 more renamed`);
  });

  it('names both of two renames, old names and new', () => {
    const { locale, said } = tracked();
    const line = said(renaming([['Excel-crashing', 'excel'], ['access-reviews', 'reviews']]
      .map(([from, to]) => [join(locale, `${from}.md`), join(locale, `${to}.md`)])));
    expect(line).toBe(`${join(locale, 'Excel-crashing.md')} and access-reviews.md renamed to excel.md and reviews.md`);
  });

  it('says files moved to another folder are moved, and where to', () => {
    const { locale, said } = tracked();
    const line = said(renaming(DOCS.map((doc) => [join(locale, `${doc}.md`), join(locale, 'sub', `${doc}.md`)])));
    expect(line).toBe(`${join(locale, 'Excel-crashing.md')} and 4 more moved to ${join(locale, 'sub')}/`);
    expect(readdirSync(join(locale, 'sub'))).toHaveLength(5);
  });

  it('keeps saying a single rename or move as before', () => {
    const { locale, said } = tracked();
    expect(said(renaming([[join(locale, 'Excel-crashing.md'), join(locale, 'excel.md')]])))
      .toBe(`${join(locale, 'Excel-crashing.md')} renamed to excel.md`);
    expect(said(renaming([[join(locale, 'excel.md'), join(locale, 'sub', 'excel.md')]])))
      .toBe(`${join(locale, 'excel.md')} moved to ${join(locale, 'sub', 'excel.md')}`);
  });
});
