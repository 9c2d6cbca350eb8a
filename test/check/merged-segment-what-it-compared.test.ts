/**
 * merged-segment says what it compared: a merged translation that has every sentence, number, link
 * and bold of the English run says so, one that lacks some names the checks that report what. Real segments of
 * the shared corpus (all 8 merged segments there are complete translations).
 */
import { describe, expect, it } from 'vitest';
import { mergedSegment } from '../../src/check/checks/merged-segment.js';
import { sentenceCount } from '../../src/check/sentences.js';
import { CORPUS, editedCorpus, hasCorpus, hitsOf, realCorpus } from './helpers.js';

const SKYPE = 'setting-up-your-o365-business-essentials-subscription';
const RESTORE = 'restore-an-office-365-group-using-eac\u200b\u200b\u200b\u200b\u200b\u200b\u200b';

/** The real files of `slug`, the nb-NO one with `from` replaced by `to`. */
const nbEdited = (slug: string, from: string, to: string) => editedCorpus(CORPUS, slug, 'nb-NO', from, to);

describe.skipIf(!hasCorpus)('merged-segment', () => {
  it('says that nb-NO 9696d-p105 has both sentences, the number 250 and the link, rather than asking to check by hand', () => {
    const hits = hitsOf(mergedSegment, realCorpus(CORPUS, [SKYPE]), SKYPE, 'nb-NO', '9696d-p105');
    expect(hits.map((h) => h.message)).toEqual([
      '9696d-p105 is one merged segment for 2 English segments (118, 119): the translation has both sentences ' +
      "and the English's number 250 and link; nothing seems left out",
    ]);
  });

  it('names the checks that report the lost sentence, number and link when the second sentence of 9696d-p105 is dropped and the link unlinked', () => {
    const corpus = nbEdited(SKYPE,
      '[installere Skype_for_Business](https://support.office.com/Article/download-and-install-Skype-for-Business-8a0d4da8-9d58-44f9-9759-5c8f340cb3fb) på alle deres PC-er, Mac-maskiner, nettbrett og telefoner. Da kan dere se påloggingsstatusen til kollegene deres, starte chatter fra andre Office-programmer og være verter for videomøter med opptil 250 deltakere.',
      'installere Skype for Business på alle deres PC-er, Mac-maskiner, nettbrett og telefoner.');
    const [hit] = hitsOf(mergedSegment, corpus, SKYPE, 'nb-NO', '9696d-p105');
    expect(hit.message).toBe('9696d-p105 is one merged segment for 2 English segments (118, 119): ' +
      'compared for sentences, numbers, links, placeholders, code and bold, the translation differs from the English ' +
      'as sentence-count, number-mismatch and url-mismatch report on this segment');
  });

  it('counts the 3 sentences of nb-NO 50e51-p101, whose first English sentence ends in bold ("choose **groups**. You")', () => {
    const [hit] = hitsOf(mergedSegment, realCorpus(CORPUS, [RESTORE]), RESTORE, 'nb-NO', '50e51-p101');
    expect(hit.message).toMatch(/\(104, 105, 106\): the translation has all 3 sentences and the English's bold; nothing seems left out$/);
    expect(sentenceCount('In the Exchange admin center, select **recipients**, and then choose **groups**. You can view whether the group is Active or soft Deleted.')).toBe(2);
  });

  it('counts a sentence ending in a one-letter key inside bold, as both sides of lv-LV use-snip-and-sketch fb474-105 write it', () => {
    expect(sentenceCount("Press the **Windows logo key + Shift + S**. You'll see your screen darken and your cursor displayed as a cross.")).toBe(2);
    expect(sentenceCount('Nospiediet **Windows logotipa taustiņu + Shift + S.** Jūsu ekrāns būs tumšāks un kursors būs redzams kā krusts.')).toBe(2);
  });

  it('names markup-mismatch, which reports the bold the translation of 50e51-p101 lost', () => {
    const corpus = nbEdited(RESTORE, 'Velg **mottakere** og **grupper**', 'Velg mottakere og grupper');
    const [hit] = hitsOf(mergedSegment, corpus, RESTORE, 'nb-NO', '50e51-p101');
    expect(hit.message).toMatch(/the translation differs from the English as markup-mismatch reports on this segment$/);
  });
});
