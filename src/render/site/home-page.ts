/** A locale's home: every advisory in that language, with a client-side filter and sort. */
import type { Advisory } from './advisory.js';
import { homeTargets, languageSwitcher } from './chrome.js';
import { attr, escapeHtml } from './html.js';
import { renderShell, type Alternate } from './layout.js';
import { fill, stringsFor } from './strings.js';
import type { SiteContext } from './types.js';
import { articleUrl, assetsUrl, homeUrl } from './urls.js';

interface HomeEntry {
  slug: string;
  title: string;
  /** The title's language when it is not the list's (left in English). */
  titleLang: string | null;
  date: string | null;
  machine: boolean;
}

/**
 * What a title sorts by: the title from its first letter or digit. A title the translation opened
 * with a dash, a full stop or a quote ("— IgnoreLegalhold slēdzis", ". uk domēna pārsūtīšana",
 * "“Atvērt ar Explorer“ …") went to the top of the A–Z list, before "0x…" and "A…", where no
 * reader looks for it.
 */
function sortKey(title: string): string {
  return title.replace(/^[^\p{L}\p{N}]+/u, '') || title;
}

/** Title order in the locale's collation, slug as tie-break so the order is always the same. */
export function homeEntries(advisories: Advisory[], locale: string): HomeEntry[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const entries: HomeEntry[] = [];
  for (const a of advisories) {
    if (!a.has(locale) || a.fragment) continue;
    const summary = a.summary(locale);
    entries.push({ slug: a.slug, title: summary.title, titleLang: summary.titleLang, date: a.date(locale), machine: summary.translationType === 'MT' });
  }
  const keys = new Map(entries.map((e) => [e, sortKey(e.title)]));
  return entries.sort((x, y) => collator.compare(keys.get(x)!, keys.get(y)!) || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0));
}

function listItem(ctx: SiteContext, locale: string, entry: HomeEntry, mtBadge: string): string {
  const date = entry.date ? ` <time${attr('datetime', entry.date)}>${entry.date}</time>` : '';
  const badge = entry.machine ? ` <span class="badge">${mtBadge}</span>` : '';
  return `<li${attr('data-date', entry.date ?? '')}><a${attr('href', articleUrl(ctx.urls, locale, entry.slug))}${attr('lang', entry.titleLang)}>` +
    `${escapeHtml(entry.title)}</a>${badge}${date}</li>`;
}

function listTools(strings: Record<string, string>, total: number): string {
  return `<div class="list-tools" hidden>` +
    `<div class="field"><label for="filter">${escapeHtml(strings.filterLabel)}</label>` +
    `<input id="filter" type="search" autocomplete="off"${attr('placeholder', strings.filterPlaceholder)} aria-controls="advisories"></div>` +
    `<div class="field"><label for="sort">${escapeHtml(strings.sortLabel)}</label><select id="sort" aria-controls="advisories">` +
    `<option value="title">${escapeHtml(strings.sortTitle)}</option>` +
    `<option value="title-desc">${escapeHtml(strings.sortTitleDesc)}</option>` +
    `<option value="date">${escapeHtml(strings.sortDate)}</option></select></div>` +
    `<p id="filter-status" class="filter-status" role="status"${attr('data-template', strings.filterCount)}${attr('data-total', total)}></p>` +
    `</div>`;
}

/**
 * The hreflang cluster of the homes and the root page, the same on each of them and in the
 * sitemap (search engines ignore a cluster whose pages disagree): every home, and as x-default
 * the root page, which picks the reader's language (Google's example of an x-default page).
 */
export function homeAlternates(ctx: SiteContext): Alternate[] {
  return [
    ...ctx.locales.map((l) => ({ hreflang: l, url: homeUrl(ctx.urls, l) })),
    { hreflang: 'x-default', url: ctx.urls.base },
  ];
}

export function renderHomePage(ctx: SiteContext, advisories: Advisory[], locale: string): string {
  const strings = stringsFor(locale);
  const entries = homeEntries(advisories, locale);
  const mtBadge = escapeHtml(strings.mtBadge);
  const items = entries.map((e) => listItem(ctx, locale, e, mtBadge)).join('\n');
  const main = `<h1>${escapeHtml(strings.homeTitle)}</h1>\n` +
    `<p class="lead">${escapeHtml(fill(strings.homeIntro, { count: entries.length }))}</p>\n` +
    `${listTools(strings, entries.length)}\n<ul class="advisory-list" id="advisories">\n${items}\n</ul>`;
  return renderShell({
    ctx, locale, strings, kind: 'home',
    title: strings.homeTitle,
    description: strings.siteTagline,
    canonical: homeUrl(ctx.urls, locale),
    alternates: homeAlternates(ctx),
    switcher: languageSwitcher(locale, strings, homeTargets(ctx, 'home')),
    main, scripts: [assetsUrl(ctx.urls, 'home-list.js')],
  });
}
