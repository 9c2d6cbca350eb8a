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

  it('finds a split compound where the translations differ in more than spaces too (nb-NO dlp-not-working-as-expected 722e2-116)', () => {
    const en = 'To test your data with a built-in or custom sensitive information type, use the **Test type** option under **Classifications** > **Sensitive info types**.';
    const whole = 'Hvis du vil teste dataene med en innebygd eller egendefinert sensitiv informasjonstype, kan du bruke **alternativet Testtype** under **Klassifiseringer,** sensitive  >  **informasjonstyper.**';
    const split = 'Hvis du vil teste dataene med en innebygd eller egen definert, sensitiv informasjons type, bruker du **test type** alternativet under **klassifiseringer**av  >  **sensitive informasjons typer**.';
    const dlp = corpusOf([
      segmentFile('nb-NO', 'dlp-not-working-as-expected', [['722e2-116', whole, en]]),
      segmentFile('nb-NO', 'dlp-links-to-more-info', [['ada55-113', split, en]]),
    ]);
    expect(hitsOf(inconsistentTranslation, dlp, 'dlp-not-working-as-expected', 'nb-NO', '722e2-116')).toEqual([]);
    expect(hitsOf(inconsistentTranslation, dlp, 'dlp-links-to-more-info', 'nb-NO', 'ada55-113')).toHaveLength(1);
  });

  it('leaves Latvian alone, where "bez maksas" and "bezmaksas" are both words (lv-LV office-365-education-for-free 102)', () => {
    const lv = corpusOf([
      segmentFile('lv-LV', 'office-365-education-for-free', [['f4383-102', 'Office 365 Education bez maksas', 'Office 365 Education for free']]),
      segmentFile('lv-LV', 'office-365-education-for-free-2', [['a4383-102', 'Office 365 Education bez maksas', 'Office 365 Education for free']]),
      segmentFile('lv-LV', 'includes/alchemyinsights-content-updates', [['0b64c-712', 'Biroja 365 bezmaksas izglītība', 'Office 365 Education for free']]),
    ]);
    expect(hitsOf(inconsistentTranslation, lv, 'office-365-education-for-free', 'lv-LV', 'f4383-102')).toEqual([]);
    expect(hitsOf(inconsistentTranslation, lv, 'includes/alchemyinsights-content-updates', 'lv-LV', '0b64c-712')).toHaveLength(1);
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
