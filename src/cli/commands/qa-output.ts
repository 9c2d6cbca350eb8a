/** Where `tolk qa --out` may write, and writing there atomically (temp file + rename). */
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, isAbsolute } from 'node:path';
import { UsageError } from '../output.js';

/** The real path of `path`, resolving symlinks in the part of it that exists. */
function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

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

/** Writes via a temp file in the same folder and a rename, so readers never see half a report. */
export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const temp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
