/** Data shared by the site page builders. */
import type { UrlScheme } from './urls.js';

export interface SiteContext {
  urls: UrlScheme;
  /** Locales that have pages, in switcher order: the corpus locales, then English. */
  locales: string[];
  /** The English locale (`en-US`): x-default and the language of provenance links. */
  english: string;
  /** Whether the Pagefind search pages exist. */
  search: boolean;
  /** Whether the build publishes the QA report at `qa/` (every page's footer links it). */
  qa?: boolean;
}

/** A link to the same page in another language; `url` null when that language lacks it. */
export interface LanguageTarget {
  locale: string;
  url: string | null;
}

/** One output file: its path under the output folder and how to produce its bytes. */
export interface SitePage {
  file: string;
  /**
   * The page as text, or as UTF-8 bytes when rendered elsewhere (the page worker); a promise
   * for pages that wait for other work (the QA report, the worker).
   */
  render: () => string | Uint8Array | Promise<string | Uint8Array>;
}

/** An extra page supplied as data (e.g. the QA report), wrapped in the site layout. */
export interface ExtraPage {
  /** URL path under the base, ending in `/`, e.g. `qa/`. */
  url: string;
  title: string;
  bodyHtml: string;
  /** Script and stylesheet URLs (already base-prefixed) the page needs besides site.js/css. */
  scripts: string[];
  styles: string[];
  /** Page language; English when absent. */
  locale?: string;
}

/** An extra raw file written as is, e.g. `qa/report.json`. */
export interface ExtraFile {
  file: string;
  content: string | Uint8Array;
}
