/** read → align: the shared front of every command. */
import { existsSync, readdirSync } from 'node:fs';
import { codeAndReason } from './fs-errors.js';
import { alignCorpus } from './align/align.js';
import type { AlignedCorpus, Diagnostic } from './model.js';
import { isDirectory, loadCorpus, readContentRoot } from './read/load-corpus.js';

export interface PipelineOptions {
  onProgress?: (done: number, total: number) => void;
}

/** The content folder cannot give a corpus at all; `diagnostics` say what was found wrong on the way. */
export class ContentError extends Error {
  /** `contentDir`: the folder the diagnostics' paths are relative to. */
  constructor(message: string, readonly diagnostics: Diagnostic[] = [], readonly contentDir: string | null = null) {
    super(message);
  }
}

/**
 * Why `dir` cannot be the content folder (and what to do), or null when tolk can read it. A folder
 * tolk may not list is said here too: listing it later failed deep in the reader ("internal
 * error" and a stack trace), and `tolk build` blamed the output folder.
 */
export function contentFolderProblem(dir: string): string | null {
  if (!isDirectory(dir)) {
    if (existsSync(dir)) return `--content ${dir} is a file, not a folder: give the folder that holds the locale folders (lv-LV/, nb-NO/)`;
    return `content folder not found: ${dir} (run tolk in the project folder, or give the folder with --content DIR)`;
  }
  try {
    readdirSync(dir);
    return null;
  } catch (error) {
    return `cannot read the content folder ${dir}: ${codeAndReason(error)}`;
  }
}

export function readAndAlign(contentDir: string, options: PipelineOptions = {}): AlignedCorpus & { bytes: number } {
  const problem = contentFolderProblem(contentDir);
  if (problem) throw new ContentError(problem);
  const { locales, diagnostics: left } = readContentRoot(contentDir);
  if (locales.length === 0) {
    throw new ContentError(`no locale folders (like lv-LV/, nb-NO/) in ${contentDir}`, left, contentDir);
  }
  const loaded = loadCorpus(contentDir, { locales, onProgress: options.onProgress });
  loaded.diagnostics.unshift(...left);
  if (loaded.documents.length === 0) {
    throw new ContentError(`no advisories in ${contentDir}: its locale folders (${locales.join(', ')}) hold no readable .md files`,
      loaded.diagnostics, contentDir);
  }
  const corpus = alignCorpus(loaded.documents, loaded.locales, loaded.diagnostics);
  return { ...corpus, bytes: loaded.bytes };
}
