/**
 * The output folder is replaced only by a finished build: tolk writes into a fresh hidden
 * sibling folder and swaps it in with renames, so a failed build leaves the previous site as it
 * was. tolk deletes only its own staging folder and the previous site it replaces.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { UsageError } from '../cli/output.js';

/** A file tolk puts in every site it builds; a non-empty folder without it is never replaced. */
export const SITE_MARKER = '.tolk-site';

const isInside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Refuses output folders whose replacement would destroy something that is not a tolk site. */
export function checkOutputFolder(out: string, content: string, templates: string): void {
  const outAbs = resolve(out);
  if (isInside(resolve(content), outAbs)) {
    throw new UsageError(`--out ${out} is or contains the content folder ${content}; choose another output folder`);
  }
  if (isInside(templates, outAbs)) throw new UsageError(`--out ${out} contains tolk's own templates; choose another output folder`);
  if (isInside(process.cwd(), outAbs)) throw new UsageError(`--out ${out} contains the current folder; choose another output folder`);
  if (!existsSync(outAbs)) return;
  if (!statSync(outAbs).isDirectory()) throw new UsageError(`--out ${out} exists and is not a folder`);
  const entries = readdirSync(outAbs);
  if (entries.length > 0 && !entries.includes(SITE_MARKER)) {
    throw new UsageError(`--out ${out} is a non-empty folder that tolk did not build (no ${SITE_MARKER} file); ` +
      'empty it or choose another output folder');
  }
}

export interface StagedOutput {
  /** The folder to write the new site into. */
  dir: string;
  /** Makes the new site the output folder (and deletes the previous one). */
  commit: () => void;
  /** Deletes the staging folder; the output folder is untouched. */
  discard: () => void;
}

export function stageOutput(out: string): StagedOutput {
  const outAbs = resolve(out);
  mkdirSync(dirname(outAbs), { recursive: true });
  const dir = mkdtempSync(join(dirname(outAbs), `.${basename(outAbs)}.tolk-`));
  // mkdtemp makes the folder private (0700); a site must be readable by the web server.
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, SITE_MARKER), 'Built by tolk; `tolk build` replaces this folder as a whole.\n');
  return {
    dir,
    commit() {
      const previous = `${dir}-previous`;
      const hadPrevious = existsSync(outAbs);
      if (hadPrevious) renameSync(outAbs, previous);
      try {
        renameSync(dir, outAbs);
      } catch (error) {
        if (hadPrevious) renameSync(previous, outAbs);
        throw error;
      }
      if (hadPrevious) rmSync(previous, { recursive: true, force: true });
    },
    discard() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
