/**
 * placeholder-mismatch recall: a placeholder written in bold inside its brackets (`<**tenantname**>`)
 * is a placeholder too, and translating it is reported; a PowerShell property (`$_.PublicClient`)
 * broken by a space is reported. Real segments of the shared corpus, cited by document and segment
 * id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { placeholderMismatch } from '../../src/check/checks/placeholder-mismatch.js';
import { covered, hitsOf, segmentCorpus } from './helpers.js';

const HOME = 'recover-the-home-dot-aspx-page';
const HOME_EN = 'Navigate to https://\\<tenantname>.sharepoint.com/sites/\\<sitename>/_layouts/15/RecycleBin.aspx?, by replacing <**tenantname**> with the name of your tenant and <**sitename**> with the name of your site.';

function hitsFor(target: string) {
  return hitsOf(placeholderMismatch, segmentCorpus('lv-LV', HOME, [['f50b1-104', target, HOME_EN]]), HOME, 'lv-LV', 'f50b1-104');
}

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
const appsHits = (target: string) =>
  hitsOf(placeholderMismatch, segmentCorpus('lv-LV', APPS, [['58381-117', target, APPS_EN]]), APPS, 'lv-LV', '58381-117');

describe('placeholder-mismatch: PowerShell properties', () => {
  it('flags lv-LV get-a-list-of-enterprise-applications 58381-117, where "$_.PublicClient" became "$_. PublicClient"', () => {
    const target = 'Get-AzureADApplication -All:$true | Where-Object { $_. PublicClient -ne $true } | FT';
    const hits = appsHits(target);
    expect(hits.map((h) => h.message)).toEqual(['missing "$_.PublicClient"; not in the English "$_"']);
    expect(hits[0].highlights!.source!.map((r) => covered(APPS_EN, r))).toEqual(['$_.PublicClient']);
  });

  it('does not flag the command copied exactly, nor "$true." ending a sentence', () => {
    expect(appsHits(APPS_EN.replace('| FT', '| ft'))).toEqual([]);
    const corpus = segmentCorpus('nb-NO', 'x', [['a-101', 'Sett verdien til $true.', 'Set the value to $true.']]);
    expect(hitsOf(placeholderMismatch, corpus, 'x', 'nb-NO', 'a-101')).toEqual([]);
  });
});
