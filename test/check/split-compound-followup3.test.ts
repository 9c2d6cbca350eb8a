/**
 * inconsistent-translation held up the most used translation even where it splits a Norwegian
 * compound that another writes whole (særskriving, a spelling error machine translation makes):
 * nb-NO solutions-for-error-30034-4 22777-104, "Start datamaskinen på nytt", was told to follow the
 * four units that read "Start data maskinen på nytt". The split ones are now reported, named the
 * one that writes the word whole. Real segments of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { inconsistentTranslation } from '../../src/check/checks/inconsistent-translation.js';
import { corpusOf, hitsOf, segmentFile } from './helpers.js';

const EN = 'Restart your computer and try [installing Office](https://portal.office.com/OLS/MySoftware.aspx).';
const WHOLE = 'Start datamaskinen på nytt, og [prøv å installere Office](https://portal.office.com/OLS/MySoftware.aspx).';
const SPLIT = 'Start data maskinen på nytt, og prøv å [installere Office](https://portal.office.com/OLS/MySoftware.aspx).';

const corpus = corpusOf([
  segmentFile('nb-NO', 'solutions-for-error-30034-4', [['22777-104', WHOLE, EN]]),
  segmentFile('nb-NO', 'solutions-for-error-30015-25', [['2e3d1-104', SPLIT, EN]]),
  segmentFile('nb-NO', 'solutions-for-error-30015-4', [['962c1-103', SPLIT, EN]]),
  segmentFile('nb-NO', 'solutions-for-error-30088-4', [['07560-104', SPLIT, EN]]),
]);
const messages = (slug: string, id: string) => hitsOf(inconsistentTranslation, corpus, slug, 'nb-NO', id).map((h) => h.message);

describe('inconsistent-translation: a translation that splits a compound is no model', () => {
  it('does not tell the unit that writes "datamaskinen" whole to split it, however many split it', () => {
    expect(messages('solutions-for-error-30034-4', '22777-104')).toEqual([]);
  });

  it('reports the units that split it, naming the whole word', () => {
    expect(messages('solutions-for-error-30015-25', '2e3d1-104')).toEqual([
      `the same English is elsewhere translated "${WHOLE}" (e.g. solutions-for-error-30034-4 unit 104)`,
    ]);
  });

  it('still takes the most used when the variants differ by more than spaces', () => {
    const other = corpusOf([
      segmentFile('nb-NO', 'a', [['a-104', WHOLE, EN]]),
      segmentFile('nb-NO', 'b', [['b-104', WHOLE.replace('Start', 'Omstart'), EN]]),
      segmentFile('nb-NO', 'c', [['c-104', WHOLE.replace('Start', 'Omstart'), EN]]),
    ]);
    expect(hitsOf(inconsistentTranslation, other, 'a', 'nb-NO', 'a-104')).toHaveLength(1);
  });
});
