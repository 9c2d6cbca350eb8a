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
import { CONTENT, CORPUS } from '../helpers/corpus.js';

export { CONTENT, CORPUS };
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

/**
 * A one-document corpus holding real segments copied verbatim from the shared corpus (each
 * `[id, target, source]` on its own line), so a test of a real segment runs without the corpus.
 */
export function segmentCorpus(locale: string, slug: string, segments: [string, string, string][]): AlignedCorpus {
  return corpusOf([segmentFile(locale, slug, segments)]);
}

/** A document file of real segments (see segmentCorpus), for corpora of several documents. */
export function segmentFile(locale: string, slug: string, segments: [string, string, string][]): SourceFile {
  const body = segments.map(([id, target, source]) => spanPair(id, target, source)).join('\n\n');
  return { locale, slug, text: `---\ntitle: ${slug}\nms.contentlocale: ${locale}\n---\n\n${body}\n` };
}
