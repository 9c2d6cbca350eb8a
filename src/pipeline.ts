/** read → align: the shared front of every command. */
import { alignCorpus } from './align/align.js';
import type { AlignedCorpus } from './model.js';
import { isDirectory, listLocales, loadCorpus } from './read/load-corpus.js';

export interface PipelineOptions {
  onProgress?: (done: number, total: number) => void;
}

export class ContentError extends Error {}

export function readAndAlign(contentDir: string, options: PipelineOptions = {}): AlignedCorpus & { bytes: number } {
  if (!isDirectory(contentDir)) throw new ContentError(`content folder not found: ${contentDir}`);
  const locales = listLocales(contentDir);
  if (locales.length === 0) {
    throw new ContentError(`no locale folders (like lv-LV/, nb-NO/) in ${contentDir}`);
  }
  const loaded = loadCorpus(contentDir, { locales, onProgress: options.onProgress });
  const corpus = alignCorpus(loaded.documents, loaded.locales, loaded.diagnostics);
  return { ...corpus, bytes: loaded.bytes };
}
