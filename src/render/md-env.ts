/** The per-render state that markdown-it passes to every rule (its `env`). */

export interface HeadingInfo {
  id: string;
  text: string;
  level: number;
}

/** What the renderer knows about the segment behind marker `n`. */
export interface MarkedSegment {
  /** English original (null when the twin is missing). */
  english: string | null;
  /** Rendered English that replaces `english` in `.seg-en` (callout titles). */
  englishHtml?: string;
}

export type CalloutType = 'note' | 'tip' | 'important' | 'warning' | 'caution' | 'video';

/** Where a link to another advisory goes instead of that advisory's page in this language. */
export interface OtherPage {
  url: string;
  /** Language of the page linked to (its `hreflang`). */
  locale: string;
  /** That language's name, in that language ("English"): shown after the link. */
  languageName: string;
}

/**
 * Resolves a link to another advisory (`other.md` as written, relative to the document's folder)
 * for a page in `pageLocale`: null keeps the page of this language (`../other/`); a page of
 * another language is linked instead when this language has none.
 */
export type AdvisoryLink = (relativePath: string, pageLocale: string) => OtherPage | null;

// A type alias (not an interface) so it is assignable to markdown-it's indexable Env.
export type RenderEnv = {
  /** Locale folder of the source file; passed to `assetUrl`. */
  sourceLocale: string;
  /** Language of the page rendered (English pages are rendered from another locale's file). */
  pageLocale: string;
  assetUrl: (relativePath: string, sourceLocale: string) => string;
  advisoryLink: AdvisoryLink | null;
  labels: Record<string, string>;
  segments: MarkedSegment[];
  headings: HeadingInfo[];
  headingIds: Set<string>;
  /** Allowlisted raw-HTML tags opened and not yet closed in the current inline run. */
  htmlStack: string[];
  /** How often `assetUrl` or `advisoryLink` was consulted: HTML that needed them depends on the page. */
  assetLookups: number;
};

export function isRenderEnv(env: unknown): env is RenderEnv {
  return typeof env === 'object' && env !== null && Array.isArray((env as RenderEnv).htmlStack);
}

export interface EnvOptions {
  sourceLocale: string;
  /** Defaults to the source locale. */
  pageLocale?: string;
  assetUrl: RenderEnv['assetUrl'];
  advisoryLink?: AdvisoryLink | null;
  labels: Record<string, string>;
  segments?: MarkedSegment[];
}

export function newEnv(o: EnvOptions): RenderEnv {
  return {
    sourceLocale: o.sourceLocale, pageLocale: o.pageLocale ?? o.sourceLocale, assetUrl: o.assetUrl,
    advisoryLink: o.advisoryLink ?? null, labels: o.labels, segments: o.segments ?? [],
    headings: [], headingIds: new Set(), htmlStack: [], assetLookups: 0,
  };
}
