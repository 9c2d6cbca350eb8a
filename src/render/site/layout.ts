/** The HTML shell every page shares: head (meta, canonical, hreflang), header, footer. */
import { attr, directionOf, escapeHtml } from './html.js';
import type { SiteStrings } from './strings.js';
import type { SiteContext } from './types.js';
import { absoluteUrl, assetsUrl, homeUrl, searchUrl } from './urls.js';

export interface Alternate {
  hreflang: string;
  url: string;
}

export interface ShellOptions {
  ctx: SiteContext;
  locale: string;
  strings: SiteStrings;
  /** Page title without the site name. */
  title: string;
  /** The title's language when it is not the page's (an advisory title left in English; the site's name is English too). */
  titleLang?: string | null;
  description?: string | null;
  noindex?: boolean;
  /** Root-relative URL of the page; made absolute with --site-url. Omitted for 404 pages. */
  canonical?: string;
  alternates?: Alternate[];
  /** `data-page` on <html>: what site.js should wire up. */
  kind: 'article' | 'home' | 'search' | 'not-found' | 'root' | 'extra';
  /**
   * Extra attributes for <html>, already rendered: short ones of a fixed size only. Everything
   * before <meta charset> must fit in the page's first 1,024 bytes, where browsers look for it
   * (past them a browser guesses the encoding, and validators call the page an error): data from
   * the content (a slug, a list of locales) goes on <main> (mainAttrs).
   */
  htmlAttrs?: string;
  switcher: string;
  /** Between the header and <main>: breadcrumbs, toolbar, banners. */
  beforeMain?: string;
  main: string;
  /** Attributes for <main>, already rendered (e.g. data-pagefind-body). */
  mainAttrs?: string;
  scripts?: string[];
  /**
   * Scripts that must run before the page is first drawn (an advisory's stored reading mode):
   * loaded without `defer`, before the stylesheets, so they wait for neither the page nor the CSS.
   */
  headScripts?: string[];
  styles?: string[];
  /** Whether the header links the site home of this locale (not on the root page). */
  headerHome?: string;
  /** An advisory's slug: the footer also links the QA report filtered to its findings. */
  qaDocument?: string;
}

/** A page's <title>: its own title, then the site's name (the site's name alone on the root page). */
export function pageTitle(title: string, strings: SiteStrings): string {
  return title === strings.siteName ? title : `${title} · ${strings.siteName}`;
}

