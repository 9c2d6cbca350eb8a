/** Locates the shared real corpus; tests that need it skip (and say so) when it is absent. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CONTENT = join(ROOT, 'content');
export const SHARED = join(ROOT, '..', 'shared');
export const CORPUS = join(SHARED, 'corpus', 'alchemy-insights');
export const SEEDS = join(SHARED, 'seeds');
export const hasCorpus = existsSync(join(CORPUS, 'lv-LV'));
export const hasSeeds = existsSync(SEEDS);

if (!hasCorpus) {
  console.warn(`[tolk tests] ${CORPUS} is absent: corpus-wide tests are skipped (CI has it).`);
}
