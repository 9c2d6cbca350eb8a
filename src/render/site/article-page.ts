/** An advisory page: the rendered article body inside the site chrome. */
import type { Advisory, ArticleView } from './advisory.js';
import { breadcrumbs, languageSwitcher, provenanceNotes, readerToolbar, type Crumb } from './chrome.js';
import { attr, escapeHtml } from './html.js';
import { renderShell, type Alternate } from './layout.js';
import { stringsFor } from './strings.js';
import type { LanguageTarget, SiteContext } from './types.js';
import { articleUrl, assetsUrl, homeUrl } from './urls.js';

/**
 * Pagefind keeps the first image after the h1 as the page's `image` (and `image_alt`) metadata,
 * and indexes metadata words: a `data:` image's base64 letters made nonsense queries ("exchnage",
 * "xyzzyq") find pages. The search page shows no thumbnails, so the image is set to nothing.
 * Every image's alt text is indexed as page text instead (SEARCH_ALT in md-html.ts).
 */
const SEARCH_META = ' data-pagefind-meta="image:"';

export function languageTargets(ctx: SiteContext, advisory: Advisory): LanguageTarget[] {
  return ctx.locales.map((locale) => ({
    locale,
    url: advisory.has(locale) ? articleUrl(ctx.urls, locale, advisory.slug) : null,
  }));
}

/** hreflang alternates: only languages that really have the page, plus x-default (English). */
export function alternatesOf(ctx: SiteContext, advisory: Advisory): Alternate[] {
  const alternates: Alternate[] = [];
  for (const locale of ctx.locales) {
    if (advisory.has(locale)) alternates.push({ hreflang: locale, url: articleUrl(ctx.urls, locale, advisory.slug) });
  }
  if (advisory.has(ctx.english)) alternates.push({ hreflang: 'x-default', url: articleUrl(ctx.urls, ctx.english, advisory.slug) });
  return alternates;
}

/**
 * A folder of the slug as a reader sees it in the breadcrumb: `commercial-dialogues` →
 * "Commercial dialogues" (the trail showed the slug itself, a hyphenated file name). It is the
 * English name every language's folder shares (the corpus names no translated folders), so a
 * Latvian or Norwegian page marks it as English; it is not linked: the site has no folder pages.
 */
export function folderLabel(folder: string): string {
  const words = folder.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words === '' ? folder : words.charAt(0).toLocaleUpperCase('en-US') + words.slice(1);
}

function crumbsOf(ctx: SiteContext, locale: string, slug: string, view: ArticleView, home: string): Crumb[] {
  const lang = locale === ctx.english ? null : ctx.english;
  const folders = slug.split('/').slice(0, -1).map((folder) => ({ label: folderLabel(folder), url: null, lang }));
  return [{ label: home, url: homeUrl(ctx.urls, locale) }, ...folders, { label: view.title, url: null, lang: view.titleLang }];
}

/**
 * The article body; adds the title as <h1> when the document itself has none. A title left in
 * English gives Pagefind its language as metadata (`title_lang`), so the search page marks the
 * result's title as English (one static value per attribute: `image:` keeps <main>'s).
 */
function articleBody(view: ArticleView): string {
  const heading = view.html.includes('<h1') ? '' : `<h1${attr('lang', view.titleLang)}>${escapeHtml(view.title)}</h1>\n`;
  const meta = view.titleLang === null ? '' : attr('data-pagefind-meta', `title_lang:${view.titleLang}`);
  return `<article class="advisory"${meta}>\n${heading}${view.html}\n</article>`;
}

export function renderArticlePage(ctx: SiteContext, advisory: Advisory, locale: string): string {
  const view = advisory.render(locale);
  const strings = stringsFor(locale);
  const translated = locale !== ctx.english;
  const englishUrl = advisory.has(ctx.english) ? articleUrl(ctx.urls, ctx.english, advisory.slug) : null;
  const notes = translated ? provenanceNotes(strings, {
    machineTranslated: view.translationType === 'MT', drifted: view.drifted,
    untranslatedCount: view.untranslatedCount, englishUrl, english: ctx.english,
  }) : '';
  const aside = translated
    ? `<aside class="translation-info"${attr('aria-label', strings.aboutTranslation)}>${notes}${readerToolbar(strings)}</aside>`
    : '';
  return renderShell({
    ctx, locale, strings, kind: 'article',
    title: view.title,
    titleLang: view.titleLang,
    description: view.description,
    noindex: view.robotsNoindex || advisory.fragment,
    canonical: articleUrl(ctx.urls, locale, advisory.slug),
    alternates: alternatesOf(ctx, advisory),
    switcher: languageSwitcher(locale, strings, languageTargets(ctx, advisory)),
    beforeMain: breadcrumbs(strings, crumbsOf(ctx, locale, advisory.slug, view, strings.home)) + aside,
    main: articleBody(view),
    // On <main>, not <html>: a long slug there pushed <meta charset> past the page's first 1,024 bytes.
    mainAttrs: attr('data-slug', advisory.slug) + (advisory.fragment ? '' : ` data-pagefind-body${SEARCH_META}`),
    qaDocument: advisory.slug,
    // The reading modes and arrival at a #seg sentence (English pages too: no toolbar there).
    scripts: [assetsUrl(ctx.urls, 'reader.js')],
    // The stored reading mode, on <html> before the first paint (pages with the modes' toolbar only).
    headScripts: translated ? [assetsUrl(ctx.urls, 'reading-mode.js')] : [],
  });
}
