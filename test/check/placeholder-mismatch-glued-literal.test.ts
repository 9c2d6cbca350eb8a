/**
 * placeholder-mismatch: a file name, path, placeholder or code name of the English that the
 * translation glued to its own words ("starteSetupProd_OffScrub.exefilen") was reported by no check:
 * the token is all there, so nothing was missing, but the reader can neither copy it nor see where it
 * starts. Endings the languages give such names as they should (nb "cldflt.sys-filen" with a hyphen,
 * lv "SetupProd_OffScrub.exe failu" as a word of its own) and words that only look like one are not
 * reported. Real segments of the shared corpus, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { placeholderMismatch } from '../../src/check/checks/placeholder-mismatch.js';
import { whitespace } from '../../src/check/checks/whitespace.js';
import { covered, hitsOnSegment, messagesOnSegment, replaceOnce, type SegmentArgs } from './helpers.js';

const hits = hitsOnSegment(placeholderMismatch);
const messages = messagesOnSegment(placeholderMismatch);

const OFFSCRUB = 'use-ms-support-and-recovery-assistant-to-uninstall-msoffice';
const OFFSCRUB_EN = 'At the bottom of the browser window, click **Run** to launch the **SetupProd_OffScrub.exe** file.';
// nb-NO 79f94-105: the bold moved to "å" (markup-mismatch says so) and the file name lost both spaces.
const OFFSCRUB_NB: SegmentArgs = ['nb-NO', OFFSCRUB, '79f94-105',
  'Klikk Kjør nederst i nettleservinduet for **å** starteSetupProd_OffScrub.exefilen. ', OFFSCRUB_EN];
// lv-LV 2a4b4-105: the same sentence, the file name apart from "failu" (file).
const OFFSCRUB_LV: SegmentArgs = ['lv-LV', OFFSCRUB, '2a4b4-105',
  'Pārlūkprogrammas loga lejasdaļā noklikšķiniet uz **palaist** , lai palaistu **SetupProd_OffScrub.exe** failu.', OFFSCRUB_EN];
// nb-NO resolving-unknown-user-issue 2d320-108: glued to "til" before it; "-mappen" after it is the Norwegian ending.
const APPDATA_NB: SegmentArgs = ['nb-NO', 'resolving-unknown-user-issue', '2d320-108',
  'Bla til%appdata%\\Microsoft\\teams\\-mappen på data maskinen, og slett alle filene i den mappen.',
  'Browse to the %appdata%\\Microsoft\\teams\\ folder on your computer and delete all files in that directory.'];
// nb-NO issues-with-links-and-urls ed99a-108
const APP_ID_NB: SegmentArgs = ['nb-NO', 'issues-with-links-and-urls', 'ed99a-108',
  'Når du logger på med programmet du utvikler, og dialogboksen for pålogging viser **AADSTS50011: Nettadressen for svar som er angitt i forespørselen, samsvarer ikke med nettadressene for svar som er konfigurert for programmet<your app ID>**. Du må legge til programregistreringen, omdirigerings-URI-en som koden brukte i tokenforespørselen, i Microsofts identitetsplattform.',
  'When you sign in with the application you are developing, if the sign-in dialog displays **AADSTS50011: The reply url specified in the request does not match the reply urls configured for the application <your app ID>**, you\'ll need to add to your application registration, the redirect URI that your code used in the token request to the Microsoft identity platform.'];
// lv-LV unable-to-change-username d233b-108: "-NewUserPrincipalName" glued to the value before it and to "parametru" (parameter) after it.
/** The segment with its translation edited: `from` replaced by `to`. */
const edited = ([locale, slug, id, target, source]: SegmentArgs, from: string, to: string): SegmentArgs =>
  [locale, slug, id, replaceOnce(target, from, to), source];

const UPN_LV: SegmentArgs = ['lv-LV', 'unable-to-change-username', 'd233b-108',
  'PS C: \\> Set-MsolUserPrincipalName-userPrincipalName "davidc@contoso.com"-NewUserPrincipalNameparametru izvēles "davidchew@contoso.com"',
  'PS C:\\> Set-MsolUserPrincipalName -UserPrincipalName "davidc@contoso.com" -NewUserPrincipalName "davidchew@contoso.com"'];

