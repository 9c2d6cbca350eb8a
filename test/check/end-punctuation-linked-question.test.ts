/**
 * end-punctuation precision: the question mark of a linked article's title is not the English
 * sentence's ending. Real segments of the shared corpus, cited by document and segment id, copied
 * verbatim; the locale's ending habits are left out, so only the rule itself decides.
 */
import { describe, expect, it } from 'vitest';
import { endPunctuation } from '../../src/check/checks/end-punctuation.js';
import { hitsOnSegment } from './helpers.js';

const hitsFor = hitsOnSegment(endPunctuation, { endingHabits: {} });

const BALANCE = '[What if I have an outstanding balance?](https://docs.microsoft.com/microsoft-365/commerce/billing-and-payments/pay-for-your-subscription#what-if-i-have-an-outstanding-balance)';
const SALDO = '[Hva hvis jeg har en utestående saldo?](https://docs.microsoft.com/microsoft-365/commerce/billing-and-payments/pay-for-your-subscription#what-if-i-have-an-outstanding-balance)';

describe('end-punctuation: a linked title\'s question mark', () => {
  it('does not flag nb-NO billing-or-invoice-faq 4f636-106, which moves the link and ends with a full stop', () => {
    expect(hitsFor('nb-NO', 'billing-or-invoice-faq', '4f636-106', `${SALDO} for å løse dette.`, `To resolve, see ${BALANCE}`)).toEqual([]);
  });

  it('does not flag nb-NO payment-options 26d86-111 ("Se […saldo?](…) for mer informasjon.")', () => {
    expect(hitsFor('nb-NO', 'payment-options', '26d86-111', `Se ${SALDO} for mer informasjon.`, `For more information, see ${BALANCE}`)).toEqual([]);
  });

  it('still accepts a sentence\'s question mark moved into the link text (lv-LV microsoft-teams-exploratory-experience 37452-103)', () => {
    expect(hitsFor('lv-LV', 'microsoft-teams-exploratory-experience', '37452-103',
      'Kas ir [Teams exploratory?](https://docs.microsoft.com/microsoftteams/teams-exploratory)',
      'What is [Teams Exploratory](https://docs.microsoft.com/microsoftteams/teams-exploratory)?')).toEqual([]);
  });

  it('still flags a question turned into a statement (lv-LV test-test 5baa3-111)', () => {
    const hits = hitsFor('lv-LV', 'test-test', '5baa3-111',
      'J: ja ierīce jau ir šifrēta ar BitLocker, izmantojot OS noklusējuma iestatījumus šifrēšanas metodei un Cipher Strength (XTS-AES-128), tiks lietota politika ar dažādiem iestatījumiem, kas automātiski aktivizēs ar jaunajiem iestatījumiem atkārtoti šifrētu disku.',
      'Q: If a device is already encrypted with Bitlocker using the OS default settings for encryption method and cipher strength (XTS-AES-128)  will applying a policy with different settings automatically trigger re-encryption of the drive with the new settings?');
    expect(hits.map((h) => h.message)).toEqual(['the English ends with a question mark, the translation with a full stop']);
  });
});
