/**
 * A content folder that exists but cannot be listed (no read or search permission for the user
 * who runs tolk). `contentFolderProblem` (pipeline.ts) checks only that it is a folder; listing it
 * then failed deep in the reader, and the user got "internal error" and a stack trace from
 * `tolk align` and `tolk qa`, and "cannot write the site to _site: permission denied" from
 * `tolk build`, which blamed the output folder.
 */
import { readdirSync } from 'node:fs';
import { codeAndReason } from './fs-errors.js';
import { contentFolderProblem } from './pipeline.js';

/** What keeps tolk from reading the content folder `dir` (missing, a file, unreadable), as one line; null when nothing does. */
export function contentFolderError(dir: string): string | null {
  const problem = contentFolderProblem(dir);
  if (problem) return problem;
  try {
    readdirSync(dir);
    return null;
  } catch (error) {
    return `cannot read the content folder ${dir}: ${codeAndReason(error)}`;
  }
}
