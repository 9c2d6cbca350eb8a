/**
 * whitespace recall: a space put inside a URL or host name of the English breaks it for a reader
 * who copies it ("\*. onmicrosoft.com"); url-mismatch leaves such spacing slips in text alone, so
 * this informational check names them. Real segments of the shared corpus, cited by document and
 * segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { urlMismatch } from '../../src/check/checks/url-mismatch.js';
import { whitespace } from '../../src/check/checks/whitespace.js';
import { covered, hitsOf, segmentCorpus } from './helpers.js';

const USERS = 'troubleshoot-user-issues';
const USERS_EN = 'If you do not have any verified custom domain names in your Azure AD, you can use your Azure AD initial domain, which ends with \\*.onmicrosoft.com.';
const usersHits = (target: string) =>
  hitsOf(whitespace, segmentCorpus('lv-LV', USERS, [['492ad-113', target, USERS_EN]]), USERS, 'lv-LV', '492ad-113');

describe('whitespace: spaces inside a URL or host name', () => {
  it('flags lv-LV troubleshoot-user-issues 492ad-113, "\\*.onmicrosoft.com" written "\\*. onmicrosoft.com"', () => {
    const target = 'Ja Azure AD nav pārbaudīti pielāgoti domēnu nosaukumi, varat izmantot Azure AD sākotnējo domēnu, kas beidzas ar \\*. onmicrosoft.com.';
    const hits = usersHits(target);
    expect(hits.map((h) => h.message)).toEqual(['space inside a URL or host name not in the English']);
    expect(hits[0].highlights!.target!.map((r) => covered(target, r))).toEqual(['. onmicrosoft.com']);
  });

  it('flags nb-NO microsoft-account-user-permission-issues cc1d9-110, "https://<"contoso">.sharepoint.com/…" written "https://< «contoso» >. sharepoint.com/…"', () => {
    const slug = 'microsoft-account-user-permission-issues';
    const corpus = segmentCorpus('nb-NO', slug, [['cc1d9-110',
      'Eksempel: https://< «contoso» >. sharepoint.com/_layouts/15/people.aspx/membershipGroupId=0.',
      'Example: https://<"contoso">.sharepoint.com/_layouts/15/people.aspx/membershipGroupId=0.']]);
    expect(hitsOf(whitespace, corpus, slug, 'nb-NO', 'cc1d9-110').map((h) => h.message)).toEqual(['space inside a URL or host name not in the English']);
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
      .toEqual(['"https://portal.azure.com/?EaInvoice=true" became "https://portal.azure.com/"']);
  });

  it('still names other spacing slips of the same translation', () => {
    const corpus = corpusWith('Pierakstieties Azure portālā , izmantojot vietrādi URL: https://portal.azure.com/ ?EaInvoice=true');
    expect(hitsOf(whitespace, corpus, slug, 'lv-LV', 'd305c-114').map((h) => h.message)).toEqual(['space before punctuation not in the English']);
  });
});
