/**
 * untranslated recall: English left as it was but for a full stop, a moved link or a capital is
 * still untranslated; a name whose case MT changed is not. Real segments of the shared corpus,
 * cited by document and segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { untranslated } from '../../src/check/checks/untranslated.js';
import { covered, hitsOnSegment } from './helpers.js';

const hitsFor = hitsOnSegment(untranslated);

describe('untranslated: English copied with small changes', () => {
  it('flags nb-NO prepare-to-prov-users-thru-dir-synch-to-office365 f4c6c-102, the English with a full stop added', () => {
    const target = 'Prepare to provision users through directory synchronization to Office 365.';
    const hits = hitsFor('nb-NO', 'commercial-dialogues/prepare-to-prov-users-thru-dir-synch-to-office365', 'f4c6c-102', target,
      'Prepare to provision users through directory synchronization to Office 365');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toMatch(/^the translation is the English with only punctuation, markup or letter case changed \(\d+ words such as "Prepare", "to", "provision"/);
    expect(covered(target, hits[0].highlights!.target![0])).toBe('Prepare');
  });

  it('flags nb-NO conditional-access-with-intune bd47b-114, the English with "online" capitalized', () => {
    expect(hitsFor('nb-NO', 'conditional-access-with-intune', 'bd47b-114',
      'To protect Email (Exchange Online) from access by noncompliant devices, both documents must be followed:',
      'To protect Email (Exchange online) from access by noncompliant devices, both documents must be followed:')).toHaveLength(1);
  });

  it('flags lv-LV billing-for-reserved-instance-purchase 82a33-173, the English with a link moved by a word', () => {
    expect(hitsFor('lv-LV', 'billing-for-reserved-instance-purchase', '82a33-173',
      'Sign into the [Azure Account Center](https://account.windowsazure.com/Subscriptions) as the Account [Admin](https://docs.microsoft.com/azure/billing/billing-subscription-transfer?WT.mc_id=Portal-Microsoft_Azure_Support#whoisaa)',
      'Sign into the [Azure Account Center](https://account.windowsazure.com/Subscriptions) as the [Account Admin](https://docs.microsoft.com/azure/billing/billing-subscription-transfer?WT.mc_id=Portal-Microsoft_Azure_Support#whoisaa)')).toHaveLength(1);
  });

  it('does not flag a name whose case MT changed: lv-LV "Microsoft Defender for endpoint" (deccc-109), "Azure Portal" (485c4-111)', () => {
    expect(hitsFor('lv-LV', 'commercial-dialogues/licenses-for-microsoft-365-defender', 'deccc-109',
      'Microsoft Defender for endpoint', 'Microsoft Defender for Endpoint')).toEqual([]);
    expect(hitsFor('lv-LV', 'transfer-services-move-all-rdfe-services-to-another-subscription', '485c4-111', 'Azure Portal', 'Azure portal')).toEqual([]);
  });

  it('does not flag a translation that keeps the English words but not their order or all of them', () => {
    expect(hitsFor('nb-NO', 'x', 'a-101', 'Prepare users to provision through directory synchronization to Office 365.',
      'Prepare to provision users through directory synchronization to Office 365')).toEqual([]);
  });
});
