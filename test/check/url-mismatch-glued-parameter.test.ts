/**
 * url-mismatch on an address MT glued to the PowerShell parameter after it says a space is missing,
 * as placeholder-mismatch does, not that the parameter was "added" to the address. Real segments of
 * how-to-enable-hosted-voicemail (shared corpus), copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { urlMismatch } from '../../src/check/checks/url-mismatch.js';
import { messagesOnSegment } from './helpers.js';

const SLUG = 'how-to-enable-hosted-voicemail';
const ENGLISH = 'From PowerShell prompt the Teams Admin can run **set-csuser user@contoso.com -HostedVoiceMail $true** where the sip uri is of the user in question.';

const onSegment = messagesOnSegment(urlMismatch);
const messages = (locale: string, id: string, target: string, source = ENGLISH) => onSegment(locale, SLUG, id, target, source);

describe('url-mismatch: an address glued to the parameter after it', () => {
  it('lv-LV b7b0f-107 "user@contoso.com-HostedVoiceMail": says the space is missing', () => {
    expect(messages('lv-LV', 'b7b0f-107',
      'No PowerShell uzvednes Teams administrators var palaist **Set-csuser user@contoso.com-HostedVoiceMail $True** , kur SIP URI ir lietotāja jautājums.'))
      .toEqual(['no space between "user@contoso.com" and "-HostedVoiceMail" (PowerShell reads them as one word)']);
  });

  it('nb-NO 882ad-107 "User@contoso.com-HostedVoiceMail": the missing space, and the English\'s spelling of the address', () => {
    expect(messages('nb-NO', '882ad-107',
      'Fra PowerShell-lede tekst team administrator kan kjøre **Set-csuser User@contoso.com-HostedVoiceMail $True** der SIP-URIen er for den aktuelle brukeren.'))
      .toEqual(['no space between "User@contoso.com" and "-HostedVoiceMail" (PowerShell reads them as one word); the English writes "user@contoso.com"']);
  });

  it('still says "added" where the English has no such parameter after the address', () => {
    expect(messages('lv-LV', 'b7b0f-107',
      'No PowerShell uzvednes Teams administrators var palaist **Set-csuser user@contoso.com-HostedVoiceMail $True** , kur SIP URI ir lietotāja jautājums.',
      'From PowerShell prompt the Teams Admin can run **set-csuser user@contoso.com** where the sip uri is of the user in question.'))
      .toEqual(['"user@contoso.com" became "user@contoso.com-HostedVoiceMail" ("-HostedVoiceMail" added)']);
  });
});
