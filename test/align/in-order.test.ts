/**
 * The aligner's fast path (plain ascending keys in every locale) must give exactly the units the
 * general path (groups, maps, sorting) gives: on content/, on the whole shared corpus, and on
 * generated documents with gaps, missing segments, missing English and drifted English.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignByGroups, pickReference } from '../../src/align/align.js';
import { alignInOrder } from '../../src/align/in-order.js';
import type { LocaleDocument, Segment } from '../../src/model.js';
import { loadCorpus } from '../../src/read/load-corpus.js';
import { CONTENT, CORPUS, hasCorpus } from '../helpers/corpus.js';

/** Both paths on every slug of a content folder; returns how many documents took the fast path. */
function compareOn(dir: string): { fast: number; general: number } {
  const { documents } = loadCorpus(dir);
  const bySlug = new Map<string, LocaleDocument[]>();
  for (const d of documents) bySlug.set(d.slug, [...(bySlug.get(d.slug) ?? []), d]);
  let fast = 0;
  let general = 0;
  for (const docs of bySlug.values()) {
    const locales = docs.map((d) => d.locale);
    const reference = pickReference(docs);
    const inOrder = alignInOrder(docs.map((d) => d.doc.segments), locales, reference === null ? -1 : locales.indexOf(reference));
    if (inOrder === null) { general++; continue; }
    fast++;
    expect(inOrder).toEqual(alignByGroups(docs, locales, reference));
  }
  return { fast, general };
}

describe('aligner fast path for ascending keys', () => {
  it('gives the general path\'s units on content/, and leaves merged documents to it', () => {
    const { fast, general } = compareOn(CONTENT);
    expect(fast).toBeGreaterThan(general);
    // content/ has documents with merged p… segments: those must not take the fast path.
    expect(general).toBeGreaterThan(0);
  });

  it.runIf(hasCorpus)('gives the general path\'s units on every document of the shared corpus', () => {
    const { fast, general } = compareOn(CORPUS);
    expect(fast + general).toBe(2910);
    expect(fast).toBeGreaterThan(2800);
  });

  it('gives the general path\'s units on generated documents', () => {
    const english = fc.constantFrom('Sign in.', 'Sign  in.', ' Sign in. ', 'Open Outlook.', '');
    const segment = fc.record({ n: fc.integer({ min: 0, max: 40 }), target: fc.string({ maxLength: 6 }), source: fc.option(english) });
    const locale = fc.uniqueArray(segment, { selector: (s) => s.n, maxLength: 12 });
    const handoff = fc.constantFrom(undefined, '04/15/2021', '04/21/2020');
    fc.assert(fc.property(fc.array(fc.tuple(locale, handoff), { minLength: 1, maxLength: 3 }), (perLocale) => {
      const docs: LocaleDocument[] = perLocale.map(([segs, lasthandoff], i) => {
        const locale = ['lv-LV', 'nb-NO', 'en-US'][i];
        const segments: Segment[] = [...segs].sort((a, b) => a.n - b.n).map((s, k) => ({
          id: `abc${i}-${s.n}`, prefix: `abc${i}`, key: String(s.n), merged: false, target: s.target,
          source: s.source, sourceId: s.source === null ? null : `abc${i}-${s.n}`, line: k + 5, column: 1,
          start: k * 10, end: k * 10 + 5, inFrontMatter: false,
        }));
        const frontMatter = { status: 'ok' as const, data: lasthandoff ? { 'ms.lasthandoff': lasthandoff } : {}, raw: '', bodyStart: 0, bodyLine: 1 };
        return { locale, slug: 'x', file: `${locale}/x.md`, doc: { path: '', text: '', hasBom: false, lineEnding: '\n', frontMatter, parts: [], segments, diagnostics: [] } };
      });
      const locales = docs.map((d) => d.locale);
      const reference = pickReference(docs);
      const inOrder = alignInOrder(docs.map((d) => d.doc.segments), locales, reference === null ? -1 : locales.indexOf(reference));
      expect(inOrder).not.toBeNull();
      expect(inOrder).toEqual(alignByGroups(docs, locales, reference));
    }), { numRuns: 500 });
  });

  it('declines keys that are not plain ascending numbers', () => {
    const seg = (key: string) => ({ key }) as Segment;
    for (const keys of [['102', 'p101'], ['103', '102'], ['102', '102'], ['0102'], ['1e3']]) {
      expect(alignInOrder([keys.map(seg)], ['lv-LV'], 0)).toBeNull();
    }
    expect(alignInOrder([['0', '9', '10'].map(seg)], ['lv-LV'], 0)).not.toBeNull();
  });
});
