/**
 * sitemap.xml: every home and every indexable advisory page, each with `xhtml:link` alternates
 * for the languages that really have it (plus x-default). Pages marked noindex (and include
 * fragments, which are noindex) are left out: listing them would ask search engines to crawl what
 * the page tells them not to index.
 *
 * A sitemap file may list 50,000 URLs and weigh 50 MB at most (sitemaps.org); search engines
 * reject a bigger one whole. A bigger site gets `sitemap-1.xml`, `sitemap-2.xml`… and a
 * `sitemap.xml` that is their index, so the address to submit stays the same. Which URL goes in
 * which file is decided when the site is planned, before the pages say whether they are noindex:
 * each URL is counted at its largest (every alternate), so no file can outgrow the limits.
 */
import type { Advisory } from './advisory.js';
import { alternatesOf } from './article-page.js';
import { escapeHtml } from './html.js';
import { homeAlternates } from './home-page.js';
import type { SiteContext, SitePage } from './types.js';
import { absoluteUrl, articleUrl, homeUrl } from './urls.js';

/** The most one sitemap file may hold (sitemaps.org): URLs, and bytes uncompressed. */
export interface SitemapLimits {
  urls: number;
  bytes: number;
}

export const SITEMAP_LIMITS: SitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 };

const URLSET_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
const URLSET_TAIL = '\n</urlset>\n';

function urlEntry(ctx: SiteContext, loc: string, alternates: { hreflang: string; url: string }[]): string {
  const links = alternates.map((a) =>
    `\n    <xhtml:link rel="alternate" hreflang="${escapeHtml(a.hreflang)}" href="${escapeHtml(absoluteUrl(ctx.urls, a.url))}"/>`);
  return `  <url>\n    <loc>${escapeHtml(absoluteUrl(ctx.urls, loc))}</loc>${links.join('')}\n  </url>`;
}

/**
 * pages.json: which languages have each advisory page (`{ locales, pages: { slug: [index…] } }`).
 * A 404 page reads it to offer the page asked for in the languages that have it: static hosting
 * has no other way to know.
 */
export function renderPageIndex(ctx: SiteContext, advisories: Advisory[]): string {
  // No prototype: a document named __proto__.md must be listed like any other, not set the prototype.
  const pages: Record<string, number[]> = Object.create(null);
  for (const advisory of advisories) pages[advisory.slug] = advisory.locales.map((l) => ctx.locales.indexOf(l));
  return `${JSON.stringify({ locales: ctx.locales, pages })}\n`;
}

/** One URL a sitemap may list: its entry, or null when the page turned out noindex. */
interface SitemapUrl {
  /** The entry's size with every alternate of the page: the entry rendered is never bigger. */
  maxBytes: number;
  entry: () => string | null;
}

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/** The entries of one advisory's pages: those its indexable languages have, with alternates among them. */
function advisoryEntries(ctx: SiteContext, advisory: Advisory): () => Map<string, string> {
  let entries: Map<string, string> | null = null;
  return () => {
    if (entries) return entries;
    const indexable = new Set(advisory.locales.filter((l) => !advisory.summary(l).robotsNoindex));
    const alternates = alternatesOf(ctx, advisory).filter((a) =>
      a.hreflang === 'x-default' ? indexable.has(ctx.english) : indexable.has(a.hreflang));
    entries = new Map([...indexable].map((l) => [l, urlEntry(ctx, articleUrl(ctx.urls, l, advisory.slug), alternates)]));
    return entries;
  };
}

/** Every URL a sitemap may list, in sitemap order: the homes, then each advisory's pages in site order. */
function sitemapUrls(ctx: SiteContext, advisories: Advisory[]): SitemapUrl[] {
  const urls: SitemapUrl[] = [];
  const homes = homeAlternates(ctx);
  for (const locale of ctx.locales) {
    const entry = urlEntry(ctx, homeUrl(ctx.urls, locale), homes);
    urls.push({ maxBytes: byteLength(entry), entry: () => entry });
  }
  for (const advisory of advisories) {
    if (advisory.fragment) continue;
    const all = alternatesOf(ctx, advisory);
    const entries = advisoryEntries(ctx, advisory);
    for (const locale of advisory.locales) {
      urls.push({
        maxBytes: byteLength(urlEntry(ctx, articleUrl(ctx.urls, locale, advisory.slug), all)),
        entry: () => entries().get(locale) ?? null,
      });
    }
  }
  return urls;
}

function renderUrlset(urls: SitemapUrl[]): string {
  const entries = urls.map((url) => url.entry()).filter((entry): entry is string => entry !== null);
  return `${URLSET_HEAD}${entries.join('\n')}${URLSET_TAIL}`;
}

/** Splits the URLs into files within `limits`, in order; one file when they all fit. */
function splitUrls(urls: SitemapUrl[], limits: SitemapLimits): SitemapUrl[][] {
  const frame = byteLength(URLSET_HEAD) + byteLength(URLSET_TAIL);
  const files: SitemapUrl[][] = [[]];
  let bytes = frame;
  for (const url of urls) {
    const size = url.maxBytes + 1; // and the line break before the next
    let file = files[files.length - 1];
    if (file.length > 0 && (file.length >= limits.urls || bytes + size > limits.bytes)) {
      files.push(file = []);
      bytes = frame;
    }
    file.push(url);
    bytes += size;
  }
  return files;
}

function renderSitemapIndex(ctx: SiteContext, files: string[]): string {
  const entries = files.map((file) => `  <sitemap>\n    <loc>${escapeHtml(absoluteUrl(ctx.urls, `${ctx.urls.base}${file}`))}</loc>\n  </sitemap>`);
  return '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    `${entries.join('\n')}\n</sitemapindex>\n`;
}

export function renderSitemap(ctx: SiteContext, advisories: Advisory[]): string {
  return renderUrlset(sitemapUrls(ctx, advisories));
}

/**
 * The sitemap files: `sitemap.xml` alone when the site fits in one, else `sitemap-1.xml`… and
 * `sitemap.xml` as their index. The index leaves out a file whose pages all turned out noindex
 * (a sitemap of no URL is invalid), though the file is written: it was planned before the pages.
 */
export function sitemapPages(ctx: SiteContext, advisories: Advisory[], limits: SitemapLimits = SITEMAP_LIMITS): SitePage[] {
  const urls = sitemapUrls(ctx, advisories);
  const split = splitUrls(urls, limits);
  if (split.length === 1) return [{ file: 'sitemap.xml', render: () => renderUrlset(urls) }];
  const files = split.map((part, i) => ({ file: `sitemap-${i + 1}.xml`, part }));
  return [
    ...files.map(({ file, part }) => ({ file, render: () => renderUrlset(part) })),
    { file: 'sitemap.xml', render: () => renderSitemapIndex(ctx, files.filter(({ part }) => part.some((url) => url.entry() !== null)).map(({ file }) => file)) },
  ];
}
