/**
 * `tolk serve [--content DIR] [--out DIR] [--base PATH] [--port N] [--site-url URL] [--no-search] [--no-qa]`: builds the
 * site as `tolk build` does, serves it on 127.0.0.1 and rebuilds it when the content (or the QA
 * configuration) changes; open pages reload after each rebuild. A rebuild that fails leaves the
 * previous site served; nothing in the content stops the server.
 */
import { join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../model.js';
import { ContentError } from '../../pipeline.js';
import { normalizeBase, SiteUrlError } from '../../render/site/urls.js';
import { buildSite, type BuildOptions, type BuildResult } from '../../write/build-site.js';
import { stopOnInterrupt } from '../../write/interrupt.js';
import { DEFAULT_PORT, startPreviewServer, type PreviewServer } from '../../write/preview-server.js';
import { rebuildQueue, watchFilesIn, watchFolderTree, type IsLinked, type Watcher } from '../../write/watch.js';
import { printContentErrorDiagnostics } from '../content-paths.js';
import { stderrPaint, stdoutPaint, UsageError, visible } from '../output.js';
import { cleanUpOnSignals, writeFailureReported } from '../signals.js';
import { PathStates } from '../../write/file-changes.js';
import { buildShowingProgress, printBuildSummary, printDiagnostics, severityCounts, shownPath } from './build.js';
import { changesLine } from './changes-line.js';

export interface ServeCommandOptions {
  content: string;
  out: string;
  base: string;
  /** As typed; absent means the default port (and the next ones when it is taken). */
  port?: string;
  search: boolean;
  qa: boolean;
  /**
   * As for `tolk build`: serving a folder built for production rebuilds it, and without its site URL
   * the rebuild would drop the sitemap and make canonical links relative in the site to deploy.
   */
  siteUrl?: string;
}

/** The QA configuration files `tolk build` reads from the current folder (see check/config). */
const CONFIG_FILES = ['tolk.config.json', 'package.json'];

function parsePort(value: string | undefined): { port: number; chosen: boolean } {
  if (value === undefined) return { port: DEFAULT_PORT, chosen: false };
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port ${value} is not a port number (0 to 65535; 0 picks a free one)`);
  return { port, chosen: true };
}

function siteBase(base: string): string {
  try {
    return normalizeBase(base);
  } catch (error) {
    if (error instanceof SiteUrlError) throw new UsageError(error.message);
    throw error;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/**
 * Identifies a diagnostic across builds, to tell the new ones from those printed before: not by
 * its line and column, which a line added or removed above it moves (it was "1 new, 1 fixed" then).
 */
const diagnosticKey = (d: Diagnostic) => `${d.file}:${d.severity}:${d.code}:${d.message}`;

/** How many times a build has each diagnostic (a file may have the same problem in two places). */
function tally(diagnostics: Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(diagnosticKey(d), (counts.get(diagnosticKey(d)) ?? 0) + 1);
  return counts;
}

/**
 * Rebuilds quietly (no progress bar: a line when it starts, one when it ends); prints only the
 * diagnostics that the previous build did not have, so an unchanged warning is not repeated at
 * every save.
 */
class Rebuilder {
  private shown: Diagnostic[] = [];
  /** Files outside the media folders that the last built pages link or show (see watch.ts IsLinked). */
  private linked = new Set<string>();
  /** The batch being rebuilt and what it did ("a.md renamed to b.md"): said when it starts, ends or fails. */
  private batch: { changed: string[]; what: string; renamed: [string, string][] } | null = null;

  constructor(private readonly options: BuildOptions, private readonly server: PreviewServer, private readonly states: PathStates) {}

  /** The diagnostics already printed (by the first build), and the files its pages link. */
  remember(first: BuildResult): void {
    this.shown = first.warnings;
    this.linked = new Set(first.linkedFiles);
  }

  /** Remembers what is at these paths now (folders with everything under them). */
  trackInputs(paths: string[]): void {
    for (const path of paths) this.states.track(path);
  }

  /** Whether the last built pages link or show this file (absolute path). */
  readonly isLinked = (path: string): boolean => this.linked.has(path);

  /** What the batch `changed` did, worked out once: the path states move on with it. */
  private whatChanged(changed: string[]): string {
    if (this.batch?.changed !== changed) {
      const changes = this.states.changes(changed);
      // As diagnostics name files: from the content folder, with slashes.
      const named = (path: string) => relative(resolve(this.options.content), path).split(sep).join('/');
      const renamed = changes.filter((c) => c.kind === 'renamed').map((c): [string, string] => [named(c.path), named(c.to!)]);
      this.batch = { changed, what: visible(changesLine(changes)), renamed };
    }
    return this.batch.what;
  }

  /**
   * The last build's diagnostics with the files this batch renamed or moved under their new names:
   * a file renamed keeps its warnings, which are not new (it said "1 new, 1 fixed" and printed them again).
   */
  private shownAfterRenames(): Diagnostic[] {
    const renamed = this.batch?.renamed ?? [];
    if (renamed.length === 0) return this.shown;
    const now = (file: string) => {
      for (const [from, to] of renamed) {
        if (file === from) return to;
        if (file.startsWith(`${from}/`)) return to + file.slice(from.length);
      }
      return file;
    };
    return this.shown.map((d) => ({ ...d, file: now(d.file) }));
  }

  async rebuild(changed: string[]): Promise<void> {
    // Said at the start: on a big site a rebuild takes seconds, and the reader should know one is under way.
    process.stdout.write(`${stdoutPaint.dim(`rebuilding (${this.whatChanged(changed)})…`)}\n`);
    const started = performance.now();
    try {
      const result = await buildSite(this.options);
      this.linked = new Set(result.linkedFiles);
      this.reportBuilt(result.warnings, performance.now() - started, changed);
      this.server.reload();
    } catch (error) {
      this.failed(error, changed);
    }
  }

  /** Says the rebuild failed, in the terminal and in open pages' consoles; the previous site stays served. */
  failed(error: unknown, changed: string[]): void {
    this.reportFailed(error, changed);
    this.server.showError(error instanceof Error ? error : new Error(String(error)));
  }

  private reportBuilt(warnings: Diagnostic[], ms: number, changed: string[]): void {
    // Each diagnostic of the last build matches one of this build's; what is left over on either side is new or fixed.
    const unmatched = tally(this.shownAfterRenames());
    const fresh = warnings.filter((d) => {
      const left = unmatched.get(diagnosticKey(d)) ?? 0;
      if (left > 0) unmatched.set(diagnosticKey(d), left - 1);
      return left === 0;
    });
    const fixed = [...unmatched.values()].reduce((sum, n) => sum + n, 0);
    this.shown = warnings;
    printDiagnostics(fresh, this.options.content);
    const counts = severityCounts(warnings, stdoutPaint);
    const news = [fresh.length ? `${fresh.length} new` : '', fixed ? `${fixed} fixed` : ''].filter(Boolean).join(', ');
    // The last one fixed: "1 fixed" alone left the reader to guess whether any remain.
    const summary = counts ? `: ${counts}${news ? `, ${news}` : ''}` : news ? `: ${news}, none left` : '';
    process.stdout.write(`rebuilt in ${seconds(ms)}${summary} ` +
      `${stdoutPaint.dim(`(${this.whatChanged(changed)})`)}\n`);
  }

  private reportFailed(error: unknown, changed: string[]): void {
    writeFailureReported();
    const still = 'still serving the previous site';
    if (error instanceof ContentError || error instanceof UsageError) {
      if (error instanceof ContentError) printContentErrorDiagnostics(error);
      process.stderr.write(`${stderrPaint.red('rebuild failed:')} ${error.message}; ${still} (${this.whatChanged(changed)})\n`);
      return;
    }
    process.stderr.write(`${stderrPaint.red('rebuild failed: internal error:')} ${(error as Error)?.stack ?? String(error)}\n` +
      `${still} (${this.whatChanged(changed)})\n`);
  }
}

/** Watches the content folder and the QA configuration files; every change goes to `changed`. */
function watchInputs(content: string, changed: (path: string) => void, isLinked: IsLinked): Watcher {
  const problem = (message: string) => process.stderr.write(`${stderrPaint.yellow('tolk serve:')} ${visible(message)}\n`);
  const watchers = [watchFolderTree(resolve(content), changed, problem, isLinked), watchFilesIn(process.cwd(), CONFIG_FILES, changed, problem)];
  return { close: () => { for (const w of watchers) w.close(); } };
}

export async function serveCommand(options: ServeCommandOptions): Promise<number> {
  cleanUpOnSignals();
  const { port, chosen } = parsePort(options.port);
  const base = siteBase(options.base);
  // Listening comes first: a port in use is said at once, not after the build.
  const server = await startPreviewServer({
    dir: resolve(options.out), base, port, portChosen: chosen,
    onProblem: (message) => process.stderr.write(`${stderrPaint.dim(`tolk serve: ${message}`)}\n`),
  });
  if (!chosen && server.port !== port) process.stderr.write(`${stderrPaint.yellow(`port ${port} is in use; serving on port ${server.port}`)}\n`);

  const rebuilder = new Rebuilder({
    content: options.content, out: options.out, base, search: options.search, qa: options.qa, siteUrl: options.siteUrl ?? null,
  }, server, new PathStates());
  const queue = rebuildQueue((changed) => rebuilder.rebuild(changed), {
    // A rebuild that threw where it should have reported (a bug): said as a failed rebuild, and serving goes on.
    onError: (error, changed) => rebuilder.failed(error, changed),
  });
  // Watching starts before the first build: a change made during it makes one rebuild after it.
  const watcher = watchInputs(options.content, queue.changed, rebuilder.isLinked);
  // What is there now, to tell a file added, deleted or renamed from one changed (a fraction of a second for thousands of files).
  rebuilder.trackInputs([resolve(options.content), ...CONFIG_FILES.map((name) => join(process.cwd(), name))]);
  // Ctrl-C / SIGTERM: the signal handler (cli/signals.ts) runs this, removes an unfinished build and exits.
  stopOnInterrupt(() => { queue.close(); watcher.close(); void server.close().catch(() => {}); });

  let first: BuildResult;
  try {
    first = await buildShowingProgress({ ...options, base });
  } catch (error) {
    // Nothing to serve (no content folder, --out refused): tolk ends as `tolk build` would.
    queue.close();
    watcher.close();
    await server.close().catch(() => {});
    throw error;
  }
  const where = printBuildSummary(first, options.content);
  process.stdout.write(`${stdoutPaint.bold(`open ${server.url}`)} (serving ${where}/; rebuilt when ${shownPath(resolve(options.content))}/, ` +
    `${CONFIG_FILES.join(' or ')} here changes, open pages reload; Ctrl-C stops)\n`);
  rebuilder.remember(first);
  queue.start();
  // Runs until Ctrl-C or SIGTERM, which exit through the signal handler.
  return new Promise<number>(() => {});
}
