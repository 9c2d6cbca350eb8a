/**
 * placeholder-mismatch: a parameter MT glued to the word before it ("Get-CsOnlineUser-Identity" for
 * "Get-CsOnlineUser -Identity") was reported as `missing "Get-CsOnlineUser", "-Identity"`: both are
 * there, written as one word, and the translator looked for a missing word. 29 findings of the
 * corpus were of this kind; the message now says which space went.
 */
import { describe, expect, it } from 'vitest';
import { placeholderMismatch } from '../../src/check/checks/placeholder-mismatch.js';
import { covered, hitsOnSegment, messagesOnSegment } from './helpers.js';

const hits = hitsOnSegment(placeholderMismatch);
const messages = messagesOnSegment(placeholderMismatch);

// nb-NO using-giphys-in-teams-conversations 8c47c-112
const GIPHY_EN = 'If you have multiple Teams Messaging policies configured for your tenant, you can determine the identity of the policy assigned to the impacted user with the PowerShell command [Get-CsOnlineUser -Identity](https://docs.microsoft.com/powershell/module/skype/get-csonlineuser?view=skype-ps) <user@domain.com> | Select TeamsMessagingPolicy.';
const GIPHY_NB = 'Hvis du har flere Teams meldings policyer konfigurert for leieren din, kan du bestemme identiteten til policyen som er tilordnet den berørte brukeren med PowerShell-kommandoen [Get-CsOnlineUser-Identity](https://docs.microsoft.com/powershell/module/skype/get-csonlineuser?view=skype-ps) <user@domain.com> | Velg TeamsMessagingPolicy.';
// lv-LV send-as-mail-enabled-public-folder b70e8-104
const SEND_AS_EN = 'Add-RecipientPermission -Identity \'NewPF1\' -Trustee "Jason" -AccessRights \'SendAs\'';
const SEND_AS_LV = 'Add-RecipientPermission-Identity "NewPF1"-pilnvarnieks "Jason"-AccessRights "SendAs"';

describe('placeholder-mismatch: a parameter glued to the word before it', () => {
  it('says the space before it is gone, not that the cmdlet and parameter are missing', () => {
    expect(messages('nb-NO', 'using-giphys-in-teams-conversations', '8c47c-112', GIPHY_NB, GIPHY_EN)).toEqual([
      'no space between "Get-CsOnlineUser" and "-Identity" (PowerShell reads them as one word)',
    ]);
  });

  it('keeps a translated parameter missing beside glued ones, and highlights both in the English', () => {
    const [hit] = hits('lv-LV', 'send-as-mail-enabled-public-folder', 'b70e8-104', SEND_AS_LV, SEND_AS_EN);
    expect(hit.message).toBe('missing "-Trustee"; no space between "Add-RecipientPermission" and "-Identity" ' +
      '(PowerShell reads them as one word); no space between the quoted value and "-AccessRights" (PowerShell reads them as one word)');
    expect(hit.highlights?.source?.map((r) => covered(SEND_AS_EN, r))).toEqual(['-Identity', '-Trustee', '-AccessRights']);
  });

  it('has nothing to say once the space is back', () => {
    expect(messages('nb-NO', 'using-giphys-in-teams-conversations', '8c47c-112', GIPHY_NB.replace('User-Identity', 'User -Identity'), GIPHY_EN)).toEqual([]);
  });
});
