/**
 * The search index: Pagefind's Node API over the built HTML. Pagefind indexes only
 * `<main data-pagefind-body>` (advisory bodies) and splits the index by `<html lang>`, so each
 * language's search page searches its own language. English originals inside translated pages
 * (`.seg-en`) are left out of the translated languages' indexes.
 */
import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SearchIndexResult {
  /** Pages indexed per Pagefind language (lower-cased `<html lang>`). */
  languages: Record<string, number>;
  ms: number;
}

/** Pages per language, as Pagefind recorded them in its entry file. */
function indexedLanguages(bundleDir: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as
    { languages?: Record<string, { page_count?: number }> };
  return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([lang, v]) => [lang, v.page_count ?? 0]));
}

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.seg-en'] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const bundleDir = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { languages: indexedLanguages(bundleDir), ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
