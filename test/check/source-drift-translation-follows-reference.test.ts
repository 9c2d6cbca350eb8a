/**
 * source-drift (and the page's "English changed" banner, which shares its rule) leaves out a
 * translation that already follows the reference English: nb-NO were-here-to-help b0623-102 has
 * "We're here to help!" as its English where lv-LV has "We're here to help", and is translated "Vi er
 * her for å hjelpe", without the "!". Both files come from the same source commit (75262ca) and
 * hand-off (01/22/2020); lv-LV is the reference only as the first of two equal hand-offs.
 */
import { describe, expect, it } from 'vitest';
import { sourceDrift } from '../../src/check/checks/source-drift.js';
import { changedEnglish } from '../../src/check/drift.js';
import { CONTENT, editedCorpus, hitsOf, realCorpus, unitOf } from './helpers.js';

const SLUG = 'were-here-to-help';
const nbWith = (from: string, to: string) => editedCorpus(CONTENT, SLUG, 'nb-NO', from, to);

describe('source-drift: a translation that already ends as the reference English does', () => {
  const corpus = realCorpus(CONTENT, [SLUG]);

  it('does not report nb-NO b0623-102 "Vi er her for å hjelpe" (its English "help!", lv-LV\'s "help")', () => {
    const unit = unitOf(corpus, SLUG, 'nb-NO', 'b0623-102');
    expect(unit.flags).toContainEqual({ flag: 'drift', locale: 'nb-NO' });
    expect(hitsOf(sourceDrift, corpus, SLUG, 'nb-NO', 'b0623-102')).toEqual([]);
    expect(changedEnglish(unit, 'nb-NO')).toBeNull();
  });

  it('still reports it when the translation keeps the "!" of its own English', () => {
    const edited = nbWith('">Vi er her for å hjelpe<', '">Vi er her for å hjelpe!<');
    expect(hitsOf(sourceDrift, edited, SLUG, 'nb-NO', 'b0623-102')).toHaveLength(1);
  });

  it('still reports a change of words, whatever the translation ends with', () => {
    const edited = nbWith('data-stu-id="b0623-102">We\'re here to help!<', 'data-stu-id="b0623-102">We are here to help<');
    expect(hitsOf(sourceDrift, edited, SLUG, 'nb-NO', 'b0623-102')).toHaveLength(1);
  });
});
