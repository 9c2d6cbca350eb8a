/**
 * whitespace says where the space is: each kind of problem quotes the few words around it, as
 * written, so the translator can find it in a long segment (or search the file for it). Before,
 * "double space not in the English" left them to find two spaces in a 120-character sentence by
 * eye. Segments are real (shared corpus, cited by document and segment id), copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { whitespace } from '../../src/check/checks/whitespace.js';
import { hitsOf, segmentCorpus } from './helpers.js';

const messages = (locale: string, slug: string, id: string, target: string, source: string): string[] =>
  hitsOf(whitespace, segmentCorpus(locale, slug, [[id, target, source]]), slug, locale, id).map((h) => h.message);

describe('whitespace: where the space is', () => {
  it('quotes the words around a double space (nb-NO access-project-online cf1b5-107)', () => {
    expect(messages('nb-NO', 'access-project-online', 'cf1b5-107',
      'Klikk Del øverst til høyre  på hjemmesiden for Project Web App.',
      'On the Project Web App home page, click **Share** in the top right corner.'))
      .toEqual(['double space ("…til høyre  på hjemmesiden…") not in the English']);
  });

  it('quotes the last words for a trailing space (nb-NO 1-1-call-recording 232a6-112)', () => {
    expect(messages('nb-NO', '1-1-call-recording', '232a6-112',
      'Du kan også opprette en ny policy og angi **-AllowCloudRecordingForCalls** til å $true og tilordne denne policyen til brukerne. ',
      'Alternatively, you can create a new policy and set **-AllowCloudRecordingForCalls** to **$true** and assign that policy to your users.'))
      .toEqual(['trailing space ("…til brukerne. ") not in the English']);
  });

  it('quotes each problem of a segment with two (nb-NO associate-hub-sites-as-site-owner e5859-109)', () => {
    expect(messages('nb-NO', 'associate-hub-sites-as-site-owner', 'e5859-109',
      'Velg Områder fra menyen i visningen  til venstre på **skjermen,** og velg deretter Aktive nettsteder .',
      'In the display on the left side of the screen select **Sites** from the menu and then select **Active Sites**.'))
      .toEqual(['double space ("…i visningen  til venstre…"), space before punctuation ("…Aktive nettsteder .") not in the English']);
  });

  it('quotes the start and the end for a leading and a trailing space (lv-LV disable-chat-for-students afb7e-104)', () => {
    expect(messages('lv-LV', 'disable-chat-for-students', 'afb7e-104', ' Papildinformāciju skatiet rakstā ', 'For more info, see:'))
      .toEqual(['leading space (" Papildinformāciju skatiet…"), trailing space ("…skatiet rakstā ") not in the English']);
  });

  it('quotes a host name a space breaks (lv-LV error-code-550-5-7-501-access-denied-spam-abuse-detected 8765a-103)', () => {
    const [message] = messages('lv-LV', 'error-code-550-5-7-501-access-denied-spam-abuse-detected', '8765a-103',
      'Parasti šis ziņojums tiek parādīts, kad lietotāji sūta e-pasta ziņojumus no IP adresēm, izmantojot sākotnējo *. onmicrosoft.com* domēnu, kas piešķirts jaunajiem nomniekiem pakalpojumā Microsoft 365.',
      'Typically, this message occurs when users send email messages from IP addresses using the initial *.onmicrosoft.com* domain that\'s assigned to new tenants in Microsoft 365.');
    expect(message).toBe('space inside a URL or host name ("…izmantojot sākotnējo *. onmicrosoft.com* domēnu,…") not in the English');
  });

  it('counts what it does not quote: three double spaces quote two', () => {
    expect(messages('nb-NO', 'x', 'a-101', 'Velg  Fil, deretter  Lagre og så  Lukk.', 'Select File, then Save and then Close.'))
      .toEqual(['double space ("Velg  Fil, deretter…", "…Fil, deretter  Lagre og…", 1 more) not in the English']);
  });
});
