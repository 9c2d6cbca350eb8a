/**
 * placeholder-mismatch recall: a placeholder written in bold inside its brackets (`<**tenantname**>`)
 * is a placeholder too, and translating it is reported. Real segment of the shared corpus, cited by
 * document and segment id, copied verbatim.
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
