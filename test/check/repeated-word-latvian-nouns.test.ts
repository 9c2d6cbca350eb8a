/**
 * repeated-word on the shared corpus's Latvian: a noun said twice because the English says it twice
 * (once as a genitive: "lomu lomu sarakstā", "the role in the list of roles") is grammatical, and was
 * reported. Which Latvian noun stands for which English word is learnt from the corpus, so the test
 * corpus holds, besides the segments under test, a few real segments that say the words (all copied
 * verbatim from the shared corpus, cited by document and segment id).
 */
import { describe, expect, it } from 'vitest';
import { repeatedWord } from '../../src/check/checks/repeated-word.js';
import { corpusOf, hitsOf, segmentFile, type Segment, type SourceFile } from './helpers.js';

/** Real segments that teach the corpus's words: role → lom…, subscription → abonemen…, and so on. */
const LEXICON: Record<string, Segment[]> = {
  'access-reviews': [
    ['8ab32-115', 'Savas Azure AD direktorija lomu piekļuves pārskatīšana PIM ', 'Perform an access review of my Azure AD directory roles in PIM '],
    ['8ab32-116', 'Savas Azure resursu lomas piekļuves pārskatīšana programmā PIM', 'Perform an access review of my Azure resource roles in PIM'],
  ],
  'add-a-member-to-teams': [['3d23e-103', 'Microsoft Teams ir divas lietotāju lomas: īpašnieks un dalībnieks.', 'Within Microsoft Teams there are two user roles: owner and member.']],
  'account-disabled-rule': [
    ['ad438-102', 'Azure abonements ir atspējots', 'Azure Subscription Disabled'],
    ['ad438-104', 'Tālāk skatiet informāciju par to, kā varat atkārtoti iespējot savu abonementu.', 'Refer below on how you can re-enable your subscription.'],
    ['ad438-108', 'Atlasiet anulēto abonementu.', 'Select the cancelled subscription.'],
  ],
  'activate-a-new-device': [['16104-102', 'Jaunas ierīces aktivizēšana, kurā darbojas operētājsistēma Windows 10', 'Activating a new device running Windows 10']],
  'android-enterprise-enrollment-overview': [
    ['2d8dc-106', 'Intune reģistrācija Android Enterprise atvēlētajām ierīcēm iestatīšana', 'Set up Intune enrollment of Android Enterprise dedicated devices'],
    ['2d8dc-107', 'Intune reģistrācija Android Enterprise pilnībā pārvaldītās ierīcēs', 'Set up Intune enrollment of Android Enterprise fully managed devices'],
  ],
  'About-identity-in-yammer': [['f66d8-106', 'Apvienot vairākus Yammer tīklus.', 'Consolidate multiple Yammer networks.']],
  'access-denied-when-mapping-a-drive-to-sharepoint': [['d51f7-102', 'Problēmu novēršana saistībā ar SharePoint bibliotēkām, kas kartētas uz tīkla diskiem', 'Fix problems with SharePoint libraries mapped to network drives']],
  'blockage-by-conditional-access-with-compliant-device': [['03c97-115', '**Ierīce nav savienota ar organizāciju tīklu**:', '**Device is not joined to the organizations network**:']],
  'add-app-to-myapps-portal': [['9b84c-102', 'Lietojumprogrammu pievienošana manas programmas portālam', 'Adding applications to the MyApps portal']],
  'add-or-create-an-application': [['142ac-102', 'Lietojumprogrammas pievienošana vai izveide', 'Adding or creating an application']],
  'aip-track-and-revoke-portal': [['0415d-107', 'Office lietojumprogrammā:', 'In the Office application:']],
  'commercial-dialogues/about-audit-log-retention-periods': [
    ['d94e2-104', '**Office 365 E3**: 90 dienas.', '**Office 365 E3**: 90 days.'],
    ['d94e2-105', '**Office 365 E5**: 365 dienas.', '**Office 365 E5**: 365 days.'],
  ],
  'Office-365-alert-policies': [['e8acd-102', 'Brīdinājumu politikas', 'Alert policies']],
  'access-reports-about-app-protection-policies-in-msintune': [['e6b5a-102', 'Access atskaites par programmu aizsardzības politikām pakalpojumā Microsoft Intune', 'Access reports about app protection policies in Microsoft Intune']],
  'aip-client-advanced-configuration': [['e822c-105', 'Iespējams, izmantojat aptvertās politikas, kas nav pareizi konfigurētas.', "You might be using scoped policies that aren't configured properly."]],
  'commercial-dialogues/apply-best-practices-for-advanced-hunting-queries': [['15a4a-107', 'Ideāli ierobežojiet vaicājumus līdz septiņām dienām.', 'Ideally, limit your queries to seven days.']],
};

const lexicon = (): SourceFile[] => Object.entries(LEXICON).map(([slug, segments]) => segmentFile('lv-LV', slug, segments));

/** Messages for one lv-LV segment, checked in a corpus of the lexicon segments and this one. */
function messages(slug: string, segment: Segment): string[] {
  const corpus = corpusOf([...lexicon(), segmentFile('lv-LV', slug, [segment])], ['lv-LV']);
  return hitsOf(repeatedWord, corpus, slug, 'lv-LV', segment[0]).map((h) => h.message);
}

