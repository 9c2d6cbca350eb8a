/**
 * Plans the whole site: every output file with a function producing its bytes. Nothing is
 * rendered here; Eleventy calls those functions while it writes, so rendering overlaps with
 * writing and a page's HTML does not wait in memory for the rest of the site.
 */
import type { AlignedCorpus, AlignedDocument, Diagnostic } from '../../model.js';
import type { AdvisoryLink, AssetUse, ImageSizeOf } from '../md-env.js';
import { Advisory, type ArticleView } from './advisory.js';
import { renderArticlePage } from './article-page.js';
import { renderHomePage } from './home-page.js';
import {
  renderExtraPage, renderLocaleNotFound, renderRootIndex, renderRootNotFound, renderSearchPage,
} from './misc-pages.js';
import { renderPageIndex, sitemapPages } from './sitemap.js';
import { calloutLabels, stringsFor } from './strings.js';
import type { ExtraPage, SiteContext, SitePage } from './types.js';
import { articleFile, localeDir } from './urls.js';

export type AssetUrl = (relativePath: string, sourceLocale: string, use?: AssetUse) => string;
export type RenderArticle = (doc: AlignedDocument, locale: string,
  options: { assetUrl: AssetUrl; imageSize: ImageSizeOf | null; advisoryLink: AdvisoryLink | null; labels: Record<string, string> }) => ArticleView | null;

export interface PlanInput {
  corpus: AlignedCorpus;
  ctx: SiteContext;
  renderArticle: RenderArticle;
  /** Makes the path resolver for one document's pages (paths are relative to the document's folder). */
  assetUrlFor: (doc: AlignedDocument) => AssetUrl;
  /** Makes the image-size finder of one document's pages (same paths as assetUrlFor); absent: no sizes. */
  imageSizeFor?: (doc: AlignedDocument) => ImageSizeOf;
  /**
   * Makes the resolver of one document's links to other advisories, given the planned
   * advisories (which languages have which page); absent: such links stay in the page's language.
   */
  advisoryLinkFor?: (doc: AlignedDocument, advisories: ReadonlyMap<string, Advisory>) => AdvisoryLink;
  warn: (d: Diagnostic) => void;
  extraPages?: ExtraPage[];
}

export interface SitePlan {
  /** Advisory pages first, then the pages that list them (homes, sitemap), then the rest. */
  pages: SitePage[];
  advisories: Advisory[];
  /** Advisory pages per locale. */
  counts: Record<string, number>;
}

/** Slugs that would overwrite a page tolk itself puts in every locale folder. */
const RESERVED_SLUGS = new Set(['search', 'index.html', '404.html']);
/** A slug part named like a page's own file: its pages would go where the page of the part before it is. */
const PAGE_FILE_PART = /(^|\/)index\.html(\/|$)/i;

/**
 * Whether every part of a slug is a plain folder or file name. A file name is no path, but the
 * reader drops invisible characters from slugs, so `\u200b...md` has the slug `..`: its page
 * would be `lv-lv/../index.html`, and deeper ones would be written outside the output folder.
 * Parts of dots and blanks only (`...`, `.. `) go too: Windows drops trailing dots and blanks.
 */
function isPlainSlug(slug: string): boolean {
  return slug.split('/').every((part) => !/^[.\s]*$/.test(part));
}

function firstFile(doc: AlignedDocument): string {
  const locale = Object.keys(doc.locales).sort()[0];
  return locale ? doc.locales[locale].file : doc.slug;
}

function reportReadProblems(input: PlanInput): void {
  for (const d of input.corpus.diagnostics) input.warn(d);
  for (const doc of input.corpus.documents) {
    for (const ld of Object.values(doc.locales)) {
      for (const d of ld.doc.diagnostics) if (d.severity !== 'info') input.warn(d);
    }
  }
}

