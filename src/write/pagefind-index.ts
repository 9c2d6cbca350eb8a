/**
 * The search index: Pagefind's Node API over the built HTML. Pagefind indexes only
 * `<main data-pagefind-body>` (advisory bodies) and splits the index by `<html lang>`, so each
 * language's search page searches its own language. English originals inside translated pages
 * (`.seg-en`) are left out of the translated languages' indexes.
 */
import * as pagefind from 'pagefind';
import childProcess, { type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { join } from 'node:path';
import { OutputError, UsageError } from '../errors.js';
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

/**
 * Pagefind's program, as its Node API starts it (in `createIndex`, which keeps it to itself). The
 * API does not watch it: when the program dies (it panics on a full disk; the kernel's OOM killer
 * ends it), every call waits for ever, and Node, with nothing left to run, exited with code 13,
 * without a word from tolk and with the staging folder left on the full disk.
 */
function startedProgram<T>(start: () => T): { started: T; program: ChildProcess | null } {
  const spawn = childProcess.spawn;
  let program: ChildProcess | null = null;
  childProcess.spawn = ((...args: Parameters<typeof spawn>) => (program = spawn(...args))) as typeof spawn;
  try {
    return { started: start(), program };
  } finally {
    childProcess.spawn = spawn;
  }
}

/** Rejects when the program ends before `close` (which ends it on purpose, after the last call). */
function deathOf(program: ChildProcess | null): Promise<never> {
  const died = new Promise<never>((_, reject) => {
    program?.once('exit', (code, signal) => {
      const how = signal ? `was ended by ${signal}${signal === 'SIGKILL' ? ' (out of memory, say)' : ''}` : `stopped with exit code ${code}`;
      reject(new OutputError(`cannot write the search index: Pagefind's program ${how} (its own message, if any, is above: ` +
        'a full disk, say)'));
    });
  });
  died.catch(() => {}); // after a successful index, close() ends the program: nobody waits then
  return died;
}

export async function writeSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  try {
    const creating = startedProgram(() => pagefind.createIndex({ excludeSelectors: ['.seg-en'] }));
    const died = deathOf(creating.program);
    const untilDeath = <T>(call: Promise<T>) => Promise.race([call, died]);
    const { index, errors } = await untilDeath(creating.started).catch(async (error: unknown) => {
      if (error instanceof OutputError) throw error;
      // A program killed as it starts fails the first call ("backend closed") just before its end is
      // known: that end, when it follows at once, says more.
      await Promise.race([died, new Promise((done) => setTimeout(done, 500))]);
      // Its program would not start (searchProblem saw none of the usual causes): one line, not a stack trace.
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new UsageError(`search index: Pagefind could not start (${reason}); to publish without search, build with --no-search`);
    });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await untilDeath(index.addDirectory({ path: siteDir }));
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const bundleDir = join(siteDir, 'pagefind');
    const written = await untilDeath(index.writeFiles({ outputPath: bundleDir }));
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { languages: indexedLanguages(bundleDir), ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
