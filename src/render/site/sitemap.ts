/**
 * sitemap.xml: every home and every indexable advisory page, each with `xhtml:link` alternates
 * for the languages that really have it (plus x-default). Pages marked noindex (and include
 * fragments, which are noindex) are left out: listing them would ask search engines to crawl what
 * the page tells them not to index.
 */
import type { Advisory } from './advisory.js';
import { alternatesOf } from './article-page.js';
import { escapeHtml } from './html.js';
import { homeAlternates } from './home-page.js';
import type { SiteContext } from './types.js';
import { absoluteUrl, articleUrl, homeUrl } from './urls.js';

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

export function renderSitemap(ctx: SiteContext, advisories: Advisory[]): string {
  const entries: string[] = [];
  const homes = homeAlternates(ctx);
  for (const locale of ctx.locales) entries.push(urlEntry(ctx, homeUrl(ctx.urls, locale), homes));
  for (const advisory of advisories) {
    if (advisory.fragment) continue;
    const indexable = new Set(advisory.locales.filter((l) => !advisory.summary(l).robotsNoindex));
    if (indexable.size === 0) continue;
    const alternates = alternatesOf(ctx, advisory).filter((a) =>
      a.hreflang === 'x-default' ? indexable.has(ctx.english) : indexable.has(a.hreflang));
    for (const locale of ctx.locales) {
      if (indexable.has(locale)) entries.push(urlEntry(ctx, articleUrl(ctx.urls, locale, advisory.slug), alternates));
    }
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${entries.join('\n')}\n</urlset>\n`;
}