describe('placeholder-mismatch: a literal token of the English glued to the words of the translation', () => {
  it('says which file name is joined to which words and what to do, and marks it on both sides (nb-NO 79f94-105)', () => {
    const [hit, ...rest] = hits(...OFFSCRUB_NB);
    expect(rest).toEqual([]);
    expect(hit.message).toBe('"SetupProd_OffScrub.exe" is joined to the words around it ("starteSetupProd_OffScrub.exefilen"): ' +
      'put spaces or a hyphen around it');
    expect(hit.highlights?.source?.map((r) => covered(OFFSCRUB_NB[4], r))).toEqual(['SetupProd_OffScrub.exe']);
    expect(hit.highlights?.target?.map((r) => covered(OFFSCRUB_NB[3], r))).toEqual(['SetupProd_OffScrub.exe']);
  });

  it('says a path is joined to the word before it, and takes the Norwegian hyphen ending after it as right (nb-NO 2d320-108)', () => {
    expect(messages(...APPDATA_NB)).toEqual([
      '"%appdata%\\Microsoft\\teams\\" is joined to the word before it ("til%appdata%\\Microsoft\\teams\\-mappen"): put a space before it',
    ]);
  });

  it('says a placeholder is joined to the word before it (nb-NO ed99a-108)', () => {
    expect(messages(...APP_ID_NB)).toEqual([
      '"<your app ID>" is joined to the word before it ("programmet<your app ID>"): put a space before it',
    ]);
  });

  it('says a parameter is joined to the translated word after it, rather than missing (lv-LV d233b-108)', () => {
    expect(messages(...UPN_LV)).toEqual([
      'no space between "Set-MsolUserPrincipalName" and "-UserPrincipalName" (PowerShell reads them as one word); ' +
      'no space between the quoted value and "-NewUserPrincipalName", nor between it and "parametru" (PowerShell reads them as one word)',
    ]);
  });

  it('has nothing to say once the spaces are back, or with a Norwegian ending after a hyphen', () => {
    expect(messages(...edited(OFFSCRUB_NB, 'starteSetupProd_OffScrub.exefilen', 'starte SetupProd_OffScrub.exe-filen'))).toEqual([]);
    expect(messages(...edited(APPDATA_NB, 'til%appdata%', 'til %appdata%'))).toEqual([]);
    expect(messages(...edited(APP_ID_NB, 'programmet<', 'programmet <'))).toEqual([]);
  });

  it('leaves a name glued to its bold to whitespace, which reports words glued to markup: one slip, one finding', () => {
    const bold = edited(OFFSCRUB_NB, 'starteSetupProd_OffScrub.exefilen', 'starte **SetupProd_OffScrub.exe**filen');
    expect(messages(...bold)).toEqual([]);
    expect(messagesOnSegment(whitespace)(...bold).filter((m) => m.includes('(after bold text)'))).toHaveLength(1);
  });
});

