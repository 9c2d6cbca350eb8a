/**
 * link-mismatch: an emptied link ("[](https://…)") is named by its English link text, so the
 * translator sees which words to link again: the message only gave the address, and in a long
 * segment the words the link was on had to be found by comparing the two texts. The English link is
 * highlighted too. Real segments of the shared corpus, cited by document and segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { linkMismatch } from '../../src/check/checks/link-mismatch.js';
import { covered, hitsOnSegment } from './helpers.js';

const onSegment = hitsOnSegment(linkMismatch);
const hitsFor = (slug: string, id: string, target: string, source: string) => onSegment('nb-NO', slug, id, target, source);

describe('link-mismatch: an emptied link names the English link text', () => {
  it('nb-NO how-to-upgrade-install-windows10 a3b27-114: "Volume Licensing Service Center"', () => {
    const source = "If you're using an Enterprise edition of Windows 7 or Windows 8.1, for info on how to upgrade to Windows 10, go to the [Volume Licensing Service Center](https://www.microsoft.com/licensing/servicecenter/default.aspx).";
    const hits = hitsFor('how-to-upgrade-install-windows10', 'a3b27-114',
      'Hvis du bruker en Enterprise-versjon av Windows 7 eller Windows 8.1, kan du gå til servicesenteret for volumlisensiering hvis du vil ha informasjon om hvordan du oppgraderer til Windows 10. [](https://www.microsoft.com/licensing/servicecenter/default.aspx)',
      source);
    expect(hits.map((h) => h.message)).toEqual([
      '1 link has empty link text, e.g. [](https://www.microsoft.com/licensing/servicecenter/default.aspx); ' +
      'the English link text is "Volume Licensing Service Center": put the link back on the words that translate it',
    ]);
    expect(hits[0].highlights!.source!.map((r) => covered(source, r))).toEqual(['[Volume Licensing Service Center](https://www.microsoft.com/licensing/servicecenter/default.aspx)']);
  });

  it('nb-NO create-a-sensitivity-label 75ef0-106: both English link texts, in the order of the emptied links', () => {
    expect(hitsFor('commercial-dialogues/create-a-sensitivity-label', '75ef0-106',
      'Hvis du vil ha mer informasjon [](/microsoft-365/compliance/encryption-sensitivity-labels) om krypteringsinnstillinger og automatisk merking, kan du se Begrense tilgang til innhold ved hjelp av kryptering i følsomhetsetiketter og Henholdsvis Bruke en følsomhetsetikett på innhold automatisk. [](/microsoft-365/compliance/apply-sensitivity-label-automatically)',
      'For more information on encryption settings and auto labeling, see [Restrict access to content by using encryption in sensitivity labels](/microsoft-365/compliance/encryption-sensitivity-labels) and [Apply a sensitivity label to content automatically](/microsoft-365/compliance/apply-sensitivity-label-automatically), respectively.')
      .map((h) => h.message)).toEqual([
      '2 links have empty link text, e.g. [](/microsoft-365/compliance/encryption-sensitivity-labels); the English link texts are ' +
      '"Restrict access to content by using encryption in sensitivity labels", "Apply a sensitivity label to content automatically": ' +
      'put the links back on the words that translate them',
    ]);
  });
});
