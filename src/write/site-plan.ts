/**
 * Reads the content folder and plans the site: what the page worker of `tolk build` does, or the
 * main thread for a small site or after a worker failure; deterministic, so both ways give the
 * same pages in the same order.
 */
import { resolve } from 'node:path';
import type { AlignedCorpus, Diagnostic } from '../model.js';
import { readAndAlign } from '../pipeline.js';
import { ENGLISH, renderArticle } from '../render/article.js';
import { planSite, type SitePlan } from '../render/site/plan.js';
import type { ExtraPage, SiteContext } from '../render/site/types.js';
import { normalizeBase, normalizeSiteUrl, type UrlScheme } from '../render/site/urls.js';
import { indexMedia, type MediaIndex } from './media.js';
import { SiteLinks } from './site-links.js';

export interface SitePlanOptions {
  content: string;
  base?: string;
  siteUrl?: string | null;
  search?: boolean;
  /** Whether the QA report is published at `qa/`, so pages link it (default false). */
  qaReport?: boolean;
  /** Pages supplied as data, planned after tolk's own pages. */
  extraPages?: ExtraPage[];
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface PlannedSite {
  corpus: AlignedCorpus;
  ctx: SiteContext;
  media: MediaIndex;
  links: SiteLinks;
  plan: SitePlan;
}

export function siteUrls(options: SitePlanOptions): UrlScheme {
  return { base: normalizeBase(options.base ?? '/'), siteUrl: options.siteUrl ? normalizeSiteUrl(options.siteUrl) : null };
}

function siteContext(urls: UrlScheme, corpusLocales: string[], search: boolean, qa: boolean): SiteContext {
  const locales = [...corpusLocales.filter((l) => l !== ENGLISH), ENGLISH];
  return { urls, locales, english: ENGLISH, search, qa };
}

export function planSiteOf(options: SitePlanOptions, warn: (d: Diagnostic) => void): PlannedSite {
  const content = resolve(options.content);
  const corpus = readAndAlign(options.content, { onProgress: (d, n) => options.onProgress?.('reading', d, n) });
  const ctx = siteContext(siteUrls(options), corpus.locales, options.search !== false, options.qaReport === true);
  const media = indexMedia(content, corpus.locales, warn);
  const links = new SiteLinks(content, ctx, media, warn);
  const plan = planSite({
    corpus, ctx, warn,
    renderArticle: (doc, locale, o) => renderArticle(doc, locale, o),
    assetUrlFor: (doc) => links.forDocument(doc),
    imageSizeFor: (doc) => links.imageSizeOf(doc),
    advisoryLinkFor: (doc, advisories) => links.advisoryLinkFor(doc, advisories),
    extraPages: options.extraPages,
  });
  return { corpus, ctx, media, links, plan };
}
