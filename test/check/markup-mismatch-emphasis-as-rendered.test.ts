/**
 * markup-mismatch counts bold and italic as markdown shows them: the bold markers around a host
 * name that starts with a dot (`**.mail.protection.outlook.com**`) are bold, not a `*.` wildcard
 * plus an italic marker; `**…:**https://` and "** atgādināt man **" show asterisks, not bold, and
 * the message says why. Real segments of the shared corpus, cited by document and segment id,
 * copied verbatim.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markupMismatch } from '../../src/check/checks/markup-mismatch.js';
import { boldSpans } from '../../src/check/emphasis.js';
import { analyze } from '../../src/check/text.js';
import { hitsOnSegment, messagesOnSegment } from './helpers.js';

const hitsFor = hitsOnSegment(markupMismatch);
const messages = messagesOnSegment(markupMismatch);

const DKIM = 'commercial-dialogues/set-up-dkim-with-custom-domains';
const DKIM_EN = '**DomainGUID** is the text to the left of **.mail.protection.outlook.com** in the customized MX record for the custom domain (for example, contoso-com for the domain **contoso.com**).';

describe('markup-mismatch: bold around a dotted host name', () => {
  it('does not report an italic in the English of lv-LV set-up-dkim-with-custom-domains 1f914-105', () => {
    expect(hitsFor('lv-LV', DKIM, '1f914-105',
      '**DomainGUID** ir teksts, kas atrodas pa kreisi no **. Mail.Protection.Outlook.com** pielāgoto domēnu (piemēram, contoso-com for Domain **contoso.com**) pielāgoto MX ierakstu.',
      DKIM_EN)).toEqual([]);
  });

  it('reads the English as three bold spans and the host as ".mail.protection.outlook.com"; a real wildcard keeps its "*."', () => {
    const facts = analyze(DKIM_EN);
    expect(facts.bold).toHaveLength(6);
    expect(facts.italic).toEqual([]);
    expect(facts.urls.map((u) => u.text)).toContain('.mail.protection.outlook.com');
    expect(analyze('Allow *.contoso.com in the firewall.').urls.map((u) => u.text)).toEqual(['*.contoso.com']);
  });
});

const SITE = 'error-this-site-cant-be-reached';
const SITE_EN = '**Sample direct URL to recycle bin**: https://contoso.sharepoint.com/sites/siteA/_layouts/15/RecycleBin.aspx';
const siteHits = (target: string) => hitsFor('nb-NO', SITE, '22c2c-106', target, SITE_EN);

describe('markup-mismatch: bold that markdown cannot close', () => {
  it('flags nb-NO error-this-site-cant-be-reached 22c2c-106, whose closing ** sits between a colon and a letter', () => {
    const hits = siteHits('**Eksempel på direkte nettadresse til papirkurv:**https://contoso.sharepoint.com/sites/siteA/_layouts/15/RecycleBin.aspx');
    expect(hits.map((h) => h.message)).toEqual(['bold: 1 in the English ("Sample direct URL to recycle bin"), 0 in the translation; 2 "**" do not pair and show as asterisks (a closing ** after punctuation needs a space or punctuation after it)']);
  });

  it('does not flag the same translation with a space after the closing **', () => {
    expect(siteHits('**Eksempel på direkte nettadresse til papirkurv:** https://contoso.sharepoint.com/sites/siteA/_layouts/15/RecycleBin.aspx')).toEqual([]);
  });

  it('counts bold spans as markdown-it renders them, on real segments', () => {
    const md = new MarkdownIt();
    const texts = [
      SITE_EN,
      '**Eksempel på direkte nettadresse til papirkurv:**https://contoso.sharepoint.com/sites/siteA/_layouts/15/RecycleBin.aspx',
      DKIM_EN,
      'Velg **Faktureringsprofiler** fra venstre side.',
      'Gå til **Faktureringskjøp-tjenester.**  >  [](https://go.microsoft.com/fwlink/p/?linkid=868433)',
      'In the admin center, go to the **Billing** \\> **[Your products](https://go.microsoft.com/fwlink/p/?linkid=842054)** page.',
      'Klikk **bruker maler i fil system** i **Søk i i** dialog boksen **Velg skjema** .',
      'Microsoft Teams is included as part of ***new installations*** of Microsoft 365 Apps for enterprise.',
    ];
    for (const text of texts) {
      const strong = (md.renderInline(text).match(/<strong>/g) ?? []).length;
      expect(boldSpans(analyze(text)), text).toBe(strong);
    }
  });
});

describe('markup-mismatch: CommonMark\'s rule of 3', () => {
  it('flags "Velg**Lagre****." for "Select **Save**.": a run between two letters and one of four do not pair (2 + 4 is a multiple of 3), so the reader sees every asterisk, and the hint says so', () => {
    expect(messages('nb-NO', 'x', 'a-101', 'Velg**Lagre****.', 'Select **Save**.')).toEqual([
      'bold: 1 in the English ("Save"), 0 in the translation; 2 "**" do not pair and show as asterisks (in "Velg**Lagre****." markdown does not pair ' +
      '"**" with "****": one of them touches a letter on both sides, and then together they must not make 3, 6, 9… asterisks (here 6; ' +
      'CommonMark\'s rule of 3))']);
  });

  // lv-LV add-a-group-to-a-sharepoint-site 0025d-110, with the space between two bold words lost.
  const GROUP = 'add-a-group-to-a-sharepoint-site';
  const GROUP_EN = 'To add or remove people, click the **Edit** link in the **Owners** or **Members** row.';
  const groupHits = (target: string) => hitsFor('lv-LV', GROUP, '0025d-110', target, GROUP_EN);

  it('names the rule of 3, not punctuation, for two bold words glued together: "**Rediģēt****īpašnieku**" shows its "****"', () => {
    const target = 'Lai pievienotu vai noņemtu personas, noklikšķiniet uz saites **Rediģēt****īpašnieku** vai **dalībnieku** rindā.';
    expect(new MarkdownIt().renderInline(target)).toContain('<strong>Rediģēt****īpašnieku</strong>');
    expect(groupHits(target).map((h) => h.message)).toEqual([
      'bold: 3 in the English ("Edit", "Owners", "Members"), 2 in the translation ("Rediģēt****īpašnieku", "dalībnieku"); 1 "**" do not pair and show as asterisks (in "**Rediģēt****īpašnieku**" markdown does not ' +
      'pair "**" with "****": one of them touches a letter on both sides, and then together they must not make 3, 6, 9… asterisks (here 6; ' +
      'CommonMark\'s rule of 3))']);
  });

  it('does not flag the real translation, whose two bold words have a space between them', () => {
    expect(groupHits('Lai pievienotu vai noņemtu personas, noklikšķiniet uz saites **Rediģēt** **īpašnieku** vai **dalībnieku** rindā.')).toEqual([]);
  });

  it('names punctuation only where it is why: an opening ** before a quote mark', () => {
    expect(messages('nb-NO', 'x', 'a-101', 'Velg**"Lagre"**.', 'Select **"Save"**.')).toEqual([
      'bold: 1 in the English (""Save""), 0 in the translation; 2 "**" do not pair and show as asterisks (an opening ** before punctuation needs a space or punctuation before it)']);
  });

  it('counts bold spans as markdown-it does where the rule decides, and where `*` and `_` runs mix', () => {
    const md = new MarkdownIt();
    for (const text of ['Velg**Lagre****.', '**a****b**', 'a**b****c', 'Klikk**Fil**>**Lagre****som**.', '__a **b__ c**', '**Fil** og __Lagre__']) {
      const strong = (md.renderInline(text).match(/<strong>/g) ?? []).length;
      expect(boldSpans(analyze(text)), text).toBe(strong);
    }
  });
});

describe('markup-mismatch: bold the English escaped by mistake', () => {
  const slug = 'backup-notebooks-in-onenote';
  const english = 'In the OneNote Options dialog box, click\\*\\* Save & Backup\\*\\*.';
  const run = (locale: string, id: string, target: string) => messages(locale, slug, id, target, english);

  it('does not flag lv-LV d2595-106 and nb-NO 22c04-106, which make "click\\*\\* Save & Backup\\*\\*" the bold the author meant', () => {
    expect(new MarkdownIt().renderInline(english)).toContain('** Save &amp; Backup**');
    expect(run('lv-LV', 'd2595-106', 'Dialoglodziņā OneNote opcijas noklikšķiniet uz **Saglabāšana un dublēšana**.')).toEqual([]);
    expect(run('nb-NO', '22c04-106', 'Klikk **Lagre og sikkerhetskopier** i dialogboksen for alternativer for OneNote.')).toEqual([]);
  });

  it('still flags more bold than the English escaped', () => {
    expect(run('lv-LV', 'd2595-106', '**Dialoglodziņā** OneNote opcijas noklikšķiniet uz **Saglabāšana un dublēšana**.'))
      .toEqual(['bold: 0 in the English, 2 in the translation ("Dialoglodziņā", "Saglabāšana un dublēšana")']);
  });
});

describe('markup-mismatch: a lone * or _ is no italic', () => {
  it('does not count the "_" of "{$ _. EmailAddresses" (troubleshoot-user-issues lv-LV 492ad-161, nb-NO 18a5a-161) as italic: it pairs with nothing', () => {
    const english = 'Get-Recipient | where {$_.EmailAddresses -match <user principal name>} | fL Name, RecipientType,emailaddresses';
    const nb = 'Get-Recipient | der {$ _. EmailAddresses – Sammenlign <user principal name> } | fL-navn, RecipientType, emailaddresses';
    expect(new MarkdownIt().renderInline(nb)).not.toContain('<em>');
    expect(messages('nb-NO', 'troubleshoot-user-issues', '18a5a-161', nb, english)).toEqual([]);
    expect(messages('lv-LV', 'troubleshoot-user-issues', '492ad-161',
      'Get-Recipient | kur {$ _. Parametrā EmailAddresses norādītā-Match <user principal name> } | fL nosaukums, RecipientType, parametrā EmailAddresses norādītā', english)).toEqual([]);
  });

  it('still counts "*.onmicrosoft.com*" as italic, its closing star pairing with the wildcard\'s (error-code-550-5-7-501-access-denied-spam-abuse-detected 8765a-103)', () => {
    const english = 'Typically, this message occurs when users send email messages from IP addresses using the initial *.onmicrosoft.com* domain that\'s assigned to new tenants in Microsoft 365.';
    expect(new MarkdownIt().renderInline(english)).toContain('<em>.onmicrosoft.com</em>');
    expect(messages('lv-LV', 'error-code-550-5-7-501-access-denied-spam-abuse-detected', '8765a-103',
      'Parasti šis ziņojums tiek parādīts, kad lietotāji sūta e-pasta ziņojumus no IP adresēm, izmantojot sākotnējo *. onmicrosoft.com* domēnu, kas piešķirts jaunajiem nomniekiem pakalpojumā Microsoft 365.', english)).toEqual([]);
    expect(messages('lv-LV', 'error-code-550-5-7-501-access-denied-spam-abuse-detected', '8765a-103',
      'Parasti šis ziņojums tiek parādīts, izmantojot sākotnējo .onmicrosoft.com domēnu.', english)).toEqual(['italic: 1 in the English, 0 in the translation']);
  });
});

// lv-LV outlook-com-adding-flags-reminders 99361-107, with spaces put inside the bold. CommonMark
// makes bold of a run only when it touches its text (a left-flanking run is not followed by
// whitespace, a right-flanking one not preceded by it).
const FLAGS = 'outlook-com-adding-flags-reminders';
const FLAGS_EN = 'Next to **Remind me**, choose a reminder time.';
const FLAGS_LV = 'Blakus **atgādināt man**izvēlieties atgādinājuma laiku.';
const SPACED = 'Blakus ** atgādināt man ** izvēlieties atgādinājuma laiku.';
const flagsMessages = (target: string) => messages('lv-LV', FLAGS, '99361-107', target, FLAGS_EN);

describe('markup-mismatch: "**" with spaces on both sides', () => {
  it('is no bold in markdown (the renderer the site uses shows the asterisks)', () => {
    expect(new MarkdownIt().renderInline(SPACED)).toBe(SPACED);
  });

  it('is reported as lost bold, saying why', () => {
    expect(flagsMessages(SPACED)).toEqual([
      'bold: 1 in the English ("Remind me"), 0 in the translation; 2 "**" with a space on both sides show as asterisks (bold must touch its text: "**Save**")',
    ]);
  });

  it('the real segment, whose bold touches its text, has no markup finding', () => {
    expect(flagsMessages(FLAGS_LV)).toEqual([]);
  });
});
