/** Where `tolk qa --out` may write, and writing there atomically (temp file + rename). */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { removeOnInterrupt } from '../../write/interrupt.js';
import { ensureFolder, isInside, realPath, writeFailure } from '../../write/output-paths.js';
import { removeStaleTempFiles, tempFileFor } from '../../write/stale-staging.js';
import { OutputError, UsageError } from '../output.js';

/** Reports must never land in the content folder: the next run would read them as content. */
export function assertOutsideContent(out: string, contentDir: string): void {
  if (isInside(realPath(out), realPath(contentDir))) {
    throw new UsageError(`--out ${out} is inside the content folder ${contentDir}; write the report somewhere else`);
  }
}

/** `qa.xlf` + `lv-LV` → `qa.lv-LV.xlf` (one XLIFF file per locale). */
export function perLocalePath(out: string, locale: string): string {
  const ext = extname(out);
  return ext ? `${out.slice(0, -ext.length)}.${locale}${ext}` : `${out}.${locale}`;
}

/** The temp file's name means nothing to the user: the message names the report and its folder. */
function reportWriteFailure(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return new OutputError(`cannot write ${path}: ${path} is a folder`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new OutputError(`cannot write ${path}: no permission to write in folder ${dirname(path)}`);
  }
  return writeFailure(`cannot write ${path}`, error, false);
}

/**
 * Writes via a temp file in the same folder and a rename, so readers never see half a report.
 * Temp files that interrupted runs left for the same report are removed first.
 */
export function writeAtomically(path: string, text: string): void {
  const failure = `cannot write ${path}`;
  const absolute = resolve(path);
  ensureFolder(dirname(path), failure);
  removeStaleTempFiles(absolute);
  const temp = tempFileFor(absolute, Date.now().toString(36));
  const keep = removeOnInterrupt(temp);
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, absolute);
  } catch (error) {
    rmSync(temp, { force: true });
    throw reportWriteFailure(path, error);
  } finally {
    keep();
  }
}
