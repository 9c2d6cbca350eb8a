/**
 * URL comparison forms. A translator may localize the locale part of a URL
 * (`support.microsoft.com/en-us/…` → `/lv-lv/…`, `?ui=en-US` → `?ui=lv-LV`, `clcid=0x409`) and
 * may move `http` to `https`; everything else must stay exactly as written.
 */
import type { TextFacts, Token } from './text.js';

const LOCALE_SEGMENT = /^[a-z]{2}(?:-[a-z]{2,4})?$/i;
const LOCALE_PARAMS = new Set(['ui', 'rs', 'lang', 'language', 'locale', 'setlang', 'mkt', 'market', 'cc', 'ad', 'clcid', 'lcid', 'omkt']);

const comparable = new Map<string, Map<string, string>>();

export const clearUrlCache = (): void => { comparable.clear(); looseForms.clear(); };

/** Locale tags that mean "the reader's locale" here: English or the translation's own. */
function isOwnOrEnglish(tag: string, locale: string): boolean {
  const t = tag.toLowerCase();
  const l = locale.toLowerCase();
  const lang = l.split('-')[0];
  const region = l.split('-')[1] ?? '';
  return t === 'en-us' || t === 'en' || t === 'us' || t === l || t === lang || (region !== '' && t === region) ||
    (lang === 'nb' && (t === 'no' || t === 'nn-no' || t === 'no-no'));
}

function normalizeQuery(query: string, locale: string): string {
  return query.split('&').map((pair) => {
    const [key, value = ''] = pair.split('=');
    if (!LOCALE_PARAMS.has(key.toLowerCase())) return pair;
    if (key.toLowerCase().endsWith('lcid') || isOwnOrEnglish(value, locale)) return `${key.toLowerCase()}={locale}`;
    return pair;
  }).join('&');
}

/** The form two URLs are compared in, for a translation into `locale`. */
export function comparableUrl(url: string, locale: string): string {
  let byUrl = comparable.get(locale);
  if (!byUrl) comparable.set(locale, (byUrl = new Map()));
  let out = byUrl.get(url);
  if (out !== undefined) return out;
  const m = /^(?:(https?):\/\/)?([^/?#]*)([^?#]*)(?:\?([^#]*))?(#.*)?$/i.exec(url);
  if (!m || (!m[1] && !m[3] && !m[4] && !url.includes('@') && !/^www\./i.test(url))) {
    out = url.toLowerCase();
  } else {
    const host = m[2].toLowerCase();
    const path = m[3].split('/').map((seg) => (LOCALE_SEGMENT.test(seg) && isOwnOrEnglish(seg, locale) ? '{locale}' : seg)).join('/');
    const query = m[4] === undefined ? '' : `?${normalizeQuery(m[4], locale)}`;
    out = `${host}${path.replace(/\/$/, '')}${query}${m[5] ?? ''}`;
  }
  if (byUrl.size > 100_000) byUrl.clear();
  byUrl.set(url, out);
  return out;
}

const URL_LOCALE = /(https?:\/\/[^\s)\]]*?\/)[a-z]{2}-[a-z]{2,4}(?=\/)/gi;
const QUERY_LOCALE = /([?&](?:ui|rs|setlang|mkt)=)[a-z]{2}-[a-z]{2,4}/gi;

/** A text with the locale parts of its URLs replaced, so texts differing only there compare equal. */
export function withoutUrlLocales(text: string): string {
  return text.replace(URL_LOCALE, '$1{locale}').replace(QUERY_LOCALE, '$1{locale}');
}

/**
 * How a URL is compared: a link target exactly (up to its locale part); a URL or host name
 * written in the text regardless of case and of a leading `*.` (MT writes "Portal.Office.com").
 */
const looseForms = new Map<string, string>();
function looseForm(exact: string): string {
  let loose = looseForms.get(exact);
  if (loose === undefined) {
    loose = exact.toLowerCase().replace(/^\*?\./, '');
    if (looseForms.size > 100_000) looseForms.clear();
    looseForms.set(exact, loose);
  }
  return loose;
}

interface Forms { tokens: Token[]; exact: string[]; loose: string[]; isLinkTarget: boolean[] }

function formsOf(facts: TextFacts, locale: string): Forms {
  const linkTargets = new Set(facts.links.map((l) => l.urlStart));
  const exact = facts.urls.map((u) => comparableUrl(u.text, locale));
  return { tokens: facts.urls, exact, loose: exact.map(looseForm), isLinkTarget: facts.urls.map((u) => linkTargets.has(u.start)) };
}

/** URLs of `from` that `against` lacks: link targets by their exact form, text URLs loosely. */
function unmatched(from: Forms, against: Forms): Token[] {
  const exact = new Set(against.exact);
  const loose = new Set(against.loose);
  return from.tokens.filter((_, i) => !(from.isLinkTarget[i] ? exact.has(from.exact[i]) : loose.has(from.loose[i])));
}

/**
 * The URLs of the English the translation lacks (`missing`) and the translation's the English
 * lacks (`extra`), as url-mismatch reports them; other checks ask so as not to report the same slip.
 */
export function urlDifferences(source: TextFacts, target: TextFacts, locale: string): { missing: Token[]; extra: Token[] } {
  const s = formsOf(source, locale);
  const t = formsOf(target, locale);
  return { missing: unmatched(s, t), extra: unmatched(t, s) };
}
