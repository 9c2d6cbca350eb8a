/**
 * `tolk build`: content folder → static advisory site. Read + align + plan + render (in a worker
 * for big sites, see site-source.ts) → Eleventy writes every page, copying assets → Pagefind
 * indexes while the QA checks finish → the QA report is written → the finished folder replaces
 * the output folder.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { close as closePagefind } from 'pagefind';
import { OutputError, UsageError } from '../errors.js';
import type { Diagnostic } from '../model.js';
import { ContentError, contentFolderProblem } from '../pipeline.js';
import { TEMPLATES_DIR } from '../render/site/paths.js';
import { checkOutputPath } from '../render/site/plan.js';
import type { ExtraFile, ExtraPage, SitePage } from '../render/site/types.js';
import { outputPathOf, runEleventy } from './eleventy-run.js';
import { stopOnInterrupt } from './interrupt.js';
import type { MediaCopy } from './media.js';
import { searchProblem, writeSearchIndex, type SearchIndexResult } from './pagefind-index.js';
import { fsErrorOf } from '../fs-errors.js';
import { writeFailure } from './output-paths.js';
import type { RemovedFiles } from './replaced-files.js';
import { qaPages, reportedQa, type QaJob } from './site-qa.js';
import { siteUrls } from './site-plan.js';
import { siteSource, type PlanOutline, type SiteSource } from './site-source.js';
import { checkOutputFolder, stageOutput, type StagedOutput } from './staged-output.js';

export interface BuildOptions {
  content: string;
  out: string;
  base?: string;
  search?: boolean;
  /** Whether to run the QA checks and publish the report at `qa/` (default true). */
  qa?: boolean;
  siteUrl?: string | null;
  /**
   * Read, plan and render the pages in a worker thread: true / false, or undefined to decide by size
   * (a worker for content folders of 200 markdown files or more). The output is the same either way.
   */
  renderWorker?: boolean;
  /** Pages supplied as data (the QA report), wrapped in the site layout. */
  extraPages?: ExtraPage[];
  /** Raw files written as is (e.g. `qa/report.json`); they may not replace a built file. */
  extraFiles?: ExtraFile[];
  /** One line of progress (a stage done, with its time). */
  log?: (line: string) => void;
  onProgress?: (stage: string, done: number, total: number) => void;
  /** A stage under way that has no count to show (the search index, the checks), until the next log line. */
  onWait?: (what: string) => void;
}

