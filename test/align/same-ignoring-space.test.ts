/**
 * sameIgnoringSpace decides drift (aligner), "left as the English" (site and QA coverage) without
 * building strings; it must answer exactly as comparing normalizeSpace forms does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSpace, sameIgnoringSpace } from '../../src/align/merged.js';

describe('sameIgnoringSpace', () => {
  it('treats runs of any white space as one space and ignores it at both ends', () => {
    expect(sameIgnoringSpace('Select  **Save**.\n', ' Select **Save**.')).toBe(true);
    expect(sameIgnoringSpace('a\u00a0b', 'a b')).toBe(true);
    expect(sameIgnoringSpace('ab', 'a b')).toBe(false);
    expect(sameIgnoringSpace('a b', 'a b c')).toBe(false);
  });

  it('agrees with comparing normalizeSpace forms (property)', () => {
    const unit = fc.constantFrom('a', 'b', 'ā', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '.');
    const text = fc.string({ unit, maxLength: 12 });
    fc.assert(fc.property(text, text, (a, b) => {
      expect(sameIgnoringSpace(a, b)).toBe(normalizeSpace(a) === normalizeSpace(b));
    }), { numRuns: 5000 });
    // Pairs that differ only in white space, which random pairs rarely are.
    fc.assert(fc.property(text, (a) => {
      const b = a.replace(/\s+/g, (w) => (w.length % 2 ? '  ' : '\n'));
      expect(sameIgnoringSpace(a, b)).toBe(normalizeSpace(a) === normalizeSpace(b));
    }), { numRuns: 2000 });
  });
});
