/**
 * markup-mismatch does not ask to take out line breaks the translation made hard where the English
 * breaks its line softly: the English of conditional-access-issues 122 ends each link's line with
 * one space, so a browser runs its four links together on one line; both translations end them with
 * two, and show one link to a line, as the author laid them out. A break where the English has no
 * line break at all is still reported. Real files of the shared corpus.
 */
import { describe, expect, it } from 'vitest';
import { markupMismatch } from '../../src/check/checks/markup-mismatch.js';
import { CORPUS, editedCorpus, hasCorpus, hitsOf, realCorpus } from './helpers.js';

const ACCESS = 'conditional-access-issues';
const BILL = 'get-a-copy-of-your-bill-azure';

describe.skipIf(!hasCorpus)('markup-mismatch and line breaks the English writes softly', () => {
  it('finds nothing to change in the link lists of lv-LV bca35-122 and nb-NO 4f36b-122 (3 breaks where the English has 3 soft ones)', () => {
    const corpus = realCorpus(CORPUS, [ACCESS]);
    expect(hitsOf(markupMismatch, corpus, ACCESS, 'lv-LV', 'bca35-122')).toEqual([]);
    expect(hitsOf(markupMismatch, corpus, ACCESS, 'nb-NO', '4f36b-122')).toEqual([]);
  });

  it('finds nothing to change after the bold heading of lv-LV 7afe5-115 and nb-NO 7e38f-115', () => {
    const corpus = realCorpus(CORPUS, [BILL]);
    expect(hitsOf(markupMismatch, corpus, BILL, 'lv-LV', '7afe5-115')).toEqual([]);
    expect(hitsOf(markupMismatch, corpus, BILL, 'nb-NO', '7e38f-115')).toEqual([]);
  });

  it('still reports a break inside a link text of nb-NO 4f36b-122, where the English breaks no line', () => {
    const corpus = editedCorpus(CORPUS, ACCESS, 'nb-NO', '[Anbefalte Fremgangs måter for', '[Anbefalte Fremgangs måter  \nfor');
    expect(hitsOf(markupMismatch, corpus, ACCESS, 'nb-NO', '4f36b-122').map((h) => h.message))
      .toEqual(['line break: 0 in the English, 4 in the translation']);
  });
});
