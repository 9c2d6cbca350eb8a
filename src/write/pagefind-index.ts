/**
 * The search index: Pagefind's Node API over the built HTML. Pagefind indexes only
 * `<main data-pagefind-body>` (advisory bodies) and splits the index by `<html lang>`, so each
 * language's search page searches its own language. English originals inside translated pages
 * (`.seg-en`) are left out of the translated languages' indexes.
 */
import * as pagefind from 'pagefind';
import { accessSync, constants, existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { plainReason } from '../fs-errors.js';

/** What to do when search cannot be built here. */
const WAY_OUT = 'or build with --no-search';

/**
 * Pagefind's own folder (node_modules/pagefind), found as Node finds it from here; null if not
 * found. Its real path: pnpm links it from elsewhere, and its platform packages lie beside the real one.
 */
function pagefindFolder(): string | null {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('pagefind') ?? []) {
    if (existsSync(join(dir, 'pagefind', 'package.json'))) return realpathSync(join(dir, 'pagefind'));
  }
  return null;
}

/** Why the program at `path` cannot run, or null. */
function notRunnable(path: string, what: string): string | null {
  try {
    accessSync(path, constants.X_OK);
    return null;
  } catch (error) {
    return `search needs Pagefind's program ${path}${what}, which cannot be run: ${plainReason(error)}; fix that, ${WAY_OUT}`;
  }
}

/**
 * Why Pagefind cannot index on this machine, or null. Pagefind runs a program of its own, from a
 * package for the platform (an optional dependency, left out by `npm ci --omit=optional` and on
 * platforms Pagefind has none for); without it the build would fail after writing every page,
 * with Pagefind's stack traces. The program is looked up as Pagefind does (an environment
 * variable, else `@pagefind/<platform>-<cpu>` from Pagefind's folder).
 */
export function searchProblem(): string | null {
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const variable = `${name.toUpperCase()}_BINARY_PATH`;
    const path = process.env[variable];
    if (path) return notRunnable(path, ` (${variable})`);
  }
  const folder = pagefindFolder();
  if (folder === null) return null; // an unusual layout: Pagefind itself will say what is wrong
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const cpu = process.env.npm_config_arch || arch();
  const fromPagefind = createRequire(join(folder, 'package.json'));
  for (const name of names) {
    try {
      return notRunnable(fromPagefind.resolve(`@pagefind/${platform}-${cpu}/bin/${platform === 'windows' ? `${name}.exe` : name}`), '');
    } catch {
      // not this one
    }
  }
  return `search needs Pagefind's program for ${platform}-${cpu} (the package @pagefind/${platform}-${cpu}), which is not installed: ` +
    `install tolk's dependencies with their optional ones (npm ci, without --omit=optional), ${WAY_OUT}`;
}

export interface SearchIndexResult {
  /** Pages indexed per Pagefind language (lower-cased `<html lang>`). */
  languages: Record<string, number>;
  ms: number;
}

/** Pages per language, as Pagefind recorded them in its entry file. */
function indexedLanguages(bundleDir: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as
    { languages?: Record<string, { page_count?: number }> };
  return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([lang, v]) => [lang, v.page_count ?? 0]));
}

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.seg-en'] }).catch((error: unknown) => {
      // Its program would not start (searchProblem saw none of the usual causes): one line, not a stack trace.
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new UsageError(`search index: Pagefind could not start (${reason}); to publish without search, build with --no-search`);
    });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const bundleDir = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { languages: indexedLanguages(bundleDir), ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
