/**
 * URL policy for links and images found in content (which is untrusted):
 * - http(s), mailto and ms-settings (Windows settings pages the advisories open) links are
 *   kept; `//host` links count as https;
 * - any other scheme (`javascript:`, `data:`, `vbscript:`, `file:` …) is refused for links;
 *   images additionally accept inline raster `data:image/…` (the corpus embeds icons so);
 * - `/path` links point into the original documentation site (learn.microsoft.com);
 * - a link to another advisory, relative (`other.md#part`) or by its address on the original
 *   site (`/AlchemyInsights/other`, `https://docs.microsoft.com/alchemyinsights/other`), goes to
 *   the page the env's `advisoryLink` finds: the reader's language, else another language's page
 *   (the link then carries its `hreflang`). Without one, or when the site lacks the advisory, a
 *   relative link becomes a relative page URL (each page lives one folder below its source file,
 *   `slug/`, so `other.md` → `../other/`) and an original-site link keeps its address;
 * - other relative paths (`media/x.png`, `../media/x.png`) are resolved by the caller's
 *   `assetUrl`, which gets the path as written (percent-decoded), without the
 *   `?query`/`#fragment`, which are appended back. A path that decodes to a scheme
 *   (`java%73cript:`, `%09javascript:`) is refused, and so is a script URL `assetUrl` returns.
 */
import { imageSize } from 'image-size';
import type { AdvisoryTarget, ImageSize, OtherLanguage, RenderEnv } from './md-env.js';
import { stripMarkers } from './md-markers.js';

/** Where the corpus's site-absolute links (`/microsoft-365/…`) lived. */
export const DOCS_ORIGIN = 'https://learn.microsoft.com';
/**
 * The original addresses of the advisories themselves (site-absolute or on the docs hosts, with
 * or without a language folder): group 1 is the slug. Such links lead to this site's own pages.
 */
const ORIGINAL_ADVISORY = /^(?:https?:\/\/(?:docs|learn)\.microsoft\.com)?(?:\/[a-z]{2}-[a-z]{2})?\/alchemyinsights\/([^?#]+?)(?:\.md)?\/?(?=[?#]|$)/i;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_LINK_SCHEME = /^(https?|mailto|ms-settings)$/i;
/** Schemes that open a page on another site (and get rel="noopener"). */
const WEB_SCHEME = /^https?:/i;
const SAFE_IMAGE_DATA = /^data:image\/(png|gif|jpeg|webp);/i;
/** Control characters and whitespace browsers ignore inside a scheme (`java\tscript:`). */
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f]/g;

export interface ResolvedUrl {
  url: string;
  external: boolean;
  /** Set when the link leads to another language's page than the reader's. */
  otherLanguage?: OtherLanguage | null;
  /** An image's pixel size, when it is a file of the site whose size is known. */
  size?: ImageSize | null;
}

/** The pixel size of an inline `data:image/…;base64,` image (the corpus's icons); null when unreadable. */
function sizeOfDataImage(url: string): ImageSize | null {
  const comma = url.indexOf(',');
  if (comma === -1 || !url.slice(0, comma).toLowerCase().endsWith(';base64')) return null;
  try {
    const { width, height } = imageSize(Buffer.from(url.slice(comma + 1), 'base64'));
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}

function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

const MARKDOWN_FILE = /\.md$/i;

/** `../other/` for a link to `other.md`, path segments percent-encoded like page URLs. */
function pageUrl(path: string): string {
  const segments = decodePath(path).replace(MARKDOWN_FILE, '').split('/');
  return `../${segments.map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/')}/`;
}

/** The scheme a browser reads at the start of `url` (it skips blanks and control characters there), or null. */
function schemeOf(url: string): string | null {
  return SCHEME.exec(url.replace(IGNORED_IN_SCHEME, ''))?.[1] ?? null;
}

function resolveRelative(url: string, env: RenderEnv, image: boolean): ResolvedUrl | null {
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const suffix = cut === -1 ? '' : url.slice(cut);
  if (path === '') return { url: suffix, external: false };
  if (MARKDOWN_FILE.test(path)) {
    return advisoryPage({ path: decodePath(path), from: 'document' }, suffix, env) ?? { url: pageUrl(path) + suffix, external: false };
  }
  const file = decodePath(path);
  // Percent-decoding can make a scheme the check in resolveUrl did not see (`java%73cript:`,
  // `%09javascript:`): such a path is no file of the site.
  if (schemeOf(file) !== null) return null;
  env.pageLookups++;
  const asset = env.assetUrl(file, env.sourceLocale, image ? 'image' : 'link');
  // The resolver's answer is checked too: one that hands a path back as written (a path that
  // leaves the locale folder) must not turn it into a script URL.
  const scheme = schemeOf(asset);
  if (scheme !== null && !SAFE_LINK_SCHEME.test(scheme)) return null;
  const size = image && env.imageSize ? env.imageSize(file, env.sourceLocale) : null;
  return { url: asset + suffix, external: false, size };
}

/** The site's page for a link to an advisory, with `suffix` (`?query#fragment`) appended; null when there is none. */
function advisoryPage(target: AdvisoryTarget, suffix: string, env: RenderEnv): ResolvedUrl | null {
  if (!env.advisoryLink) return null;
  env.pageLookups++;
  const page = env.advisoryLink(target, env.pageLocale);
  return page && { url: page.url + suffix, external: false, otherLanguage: page.otherLanguage };
}

/** A link to an advisory by its original address, when this site has that advisory. */
function originalAdvisory(url: string, env: RenderEnv): ResolvedUrl | null {
  const match = ORIGINAL_ADVISORY.exec(url);
  return match && advisoryPage({ path: decodePath(match[1]), from: 'site' }, url.slice(match[0].length), env);
}

/** Shared part of link and image resolution; `allowData` admits raster data: images. */
function resolveUrl(raw: string, env: RenderEnv, allowData: boolean): ResolvedUrl | null {
  const url = stripMarkers(raw).trim();
  if (url === '') return null;
  const scheme = schemeOf(url);
  if (scheme !== null) {
    if (SAFE_LINK_SCHEME.test(scheme)) return originalAdvisory(url, env) ?? { url, external: WEB_SCHEME.test(url) };
    if (allowData && SAFE_IMAGE_DATA.test(url)) return { url, external: false, size: sizeOfDataImage(url) };
    return null;
  }
  if (url.startsWith('//')) return { url: `https:${url}`, external: true };
  if (url.startsWith('#')) return { url, external: false };
  if (url.startsWith('/') || url.startsWith('\\')) {
    return originalAdvisory(url, env) ?? { url: DOCS_ORIGIN + url.replace(/^[\\/]+/, '/'), external: true };
  }
  return resolveRelative(url, env, allowData);
}

export const resolveLink = (raw: string, env: RenderEnv): ResolvedUrl | null => resolveUrl(raw, env, false);
export const resolveImage = (raw: string, env: RenderEnv): ResolvedUrl | null => resolveUrl(raw, env, true);