function head(o: ShellOptions): string {
  const { ctx } = o;
  const lines = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title${attr('lang', o.titleLang)}>${escapeHtml(pageTitle(o.title, o.strings))}</title>`,
    // No icon file: stops browsers requesting /favicon.ico (a 404, outside the site under --base).
    '<link rel="icon" href="data:,">',
  ];
  if (o.description) lines.push(`<meta name="description"${attr('content', o.description)}>`);
  if (o.noindex) lines.push('<meta name="robots" content="noindex, nofollow">');
  for (const src of o.headScripts ?? []) lines.push(`<script${attr('src', src)}></script>`);
  if (o.canonical) lines.push(`<link rel="canonical"${attr('href', absoluteUrl(ctx.urls, o.canonical))}>`);
  for (const a of o.alternates ?? []) {
    lines.push(`<link rel="alternate"${attr('hreflang', a.hreflang)}${attr('href', absoluteUrl(ctx.urls, a.url))}>`);
  }
  lines.push(`<link rel="stylesheet"${attr('href', assetsUrl(ctx.urls, 'site.css'))}>`);
  lines.push(`<link rel="stylesheet"${attr('href', assetsUrl(ctx.urls, 'print.css'))} media="print">`);
  for (const href of o.styles ?? []) lines.push(`<link rel="stylesheet"${attr('href', href)}>`);
  lines.push(`<script${attr('src', assetsUrl(ctx.urls, 'site.js'))} defer></script>`);
  for (const src of o.scripts ?? []) lines.push(`<script${attr('src', src)} defer></script>`);
  return `<head>\n${lines.join('\n')}\n</head>`;
}

function header(o: ShellOptions): string {
  const home = o.headerHome ?? homeUrl(o.ctx.urls, o.locale);
  const search = o.ctx.search && o.kind !== 'root' && o.kind !== 'search'
    // Named, so it stays a distinct landmark from the search page's own search form (axe landmark-unique).
    ? `<form class="header-search" role="search"${attr('aria-label', o.strings.searchLabel)}${attr('action', searchUrl(o.ctx.urls, o.locale))} method="get">` +
      `<label class="visually-hidden" for="header-q">${escapeHtml(o.strings.searchLabel)}</label>` +
      `<input id="header-q" type="search" name="q"${attr('placeholder', o.strings.searchTitle)}>` +
      `<button type="submit">${escapeHtml(o.strings.searchButton)}</button></form>`
    : '';
  return `<header class="site-header"><div class="header-inner">` +
    `<a class="site-name"${attr('href', home)}>${escapeHtml(o.strings.siteName)}</a>${search}${o.switcher}</div></header>`;
}

/** Where the build publishes the translation-QA report, under the base (write/site-qa.ts). */
export const QA_REPORT_PATH = 'qa/';


/**
 * Translators reach the report from the footer of every page: out of readers' way, and always
 * there when checking an advisory. The report is in English, as the link says in other languages.
 * An advisory also links its own findings (in its language; all languages from the English page).
 */
function qaLink(o: ShellOptions): string {
  // Not with --no-qa: no page links a report that does not exist.
  if (o.ctx.qa !== true) return '';
  const url = `${o.ctx.urls.base}${QA_REPORT_PATH}`;
  const current = o.canonical === url ? ' aria-current="page"' : '';
  const link = (href: string, text: string, extra = '') =>
    `<a${attr('href', href)}${attr('hreflang', o.ctx.english)}${extra}>${escapeHtml(text)}</a>`;
  const own = o.qaDocument === undefined ? '' : ` · ${link(`${url}?${qaDocumentQuery(o.qaDocument, o.locale, o.ctx.english)}`, o.strings.qaDocumentLink)}`;
  return `<p class="footer-qa">${link(url, o.strings.qaReportLink, current)}${own}</p>`;
}

/** The report's filters (qa-state.js reads them) for one advisory's findings in one language. */
export function qaDocumentQuery(slug: string, locale: string, english: string): string {
  // In the order the report writes its address, so it does not rewrite this one.
  const params = new URLSearchParams(locale === english ? {} : { locale });
  params.set('document', slug);
  return params.toString();
}

function footer(o: ShellOptions): string {
  return `<footer class="site-footer">${qaLink(o)}<p>${escapeHtml(o.strings.credit)}</p></footer>`;
}

/**
 * Every URL of the site starts at the root of the host (or at --base), so a page opened from disk
 * (or served at another path than it was built for) loads no CSS and no script: unstyled, each
 * translation run into its English, links leading nowhere. This notice says why and what to do; it
 * shows exactly when site.css did not load, since site.css hides it (display:none, so screen
 * readers skip it on a working site too). Outside <main> and marked for Pagefind to skip.
 */
function openFromDiskNotice(strings: SiteStrings): string {
  const text = escapeHtml(strings.openFromDisk).split('{command}').join('<code>npx tolk serve</code>');
  return `<p class="open-from-disk" role="note" data-pagefind-ignore>${text}</p>`;
}

export function renderShell(o: ShellOptions): string {
  return '<!doctype html>\n' +
    `<html${attr('lang', o.locale)}${attr('dir', directionOf(o.locale))} data-bilingual="off"${attr('data-page', o.kind)}` +
    `${attr('data-base', o.ctx.urls.base)}${o.htmlAttrs ?? ''}>\n` +
    `${head(o)}\n<body>\n${openFromDiskNotice(o.strings)}\n` +
    `<a class="skip-link" href="#main">${escapeHtml(o.strings.skipToContent)}</a>\n` +
    `${header(o)}\n<div class="page">\n${o.beforeMain ?? ''}\n` +
    `<main id="main"${o.mainAttrs ?? ''}>\n${o.main}\n</main>\n</div>\n${footer(o)}\n</body>\n</html>\n`;
}
