/**
 * end-punctuation and headings. A full stop the English forgot is accepted at the end of a
 * sentence, so a full stop put at the end of a heading ("SharePoint Online IP-begrensning." for
 * "SharePoint Online throttling") went unreported; a heading takes none. The heading lines are real
 * (shared corpus, cited by document and segment id), copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { endPunctuation } from '../../src/check/checks/end-punctuation.js';
import { corpusOf, documentFile, hitsOf, spanPair, statsOf } from './helpers.js';

/**
 * The check's findings on segment `id`. A corpus of one segment makes its own ending change a
 * habit of the locale (1 in 1); on the real corpus none of these is one, so no habits here.
 */
function messages(locale: string, slug: string, id: string, lines: string[]): string[] {
  const corpus = corpusOf([documentFile(locale, slug, lines)]);
  return hitsOf(endPunctuation, corpus, slug, locale, id, { ...statsOf(corpus), endingHabits: {} }).map((h) => h.message);
}

const THROTTLING = ['051e0-102', 'SharePoint Online IP-begrensning.', 'SharePoint Online throttling'] as const;

describe('end-punctuation: headings', () => {
  it('reports the full stop nb-NO sharepoint-online-throttling 051e0-102 put at the end of its heading', () => {
    expect(messages('nb-NO', 'sharepoint-online-throttling', '051e0-102',
      [`# <a name="sharepoint-online-throttling"></a>${spanPair(...THROTTLING)}`]))
      .toEqual(['the English heading ends with no punctuation, the translation with a full stop; a heading takes none']);
  });

  it('reports lv-LV troubleshoot-upload-file-issues-to-onedrive-or-sharepoint fc5aa-102 (a level-1 heading with a full stop)', () => {
    expect(messages('lv-LV', 'troubleshoot-upload-file-issues-to-onedrive-or-sharepoint', 'fc5aa-102', [
      `# <a name="troubleshoot-upload-file-issues-to-onedrive-or-sharepoint"></a>${spanPair('fc5aa-102',
        'Novērsiet failu augšupielādes problēmas pakalpojumā OneDrive vai SharePoint.', 'Troubleshoot upload file issues to OneDrive or SharePoint')}`,
    ])).toHaveLength(1);
  });

  it('names an exclamation mark as one: lv-LV were-here-to-help 81de0-102 added it, nb-NO b0623-102 dropped it', () => {
    expect(messages('lv-LV', 'were-here-to-help', '81de0-102',
      [`# <a name="were-here-to-help"></a>${spanPair('81de0-102', 'Mēs varam palīdzēt!', "We're here to help")}`]))
      .toEqual(['the English heading ends with no punctuation, the translation with an exclamation mark; a heading takes none']);
    expect(messages('nb-NO', 'were-here-to-help', 'b0623-102',
      [`# <a name="were-here-to-help"></a>${spanPair('b0623-102', 'Vi er her for å hjelpe', "We're here to help!")}`]))
      .toEqual(['the English ends with an exclamation mark, the translation with no punctuation']);
  });

  it('still accepts a full stop added to a sentence (the same text not as a heading)', () => {
    expect(messages('nb-NO', 'sharepoint-online-throttling', '051e0-102', [spanPair(...THROTTLING)])).toEqual([]);
  });

  it('accepts a heading without a full stop, and a heading whose last sentence is another segment', () => {
    expect(messages('nb-NO', 'sharepoint-online-throttling', '051e0-102',
      [`## ${spanPair('051e0-102', 'SharePoint Online IP-begrensning', 'SharePoint Online throttling')}`])).toEqual([]);
    expect(messages('nb-NO', 'x', 'a-101',
      [`## ${spanPair('a-101', 'Trinn 1.', 'Step 1')} ${spanPair('a-102', 'Logg på', 'Sign in')}`])).toEqual([]);
  });
});
