/**
 * `tolk build`: content folder → static advisory site. read + align → plan every page → Eleventy
 * renders (tolk's own string templates) and writes them, copying assets → Pagefind indexes →
 * the finished folder replaces the output folder.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../model.js';
import { ContentError, readAndAlign } from '../pipeline.js';
import { isDirectory } from '../read/load-corpus.js';
import { TEMPLATES_DIR } from '../render/site/paths.js';
import { checkOutputPath } from '../render/site/plan.js';
import type { ExtraFile, ExtraPage, SitePage } from '../render/site/types.js';
import { outputPathOf, runEleventy } from './eleventy-run.js';
import type { MediaCopy } from './media.js';
import { writeSearchIndex, type SearchIndexResult } from './pagefind-index.js';
import { qaPages, reportedQa, startQa } from './site-qa.js';
import { siteUrls } from './site-plan.js';
import { LocalSource, siteSource, type PlanOutline } from './site-source.js';
import { checkOutputFolder, stageOutput } from './staged-output.js';

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
}

export interface BuildResult {
  out: string;
  base: string;
  /** Advisory pages per locale, English included. */
  counts: Record<string, number>;
  /** Files written from templates (pages, sitemap), not counting copied assets. */
  files: number;
  warnings: Diagnostic[];
  search: SearchIndexResult | null;
  ms: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Counts pages as they are rendered, for the progress bar. */
function withProgress(pages: SitePage[], onProgress: BuildOptions['onProgress']): SitePage[] {
  if (!onProgress) return pages;
  let done = 0;
  return pages.map((page) => ({
    file: page.file,
    render: () => {
      const bytes = page.render();
      onProgress('writing', ++done, pages.length);
      return bytes;
    },
  }));
}

function writeExtraFiles(dir: string, files: ExtraFile[]): void {
  for (const extra of files) {
    const target = outputPathOf(dir, checkOutputPath(extra.file, 'extra file'));
    if (existsSync(target)) throw new Error(`extra file ${extra.file} would replace a file of the built site`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, extra.content);
  }
}

/** Images that pages use from outside the media folders (found while rendering). */
function copyLooseImages(dir: string, copies: Iterable<MediaCopy>): void {
  for (const copy of copies) {
    const target = outputPathOf(dir, copy.to);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(copy.from, target);
  }
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const warnings: Diagnostic[] = [];
  const warn = (d: Diagnostic) => { warnings.push(d); };
  checkOutputFolder(options.out, options.content, TEMPLATES_DIR);
  const urls = siteUrls(options);
  if (!isDirectory(options.content)) throw new ContentError(`content folder not found: ${options.content}`);

  // Both start before anything is read: the checks and the pages each read the content on their own.
  const source = siteSource(options, options.renderWorker);
  const qa = options.qa === false ? null : startQa({ content: resolve(options.content), urls, configDir: process.cwd() },
    () => (source instanceof LocalSource ? source.site().corpus : readAndAlign(options.content)));
  const staged = stageOutput(options.out);
  let search: SearchIndexResult | null = null;
  let outline: PlanOutline;
  try {
    outline = await source.outline();
    for (const d of outline.warnings) warn(d);
    log(`read ${outline.documents} documents in ${outline.locales.join(', ')} (${seconds(performance.now() - started)})`);
    const pages: SitePage[] = outline.files.map((file, id) => ({ file, render: () => source.render(id) }));
    // Last: the QA pages wait for the checks, which run while the other pages are written.
    if (qa) pages.push(...qaPages(outline.ctx, reportedQa(qa, warn)));

    const t = performance.now();
    await runEleventy({
      pages: withProgress(pages, options.onProgress), outputDir: staged.dir, copies: outline.copies,
      onLog: (message) => warn({ severity: 'warning', code: 'eleventy', file: 'eleventy', line: 1, column: 1, message }),
    });
    const found = await source.findings();
    for (const d of found.warnings) warn(d);
    copyLooseImages(staged.dir, found.loose);
    writeExtraFiles(staged.dir, options.extraFiles ?? []);
    log(`rendered and wrote ${pages.length} pages with Eleventy (${seconds(performance.now() - t)})`);
    if (outline.ctx.search) {
      search = await writeSearchIndex(staged.dir);
      const perLanguage = Object.entries(search.languages).map(([lang, n]) => `${lang} ${n}`).join(', ');
      log(`search index: Pagefind indexed ${perLanguage} pages in ${seconds(search.ms)}`);
    }
    staged.commit();
    return {
      out: resolve(options.out), base: outline.ctx.urls.base, counts: outline.counts, files: pages.length,
      warnings, search, ms: performance.now() - started,
    };
  } catch (error) {
    qa?.stop();
    source.stop();
    staged.discard();
    throw error;
  }
}
