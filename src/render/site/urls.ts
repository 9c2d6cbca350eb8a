/**
 * Site URLs (see the "Site URL and markup contract" in the project notes): every internal URL is
 * `${base}…` with `base` ending in `/`; slugs are percent-encoded per path segment in hrefs and
 * kept raw on disk.
 */

import { assetVersion } from './asset-versions.js';

export class SiteUrlError extends Error {}

/** `--base some/path` → `/some/path/`; rejects what cannot be a URL path prefix. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) {
    throw new SiteUrlError(`--base must be a path such as /docs/, not a URL (use --site-url for the origin): ${base}`);
  }
  const parts = trimmed.split('/').filter((p) => p !== '');
  // Decoded too: a browser reads `%2e%2e` as `..`, so `/%2e%2e/` would be the root (and loop on redirects).
  if (parts.some((p) => [p, decodedPart(p)].some((d) => d === '.' || d === '..' || /[\s?#\\]/.test(d)))) {
    throw new SiteUrlError(`--base must be a plain path without ., .., spaces, ? or #: ${base}`);
  }
  return parts.length === 0 ? '/' : `/${parts.map(encodePathPart).join('/')}/`;
}

function decodedPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Encodes a path segment unless it is already percent-encoded. */
function encodePathPart(part: string): string {
  try {
    return decodeURIComponent(part) === part ? encodeURIComponent(part) : part;
  } catch {
    return encodeURIComponent(part);
  }
}

/**
 * `--site-url https://example.org` → `https://example.org`: the origin that page URLs (which hold
 * the base already) are appended to. A path in the site URL must be the base (`--site-url
 * https://example.org/docs --base /docs/`): the pages' own links are built from the base alone.
 */
export function normalizeSiteUrl(siteUrl: string, base = '/'): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new SiteUrlError(`--site-url must be an absolute http(s) URL such as https://example.org: ${siteUrl}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteUrlError(`--site-url must use http or https: ${siteUrl}`);
  }
  if (url.search || url.hash) throw new SiteUrlError(`--site-url must not have a query or fragment: ${siteUrl}`);
  const path = `${url.pathname.replace(/\/+$/, '')}/`;
  if (path !== '/' && path !== base) {
    throw new SiteUrlError(`--site-url ${siteUrl} has the path ${path}, but the site is built for --base ${base}: ` +
      `add --base ${path} (the pages' own links need it), or give the site URL without a path (${url.origin})`);
  }
  return url.origin;
}

export const localeDir = (locale: string): string => locale.toLowerCase();

export function encodeSlug(slug: string): string {
  return slug.split('/').map(encodeURIComponent).join('/');
}

export interface UrlScheme {
  base: string;
  /** The origin from --site-url (`https://example.org`), or null for root-relative URLs. */
  siteUrl: string | null;
}

export const articleUrl = (s: UrlScheme, locale: string, slug: string): string =>
  `${s.base}${localeDir(locale)}/${encodeSlug(slug)}/`;
export const articleFile = (locale: string, slug: string): string => `${localeDir(locale)}/${slug}/index.html`;
export const homeUrl = (s: UrlScheme, locale: string): string => `${s.base}${localeDir(locale)}/`;
export const searchUrl = (s: UrlScheme, locale: string): string => `${s.base}${localeDir(locale)}/search/`;
/** An asset's URL with its content version (`?v=…`), so a changed file gets a new URL (asset-versions.ts). */
export const assetsUrl = (s: UrlScheme, file: string): string => `${s.base}assets/${file}?v=${assetVersion(file)}`;
export const mediaUrl = (s: UrlScheme, locale: string, pathUnderLocale: string): string =>
  `${s.base}${localeDir(locale)}/${encodeSlug(pathUnderLocale)}`;

/** Absolute when a site URL is known (canonical, sitemap), else root-relative. */
export function absoluteUrl(s: UrlScheme, url: string): string {
  return s.siteUrl ? `${s.siteUrl}${url}` : url;
}

/**
 * Resolves an image path written in a document (relative to the document's folder) to the
 * path under the locale folder, or null when it leaves the locale folder or is not relative.
 */
export function resolveUnderLocale(slug: string, relativePath: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(relativePath) || relativePath.startsWith('/') || relativePath.startsWith('#')) return null;
  const clean = relativePath.split(/[?#]/)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    decoded = clean;
  }
  const parts = slug.split('/').slice(0, -1);
  for (const part of decoded.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.length ? parts.join('/') : null;
}
