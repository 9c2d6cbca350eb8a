/** Where `tolk qa --out` may write, and writing there atomically (temp file + rename). */
import { closeSync, fstatSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { removeOnInterrupt } from '../../write/interrupt.js';
import { ensureFolder, isInside, realPath, writeFailure } from '../../write/output-paths.js';
import { CSV_COLUMNS } from '../../write/qa-csv.js';
import { SUMMARY_LINE } from '../../write/qa-text.js';
import { XLIFF_REPORT_MARK } from '../../write/qa-xliff.js';
import { removeStaleTempFiles, tempFileFor } from '../../write/stale-staging.js';
import { OutputError, UsageError } from '../output.js';

/** Reports must never land in the content folder: the next run would read them as content. */
export function assertOutsideContent(out: string, contentDir: string): void {
  if (isInside(realPath(out), realPath(contentDir))) {
    throw new UsageError(`--out ${out} is inside the content folder ${contentDir}; write the report somewhere else`);
  }
}

/**
 * Signs that a file is a report tolk qa wrote, in any of its formats (a run may switch format and
 * keep the name): how its JSON, SARIF, CSV and XLIFF begin, and the summary line text ends with.
 */
const REPORT_SIGNS: ((head: string, tail: string) => boolean)[] = [
  (head) => /^\{\s*"schemaVersion":/.test(head),
  (head) => head.includes('"$schema": "https://json.schemastore.org/sarif') && head.includes('"name": "tolk"'),
  (head) => head.replace(/^\uFEFF/, '').startsWith(`${CSV_COLUMNS.join(',')}\r\n`),
  (head) => head.includes(XLIFF_REPORT_MARK),
  (_, tail) => SUMMARY_LINE.test(tail),
];

/** The first and last KB of a file, or null when there is no such file (or it cannot be read). */
function headAndTail(path: string): { head: string; tail: string; size: number } | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return null;
    const read = (position: number) => {
      const buffer = Buffer.alloc(Math.min(1024, stat.size));
      return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, position)).toString('utf8');
    };
    return { head: read(0), tail: read(Math.max(0, stat.size - 1024)), size: stat.size };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `--out README.md` must not cost the user their README: an existing file is replaced only when
 * it is empty or a report tolk wrote (the next run of the same command), never anything else.
 */
export function assertNotForeignFile(path: string): void {
  // Said before the checks run (a minute on a big corpus), not when the report is written.
  if (isFolder(path)) throw new UsageError(`--out ${path} is a folder; give the report a file name (${join(path, 'qa-report.json')}, say)`);
  const file = headAndTail(path);
  if (file === null || file.size === 0 || REPORT_SIGNS.some((sign) => sign(file.head, file.tail))) return;
  throw new UsageError(`--out ${path} exists and is not a report tolk wrote; tolk does not overwrite it ` +
    '(delete it first, or write the report to another file)');
}

/** `qa.xlf` + `lv-LV` → `qa.lv-LV.xlf` (one XLIFF file per locale). */
export function perLocalePath(out: string, locale: string): string {
  const ext = extname(out);
  return ext ? `${out.slice(0, -ext.length)}.${locale}${ext}` : `${out}.${locale}`;
}

/**
 * Per-locale XLIFF files beside `out` that an earlier run wrote for a locale the content no longer
 * has (`qa.de-DE.xlf`). They are left alone (a translator may still be working in one), but said:
 * a tool that picks up `qa.*.xlf` would take them for this run's.
 */
export function otherLocaleFiles(out: string, locales: string[]): string[] {
  const ext = extname(out);
  const stem = basename(out, ext);
  const folder = dirname(out);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const written = new Set(locales.map((l) => basename(perLocalePath(out, l))));
  return names
    .filter((name) => !written.has(name) && name.startsWith(`${stem}.`) && name.endsWith(ext) &&
      /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(name.slice(stem.length + 1, name.length - ext.length)))
    .map((name) => join(folder, name))
    .filter((path) => headAndTail(path)?.head.includes(XLIFF_REPORT_MARK))
    .sort();
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
