/**
 * placeholder-mismatch recall: a placeholder written in bold inside its brackets (`<**tenantname**>`)
 * is a placeholder too, and translating it is reported; a PowerShell property (`$_.PublicClient`)
 * broken by a space is reported. Real segments of the shared corpus, cited by document and segment
 * id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { placeholderMismatch } from '../../src/check/checks/placeholder-mismatch.js';
import { urlMismatch } from '../../src/check/checks/url-mismatch.js';
import { covered, hitsOf, hitsOnSegment, messagesOnSegment, segmentCorpus } from './helpers.js';

const HOME = 'recover-the-home-dot-aspx-page';
const HOME_EN = 'Navigate to https://\\<tenantname>.sharepoint.com/sites/\\<sitename>/_layouts/15/RecycleBin.aspx?, by replacing <**tenantname**> with the name of your tenant and <**sitename**> with the name of your site.';

const onSegment = hitsOnSegment(placeholderMismatch);
const hitsFor = (target: string) => onSegment('lv-LV', HOME, 'f50b1-104', target, HOME_EN);

describe('placeholder-mismatch: bold placeholders', () => {
  it('flags lv-LV recover-the-home-dot-aspx-page f50b1-104, whose <**tenantname**> and <**sitename**> were translated', () => {
    const target = 'Pārvietojieties uz https://\\<tenantname>.sharepoint.com/sites/\\<sitename>/_layouts/15/RecycleBin.aspx?, aizstājot <**nomnieka_nosaukums**> ar sava nomnieka nosaukumu un <**vietnes_nosaukums**> ar savas vietnes nosaukumu.';
    const hits = hitsFor(target);
    expect(hits.map((h) => h.message)).toEqual(['not in the English "<**nomnieka_nosaukums**>", "<**vietnes_nosaukums**>"']);
    expect(hits[0].highlights!.target!.map((r) => covered(target, r))).toEqual(['<**nomnieka_nosaukums**>', '<**vietnes_nosaukums**>']);
  });

  it('does not flag the placeholders kept, with or without their bold', () => {
    expect(hitsFor('Pārvietojieties uz https://\\<tenantname>.sharepoint.com/sites/\\<sitename>/_layouts/15/RecycleBin.aspx?, aizstājot <**tenantname**> ar sava nomnieka nosaukumu un <sitename> ar savas vietnes nosaukumu.')).toEqual([]);
  });
});

const APPS = 'get-a-list-of-enterprise-applications';
const APPS_EN = 'Get-AzureADApplication -All:$true | Where-Object { $_.PublicClient -ne $true } | FT';
const appsHits = (target: string) => onSegment('lv-LV', APPS, '58381-117', target, APPS_EN);

describe('placeholder-mismatch: PowerShell properties', () => {
  it('flags lv-LV get-a-list-of-enterprise-applications 58381-117, where "$_.PublicClient" became "$_. PublicClient"', () => {
    const target = 'Get-AzureADApplication -All:$true | Where-Object { $_. PublicClient -ne $true } | FT';
    const hits = appsHits(target);
    expect(hits.map((h) => h.message)).toEqual(['the translation has "$_. PublicClient" where the English has "$_.PublicClient" (a space breaks it)']);
    expect(hits[0].highlights!.source!.map((r) => covered(APPS_EN, r))).toEqual(['$_.PublicClient']);
  });

  it('does not flag the command copied exactly, nor "$true." ending a sentence', () => {
    expect(appsHits(APPS_EN.replace('| FT', '| ft'))).toEqual([]);
    expect(onSegment('nb-NO', 'x', 'a-101', 'Sett verdien til $true.', 'Set the value to $true.')).toEqual([]);
  });
});

describe('placeholder-mismatch: a cmdlet in another letter case still runs', () => {
  const run = messagesOnSegment(placeholderMismatch);

  it('does not flag lv-LV multiple-objects-have-the-same-email-address-as-identity 7037b-108, "Get-User" written "Get-user"', () => {
    expect(run('lv-LV', 'multiple-objects-have-the-same-email-address-as-identity', '7037b-108',
      '· Get-user <email address> -SoftDeletedUser', '· Get-User <email address> -SoftDeletedUser')).toEqual([]);
  });

  it('does not flag nb-NO troubleshoot-password-synchronization f84e4-106, "Set-ExecutionPolicy" written "set-ExecutionPolicy"', () => {
    expect(run('nb-NO', 'troubleshoot-password-synchronization', 'f84e4-106',
      'Kjør set-ExecutionPolicy RemoteSigned eller set-ExecutionPolicy unrestricted.',
      'Run Set-ExecutionPolicy RemoteSigned or Set-ExecutionPolicy Unrestricted.')).toEqual([]);
  });

  it('still flags a cmdlet glued to its parameter, translated, or only in a link address', () => {
    expect(run('lv-LV', 'x', 'a-101', 'Izpildiet Start-ManagedFolderAssistant-Identity <name of the mailbox>',
      'Run Start-ManagedFolderAssistant -Identity <name of the mailbox>'))
      .toEqual(['no space between "Start-ManagedFolderAssistant" and "-Identity" (PowerShell reads them as one word)']);
    expect(run('lv-LV', 'x', 'a-101', 'Noņemt MsolUser', 'Remove-MsolUser')).toEqual(['missing "Remove-MsolUser"']);
    // lv-LV unable-to-change-username d233b-108: "-userPrincipalName" glued to the cmdlet does not run (nor
    // "-NewUserPrincipalName", glued to the word after it too).
    expect(run('lv-LV', 'unable-to-change-username', 'd233b-108',
      'PS C: \\> Set-MsolUserPrincipalName-userPrincipalName "davidc@contoso.com"-NewUserPrincipalNameparametru izvēles "davidchew@contoso.com"',
      'PS C:\\> Set-MsolUserPrincipalName -UserPrincipalName "davidc@contoso.com" -NewUserPrincipalName "davidchew@contoso.com"'))
      .toEqual(['no space between "Set-MsolUserPrincipalName" and "-UserPrincipalName" (PowerShell reads them as one word); ' +
        'no space between the quoted value and "-NewUserPrincipalName", nor between it and "parametru" (PowerShell reads them as one word)']);
    expect(run('nb-NO', 'x', 'a-101', 'Bruk [Fjern-SPODeletedSite](https://docs.microsoft.com/powershell/module/sharepoint-online/remove-spodeletedsite).',
      'Use [Remove-SPODeletedSite](https://docs.microsoft.com/powershell/module/sharepoint-online/remove-spodeletedsite).')).toEqual(['missing "Remove-SPODeletedSite"']);
  });
});

describe('placeholder-mismatch: one slip, one finding', () => {
  it('leaves "-HostedVoiceMail" glued to the address (lv-LV how-to-enable-hosted-voicemail b7b0f-107) to url-mismatch', () => {
    const slug = 'how-to-enable-hosted-voicemail';
    const corpus = segmentCorpus('lv-LV', slug, [['b7b0f-107',
      'No PowerShell uzvednes Teams administrators var palaist **Set-csuser user@contoso.com-HostedVoiceMail $True** , kur SIP URI ir lietotāja jautājums.',
      'From PowerShell prompt the Teams Admin can run **set-csuser user@contoso.com -HostedVoiceMail $true** where the sip uri is of the user in question.']]);
    expect(hitsOf(placeholderMismatch, corpus, slug, 'lv-LV', 'b7b0f-107')).toEqual([]);
    expect(hitsOf(urlMismatch, corpus, slug, 'lv-LV', 'b7b0f-107').map((h) => h.message))
      .toEqual(['no space between "user@contoso.com" and "-HostedVoiceMail" (PowerShell reads them as one word)']);
  });
});
