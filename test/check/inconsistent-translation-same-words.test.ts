/**
 * inconsistent-translation leaves out two translations in the same words that differ only in
 * punctuation, in where bold or a link falls, or in word order outside a UI path; it still reports
 * a word missing, a split compound and words moved across a path's ">". Real segments of the
 * shared corpus, copied verbatim, each beside the translation the report held up.
 */
import { describe, expect, it } from 'vitest';
import { inconsistentTranslation } from '../../src/check/checks/inconsistent-translation.js';
import type { AlignedCorpus } from '../../src/model.js';
import { corpusOf, hitsOf, segmentFile } from './helpers.js';

/**
 * `own` (the unit checked, in document "own") and the usual translation of the same English in two
 * other documents, so that it is the most used.
 */
function corpusWith(locale: string, english: string, own: string, usual: string, usualEnglish = english): AlignedCorpus {
  return corpusOf([
    segmentFile(locale, 'own', [['aaaaa-102', own, english]]),
    segmentFile(locale, 'usual-1', [['bbbbb-102', usual, usualEnglish]]),
    segmentFile(locale, 'usual-2', [['ccccc-102', usual, usualEnglish]]),
  ]);
}

const messages = (corpus: AlignedCorpus, locale: string) => hitsOf(inconsistentTranslation, corpus, 'own', locale, 'aaaaa-102').map((h) => h.message);

describe('inconsistent-translation: the same words', () => {
  it('does not report lv-LV azure-subscription-payment-change cc259-111, the usual translation\'s words in another order', () => {
    expect(messages(corpusWith('lv-LV', 'A credit card form will appear on the right.',
      'Kredītkartes veidlapa tiks parādīta labajā pusē.', 'Labajā pusē tiks parādīta kredītkartes veidlapa.'), 'lv-LV')).toEqual([]);
  });

  it('does not report lv-LV azure-download-copy-of-my-bill 01f69-108, whose bold and comma fall elsewhere', () => {
    expect(messages(corpusWith('lv-LV', 'Click **Download Invoice** to view a copy of your PDF invoice.',
      'Noklikšķiniet uz **Lejupielādēt rēķinu**, lai skatītu sava PDF rēķina kopiju.',
      'Noklikšķiniet **uz Lejupielādēt rēķinu,** lai skatītu sava PDF rēķina kopiju.'), 'lv-LV')).toEqual([]);
  });

  it('still reports nb-NO fix-audio-quality-bluetooth 26229-111 "Bluetooth enheten" (a split compound) against "Bluetooth-enheten"', () => {
    expect(messages(corpusWith('nb-NO', 'Select the Bluetooth device, and make sure the **Stereo** option is selected.',
      'Velg Bluetooth enheten, og kontroller at **stereoalternativet** er valgt.',
      'Velg Bluetooth-enheten, og kontroller at **stereoalternativet** er valgt.'), 'nb-NO')).toHaveLength(1);
  });

  it('still reports nb-NO review-or-act-on-an-alert ad5e8-105 "**Varsler Vis** > [varsler]": the words moved across the path\'s ">"', () => {
    expect(messages(corpusWith('nb-NO', 'Click **Alerts** > **[View alerts](https://go.microsoft.com/fwlink/?linkid=2103301)**.',
      'Klikk **Varsler Vis**  >  **[varsler](https://go.microsoft.com/fwlink/?linkid=2103301)**.',
      'Klikk **varsler** > **Vis varsler**.', 'Click **Alerts** > **View alerts**.'), 'nb-NO')).toHaveLength(1);
  });

  it('still reports nb-NO alchemychange-your-password-in-outlook-com 37c9f-103, whose words differ in "Outlook.com" alone', () => {
    const english = 'If you forgot your Outlook.com password, go to the [Microsoft account password reset page](https://go.microsoft.com/fwlink/p/?linkid=841909).';
    expect(messages(corpusWith('nb-NO', english,
      'Hvis du har glemt passordet Outlook.com, går du til siden for tilbakestilling av [passord for Microsoft-konto.](https://go.microsoft.com/fwlink/p/?linkid=841909)',
      'Hvis du har glemt passordet, går du til siden for tilbakestilling av [passord for Microsoft-konto.](https://go.microsoft.com/fwlink/p/?linkid=841909)'), 'nb-NO')).toHaveLength(1);
  });
});