function advisoriesOf(input: PlanInput): Advisory[] {
  const { ctx } = input;
  const labels = new Map(ctx.locales.map((l) => [l, calloutLabels(stringsFor(l))]));
  const bySlug = new Map<string, Advisory>();
  const renderPage = (doc: AlignedDocument, locale: string) => input.renderArticle(doc, locale, {
    assetUrl: input.assetUrlFor(doc), imageSize: input.imageSizeFor?.(doc) ?? null, advisoryLink: input.advisoryLinkFor?.(doc, bySlug) ?? null, labels: labels.get(locale)!,
  });
  const advisories: Advisory[] = [];
  const byLowerSlug = new Map<string, string>();
  for (const doc of input.corpus.documents) {
    // /lv-lv/TLS/ and /lv-lv/tls/ are one folder on case-insensitive disks (macOS, Windows hosting).
    const other = byLowerSlug.get(doc.slug.toLowerCase());
    if (other !== undefined) {
      input.warn({ severity: 'warning', code: 'slug-case-clash', file: firstFile(doc), line: 1, column: 1,
        message: `the slug "${doc.slug}" differs from "${other}" only in case; on a case-insensitive disk or host one page overwrites the other` });
    } else {
      byLowerSlug.set(doc.slug.toLowerCase(), doc.slug);
    }
    if (!isPlainSlug(doc.slug)) {
      input.warn({ severity: 'warning', code: 'unsafe-slug', file: firstFile(doc), line: 1, column: 1,
        message: `the slug "${doc.slug}" has an empty part or one of dots only (".."), so its pages would be written over other pages or outside the site; document skipped` });
      continue;
    }
    if (RESERVED_SLUGS.has(doc.slug.toLowerCase())) {
      input.warn({ severity: 'warning', code: 'reserved-slug', file: firstFile(doc), line: 1, column: 1,
        message: `the slug "${doc.slug}" is the address of a page tolk makes in every language; document skipped` });
      continue;
    }
    if (PAGE_FILE_PART.test(doc.slug)) {
      const parent = doc.slug.slice(0, doc.slug.search(PAGE_FILE_PART));
      input.warn({ severity: 'warning', code: 'reserved-slug', file: firstFile(doc), line: 1, column: 1,
        message: `the slug "${doc.slug}" has a part named "index.html", the file of the page of "${parent}"; document skipped (rename it)` });
      continue;
    }
    const advisory = new Advisory(doc, ctx.locales, ctx.english, renderPage, input.warn);
    if (advisory.locales.length > 0) advisories.push(advisory);
  }
  // Pages render only once the plan is made, so every advisory is known by then.
  for (const advisory of advisories) bySlug.set(advisory.slug, advisory);
  return advisories;
}

export function planSite(input: PlanInput): SitePlan {
  const { ctx } = input;
  reportReadProblems(input);
  const advisories = advisoriesOf(input);
  const pages: SitePage[] = [];
  const counts: Record<string, number> = Object.fromEntries(ctx.locales.map((l) => [l, 0]));
  for (const advisory of advisories) {
    for (const locale of advisory.locales) {
      counts[locale]++;
      pages.push({ file: articleFile(locale, advisory.slug), render: () => renderArticlePage(ctx, advisory, locale) });
    }
  }
  pages.push(...chromePages(ctx, advisories), ...extraPages(ctx, input.extraPages ?? []));
  return { pages, advisories, counts };
}

function chromePages(ctx: SiteContext, advisories: Advisory[]): SitePage[] {
  const pages: SitePage[] = [];
  for (const locale of ctx.locales) {
    const dir = localeDir(locale);
    pages.push({ file: `${dir}/index.html`, render: () => renderHomePage(ctx, advisories, locale) });
    pages.push({ file: `${dir}/404.html`, render: () => renderLocaleNotFound(ctx, locale) });
    if (ctx.search) pages.push({ file: `${dir}/search/index.html`, render: () => renderSearchPage(ctx, locale) });
  }
  // A sitemap's URLs must be absolute (sitemaps.org; search engines reject relative ones): only with --site-url.
  if (ctx.urls.siteUrl !== null) pages.push(...sitemapPages(ctx, advisories));
  pages.push(
    { file: 'pages.json', render: () => renderPageIndex(ctx, advisories) },
    { file: 'index.html', render: () => renderRootIndex(ctx) },
    { file: '404.html', render: () => renderRootNotFound(ctx) },
  );
  return pages;
}

/** A relative path inside the output folder, or an error naming what is wrong with it. */
export function checkOutputPath(path: string, what: string): string {
  const parts = path.split('/');
  if (path === '' || path.startsWith('/') || path.includes('\\') || parts.some((p) => p === '..' || p === '.' || p === '')) {
    throw new Error(`${what} "${path}" must be a relative path inside the site`);
  }
  return path;
}

function extraPages(ctx: SiteContext, pages: ExtraPage[]): SitePage[] {
  return pages.map((page) => {
    if (page.url !== '' && !page.url.endsWith('/')) throw new Error(`extra page URL "${page.url}" must end with /`);
    return { file: checkOutputPath(`${page.url}index.html`, 'extra page URL'), render: () => renderExtraPage(ctx, page) };
  });
}
