/**
 * markup-mismatch precision: the bold markers around a host name that starts with a dot
 * (`**.mail.protection.outlook.com**`) are bold, not a `*.` wildcard plus an italic marker.
 * Real segment of the shared corpus, cited by document and segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { markupMismatch } from '../../src/check/checks/markup-mismatch.js';
import { analyze } from '../../src/check/text.js';
import { hitsOf, segmentCorpus } from './helpers.js';

const DKIM = 'commercial-dialogues/set-up-dkim-with-custom-domains';
const DKIM_EN = '**DomainGUID** is the text to the left of **.mail.protection.outlook.com** in the customized MX record for the custom domain (for example, contoso-com for the domain **contoso.com**).';

describe('markup-mismatch: bold around a dotted host name', () => {
  it('does not report an italic in the English of lv-LV set-up-dkim-with-custom-domains 1f914-105', () => {
    const corpus = segmentCorpus('lv-LV', DKIM, [['1f914-105',
      '**DomainGUID** ir teksts, kas atrodas pa kreisi no **. Mail.Protection.Outlook.com** pielāgoto domēnu (piemēram, contoso-com for Domain **contoso.com**) pielāgoto MX ierakstu.',
      DKIM_EN]]);
    expect(hitsOf(markupMismatch, corpus, DKIM, 'lv-LV', '1f914-105')).toEqual([]);
  });

  it('reads the English as three bold spans and the host as ".mail.protection.outlook.com"; a real wildcard keeps its "*."', () => {
    const facts = analyze(DKIM_EN);
    expect(facts.bold).toHaveLength(6);
    expect(facts.italic).toEqual([]);
    expect(facts.urls.map((u) => u.text)).toContain('.mail.protection.outlook.com');
    expect(analyze('Allow *.contoso.com in the firewall.').urls.map((u) => u.text)).toEqual(['*.contoso.com']);
  });
});
