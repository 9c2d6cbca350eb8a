/**
 * repeated-word precision: Norwegian doubles its grammar makes, and a verb before a UI label that
 * starts with the same verb, are not slips; real doubled words still are. Real segments of the
 * shared corpus, cited by document and segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { repeatedWord } from '../../src/check/checks/repeated-word.js';
import { hitsOnSegment } from './helpers.js';

const hitsFor = hitsOnSegment(repeatedWord);

describe('repeated-word: doubles that are right', () => {
  it('does not flag nb "logge på på nytt" (configure-and-extend-token-lifetimes 986ef-111)', () => {
    expect(hitsFor('nb-NO', 'configure-and-extend-token-lifetimes', '986ef-111',
      'Dette betyr at hvis det ikke har blitt foretatt noen forespørsler i løpet av 24 timer, må du logge på på nytt før du ber om et nytt token.',
      'This means that if no requests have been made in 24 hours, you will need to log in again before requesting a new token.')).toEqual([]);
  });

  it('does not flag nb "faktureres for for mange lisenser" (too-many-licenses ff3fe-103)', () => {
    expect(hitsFor('nb-NO', 'too-many-licenses', 'ff3fe-103',
      'Hvis du tror at du faktureres for for mange lisenser, er dette vanligvis på grunn av at du har kjøpt flere lisenser enn du trenger.',
      "If you think you're being billed for too many licenses, this is usually due to having purchased more licenses then you need.")).toEqual([]);
  });

  it('does not flag a verb before a label starting with it: nb "velg Velg kontoen" for "choose **Select your account**" (0f4af-107)', () => {
    expect(hitsFor('nb-NO', 'how-do-i-save-my-outlook-contacts-to-my-ios-app', '0f4af-107',
      'Åpne Outlook for iOS, og velg Innstillinger-tannhjulet i navigasjonsruten  til venstre, velg Velg kontoen **din**, og aktiver veksleknappen Lagre kontakter på.',
      'Open Outlook for iOS, and in the left navigation, select the Settings gear, choose **Select your account**, and turn the **Save Contacts** toggle ON.')).toEqual([]);
  });

  it('does not flag nb "kan du se Se hva partnerne…" for "see [See what our partners…]" (deploy-sharepoint 94b28-105)', () => {
    expect(hitsFor('nb-NO', 'deploy-sharepoint', '94b28-105',
      'Hvis du vil lære om FastTrack-innførings- og innføringstjenester eller finne en SharePoint sertifisert partner, kan du se Se hva partnerne våre gjør med [SharePoint](/microsoft-365/sharepoint/sharepoint-partners-sharepoint-support), eller gå til [SharePoint-fellesskapet.](https://techcommunity.microsoft.com/t5/sharepoint/ct-p/SharePoint)',
      'To learn about FastTrack onboarding and adoption services or find a SharePoint certified partner, see [See what our partners are doing with SharePoint](/microsoft-365/sharepoint/sharepoint-partners-sharepoint-support), or visit the [SharePoint community](https://techcommunity.microsoft.com/t5/sharepoint/ct-p/SharePoint).')).toEqual([]);
  });
});

describe('repeated-word: real slips are still flagged', () => {
  it('flags nb "kan du se se gjennom" although its English has a label after "see" (problem-with-single-user 8cc10-118)', () => {
    const hits = hitsFor('nb-NO', 'problem-with-single-user', '8cc10-118',
      'Hvis du vil se gjennom logger for enkeltbrukere og grupper, kan du se se gjennom [klargjøringsloggene for et problem med en bestemt bruker.](https://docs.microsoft.com/azure/active-directory/reports-monitoring/concept-provisioning-logs)',
      'To review logs for single user and groups, see [Review the provisioning logs for an issue with a specific user](https://docs.microsoft.com/azure/active-directory/reports-monitoring/concept-provisioning-logs).');
    expect(hits.map((h) => h.message)).toEqual(['repeated word "se se"']);
  });

  it('flags lv "reģistrējaties microsoft Microsoft 365" (change-your-billing-currency aa08b-104): its English has no label', () => {
    const hits = hitsFor('lv-LV', 'change-your-billing-currency', 'aa08b-104',
      'Valūta ir piesaistīta valstij vai reģionam, kas tika atlasīts, kad reģistrējaties microsoft Microsoft 365.',
      'The currency is tied to the country or region that was selected when you signed up for Microsoft 365.');
    expect(hits.map((h) => h.message)).toEqual(['repeated word "microsoft Microsoft"']);
  });

  it('flags nb "det Det" although its English has a label after a verb elsewhere: only instruction verbs go before labels', () => {
    const hits = hitsFor('nb-NO', 'x', 'a-101', 'Klikk **Lagre**. Så er det Det innstillingen beholdes.', 'Click **Save**. Then the setting is kept.');
    expect(hits.map((h) => h.message)).toEqual(['repeated word "det Det"']);
  });

  it('flags nb "på på" and "for for" when no "nytt" / "mange" follows (short made-up sentences)', () => {
    expect(hitsFor('nb-NO', 'x', 'a-101', 'Logg på på siden.', 'Sign in on the page.').map((h) => h.message)).toEqual(['repeated word "på på"']);
    expect(hitsFor('nb-NO', 'x', 'a-101', 'Hvis du tror at du faktureres for for lisenser.', "If you think you're billed for licenses.")).toHaveLength(1);
  });
});

describe('repeated-word: doubles across closing bold', () => {
  it('flags lv-LV troubleshooting-voicemail e137d-106, "**zvanīšanas politikas** politikas"', () => {
    const target = 'Kreisās puses navigācijas joslā **balss**  >  **zvanu politika**  >  **pārvalda** **zvanīšanas politikas** politikas.';
    const hits = hitsFor('lv-LV', 'troubleshooting-voicemail', 'e137d-106', target,
      'On the left rail navigate **Voice** > **Calling policies** > **Manage Policies** on the **Calling Policy**.');
    expect(hits.map((h) => h.message)).toEqual(['repeated word "politikas** politikas"']);
  });

  it('does not flag a verb before bold that opens a label: nb-NO enable-permissions-for-communication-compliance 4aac5-109 "Velg **Velg roller**"', () => {
    expect(hitsFor('nb-NO', 'commercial-dialogues/enable-permissions-for-communication-compliance', '4aac5-109',
      'Velg **Velg roller**, og velg deretter Legg **til**.', 'Select **Choose roles**, and then select **Add**.')).toEqual([]);
  });
});

describe('repeated-word: a UI label ending in a particle, then the same word as a preposition', () => {
  it('does not flag nb "rullegardinlisten Søk i i dialogboksen" for "the **Look In** drop-down" (set-up-rules-to-reply-to-incoming-emails 0984b-113)', () => {
    expect(hitsFor('nb-NO', 'commercial-dialogues/set-up-rules-to-reply-to-incoming-emails', '0984b-113',
      'Velg **Brukermaler i filsystem** i  rullegardinlisten Søk i i dialogboksen Velg en **svarmal.**',
      'In the **Select a Reply Template** dialog box, from the **Look In** drop-down, select **User Templates in File System**.')).toEqual([]);
  });

  it('does not flag nb "i **Søk i i** dialog boksen" for "in **Look In**" (send-an-email-message-based-on-a-template 4c670-105)', () => {
    expect(hitsFor('nb-NO', 'send-an-email-message-based-on-a-template', '4c670-105',
      'Klikk **bruker maler i fil system** i **Søk i i** dialog boksen **Velg skjema** .',
      'In the **Choose Form** dialog box, in **Look In**, click **User Templates in File System**.')).toEqual([]);
  });

  it('does not flag the double where the English doubles the particle itself ("Look In in")', () => {
    expect(hitsFor('nb-NO', 'x', 'a-101', 'Velg en mappe i Søk i i dialogboksen.', 'Choose a folder in Look In in the dialog box.')).toEqual([]);
  });

  it('still flags "i i" when the English has no such label, and "det det" when it has one', () => {
    expect(hitsFor('nb-NO', 'x', 'a-101', 'Velg en mappe i i dialogboksen.', 'Choose a folder in the dialog box.')
      .map((h) => h.message)).toEqual(['repeated word "i i"']);
    expect(hitsFor('nb-NO', 'x', 'a-101', 'Velg det det i Søk i-listen.', 'Select it from the **Look In** list.')
      .map((h) => h.message)).toEqual(['repeated word "det det"']);
  });
});

describe('repeated-word: a sentence that starts with the verb before a label starting with it', () => {
  it('does not flag nb-NO use-edge-to-clear-data-stored-by-ie be056-106, "Velg Velg hva du vil fjerne" for "select **Choose what to clear**"', () => {
    expect(hitsFor('nb-NO', 'use-edge-to-clear-data-stored-by-ie', 'be056-106',
      'Velg Velg hva du vil fjerne, under Fjern **leserdata for Internet Explorer** **.**',
      'Under **Clear browsing data for Internet Explorer**, select **Choose what to clear**.').map((h) => h.message)).toEqual([]);
  });

  it('still flags nb-NO update-po-number-in-azure-ea-portal b9ac5-113, "og Velg Velg den aktuelle perioden", capitalized mid-sentence', () => {
    expect(hitsFor('nb-NO', 'update-po-number-in-azure-ea-portal', 'b9ac5-113',
      'Klikk **Bruk Sammendrag** øverst på siden, og Velg Velg den aktuelle perioden fra rulle gardin listen.',
      'At the top of the page, click **Usage Summary** and select the select the relevant period from the dropdown.').map((h) => h.message))
      .toEqual(['repeated word "Velg Velg"']);
  });
});
