/**
 * URL comparison forms. A translator may localize the locale part of a URL
 * (`support.microsoft.com/en-us/…` → `/lv-lv/…`, `?ui=en-US` → `?ui=lv-LV`, `clcid=0x409`) and
 * may move `http` to `https`; everything else must stay exactly as written.
 */
import { analyze, type TextFacts, type Token } from './text.js';
import { hasSpace, spacedPattern, templateAt, templateForm, templatesOf, type Template } from './url-templates.js';

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
 * A host name in the text that the other side spells out with "dot" ("MSbill dot info" for
 * "MSbill.info", as titles do so as not to make a link): the same name, not a changed one.
 */
function spelledOut(url: Token, other: string): boolean {
  if (!/^[\w-]+(?:\.[\w-]+)+$/.test(url.text) || !/\bdot\b/i.test(other)) return false;
  return new RegExp(`(?<![\\w.-])${url.text.split('.').join('\\s+dot\\s+')}(?![\\w-])`, 'i').test(other);
}

const overlaps = (t: Token, ranges: Token[]): boolean => ranges.some((r) => t.start < r.end && t.end > r.start);

/** Where the translation wrote a template of the English, broken by spaces; null when nowhere. */
function brokenIn(template: Template, source: TextFacts, target: TextFacts): Template | null {
  for (const m of target.text.matchAll(spacedPattern(template, source.text))) {
    const written = templateAt(target.text, m.index, m.index + m[0].length);
    if (hasSpace(written, target.text)) return written;
  }
  return null;
}

interface TemplateDifferences { missing: Token[]; extra: Token[]; sourceSpans: Token[]; targetSpans: Token[] }

/**
 * URLs holding a placeholder, compared whole (see url-templates.ts): one the translation wrote
 * with spaces in it "became" what it wrote; the URL pieces inside are not compared again.
 */
function templateDifferences(source: TextFacts, target: TextFacts, locale: string): TemplateDifferences | null {
  const s = templatesOf(source);
  const t = templatesOf(target);
  if (s.length === 0 && t.length === 0) return null;
  // Compared as text URLs are, regardless of case (MT writes "SharePoint.com/…/People.aspx").
  const formOf = (tpl: Template, facts: TextFacts) => looseForm(comparableUrl(templateForm(tpl, facts.text), locale));
  const unused = new Map(t.map((tpl) => [tpl, formOf(tpl, target)]));
  const missing: Token[] = [];
  const extra: Token[] = [];
  const targetSpans = t.map((tpl) => tpl.token);
  for (const tpl of s) {
    const form = formOf(tpl, source);
    const kept = [...unused].find(([, f]) => f === form);
    if (kept) { unused.delete(kept[0]); continue; }
    const broken = brokenIn(tpl, source, target);
    missing.push(tpl.token);
    if (!broken) continue;
    extra.push(broken.token);
    targetSpans.push(broken.token);
    for (const other of unused.keys()) if (overlaps(other.token, [broken.token])) unused.delete(other);
  }
  extra.push(...[...unused.keys()].map((tpl) => tpl.token));
  return { missing, extra, sourceSpans: s.map((tpl) => tpl.token), targetSpans };
}

const byStart = (a: Token, b: Token): number => a.start - b.start;

/** URLs written inside a text's inline code ("`https://admin.microsoft.com`"), which the scan masks. */
const codeUrls = (facts: TextFacts): Token[] =>
  (facts.code.length === 0 ? [] : facts.memo('code-urls', (f) => f.code.flatMap((c) => analyze(c.text).urls)));

/**
 * A URL the other side wrote in inline code: still there, only put in backticks (or taken out of
 * them); markup-mismatch reports the changed code formatting, this is no changed address.
 */
function inCodeOf(other: TextFacts, locale: string): (url: Token) => boolean {
  const inCode = codeUrls(other);
  if (inCode.length === 0) return () => false;
  const forms = new Set(inCode.map((u) => looseForm(comparableUrl(u.text, locale))));
  return (url) => forms.has(looseForm(comparableUrl(url.text, locale)));
}

/**
 * The URLs of the English the translation lacks (`missing`) and the translation's the English
 * lacks (`extra`), as url-mismatch reports them; other checks ask so as not to report the same slip.
 * A URL holding a placeholder is one token, as written ("…?originalowner=[email address]").
 */
export function urlDifferences(source: TextFacts, target: TextFacts, locale: string): { missing: Token[]; extra: Token[] } {
  const templates = templateDifferences(source, target, locale);
  const s = formsOf(source, locale);
  const t = formsOf(target, locale);
  const inTargetCode = inCodeOf(target, locale);
  const inSourceCode = inCodeOf(source, locale);
  const missing = unmatched(s, t).filter((u) => !spelledOut(u, target.text) && !inTargetCode(u));
  const extra = unmatched(t, s).filter((u) => !spelledOut(u, source.text) && !inSourceCode(u));
  if (!templates) return { missing, extra };
  return {
    missing: [...missing.filter((u) => !overlaps(u, templates.sourceSpans)), ...templates.missing].sort(byStart),
    extra: [...extra.filter((u) => !overlaps(u, templates.targetSpans)), ...templates.extra].sort(byStart),
  };
}
