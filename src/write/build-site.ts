/**
 * `tolk build`: content folder → static advisory site. read + align → plan every page → Eleventy
 * renders (tolk's own string templates) and writes them, copying assets → Pagefind indexes →
 * the finished folder replaces the output folder.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AlignedCorpus, Diagnostic } from '../model.js';
import { TEMPLATES_DIR } from '../render/site/paths.js';
import { checkOutputPath } from '../render/site/plan.js';
import type { ExtraFile, ExtraPage, SitePage } from '../render/site/types.js';
import { MIN_WORKER_PAGES, startArticleWorker, type ArticleWorker } from './article-worker.js';
import { outputPathOf, runEleventy } from './eleventy-run.js';
import type { MediaCopy } from './media.js';
import { writeSearchIndex, type SearchIndexResult } from './pagefind-index.js';
import { qaPages, reportedQa, startQa } from './site-qa.js';
import { planSiteOf, siteUrls } from './site-plan.js';
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
   * Render the advisory pages in a worker thread: true / false, or undefined to decide by size
   * (a worker for sites of 400 advisory pages or more). The output is the same either way.
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

function planFor(options: BuildOptions, warn: (d: Diagnostic) => void) {
  const content = resolve(options.content);
  let corpus: AlignedCorpus | null = null;
  // Started first: the checks read the content folder on their own, in parallel.
  const qa = options.qa === false ? null : startQa({ content, urls: siteUrls(options), configDir: process.cwd() }, () => corpus!);
  const articles = startArticleWorker(options, options.renderWorker);
  try {
    const planned = planSiteOf(options, warn);
    corpus = planned.corpus;
    // Last: the QA pages wait for the checks, which run while the other pages are written.
    if (qa) planned.plan.pages.push(...qaPages(planned.ctx, reportedQa(qa, warn)));
    return { ...planned, qa, articles };
  } catch (error) {
    qa?.stop();
    articles?.stop();
    throw error;
  }
}

/** Keeps the article worker for sites big enough to gain from it (unless told to use it). */
function useWorker(worker: ArticleWorker | null, articlePages: number, wanted: boolean | undefined): ArticleWorker | null {
  if (worker && wanted === undefined && articlePages < MIN_WORKER_PAGES) {
    worker.stop();
    return null;
  }
  return worker;
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const warnings: Diagnostic[] = [];
  const warn = (d: Diagnostic) => { warnings.push(d); };
  checkOutputFolder(options.out, options.content, TEMPLATES_DIR);

  const { corpus, ctx, media, links, plan, qa, articles: startedWorker } = planFor(options, warn);
  const articles = useWorker(startedWorker, plan.articles.length, options.renderWorker);
  log(`read ${corpus.documents.length} documents in ${corpus.locales.join(', ')} (${seconds(performance.now() - started)})`);

  const staged = stageOutput(options.out);
  let search: SearchIndexResult | null = null;
  try {
    const t = performance.now();
    await runEleventy({
      pages: withProgress(articles ? articles.pagesOf(plan) : plan.pages, options.onProgress), outputDir: staged.dir, copies: media.copies,
      onLog: (message) => warn({ severity: 'warning', code: 'eleventy', file: 'eleventy', line: 1, column: 1, message }),
    });
    if (articles) {
      const found = await articles.findings;
      for (const d of found.warnings) warn(d);
      for (const [key, copy] of found.loose) if (!links.loose.has(key)) links.loose.set(key, copy);
    }
    copyLooseImages(staged.dir, links.loose.values());
    writeExtraFiles(staged.dir, options.extraFiles ?? []);
    log(`rendered and wrote ${plan.pages.length} pages with Eleventy (${seconds(performance.now() - t)})`);
    if (ctx.search) {
      search = await writeSearchIndex(staged.dir);
      const perLanguage = Object.entries(search.languages).map(([lang, n]) => `${lang} ${n}`).join(', ');
      log(`search index: Pagefind indexed ${perLanguage} pages in ${seconds(search.ms)}`);
    }
    staged.commit();
  } catch (error) {
    qa?.stop();
    articles?.stop();
    staged.discard();
    throw error;
  }
  return {
    out: resolve(options.out), base: ctx.urls.base, counts: plan.counts, files: plan.pages.length,
    warnings, search, ms: performance.now() - started,
  };
}
