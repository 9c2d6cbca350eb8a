/**
 * Files the reader could not read (or not under their slug), by locale and slug: damaged-file
 * reports them, document-missing does not call them missing, and the runner checks the documents
 * no locale could read at all. Indexed once per corpus.
 */
import type { AlignedCorpus, Diagnostic } from '../model.js';
import { slugOf } from '../read/load-corpus.js';

/** Corpus diagnostics about a file that was not read (or not read under its slug). */
const NOT_READ = new Set(['unreadable-file', 'slug-collision']);

interface NotRead {
  /** `locale\0slug` → its diagnostics. */
  byDocument: Map<string, Diagnostic[]>;
  /** Slugs with an unreadable file. */
  unreadable: Set<string>;
}

const indexes = new WeakMap<AlignedCorpus, NotRead>();

function indexOf(corpus: AlignedCorpus): NotRead {
  let index = indexes.get(corpus);
  if (index) return index;
  index = { byDocument: new Map(), unreadable: new Set() };
  for (const d of corpus.diagnostics) {
    if (!NOT_READ.has(d.code)) continue;
    const slash = d.file.indexOf('/');
    const slug = slugOf(d.file.slice(slash + 1));
    const key = `${d.file.slice(0, slash)}\u0000${slug}`;
    index.byDocument.set(key, [...(index.byDocument.get(key) ?? []), d]);
    if (d.code === 'unreadable-file') index.unreadable.add(slug);
  }
  indexes.set(corpus, index);
  return index;
}

/** What was not read of one document in one locale. */
export function notReadOf(corpus: AlignedCorpus, locale: string, slug: string): Diagnostic[] {
  return indexOf(corpus).byDocument.get(`${locale}\u0000${slug}`) ?? [];
}

/** Slugs with a file that could not be read. */
export function unreadableSlugs(corpus: AlignedCorpus): Set<string> {
  return indexOf(corpus).unreadable;
}
