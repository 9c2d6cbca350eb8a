/**
 * whitespace recall: a space put inside a URL or host name of the English breaks it for a reader
 * who copies it ("\*. onmicrosoft.com"); url-mismatch leaves such spacing slips in text alone, so
 * this informational check names them. Real segments of the shared corpus, cited by document and
 * segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { urlMismatch } from '../../src/check/checks/url-mismatch.js';
import { whitespace } from '../../src/check/checks/whitespace.js';
import { covered, hitsOf, hitsOnSegment, messagesOnSegment, segmentCorpus } from './helpers.js';

const USERS = 'troubleshoot-user-issues';
const USERS_EN = 'If you do not have any verified custom domain names in your Azure AD, you can use your Azure AD initial domain, which ends with \\*.onmicrosoft.com.';
const onSegment = hitsOnSegment(whitespace);
const usersHits = (target: string) => onSegment('lv-LV', USERS, '492ad-113', target, USERS_EN);

describe('whitespace: spaces inside a URL or host name', () => {
  it('flags lv-LV troubleshoot-user-issues 492ad-113, "\\*.onmicrosoft.com" written "\\*. onmicrosoft.com"', () => {
    const target = 'Ja Azure AD nav pārbaudīti pielāgoti domēnu nosaukumi, varat izmantot Azure AD sākotnējo domēnu, kas beidzas ar \\*. onmicrosoft.com.';
    const hits = usersHits(target);
    expect(hits.map((h) => h.message)).toEqual(['space inside a URL or host name ("…ar \\*. onmicrosoft.com.") not in the English']);
    expect(hits[0].highlights!.target!.map((r) => covered(target, r))).toEqual(['. onmicrosoft.com']);
  });

  it('leaves nb-NO microsoft-account-user-permission-issues cc1d9-110, "https://<"contoso">.sharepoint.com/…" written "https://< «contoso» >. sharepoint.com/…", to url-mismatch', () => {
    const slug = 'microsoft-account-user-permission-issues';
    const corpus = segmentCorpus('nb-NO', slug, [['cc1d9-110',
      'Eksempel: https://< «contoso» >. sharepoint.com/_layouts/15/people.aspx/membershipGroupId=0.',
      'Example: https://<"contoso">.sharepoint.com/_layouts/15/people.aspx/membershipGroupId=0.']]);
    expect(hitsOf(whitespace, corpus, slug, 'nb-NO', 'cc1d9-110')).toEqual([]);
    expect(hitsOf(urlMismatch, corpus, slug, 'nb-NO', 'cc1d9-110')).toHaveLength(1);
  });

  it('does not flag the name kept whole, in another letter case too', () => {
    expect(usersHits('Ja Azure AD nav pārbaudīti pielāgoti domēnu nosaukumi, varat izmantot Azure AD sākotnējo domēnu, kas beidzas ar \\*.onmicrosoft.com.')).toEqual([]);
    expect(usersHits('Varat izmantot Azure AD sākotnējo domēnu, kas beidzas ar \\*.OnMicrosoft.com.')).toEqual([]);
  });
});

describe('whitespace: one slip in a URL, one finding', () => {
  // lv-LV download-usage-data d305c-114, with a space put into its URL.
  const slug = 'download-usage-data';
  const english = 'Sign in to the Azure portal using the URL: https://portal.azure.com/?EaInvoice=true';
  const corpusWith = (target: string) => segmentCorpus('lv-LV', slug, [['d305c-114', target, english]]);

  it('leaves "https://portal.azure.com/ ?EaInvoice=true" to url-mismatch, which reports the broken URL', () => {
    const corpus = corpusWith('Pierakstieties Azure portālā, izmantojot vietrādi URL: https://portal.azure.com/ ?EaInvoice=true');
    expect(hitsOf(whitespace, corpus, slug, 'lv-LV', 'd305c-114')).toEqual([]);
    expect(hitsOf(urlMismatch, corpus, slug, 'lv-LV', 'd305c-114').map((h) => h.message))
      .toEqual(['"https://portal.azure.com/?EaInvoice=true" became "https://portal.azure.com/ ?EaInvoice=true" (spaces break it)']);
  });

  it('still names other spacing slips of the same translation', () => {
    const corpus = corpusWith('Pierakstieties Azure portālā , izmantojot vietrādi URL: https://portal.azure.com/ ?EaInvoice=true');
    expect(hitsOf(whitespace, corpus, slug, 'lv-LV', 'd305c-114').map((h) => h.message)).toEqual(['space before punctuation ("…Azure portālā , izmantojot…") not in the English']);
  });
});

describe('whitespace: the padding of a menu arrow or separator is no finding', () => {
  const run = messagesOnSegment(whitespace);

  it('does not flag nb create-or-migrate-update-rings 7eb05-109, "**OK**  >  **Opprett…**" (a browser shows one space)', () => {
    expect(run('nb-NO', 'create-or-migrate-update-rings', '7eb05-109',
      'Velg **OK**  >  **Opprett opprett oppdateringsring**  >  **Create**.',
      'Select  **OK** > **Create Update Ring** > **Create**.')).toEqual([]);
  });

  it('does not flag "  +  " (lv how-to-update-mca-billing-acc c7de4-113) or "  |  " between links (lv focused-inbox-in-outlook 10e55-105)', () => {
    expect(run('lv-LV', 'how-to-update-mca-billing-acc', 'c7de4-113',
      'Meklējiet **izmaksu pārvaldības**  +  **norēķinus**.', 'Search for **Cost Management** + **Billing**.')).toEqual([]);
    expect(run('lv-LV', 'focused-inbox-in-outlook', '10e55-105',
      '[Outlook 2016](https://go.microsoft.com/fwlink/p/?linkid=2002112&amp;clcid=0x409)  |  [Outlook tīmeklī](https://go.microsoft.com/fwlink/p/?linkid=2002113&amp;clcid=0x409)  |  [Outlook.com](https://go.microsoft.com/fwlink/p/?linkid=2002012&amp;clcid=0x409)',
      '[Outlook 2016](https://go.microsoft.com/fwlink/p/?linkid=2002112&amp;clcid=0x409) | [Outlook on the web](https://go.microsoft.com/fwlink/p/?linkid=2002113&amp;clcid=0x409) | [Outlook.com](https://go.microsoft.com/fwlink/p/?linkid=2002012&amp;clcid=0x409)')).toEqual([]);
  });

  it('still flags a double space between words, where bold was lost (nb set-up-anti-phishing-policies… 7bc44-109)', () => {
    expect(run('nb-NO', 'set-up-anti-phishing-policies-in-microsoft-defender-for-office-365', '7bc44-109',
      'Velg Rediger ved siden  av innstillingen du vil endre, på siden som vises.',
      'On the page that appears, select **Edit** next to the setting you want to change.')).toEqual(['double space ("…ved siden  av innstillingen…") not in the English']);
  });

  it('still flags a double space between words in a menu path, and ">" closing a word is no separator', () => {
    expect(run('nb-NO', 'x', 'a-101', 'Velg **Beskytt** > Spor  og opphev.', 'Click **Protect > Track and Revoke**.')).toEqual(['double space ("…> Spor  og opphev.") not in the English']);
    expect(run('nb-NO', 'x', 'a-101', 'Skriv <navn>  og trykk Enter.', 'Type <name> and press Enter.')).toEqual(['double space ("Skriv <navn>  og trykk…") not in the English']);
  });
});

describe('whitespace: an escaped arrow is a separator too', () => {
  it('does not flag the padding before "\\>" (nb, Billing Notifications), only the trailing space', () => {
    expect(onSegment('nb-NO', 'x', 'a-101',
      'Gå til Faktureringsvarsler-siden i administrasjonssenteret for Microsoft 365.  \\> [](https://go.microsoft.com/fwlink/p/?linkid=853212)  ',
      'In the Microsoft 365 admin center, go to the **Billing** \\>  [Billing Notifications](https://go.microsoft.com/fwlink/p/?linkid=853212) page.')
      .map((h) => h.message)).toEqual(['trailing space ("…fwlink/p/?linkid=853212)  ") not in the English']);
  });
});

describe('whitespace: a double space the English has too', () => {
  it('does not flag nb-NO tls-certificates 0f309-103, whose English pads its dash with two spaces: ")  - Information" → ")  -informasjon"', () => {
    expect(onSegment('nb-NO', 'tls-certificates', '0f309-103',
      '[Tls 1,2-håndhevelse for Azure ad Connect](https://docs.microsoft.com/azure/active-directory/hybrid/reference-connect-tls-enforcement)  -informasjon om hvordan du TVINGER Azure ad Connect-serveren til å bruke bare TLS 1,2.',
      '[TLS 1.2 enforcement for Azure AD Connect](https://docs.microsoft.com/azure/active-directory/hybrid/reference-connect-tls-enforcement)  - Information on how to force your Azure AD Connect server to use only TLS 1.2.'))
      .toEqual([]);
  });
});
