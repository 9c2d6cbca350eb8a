/**
 * XLIFF notes say what they are about (XLIFF 2.0 `appliesTo`: source or target; none for the
 * whole unit), so a CAT tool does not show a note about the English as a fault of the translation.
 * content/ has real nb-NO source-drift (the English of nb-NO differs from the newer lv-LV one),
 * merged-segment and number-mismatch findings.
 */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { qaToXliff } from '../../src/write/qa-xliff.js';
import { checkContent } from '../helpers/qa-fixture.js';

interface Note { category: string; appliesTo: string | undefined; inUnit: boolean }

function readNotes(xml: string): Note[] {
  const notes: Note[] = [];
  let depth = 0;
  let unitDepth = -1;
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    depth++;
    if (tag.local === 'unit') unitDepth = depth;
    if (tag.local === 'note') {
      const attr = (name: string) => tag.attributes[name]?.value;
      notes.push({ category: attr('category') ?? '', appliesTo: attr('appliesTo'), inUnit: unitDepth > 0 });
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'unit') unitDepth = -1;
    depth--;
  });
  parser.write(xml).close();
  return notes;
}

describe('XLIFF notes: appliesTo', () => {
  const notes = readNotes(qaToXliff(checkContent().report, 'nb-NO'));
  const about = (check: string) => [...new Set(notes.filter((n) => n.category === check).map((n) => n.appliesTo))];

  it('says a source-drift note is about the source (the English changed), not the target', () => {
    // change-your-payment-methods 106 (were-here-to-help 102 already follows lv-LV's English).
    expect(notes.filter((n) => n.category === 'source-drift')).toHaveLength(1);
    expect(about('source-drift')).toEqual(['source']);
  });

  it('says a note on the translation (number-mismatch, untranslated, markup-mismatch) is about the target', () => {
    for (const check of ['number-mismatch', 'untranslated', 'markup-mismatch']) expect(about(check), check).toEqual(['target']);
  });

  it('gives a note on the segment as a whole (merged-segment) and a document note no appliesTo', () => {
    expect(about('merged-segment')).toEqual([undefined]);
    const documentNotes = notes.filter((n) => !n.inUnit);
    expect(documentNotes.map((n) => n.category)).toContain('document-missing');
    for (const n of documentNotes) expect(n.appliesTo, n.category).toBeUndefined();
  });

  it('uses only the values XLIFF 2.0 allows (source, target)', () => {
    for (const n of notes) expect([undefined, 'source', 'target'], n.category).toContain(n.appliesTo);
  });
});
