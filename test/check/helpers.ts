/**
 * Helpers for the QA check tests: build aligned corpora from real files (content/ or the shared
 * corpus), optionally damaged on purpose, and run one check on the unit of a given segment id.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignCorpus } from '../../src/align/align.js';
import { computeCorpusStats } from '../../src/check/stats.js';
import type { Check, CheckContext, CheckHit, CorpusStats } from '../../src/check/types.js';
import type { AlignedCorpus, AlignedDocument, AlignedUnit, LocaleDocument } from '../../src/model.js';
import { readDocument } from '../../src/read/read-document.js';
import { CONTENT, CORPUS, hasCorpus } from '../helpers/corpus.js';

export { CONTENT, CORPUS, hasCorpus };
export const LOCALES = ['lv-LV', 'nb-NO'];

export interface SourceFile {
  locale: string;
  slug: string;
  text: string;
}

/** The text of `<root>/<locale>/<slug>.md`. */
export function readReal(root: string, locale: string, slug: string): string {
  return readFileSync(join(root, locale, `${slug}.md`), 'utf8');
}

/** Both locales' files of the given slugs under `root` (a locale lacking a slug is skipped). */
export function realFiles(root: string, slugs: string[], locales = LOCALES): SourceFile[] {
  const files: SourceFile[] = [];
  for (const slug of slugs) {
    for (const locale of locales) {
      try {
        files.push({ locale, slug, text: readReal(root, locale, slug) });
      } catch { /* this locale lacks the document */ }
    }
  }
  return files;
}

/** Aligns files as the pipeline would (locales default to those of the files). */
export function corpusOf(files: SourceFile[], locales?: string[]): AlignedCorpus {
  const documents: LocaleDocument[] = files.map((f) => {
    const file = `${f.locale}/${f.slug}.md`;
    return { locale: f.locale, slug: f.slug, file, doc: readDocument(f.text, { path: file }) };
  });
  return alignCorpus(documents, locales ?? [...new Set(files.map((f) => f.locale))].sort());
}

/** A corpus of real documents under `root`. */
export const realCorpus = (root: string, slugs: string[], locales?: string[]): AlignedCorpus =>
  corpusOf(realFiles(root, slugs, locales), locales);

/**
 * The real document `slug` under `root` (as realCorpus), damaged on purpose: `from` replaced by
 * `to` in its `locale` file. Fails loudly if that file is absent or `from` is not in it once.
 */
export function editedCorpus(root: string, slug: string, locale: string, from: string, to: string, locales?: string[]): AlignedCorpus {
  const files = realFiles(root, [slug], locales);
  if (!files.some((f) => f.locale === locale)) throw new Error(`no ${locale} file of ${slug} under ${root}`);
  return corpusOf(files.map((f) => (f.locale === locale ? { ...f, text: replaceOnce(f.text, from, to) } : f)), locales);
}

/** Replaces exactly one occurrence of `from` in `text`; fails loudly if the fixture moved. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`fixture text not found exactly once: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const statsCache = new WeakMap<AlignedCorpus, CorpusStats>();
export function statsOf(corpus: AlignedCorpus): CorpusStats {
  let stats = statsCache.get(corpus);
  if (!stats) statsCache.set(corpus, (stats = computeCorpusStats(corpus)));
  return stats;
}

export function documentOf(corpus: AlignedCorpus, slug: string): AlignedDocument {
  const doc = corpus.documents.find((d) => d.slug === slug);
  if (!doc) throw new Error(`no document ${slug}`);
  return doc;
}

/** The unit that holds segment `id` (e.g. `294fe-102`) in `locale`, or the unit with key `id`. */
export function unitOf(corpus: AlignedCorpus, slug: string, locale: string, id: string): AlignedUnit {
  const unit = documentOf(corpus, slug).units.find((u) => (u.ids[locale] ?? []).includes(id) || u.key === id);
  if (!unit) throw new Error(`no unit ${id} in ${slug} (${locale})`);
  return unit;
}

/**
 * Hits of `check` for one unit (given by segment id or unit key) or, for a document check, for
 * the document in `locale`. Statistics come from `stats` or from the corpus itself.
 */
export function hitsOf(check: Check, corpus: AlignedCorpus, slug: string, locale: string, id?: string, stats?: CorpusStats): CheckHit[] {
  const context: CheckContext = { corpus, stats: stats ?? statsOf(corpus), document: documentOf(corpus, slug), locale };
  if (check.scope === 'document') return check.run(context);
  if (id === undefined) throw new Error('a unit check needs a segment id');
  return check.run(unitOf(corpus, slug, locale, id), context);
}

/** The text a highlight range covers. */
export const covered = (text: string | null | undefined, range: [number, number]): string => (text ?? '').slice(...range);

/** One translated segment in the corpus's span markup: `<span data-ttu-id>target</span><span class="sxs-lookup">…source…`. */
export const spanPair = (id: string, target: string, source: string): string =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

/** One translated segment: its id, its translation and its English. */
export type Segment = [id: string, target: string, source: string];

/**
 * A one-document corpus holding real segments copied verbatim from the shared corpus (each
 * `[id, target, source]` on its own line), so a test of a real segment runs without the corpus.
 */
export function segmentCorpus(locale: string, slug: string, segments: Segment[]): AlignedCorpus {
  return corpusOf([segmentFile(locale, slug, segments)]);
}

/** A document file of real segments (see segmentCorpus), for corpora of several documents. */
export function segmentFile(locale: string, slug: string, segments: Segment[]): SourceFile {
  return documentFile(locale, slug, segments.map(([id, target, source]) => spanPair(id, target, source)));
}

/** A document file whose body is the given blocks (a heading, a paragraph…), as the corpus writes them. */
export function documentFile(locale: string, slug: string, blocks: string[]): SourceFile {
  return { locale, slug, text: `---\ntitle: ${slug}\nms.contentlocale: ${locale}\n---\n\n${blocks.join('\n\n')}\n` };
}

/** Where one segment is and what it says: segment `id` of document `slug`, its translation `target` and its English `source`. */
export type SegmentArgs = [locale: string, slug: string, id: string, target: string, source: string];
/** Something worked out from one segment (see hitsOnSegment). */
export type OnSegment<T> = (...segment: SegmentArgs) => T;

/**
 * `check`'s hits on one real segment, in a corpus of that segment alone (see segmentCorpus).
 * `stats` replaces what that corpus's statistics would say, e.g. `{ endingHabits: {} }`: in a
 * corpus of one segment, its own change of ending is a habit of the locale (1 in 1).
 */
export const hitsOnSegment = (check: Check, stats?: Partial<CorpusStats>): OnSegment<CheckHit[]> =>
  (locale, slug, id, target, source) => {
    const corpus = segmentCorpus(locale, slug, [[id, target, source]]);
    return hitsOf(check, corpus, slug, locale, id, stats && { ...statsOf(corpus), ...stats });
  };

/** The messages of hitsOnSegment. */
export const messagesOnSegment = (check: Check, stats?: Partial<CorpusStats>): OnSegment<string[]> => {
  const hits = hitsOnSegment(check, stats);
  return (...segment) => hits(...segment).map((h) => h.message);
};
