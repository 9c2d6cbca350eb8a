/**
 * inconsistent-translation: the usual translation it quotes must have this segment's links. The
 * memory key is the prose, so English that differs only in a link's address (or in having a link)
 * is "the same English", and the message quoted a unit with another address: a translator who
 * copied it changed where the link leads. It now quotes a unit whose English has the same links,
 * or, when none has, says to keep this segment's. Real segments of the shared corpus, cited by
 * document and segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { inconsistentTranslation } from '../../src/check/checks/inconsistent-translation.js';
import { corpusOf, hitsOf, segmentFile } from './helpers.js';

const corpus = corpusOf([
  segmentFile('nb-NO', 'activating-office-apps', [['c2cc5-117', 'Åpne en Office-app og [Logg av](https://go.microsoft.com/fwlink/?linkid=2114082) alle eksisterende brukerkontoer.', 'Open an Office app, and [Sign Out](https://go.microsoft.com/fwlink/?linkid=2114082) of any existing user accounts.']]),
  segmentFile('nb-NO', 'activation-sign-in-issue-another-account-is-already-signed-in', [['0f5df-104', 'Åpne et Office-program og [logg av](https://support.office.com/article/5a20dc11-47e9-4b6f-945d-478cb6d92071) eksisterende brukerkontoer.', 'Open an Office app, and [sign out](https://support.office.com/article/5a20dc11-47e9-4b6f-945d-478cb6d92071) of any existing user accounts.']]),
  segmentFile('nb-NO', 'activation-sign-in-issue-trusted-platform-module-malfunctioned', [['3f3b8-104', 'Åpne et Office-program og [logg av](https://support.office.com/article/5a20dc11-47e9-4b6f-945d-478cb6d92071) eksisterende brukerkontoer.', 'Open an Office app, and [sign out](https://support.office.com/article/5a20dc11-47e9-4b6f-945d-478cb6d92071) of any existing user accounts.']]),
  segmentFile('nb-NO', 'fixing-office-apps-message-unlicensed-product', [['4da6b-114', 'Åpne et Office-program og [logg av](https://support.office.com/article/5a20dc11-47e9-4b6f-945d-478cb6d92071) eksisterende brukerkontoer.', 'Open an Office app, and [sign out](https://support.office.com/article/5a20dc11-47e9-4b6f-945d-478cb6d92071) of any existing user accounts.']]),
  segmentFile('nb-NO', 'office-message-another-account-from-your-org-is-already-signed-in', [['0a72e-104', 'Åpne en Office-app og [Logg av](https://support.office.com/article/sign-out-of-office-5a20dc11-47e9-4b6f-945d-478cb6d92071) alle eksisterende brukerkontoer.', 'Open an Office app, and [Sign Out](https://support.office.com/article/sign-out-of-office-5a20dc11-47e9-4b6f-945d-478cb6d92071) of any existing user accounts.']]),
  segmentFile('nb-NO', 'office-message-couldnt-find-office-licenses-associated', [['f63e8-105', 'Åpne et Office-program og [Logg av](https://support.office.com/article/sign-out-of-office-5a20dc11-47e9-4b6f-945d-478cb6d92071) eksisterende brukerkontoer.', 'Open an Office app, and [Sign Out](https://support.office.com/article/sign-out-of-office-5a20dc11-47e9-4b6f-945d-478cb6d92071) of any existing user accounts.']]),
  segmentFile('nb-NO', 'sign-in-issues-with-office-apps', [['60710-104', 'Åpne et Office-app og [logg av](https://go.microsoft.com/fwlink/?linkid=2114082) eksisterende brukerkontoer.', 'Open an Office app, and [sign out](https://go.microsoft.com/fwlink/?linkid=2114082) of any existing user accounts.']]),
]);

const messages = (slug: string, id: string) => hitsOf(inconsistentTranslation, corpus, slug, 'nb-NO', id).map((h) => h.message);

describe('inconsistent-translation: the quoted usual translation keeps this segment\'s links', () => {
  it('quotes the one unit of the usual translation whose English has the same link (nb-NO 0a72e-104 and f63e8-105 link "sign-out-of-office-…")', () => {
    expect(messages('office-message-another-account-from-your-org-is-already-signed-in', '0a72e-104')).toEqual([
      'the same English is usually (4×) translated "Åpne et Office-program og [Logg av](https://support.office.com/article/sign-out-of-office-5a20dc11-47e9-4b6f-945d-478cb6d92071) eksisterende brukerkontoer." ' +
      '(e.g. office-message-couldnt-find-office-licenses-associated unit 105); 3 different translations in nb-NO',
    ]);
  });

  it('says to keep this segment\'s link when no unit of the usual translation has it (nb-NO sign-in-issues-with-office-apps 60710-104, go.microsoft.com)', () => {
    expect(messages('sign-in-issues-with-office-apps', '60710-104')).toEqual([
      'the same English is usually (4×) translated "Åpne et Office-program og [logg av](https://support.office.com/article/5a20dc11-47e9-4b6f-945d-478cb6d92071) eksisterende brukerkontoer." ' +
      '(e.g. activation-sign-in-issue-another-account-is-already-signed-in unit 104, whose English has other links: keep this one\'s); 3 different translations in nb-NO',
    ]);
  });
});
