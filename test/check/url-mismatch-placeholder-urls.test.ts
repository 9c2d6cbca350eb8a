/**
 * url-mismatch: a URL holding a placeholder ("https://<tenant>.sharepoint.com/sites/<sitename>/…")
 * is compared whole. A translation that put spaces into it gives the reader a broken address; one
 * that only translated the placeholder's name is fine. Real segments of the shared corpus, cited
 * by document and segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { urlMismatch } from '../../src/check/checks/url-mismatch.js';
import { whitespace } from '../../src/check/checks/whitespace.js';
import type { Check } from '../../src/check/types.js';
import { covered, hitsOnSegment, type SegmentArgs } from './helpers.js';

const WORKFLOW = 'workflow-email-not-being-sent';
const WORKFLOW_EN = 'Sample direct URL: https://<tenant>.sharepoint.com/sites/<sitename>/_layouts/15/people.aspx?MembershipGroupId=0';
const WORKFLOW_URL = 'https://<tenant>.sharepoint.com/sites/<sitename>/_layouts/15/people.aspx?MembershipGroupId=0';
const WORKFLOW_LV = 'Izlases tiešā vietrāža URL: https:// <tenant> . SharePoint.com/sites/ <sitename> /_layouts/15/People.aspx? MembershipGroupId = 0';
const WORKFLOW_NB = 'Eksempel på direkte URL: https:// <tenant> . SharePoint.com/sites/ <sitename> /_layouts/15/People.aspx? MembershipGroupId = 0';
const BROKEN = 'https:// <tenant> . SharePoint.com/sites/ <sitename> /_layouts/15/People.aspx? MembershipGroupId = 0';

const run = (check: Check, ...segment: SegmentArgs) => hitsOnSegment(check)(...segment);

describe('url-mismatch: a URL with placeholders broken by spaces', () => {
  it('reports lv-LV workflow-email-not-being-sent c6479-105 and nb-NO 40082-105, naming the whole URL and the broken one', () => {
    for (const [locale, id, target] of [['lv-LV', 'c6479-105', WORKFLOW_LV], ['nb-NO', '40082-105', WORKFLOW_NB]]) {
      const hits = run(urlMismatch, locale, WORKFLOW, id, target, WORKFLOW_EN);
      expect(hits.map((h) => h.message)).toEqual([`"${WORKFLOW_URL}" became "${BROKEN}" (spaces break it)`]);
      expect(hits[0].highlights!.source!.map((r) => covered(WORKFLOW_EN, r))).toEqual([WORKFLOW_URL]);
      expect(hits[0].highlights!.target!.map((r) => covered(target, r))).toEqual([BROKEN]);
    }
  });

  it('leaves the slip to url-mismatch: whitespace no longer reports the same spaces', () => {
    expect(run(whitespace, 'lv-LV', WORKFLOW, 'c6479-105', WORKFLOW_LV, WORKFLOW_EN)).toEqual([]);
  });

  it('reports nb-NO microsoft-account-user-permission-issues cc1d9-110, "https://< «contoso» >. sharepoint.com/…"', () => {
    const slug = 'microsoft-account-user-permission-issues';
    const hits = run(urlMismatch, 'nb-NO', slug, 'cc1d9-110',
      'Eksempel: https://< «contoso» >. sharepoint.com/_layouts/15/people.aspx/membershipGroupId=0.',
      'Example: https://<"contoso">.sharepoint.com/_layouts/15/people.aspx/membershipGroupId=0.');
    expect(hits.map((h) => h.message)).toEqual([
      '"https://<"contoso">.sharepoint.com/_layouts/15/people.aspx/membershipGroupId=0" became ' +
      '"https://< «contoso» >. sharepoint.com/_layouts/15/people.aspx/membershipGroupId=0" (spaces break it)']);
  });

  it('does not report the URL kept, with the placeholder names translated or in another letter case', () => {
    const kept = (url: string) => run(urlMismatch, 'lv-LV', WORKFLOW, 'c6479-105', `Izlases tiešā vietrāža URL: ${url}`, WORKFLOW_EN);
    expect(kept(WORKFLOW_URL)).toEqual([]);
    expect(kept('https://<nomnieks>.sharepoint.com/sites/<vietnes_nosaukums>/_layouts/15/people.aspx?MembershipGroupId=0')).toEqual([]);
    expect(kept('https://<tenant>.SharePoint.com/sites/<sitename>/_layouts/15/People.aspx?MembershipGroupId=0')).toEqual([]);
  });

  it('does not report lv-LV recover-the-home-dot-aspx-page f50b1-104, which keeps "https://\\<tenantname>…"', () => {
    expect(run(urlMismatch, 'lv-LV', 'recover-the-home-dot-aspx-page', 'f50b1-104',
      'Pārvietojieties uz https://\\<tenantname>.sharepoint.com/sites/\\<sitename>/_layouts/15/RecycleBin.aspx?, aizstājot <**nomnieka_nosaukums**> ar sava nomnieka nosaukumu un <**vietnes_nosaukums**> ar savas vietnes nosaukumu.',
      'Navigate to https://\\<tenantname>.sharepoint.com/sites/\\<sitename>/_layouts/15/RecycleBin.aspx?, by replacing <**tenantname**> with the name of your tenant and <**sitename**> with the name of your site.'))
      .toEqual([]);
  });

  it('reports the brackets dropped or the host changed: the reader no longer sees what to replace, or goes elsewhere', () => {
    const changed = (url: string) => run(urlMismatch, 'lv-LV', WORKFLOW, 'c6479-105', `Izlases tiešā vietrāža URL: ${url}`, WORKFLOW_EN).map((h) => h.message);
    expect(changed('https://tenant.sharepoint.com/sites/<sitename>/_layouts/15/people.aspx?MembershipGroupId=0'))
      .toEqual([`"${WORKFLOW_URL}" became "https://tenant.sharepoint.com/sites/<sitename>/_layouts/15/people.aspx?MembershipGroupId=0" ("<tenant>" written "tenant")`]);
    expect(changed('https://<tenant>.sharepoint.de/sites/<sitename>/_layouts/15/people.aspx?MembershipGroupId=0')).toHaveLength(1);
  });
});

describe('url-mismatch: the message shows a URL whose placeholder has a space as written', () => {
  const slug = 'restore-a-deleted-form';
  const english = 'If you are the Global Administrator of the tenant, and you want to recover a form from an account that was deleted or disabled, replace [email address] with the email address of the deleted or disabled user in the following URL: **https://forms.office.com/Pages/delegatepage.aspx?originalowner=[email address]** For example, if your email address is johndoe@contoso.com, the URL would be: **https://forms.office.com/Pages/delegatepage.aspx?originalowner=johndoe@contoso.com**.';

  it('names "…?originalowner=[email address]" whole in lv-LV 74816-111, not cut at its space', () => {
    const target = 'Ja esat nomnieka globālais administrators un vēlaties atkopt veidlapu no izdzēsta vai atspējota konta, aizstājiet [e-pasta adrese] ar izdzēstā vai atspējotā lietotāja e-pasta adresi tālāk redzamajā vietrādī URL: **https://forms.office.com/Pages/delegatepage.aspx?originalowner= [e-pasta adrese]** Piemēram, ja jūsu e-pasta adrese ir johndoe@contoso.com, URL varētu būt: **https://forms.office.com/Pages/delegatepage.aspx?originalowner=johndoe@contoso.com** .';
    expect(run(urlMismatch, 'lv-LV', slug, '74816-111', target, english).map((h) => h.message)).toEqual([
      '"https://forms.office.com/Pages/delegatepage.aspx?originalowner=[email address]" became ' +
      '"https://forms.office.com/Pages/delegatepage.aspx?originalowner= [e-pasta adrese]" (spaces break it)']);
  });

  it('does not report the same URL with the placeholder translated and no space', () => {
    const target = 'Aizstājiet [e-pasta adrese] tālāk redzamajā vietrādī URL: **https://forms.office.com/Pages/delegatepage.aspx?originalowner=[e-pasta adrese]** Piemēram, ja jūsu e-pasta adrese ir johndoe@contoso.com, URL varētu būt: **https://forms.office.com/Pages/delegatepage.aspx?originalowner=johndoe@contoso.com**.';
    expect(run(urlMismatch, 'lv-LV', slug, '74816-111', target, english)).toEqual([]);
  });
});
