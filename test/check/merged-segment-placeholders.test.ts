/**
 * merged-segment compares placeholders as placeholder-mismatch does: `\<MailboxName>` (the escaped
 * spelling markdown needs) is the English's `<MailboxName>`, and `<**Name**>` the same one in bold.
 * Its own copy of the comparison kept the backslash and the stars, and said such a placeholder was
 * missing from a translation that has it.
 */
import { describe, expect, it } from 'vitest';
import { mergedSegment } from '../../src/check/checks/merged-segment.js';
import { placeholderMismatch } from '../../src/check/checks/placeholder-mismatch.js';
import { corpusOf, hitsOf, segmentFile } from './helpers.js';

const SLUG = 'merged-placeholder';
const EN_1 = 'Run Get-Mailbox -Identity <MailboxName>.';
const EN_2 = 'Replace <**UserName**> with the name of the user.';

/** lv-LV numbers the two English sentences; nb-NO merged them into p101, writing its placeholders `translated`. */
function corpusWithMerged(translated: string) {
  return corpusOf([
    segmentFile('lv-LV', SLUG, [
      ['aaaaa-101', 'Palaidiet Get-Mailbox -Identity <MailboxName>.', EN_1],
      ['aaaaa-102', 'Aizstājiet <**UserName**> ar lietotāja vārdu.', EN_2],
    ]),
    segmentFile('nb-NO', SLUG, [['bbbbb-p101', translated, `${EN_1} ${EN_2}`]]),
  ]);
}

describe('merged-segment and escaped or bold placeholders', () => {
  it('finds nothing missing where the translation escapes one placeholder and unbolds the other', () => {
    const corpus = corpusWithMerged('Kjør Get-Mailbox -Identity \\<MailboxName>. Erstatt <UserName> med navnet på brukeren.');
    const [hit] = hitsOf(mergedSegment, corpus, SLUG, 'nb-NO', 'bbbbb-p101');
    expect(hit.message).toContain('nothing seems left out');
    // The same comparison as the check that owns it: placeholder-mismatch has nothing to say either.
    expect(hitsOf(placeholderMismatch, corpus, SLUG, 'nb-NO', 'bbbbb-p101')).toEqual([]);
  });

  it('leaves a placeholder the translation lost to placeholder-mismatch, and names that check', () => {
    const corpus = corpusWithMerged('Kjør Get-Mailbox -Identity. Erstatt <UserName> med navnet på brukeren.');
    const [hit] = hitsOf(mergedSegment, corpus, SLUG, 'nb-NO', 'bbbbb-p101');
    expect(hit.message).toMatch(/the translation differs from the English as placeholder-mismatch reports on this segment$/);
    expect(hitsOf(placeholderMismatch, corpus, SLUG, 'nb-NO', 'bbbbb-p101').map((h) => h.message)).toEqual(['missing "<MailboxName>"']);
  });
});
