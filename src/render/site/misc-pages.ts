/** The small pages: search, 404 (per locale and at the root), the root language chooser, extras. */
import { homeTargets, languageSwitcher } from './chrome.js';
import { attr, escapeHtml, jsonForHtml } from './html.js';
import { homeAlternates } from './home-page.js';
import { pageTitle, renderShell } from './layout.js';
import { stringsFor } from './strings.js';
import type { ExtraPage, LanguageTarget, SiteContext } from './types.js';
import { pagefindVersion } from './asset-versions.js';
import { assetsUrl, homeUrl, searchUrl } from './urls.js';

export function renderSearchPage(ctx: SiteContext, locale: string): string {
  const strings = stringsFor(locale);
  const main = `<h1>${escapeHtml(strings.searchTitle)}</h1>\n` +
    `<form class="search-form" role="search" method="get"${attr('action', searchUrl(ctx.urls, locale))}>` +
    `<label for="search-q">${escapeHtml(strings.searchLabel)}</label>` +
    `<input id="search-q" type="search" name="q" autocomplete="off">` +
    `<button type="submit">${escapeHtml(strings.searchButton)}</button></form>\n` +
    `<p id="search-status" class="search-status" role="status"${attr('data-results', strings.searchResults)}` +
    `${attr('data-none', strings.searchNoResults)}${attr('data-shown', strings.searchShown)}${attr('data-more', strings.searchMore)}` +
    `${attr('data-near', strings.searchNear)}${attr('data-near-show', strings.searchNearShow)}${attr('data-near-results', strings.searchNearResults)}` +
    `${attr('data-near-and', strings.searchNearAnd)}${attr('data-near-and-results', strings.searchNearAndResults)}` +
    `${attr('data-unavailable', strings.searchUnavailable)}${attr('data-title', pageTitle(strings.searchTitleQuery, strings))}></p>\n` +
    `<ol id="search-results" class="search-results"></ol>\n` +
    `<noscript><p>${escapeHtml(strings.searchUnavailable)} <a${attr('href', homeUrl(ctx.urls, locale))}>${escapeHtml(strings.homeTitle)}</a></p></noscript>`;
  return renderShell({
    ctx, locale, strings, kind: 'search',
    title: strings.searchTitle,
    noindex: true,
    canonical: searchUrl(ctx.urls, locale),
    htmlAttrs: attr('data-pagefind', pagefindScriptUrl(ctx.urls.base)),
    switcher: languageSwitcher(locale, strings, homeTargets(ctx, 'search')),
    main, scripts: [assetsUrl(ctx.urls, 'query-stem.js'), assetsUrl(ctx.urls, 'search-words.js'), assetsUrl(ctx.urls, 'search-excerpt.js'), assetsUrl(ctx.urls, 'search.js')],
  });
}

/** Pagefind's script, versioned like the assets (its path must end in pagefind.js before the query). */
function pagefindScriptUrl(base: string): string {
  const version = pagefindVersion();
  return `${base}pagefind/pagefind.js${version ? `?v=${encodeURIComponent(version)}` : ''}`;
}

export function renderLocaleNotFound(ctx: SiteContext, locale: string): string {
  const strings = stringsFor(locale);
  const main = `<h1>${escapeHtml(strings.notFoundTitle)}</h1>\n<p>${escapeHtml(strings.notFoundText)}</p>\n` +
    `${foundElsewhere(strings)}\n<p><a${attr('href', homeUrl(ctx.urls, locale))}>${escapeHtml(strings.notFoundHome)}</a></p>`;
  return renderShell({
    ctx, locale, strings, kind: 'not-found', title: strings.notFoundTitle, noindex: true,
    switcher: languageSwitcher(locale, strings, homeTargets(ctx, 'home'), 'language'), main,
    scripts: [assetsUrl(ctx.urls, 'not-found.js')],
  });
}

/**
 * Filled by not-found.js with the languages that have the page asked for (it looks them up). The root
 * 404 serves  every language: it carries the sentence in each, and not-found.js says it in the language
 * of the address asked for.
 */
function foundElsewhere(strings: Record<string, string>, ctx?: SiteContext): string {
  const texts = ctx ? Object.fromEntries(ctx.locales.map((l) => [l.toLowerCase(), stringsFor(l).notFoundElsewhere])) : null;
  return `<p class="found-elsewhere" hidden${texts ? attr('data-texts', JSON.stringify(texts)) : ''}>` +
    `<span class="found-elsewhere-text">${escapeHtml(strings.notFoundElsewhere)}</span> <span class="found-elsewhere-links"></span></p>`;
}

