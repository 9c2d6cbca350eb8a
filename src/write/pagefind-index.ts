/**
 * The search index: Pagefind's Node API over the built HTML. Pagefind indexes only
 * `<main data-pagefind-body>` (advisory bodies) and splits the index by `<html lang>`, so each
 * language's search page searches its own language. English originals inside translated pages
 * (`.seg-en`) are left out of the translated languages' indexes.
 */
import * as pagefind from 'pagefind';
import { join } from 'node:path';

export interface SearchIndexResult {
  pages: number;
  ms: number;
}

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.seg-en'] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
