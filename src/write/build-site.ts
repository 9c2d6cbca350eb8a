/**
 * `tolk build`: content folder → static advisory site. read + align → plan every page → Eleventy
 * renders (tolk's own string templates) and writes them, copying assets → Pagefind indexes →
 * the finished folder replaces the output folder.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AlignedCorpus, Diagnostic } from '../model.js';
import { readAndAlign } from '../pipeline.js';
import { ENGLISH, renderArticle } from '../render/article.js';
import { TEMPLATES_DIR } from '../render/site/paths.js';
import { checkOutputPath, planSite, type SitePlan } from '../render/site/plan.js';
import type { ExtraFile, ExtraPage, SiteContext, SitePage } from '../render/site/types.js';
import { normalizeBase, normalizeSiteUrl, type UrlScheme } from '../render/site/urls.js';
import { outputPathOf, runEleventy } from './eleventy-run.js';
import { indexMedia, type MediaCopy } from './media.js';
import { writeSearchIndex, type SearchIndexResult } from './pagefind-index.js';
import { SiteLinks } from './site-links.js';
import { qaPages, reportedQa, startQa } from './site-qa.js';
import { checkOutputFolder, stageOutput } from './staged-output.js';

export interface BuildOptions {
  content: string;
  out: string;
  base?: string;
  search?: boolean;
  /** Whether to run the QA checks and publish the report at `qa/` (default true). */
  qa?: boolean;
  siteUrl?: string | null;
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

function siteUrls(options: BuildOptions): UrlScheme {
  return { base: normalizeBase(options.base ?? '/'), siteUrl: options.siteUrl ? normalizeSiteUrl(options.siteUrl) : null };
}

function siteContext(urls: UrlScheme, corpusLocales: string[], options: BuildOptions): SiteContext {
  const locales = [...corpusLocales.filter((l) => l !== ENGLISH), ENGLISH];
  return { urls, locales, english: ENGLISH, search: options.search !== false };
}

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
  const urls = siteUrls(options);
  let corpus: AlignedCorpus | null = null;
  const qa = options.qa === false ? null : startQa({ content, urls, configDir: process.cwd() }, () => corpus!);
  try {
    corpus = readAndAlign(options.content, { onProgress: (d, n) => options.onProgress?.('reading', d, n) });
  } catch (error) {
    qa?.stop();
    throw error;
  }
  const ctx = siteContext(urls, corpus.locales, options);
  const media = indexMedia(content, corpus.locales, warn);
  const links = new SiteLinks(content, ctx, media, warn);
  const plan: SitePlan = planSite({
    corpus, ctx, warn,
    renderArticle: (doc, locale, o) => renderArticle(doc, locale, o),
    assetUrlFor: (doc) => links.forDocument(doc),
    extraPages: options.extraPages,
  });
  // Last: the QA pages wait for the checks, which run while the other pages are written.
  if (qa) plan.pages.push(...qaPages(ctx, reportedQa(qa, warn)));
  return { corpus, ctx, media, links, plan, qa };
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const warnings: Diagnostic[] = [];
  const warn = (d: Diagnostic) => { warnings.push(d); };
  checkOutputFolder(options.out, options.content, TEMPLATES_DIR);

  const { corpus, ctx, media, links, plan, qa } = planFor(options, warn);
  log(`read ${corpus.documents.length} documents in ${corpus.locales.join(', ')} (${seconds(performance.now() - started)})`);

  const staged = stageOutput(options.out);
  let search: SearchIndexResult | null = null;
  try {
    const t = performance.now();
    await runEleventy({
      pages: withProgress(plan.pages, options.onProgress), outputDir: staged.dir, copies: media.copies,
      onLog: (message) => warn({ severity: 'warning', code: 'eleventy', file: 'eleventy', line: 1, column: 1, message }),
    });
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
    staged.discard();
    throw error;
  }
  return {
    out: resolve(options.out), base: ctx.urls.base, counts: plan.counts, files: plan.pages.length,
    warnings, search, ms: performance.now() - started,
  };
}
