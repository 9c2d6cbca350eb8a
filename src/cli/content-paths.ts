/**
 * Paths printed for a person (or an editor's, terminal's or CI's problem matcher) to open: from the
 * folder tolk runs in. Diagnostics and findings name their files from the content folder
 * (`lv-LV/x.md`), as the JSON, CSV and SARIF reports and the HTML report keep them; printed so,
 * `lv-LV/x.md:24:1` after `--content ../shared/corpus/alchemy-insights` opened nothing.
 */
import { readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../model.js';
import type { ContentError } from '../pipeline.js';
import { formatDiagnostic, stderrPaint } from './output.js';

/** Turns a path relative to the content folder into one that opens from the current folder. */
export type ShownFile = (file: string) => string;

/**
 * The content folder as the user reaches it from here: as typed when relative (`../shared/x`,
 * `content`), and an absolute one relative when it is inside the current folder.
 */
export function contentFolderShown(contentDir: string): string {
  const absolute = resolve(contentDir);
  const fromHere = relative(process.cwd(), absolute) || '.';
  const outside = fromHere === '..' || fromHere.startsWith(`..${sep}`) || isAbsolute(fromHere);
  return isAbsolute(contentDir) && outside ? absolute : fromHere;
}

/** The names at the top of the content folder; empty when it cannot be listed. */
function topNames(contentDir: string): Set<string> {
  try {
    return new Set(readdirSync(contentDir));
  } catch {
    return new Set();
  }
}

/**
 * Paths under `contentDir` shown from the current folder (`content/lv-LV/x.md`). A diagnostic of
 * something else keeps its path: the QA settings file (absolute) or Eleventy's log (`eleventy`), so
 * only a path whose first part is in the content folder is joined to it.
 */
export function contentPaths(contentDir: string): ShownFile {
  const folder = contentFolderShown(contentDir);
  if (folder === '.') return (file) => file;
  const names = topNames(contentDir);
  return (file) => {
    if (isAbsolute(file)) return file;
    const first = file.split('/')[0];
    return names.has(first) ? join(folder, file) : file;
  };
}

/** The diagnostic with its file shown from the current folder. */
export function shownDiagnostic(d: Diagnostic, shown: ShownFile): Diagnostic {
  return { ...d, file: shown(d.file) };
}

/** What was found wrong on the way to a fatal content error (no advisories at all), on stderr. */
export function printContentErrorDiagnostics(error: ContentError): void {
  const shown = error.contentDir === null ? (file: string) => file : contentPaths(error.contentDir);
  for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(shownDiagnostic(d, shown), stderrPaint)}\n`);
}