/** Every language with a link to its home, each name in its own language. */
function languageList(ctx: SiteContext): string {
  const items = ctx.locales.map((locale) =>
    `<li><a${attr('href', homeUrl(ctx.urls, locale))}${attr('hreflang', locale)}${attr('lang', locale)}${attr('data-locale', locale)}>` +
    `${escapeHtml(stringsFor(locale).languageName)}</a></li>`);
  return `<ul class="language-list">${items.join('')}</ul>`;
}

/** The root 404: the server shows it for any missing URL, so it speaks every language. */
export function renderRootNotFound(ctx: SiteContext): string {
  const strings = stringsFor(ctx.english);
  const others = ctx.locales.filter((l) => l !== ctx.english).map((locale) => {
    const s = stringsFor(locale);
    return `<p${attr('lang', locale)}>${escapeHtml(s.notFoundTitle)}. ${escapeHtml(s.notFoundText)}</p>`;
  }).join('\n');
  const main = `<h1>${escapeHtml(strings.notFoundTitle)}</h1>\n<p>${escapeHtml(strings.notFoundText)}</p>\n${others}\n` +
    `${foundElsewhere(strings, ctx)}\n` +
    `<h2>${escapeHtml(strings.chooseLanguage)}</h2>\n${languageList(ctx)}`;
  return renderShell({
    ctx, locale: ctx.english, strings, kind: 'not-found', title: strings.notFoundTitle, noindex: true,
    headerHome: ctx.urls.base, switcher: languageSwitcher(ctx.english, strings, homeTargets(ctx, 'home'), 'none'), main,
    scripts: [assetsUrl(ctx.urls, 'not-found.js')],
  });
}

/**
 * The root page picks a language (remembered choice, else the browser's languages) and goes
 * there; only this page ever redirects. Without script it is a plain list of languages.
 */
export function renderRootIndex(ctx: SiteContext): string {
  const strings = stringsFor(ctx.english);
  const homes = ctx.locales.map((locale) => ({ locale, url: homeUrl(ctx.urls, locale) }));
  const main = `<h1>${escapeHtml(strings.siteName)}</h1>\n` +
    `<p class="js-only" hidden>${escapeHtml(strings.openingLanguage)}</p>\n` +
    `<noscript><h2>${escapeHtml(strings.chooseLanguage)}</h2>\n${languageList(ctx)}</noscript>`;
  return renderShell({
    ctx, locale: ctx.english, strings, kind: 'root', title: strings.siteName, description: strings.siteTagline,
    canonical: ctx.urls.base, headerHome: ctx.urls.base,
    alternates: homeAlternates(ctx),
    // On <main>, not <html>: with many locales the list pushed <meta charset> past the first 1,024 bytes.
    mainAttrs: attr('data-homes', jsonForHtml(homes)) + attr('data-default-locale', ctx.english),
    switcher: languageSwitcher(ctx.english, strings, homeTargets(ctx, 'home'), 'none'), main,
  });
}

/**
 * An extra page exists in its own language only (the QA report covers every locale in one page):
 * the switcher marks the other languages unavailable, as an advisory's switcher does for a
 * language that lacks it, rather than sending the user to a language home and out of the page.
 */
function singleLanguageTargets(ctx: SiteContext, locale: string, url: string): LanguageTarget[] {
  return ctx.locales.map((l) => ({ locale: l, url: l === locale ? url : null }));
}

/** A page supplied as data (the QA report): its body inside the site layout, not indexed. */
export function renderExtraPage(ctx: SiteContext, page: ExtraPage): string {
  const locale = page.locale ?? ctx.english;
  const strings = stringsFor(locale);
  const url = `${ctx.urls.base}${page.url}`;
  return renderShell({
    ctx, locale, strings, kind: 'extra', title: page.title, noindex: true,
    canonical: url, headerHome: homeUrl(ctx.urls, locale),
    switcher: languageSwitcher(locale, strings, singleLanguageTargets(ctx, locale, url)),
    main: page.bodyHtml, scripts: page.scripts, styles: page.styles,
  });
}
