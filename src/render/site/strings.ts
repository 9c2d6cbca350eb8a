/**
 * Chrome strings (buttons, labels, banners, callout titles) live in templates/strings/<lang>.json;
 * a locale gets the file of its primary language, English when there is none.
 */
import { readFileSync } from 'node:fs';
import { TEMPLATES_DIR } from './paths.js';
import { join } from 'node:path';

export type SiteStrings = Record<string, string>;

const FALLBACK = 'en';
const cache = new Map<string, SiteStrings>();

/** Primary language subtag of a BCP 47 tag: `nb-NO` → `nb`. */
export function primaryLanguage(locale: string): string {
  return locale.split('-')[0].toLowerCase();
}

function loadStringsFile(language: string): SiteStrings | null {
  try {
    return JSON.parse(readFileSync(join(TEMPLATES_DIR, 'strings', `${language}.json`), 'utf8')) as SiteStrings;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Strings for a locale; keys missing from its file fall back to English. */
export function stringsFor(locale: string): SiteStrings {
  const language = primaryLanguage(locale);
  const cached = cache.get(language);
  if (cached) return cached;
  const english = loadStringsFile(FALLBACK);
  if (!english) throw new Error(`missing ${join(TEMPLATES_DIR, 'strings', `${FALLBACK}.json`)}`);
  const own = language === FALLBACK ? null : loadStringsFile(language);
  const merged: SiteStrings = { ...english, ...(own ?? {}) };
  if (!own && language !== FALLBACK) merged.languageName = languageName(locale);
  cache.set(language, merged);
  return merged;
}

/** A language's name in that language, for locales without a strings file. */
function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : locale;
  } catch {
    return locale;
  }
}

/** Fills `{name}` placeholders; values are plain text (the caller escapes the result). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Callout titles for the article renderer, keyed by callout kind (`note`, `tip`, …). */
export function calloutLabels(strings: SiteStrings): Record<string, string> {
  const kinds = ['note', 'tip', 'important', 'warning', 'caution', 'video'];
  return Object.fromEntries(kinds.map((kind) => [kind, strings[`callout${kind[0].toUpperCase()}${kind.slice(1)}`]]));
}