describe('repeated-word: a Latvian noun the English says twice', () => {
  it('lv-LV troubleshoot-administrator-issues a16cf-105: "lomu lomu sarakstā" for "role in the list of roles"', () => {
    expect(messages('troubleshoot-administrator-issues', ['a16cf-105',
      'Lomu **un administratoru** lapā atrodiet **globālo administratora** lomu lomu sarakstā.',
      'On the **Roles and administrators** page, find the **Global administrator** role in the list of roles.'])).toEqual([]);
  });

  it('lv-LV billing-for-reserved-instance-purchase 82a33-162: "savu abonementu abonementu [lapā]" for "your subscription from the [Subscriptions] page"', () => {
    expect(messages('billing-for-reserved-instance-purchase', ['82a33-162',
      'Atlasiet savu abonementu abonementu [lapā](https://portal.azure.com/#blade/Microsoft_Azure_Billing/SubscriptionsBlade) Azure portālā kā lietotājs [ar piekļuvi rēķiniem](https://docs.microsoft.com/azure/billing/billing-manage-access?WT.mc_id=Portal-Microsoft_Azure_Support)',
      'Select your subscription from the [Subscriptions](https://portal.azure.com/#blade/Microsoft_Azure_Billing/SubscriptionsBlade) page in Azure portal as [a user with access to invoices](https://docs.microsoft.com/azure/billing/billing-manage-access?WT.mc_id=Portal-Microsoft_Azure_Support)'])).toEqual([]);
  });

  it('lv-LV manage-surface-devices 40de9-108: "jūsu ierīces ierīces darbības laikā" for "your devices for the lifetime of the device"', () => {
    expect(messages('manage-surface-devices', ['40de9-108',
      'Pretvīrusu programmatūra Windows Defender palīdz aizsargāt jūsu ierīces ierīces darbības laikā.',
      'Windows Defender antivirus software helps protect your devices for the lifetime of the device.'])).toEqual([]);
  });

  it('lv-LV issue-with-security-groups 297ad-105: "Virtuālā tīkla tīkla drošības grupai" for "the network security group for the virtual network"', () => {
    expect(messages('issue-with-security-groups', ['297ad-105',
      'Virtuālā tīkla tīkla drošības grupai ir jāatļauj piekļūt konkrētiem portiem un protokoliem.',
      'The network security group for the virtual network must allow access to specific ports and protocols.'])).toEqual([]);
  });

  it('lv-LV app-registration-owner-issues b81f2-111: "skatīt programmu programmu reģistrācijas asmensmenī" for "your application on App Registrations blade … that application"', () => {
    expect(messages('app-registration-owner-issues', ['b81f2-111',
      '**Nevar skatīt programmu programmu reģistrācijas asmensmenī, pat ja esat šīs programmas īpašnieks?**',
      '**Cannot view your application on App Registrations blade even though you are the owner of that application?**'])).toEqual([]);
  });
});

describe('repeated-word: Latvian doubles that are still slips', () => {
  it('lv-LV billing-for-reserved-instance-purchase 82a33-157: "abonementa abonementa dienas", where the English repeats "day", not the subscription', () => {
    expect(messages('billing-for-reserved-instance-purchase', ['82a33-157',
      'Ir mazāk nekā 30 dienas pēc Azure abonementa abonementa dienas', "It's less than 30 days from the day you subscribed to Azure"]))
      .toEqual(['repeated word "abonementa abonementa"']);
  });

  it('lv-LV create-an-alert-policy f91b7-105: "**Brīdinājumu brīdinājumu**" for "**Alerts** > [Alert policies]", two menu items, not two mentions', () => {
    expect(messages('commercial-dialogues/create-an-alert-policy', ['f91b7-105',
      'Atlasiet **Brīdinājumu brīdinājumu**  >  [politikas](https://go.microsoft.com/fwlink/?linkid=2103208).',
      'Select **Alerts** > [Alert policies](https://go.microsoft.com/fwlink/?linkid=2103208).'])).toEqual(['repeated word "Brīdinājumu brīdinājumu"']);
  });

  it('lv-LV advanced-threat-protection 3c14e-108: "drošības drošības & drošības", more often than the English says "security"', () => {
    expect(messages('advanced-threat-protection', ['3c14e-108',
      'Globālie administratori vai drošības administratori var piekļūt programmatūrai Microsoft Defender Office 365 drošības drošības & drošības kontroles centra threat **Managmeent** \\> **politikā**.',
      'Global administrators or security administrators can access Microsoft Defender for Office 365 features in the Security & Compliance Center at **Threat Managmeent** \\> **Policy**.']))
      .toEqual(['repeated word "drošības drošības"']);
  });
});

describe('repeated-word: a Latvian double across markup is still a slip', () => {
  it('lv-LV troubleshooting-voicemail e137d-106: "**zvanīšanas politikas** politikas", though the English says "policies" three times', () => {
    expect(messages('troubleshooting-voicemail', ['e137d-106',
      'Kreisās puses navigācijas joslā **balss**  >  **zvanu politika**  >  **pārvalda** **zvanīšanas politikas** politikas.',
      'On the left rail navigate **Voice** > **Calling policies** > **Manage Policies** on the **Calling Policy**.']))
      .toEqual(['repeated word "politikas** politikas"']);
  });
});
