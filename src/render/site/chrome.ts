/** Page chrome shared by every page: language switcher, breadcrumbs, reader toolbar, banners. */
import { attr, escapeHtml } from './html.js';
import { fill, stringsFor, type SiteStrings } from './strings.js';
import type { LanguageTarget, SiteContext } from './types.js';
import { homeUrl, searchUrl } from './urls.js';

/**
 * How the switcher marks the page's own language: `page` where its link is this very page (an
 * advisory, a home, a search page); `language` where it leads elsewhere in the page's language
 * (a language's 404 links that language's home: aria-current="page" there would say the home is
 * where the reader is); `none` where the page has no one language (the root chooser, whose
 * English is only the fallback for readers who have chosen nothing, and the root 404).
 */
export type CurrentMark = 'page' | 'language' | 'none';

const CURRENT_ATTR: Record<CurrentMark, string> = { page: ' aria-current="page"', language: ' aria-current="true"', none: '' };

/**
 * Links to the same page in every site language. A language lacking the page is shown but not
 * linked, so readers see it exists without landing on a 404.
 */
export function languageSwitcher(current: string, strings: SiteStrings, targets: LanguageTarget[], mark: CurrentMark = 'page'): string {
  const items = targets.map(({ locale, url }) => {
    const name = escapeHtml(stringsFor(locale).languageName);
    if (url === null) {
      return `<li><span class="lang-unavailable"${attr('lang', locale)}${attr('title', strings.notAvailable)}>${name}` +
        `<span class="visually-hidden"${attr('lang', current)}> (${escapeHtml(strings.notAvailable)})</span></span></li>`;
    }
    const currentAttr = locale === current ? CURRENT_ATTR[mark] : '';
    return `<li><a${attr('href', url)}${attr('hreflang', locale)}${attr('lang', locale)}${attr('data-locale', locale)}${currentAttr}>${name}</a></li>`;
  });
  return `<nav class="lang-switch"${attr('aria-label', strings.languageSwitcher)}><ul>${items.join('')}</ul></nav>`;
}

/** Every site language pointing at its own home (home, search and 404 pages). */
export function homeTargets(ctx: SiteContext, kind: 'home' | 'search'): LanguageTarget[] {
  return ctx.locales.map((locale) => ({ locale, url: kind === 'search' ? searchUrl(ctx.urls, locale) : homeUrl(ctx.urls, locale) }));
}

export interface Crumb {
  label: string;
  url: string | null;
  /** The label's language when it is not the page's (an advisory title left in English). */
  lang?: string | null;
}

export function breadcrumbs(strings: SiteStrings, crumbs: Crumb[]): string {
  const items = crumbs.map((c, i) => {
    const last = i === crumbs.length - 1;
    const lang = attr('lang', c.lang);
    if (last) return `<li aria-current="page"${lang}>${escapeHtml(c.label)}</li>`;
    return c.url === null ? `<li${lang}>${escapeHtml(c.label)}</li>` : `<li><a${attr('href', c.url)}${lang}>${escapeHtml(c.label)}</a></li>`;
  });
  return `<nav class="breadcrumbs"${attr('aria-label', strings.breadcrumbs)}><ol>${items.join('')}</ol></nav>`;
}

/** The bilingual mode buttons; hidden until reader.js runs, since they need it. */
export function readerToolbar(strings: SiteStrings): string {
  const button = (mode: string, label: string) =>
    `<button type="button"${attr('data-mode', mode)} aria-pressed="${mode === 'off'}">${escapeHtml(label)}</button>`;
  return `<div class="reader-toolbar" role="group"${attr('aria-label', strings.readingMode)} hidden>` +
    `<span class="reader-toolbar-label" aria-hidden="true">${escapeHtml(strings.readingMode)}</span>` +
    button('off', strings.modeOff) + button('reveal', strings.modeReveal) + button('sbs', strings.modeSbs) +
    `<p class="reader-help">${escapeHtml(strings.modeHelp)}</p>` +
    // Describes each sentence's tab stop in reveal mode (reader.js): read in the page's voice, as a
    // description is; the English it announces is the sentence's content, with its own lang.
    `<span id="reveal-english-hint" hidden>${escapeHtml(strings.englishFollows)}</span></div>`;
}

export interface ProvenanceFacts {
  machineTranslated: boolean;
  drifted: boolean;
  untranslatedCount: number;
  /** URL of the English page, or null when there is none. */
  englishUrl: string | null;
  english: string;
}

/** Notes about where the translation came from; empty when there is nothing to say. */
export function provenanceNotes(strings: SiteStrings, facts: ProvenanceFacts): string {
  const notes: string[] = [];
  if (facts.machineTranslated) {
    const link = facts.englishUrl === null ? ''
      : ` <a${attr('href', facts.englishUrl)}${attr('hreflang', facts.english)}>${escapeHtml(strings.readEnglish)}</a>`;
    notes.push(`<p class="banner-mt">${escapeHtml(strings.mtBanner)}${link}</p>`);
  }
  if (facts.drifted) notes.push(`<p class="banner-drift">${escapeHtml(strings.driftNote)}</p>`);
  if (facts.untranslatedCount > 0) {
    const text = facts.untranslatedCount === 1 ? strings.untranslatedNoteOne
      : fill(strings.untranslatedNote, { count: facts.untranslatedCount });
    notes.push(`<p class="banner-untranslated">${escapeHtml(text)}</p>`);
  }
  if (notes.length === 0) return '';
  const kind = facts.machineTranslated ? ' banner-warn' : '';
  return `<div class="banner${kind}">${notes.join('')}</div>`;
}