describe('placeholder-mismatch: endings and look-alikes that are no glued literal', () => {
  it('takes a name apart from its Latvian word (lv-LV 2a4b4-105) and Norwegian endings after a hyphen as written', () => {
    expect(messages(...OFFSCRUB_LV)).toEqual([]);
    // nb-NO error-onedrive-cannot-connect-to-windows c29fd-103
    expect(messages('nb-NO', 'error-onedrive-cannot-connect-to-windows', 'c29fd-103',
      'Hvis du vil løse feil meldingen, kan du søke etter cldflt.sys-filen for å se om den kjører, og hvis den ikke er det, kan du aktivere den.',
      'To resolve the error message, search for the cldflt.sys file to see if it is running, and if it isn\'t, enable it.')).toEqual([]);
    // nb-NO teams-addin-for-mac 96540-104
    expect(messages('nb-NO', 'teams-addin-for-mac', '96540-104',
      '**Trinn 1:** Hvis du har hybrid Exchange lokalt (2016 CU3 eller nyere kreves), bruker du Test-HMA.ps1-verktøyet til å bekrefte at hybrid moderne godkjenning er riktig konfigurert.',
      '**Step 1:** If you have Hybrid Exchange On-Premises (2016 CU3 or later required), use the Test-HMA.ps1 tool to confirm that Hybrid Modern Authentication is correctly configured.')).toEqual([]);
  });

  it('does not take words for literals: a Latvian case ending after a slash, a product name with a Norwegian ending, a list number glued to its word', () => {
    // lv-LV add-another-email-alias 8c8fc-109: "partnera" is "partner" in the genitive.
    expect(messages('lv-LV', 'add-another-email-alias', '8c8fc-109',
      'Ja abonementu iegādājāties no GoDaddy vai cita partnera un kā primāro e-pasta aizstājvārdu vēlaties iestatīt jaunu aizstājvārdu, dodieties uz GoDaddy/partnera pārvaldības konsoli.',
      'If you purchased your subscription from GoDaddy or another Partner, to set the new alias as the primary, you must go to the GoDaddy/partner management console.')).toEqual([]);
    // nb-NO troubleshoot-issues-when-using-windows-autopilot ed25d-103: AutoPilot, inflected as a word.
    expect(messages('nb-NO', 'troubleshoot-issues-when-using-windows-autopilot', 'ed25d-103',
      'Hvis du har problemer med autopiloten, kan du se sidene for [autopilot feil søking](https://docs.microsoft.com/windows/deployment/windows-autopilot/troubleshooting) og [kjente problemer](https://docs.microsoft.com/windows/deployment/windows-autopilot/known-issues) .',
      'If you are having issue with AutoPilot, see the [Autopilot Troubleshooting](https://docs.microsoft.com/windows/deployment/windows-autopilot/troubleshooting) and [Known Issues](https://docs.microsoft.com/windows/deployment/windows-autopilot/known-issues) pages.')).toEqual([]);
    // nb-NO billing-for-reserved-instance-purchase 851c8-129: "1.Log" is no file with the extension "Log".
    expect(messages('nb-NO', 'billing-for-reserved-instance-purchase', '851c8-129',
      '1.Logg på [Azure-portalen.](https://portal.azure.com/#blade/Microsoft_Azure_Reservations/ReservationsBrowseBlade)',
      '1.Log in to your [Azure portal](https://portal.azure.com/#blade/Microsoft_Azure_Reservations/ReservationsBrowseBlade).')).toEqual([]);
  });

  it('does not call a folder name a localized Windows shows as one word glued (nb-NO cac1d-105 "C:\\Programfiler")', () => {
    const said = messages('nb-NO', 'repair-pst-before-importing', 'cac1d-105',
      'Finn og kjør `Scanpst.exe` i Office-programmappen (C:\\Programfiler (x86)\\Microsoft Office\\root\\Office eller \\<Version\\> C:\\Programfiler\\Microsoft Office\\root\\Office \\<Version\\> ).',
      'Find and run `Scanpst.exe` in your Office program folder (C:\\Program Files (x86)\\Microsoft Office\\root\\Office\\<Version\\> or C:\\Program Files\\Microsoft Office\\root\\Office\\<Version\\>).');
    expect(said.join('; ')).not.toMatch(/joined|no space/);
  });

  it('does not read a translated word that starts like a parameter as that parameter glued to it (nb-NO e0c27-104 "-automatisk")', () => {
    expect(messages('nb-NO', 'one-user-gets-access-denied-error-while-adding-addins', 'e0c27-104',
      'Get-ManagementRoleAssignment-RoleAssignee [User@domain.com](mailto:user@domain.com "mailto:user@domain.com") -delegering $false | Format-table-automatisk rolle, RoleAssigneeName, RoleAssigneeType',
      'Get-ManagementRoleAssignment -RoleAssignee [user@domain.com](mailto:user@domain.com "mailto:user@domain.com") -Delegating $false | Format-Table -Auto Role,RoleAssigneeName,RoleAssigneeType')).toEqual([
      'missing "-Delegating", "Format-Table", "-Auto"; no space between "Get-ManagementRoleAssignment" and "-RoleAssignee" (PowerShell reads them as one word)',
    ]);
  });
});