export interface BuildResult {
  out: string;
  base: string;
  /** Advisory pages per locale, English included. */
  counts: Record<string, number>;
  /** HTML pages written (advisories, homes, search, 404s, the QA report); not data files or assets. */
  files: number;
  /** Of `files`, the QA report's pages: written after Eleventy's run, so its log line does not count them. */
  qaPages: number;
  warnings: Diagnostic[];
  search: SearchIndexResult | null;
  /** Files of the replaced output folder that this build does not make (null: nothing was replaced). */
  replaced: RemovedFiles | null;
  /** Files outside the media folders that pages link or show (absolute; there or not): `tolk serve` watches them. */
  linkedFiles: string[];
  ms: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const isHtml = (page: SitePage) => page.file.endsWith('.html');

/**
 * Counts pages as they are rendered, for the progress bar: HTML pages, as the line after it counts
 * them (the bar ended at 57/57 above "wrote 56 pages", counting pages.json too).
 */
function withProgress(pages: SitePage[], onProgress: BuildOptions['onProgress']): SitePage[] {
  if (!onProgress) return pages;
  const total = pages.filter(isHtml).length;
  let done = 0;
  return pages.map((page) => (!isHtml(page) ? page : {
    file: page.file,
    render: () => {
      const bytes = page.render();
      onProgress('writing', ++done, total);
      return bytes;
    },
  }));
}

/** How long the main thread may go without handing the event loop a turn while Eleventy writes. */
const TURN_EVERY_MS = 50;

/**
 * Eleventy's write loop runs on promises that settle at once when page bytes are ready, so the
 * event loop would not turn until every page is written, and a Ctrl-C would wait for the end
 * (10 s and more on a big site). Every TURN_EVERY_MS one page waits for a turn of the loop,
 * which lets the signal handler in (and costs nothing measurable).
 */
function lettingSignalsIn(pages: SitePage[]): SitePage[] {
  let lastTurn = performance.now();
  return pages.map((page) => ({
    file: page.file,
    render: () => {
      const now = performance.now();
      if (now - lastTurn < TURN_EVERY_MS) return page.render();
      lastTurn = now;
      return new Promise<void>((done) => setImmediate(done)).then(() => page.render());
    },
  }));
}

/** Pages made outside Eleventy's run (the QA report, which waits for the checks), as files. */
async function renderPages(pages: SitePage[]): Promise<ExtraFile[]> {
  return Promise.all(pages.map(async (page) => ({ file: page.file, content: await page.render() })));
}

function writeExtraFiles(dir: string, files: ExtraFile[]): void {
  for (const extra of files) {
    const target = outputPathOf(dir, checkOutputPath(extra.file, 'extra file'));
    if (existsSync(target)) throw new Error(`extra file ${extra.file} would replace a file of the built site`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, extra.content);
  }
}

/**
 * GitHub Pages runs a site through Jekyll unless its root holds a `.nojekyll` file: Jekyll leaves
 * out files and folders whose names start with `_` (an advisory `_old-notes.md`, a media file)
 * and processes the others, so the site served would not be the site built. Every build has it,
 * and other hosts serve it as an empty file no page links.
 */
export const NO_JEKYLL = '.nojekyll';

/** The content's media files and the images pages use from elsewhere (found while rendering), by exact path. */
function copyMedia(dir: string, copies: Iterable<MediaCopy>): void {
  for (const copy of copies) {
    const target = outputPathOf(dir, copy.to);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(copy.from, target);
  }
}

/** The page source (a worker on a big site); should it fail to start, the staging folder goes. */
function startSource(options: BuildOptions, qaJob: QaJob | null, staged: StagedOutput): SiteSource {
  try {
    // Pages link the QA report (footer) when this build publishes it.
    return siteSource({ ...options, qaReport: qaJob !== null }, options.renderWorker, qaJob);
  } catch (error) {
    staged.discard();
    throw error;
  }
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const warnings: Diagnostic[] = [];
  const warn = (d: Diagnostic) => { warnings.push(d); };
  checkOutputFolder(options.out, options.content, TEMPLATES_DIR);
  const urls = siteUrls(options);
  const problem = contentFolderProblem(options.content);
  if (problem) throw new ContentError(problem);
  // Before any work: a search index that cannot be made would fail the build at its end.
  const noSearch = options.search === false ? null : searchProblem();
  if (noSearch) throw new UsageError(noSearch);

  const qaJob = options.qa === false ? null : { content: resolve(options.content), urls, configDir: process.cwd() };
  // Staged before the worker starts: a folder tolk cannot write stops the build with nothing to stop.
  const staged = stageOutput(options.out);
  for (const line of staged.cleaned) log(`${line} (left by an interrupted build)`);
  // Two builds into one output (two containers on a shared volume): both finish; the last one's site stays.
  for (const line of staged.busy) log(`left ${line} alone: another build of ${options.out} is running`);
  if (staged.inside) log(`building in a hidden folder inside ${options.out} (${staged.inside}); the new site is moved in when done`);
  const source = startSource(options, qaJob, staged);
  const qa = source.qa;
  // Interrupted: stop whatever may still write into the staging folder before it is deleted.
  const unregister = stopOnInterrupt(() => { qa?.stop(); source.stop(); void closePagefind().catch(() => {}); });
  let search: SearchIndexResult | null = null;
  let outline: PlanOutline;
  // Until the new site is moved in, a failure leaves the output folder as it was.
  let committing = false;
  try {
    outline = await source.outline();
    for (const d of outline.warnings) warn(d);
    log(`read ${outline.documents} documents in ${outline.locales.join(', ')} (${seconds(performance.now() - started)})`);
    const pages: SitePage[] = outline.files.map((file, id) => ({ file, render: () => source.render(id) }));
    const t = performance.now();
    await runEleventy({
      pages: lettingSignalsIn(withProgress(pages, options.onProgress)), outputDir: staged.dir,
      onLog: (message) => warn({ severity: 'warning', code: 'eleventy', file: 'eleventy', line: 1, column: 1, message }),
    });
    const found = await source.findings();
    for (const d of found.warnings) warn(d);
    copyMedia(staged.dir, [...outline.copies, ...found.loose]);
    writeFileSync(join(staged.dir, NO_JEKYLL), '');
    writeExtraFiles(staged.dir, options.extraFiles ?? []);
    // Pages are what a reader can open: pages.json and sitemap.xml, written alongside, are not counted.
    const htmlPages = outline.files.filter((file) => file.endsWith('.html')).length;
    log(`rendered and wrote ${htmlPages} pages with Eleventy (${seconds(performance.now() - t)})`);
    // The checks finish while Pagefind indexes (the report is not an advisory: it is not indexed);
    // the report's pages are written once both are done.
    const afterPages = performance.now();
    // On a big site these take half a minute after the last page: said, so the run does not look stuck.
    const pending = [outline.ctx.search ? 'indexing for search' : '', qa ? 'checking the translations' : ''].filter(Boolean);
    if (pending.length) options.onWait?.(pending.join(' and '));
    const indexing = outline.ctx.search ? writeSearchIndex(staged.dir) : Promise.resolve(null);
    const report = qa ? renderPages(qaPages(outline.ctx, reportedQa(qa, warn))) : Promise.resolve([]);
    // Both settle before either failure is thrown: the staged folder must not vanish under Pagefind.
    const [indexed, reported] = await Promise.allSettled([indexing, report]);
    if (indexed.status === 'rejected') throw indexed.reason;
    if (reported.status === 'rejected') throw reported.reason;
    search = indexed.value;
    const reportFiles = reported.value;
    if (search) {
      const perLanguage = Object.entries(search.languages).map(([lang, n]) => `${lang} ${n}`).join(', ');
      log(`search index: Pagefind indexed ${perLanguage} pages in ${seconds(search.ms)}`);
    }
    writeExtraFiles(staged.dir, reportFiles);
    if (reportFiles.length) log(`QA report: ${reportFiles.map((f) => f.file).join(', ')} (ready ${seconds(performance.now() - afterPages)} after the pages)`);
    committing = true;
    const replaced = staged.commit();
    const reportPages = reportFiles.filter((f) => f.file.endsWith('.html')).length;
    return {
      out: resolve(options.out), base: outline.ctx.urls.base, counts: outline.counts, files: htmlPages + reportPages, qaPages: reportPages,
      warnings, search, replaced, linkedFiles: found.linked, ms: performance.now() - started,
    };
  } catch (error) {
    qa?.stop();
    source.stop();
    staged.discard();
    throw asOutputError(error, options.out, committing);
  } finally {
    unregister();
  }
}

/**
 * A file-system failure while writing (a full disk, say) is said in one line, not as an internal
 * error, and before the new site is moved in, with what became of the output folder: nothing.
 */
function asOutputError(error: unknown, out: string, committing: boolean): unknown {
  const failure = error instanceof OutputError ? error
    : error instanceof UsageError || error instanceof ContentError || fsErrorOf(error) === null ? null
      : writeFailure(`cannot write the site to ${out}`, error);
  if (failure === null) return error;
  return committing ? failure : new OutputError(`${failure.message}; the build stopped, and ${out} is as it was`);
}
