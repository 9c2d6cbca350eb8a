/** The per-render state that markdown-it passes to every rule (its `env`). */
import type { CalloutKind } from '../callouts.js';

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

export type CalloutType = CalloutKind | 'video';

/**
 * A link to an advisory: a path relative to the linking document's folder (`other.md`), or an
 * advisory's slug as the original documentation site addressed it (`/AlchemyInsights/other`).
 */
export interface AdvisoryTarget {
  path: string;
  from: 'document' | 'site';
}

/** The language of a linked page, when it is not the reader's. */
export interface OtherLanguage {
  /** Its tag, for `hreflang`. */
  locale: string;
  /** Its name, in that language ("English"): shown after the link. */
  languageName: string;
}

/** The page of this site that a link to an advisory leads to. */
export interface AdvisoryPage {
  url: string;
  otherLanguage: OtherLanguage | null;
}

/**
 * Finds the page for a link to an advisory on a page in `pageLocale`: the reader's language, or
 * another language's page when the reader's has none. Null when the site has no such advisory:
 * a link relative to the document then keeps its relative page URL, a site one its address.
 */
export type AdvisoryLink = (target: AdvisoryTarget, pageLocale: string) => AdvisoryPage | null;

export interface ImageSize {
  width: number;
  height: number;
}

/** Finds an image's size, so pages reserve its room before it loads (no text jumping down). */
/** How a page uses a file next to the document: shows it as an image, or links to it. */
export type AssetUse = 'image' | 'link';

export type ImageSizeOf = (relativePath: string, sourceLocale: string) => ImageSize | null;

// A type alias (not an interface) so it is assignable to markdown-it's indexable Env.
export type RenderEnv = {
  /** Locale folder of the source file; passed to `assetUrl`. */
  sourceLocale: string;
  /** Language of the page rendered (English pages are rendered from another locale's file). */
  pageLocale: string;
  /** `use`: whether the page shows the file as an image or links to it (said in warnings about a missing file). */
  assetUrl: (relativePath: string, sourceLocale: string, use?: AssetUse) => string;
  /** Pixel size of an image next to the source file (same arguments as `assetUrl`); null when unknown. */
  imageSize: ImageSizeOf | null;
  advisoryLink: AdvisoryLink | null;
  labels: Record<string, string>;
  segments: MarkedSegment[];
  headings: HeadingInfo[];
  /** The first h1 with text, its segment markers kept (`⸐0⸑…⸒0⸓`): its English is put together from them. */
  titleMarked: string | null;
  headingIds: Set<string>;
  /** Per wanted heading id, the next number to try for a repeat (`id-2`, `id-3`, …). */
  headingIdNext: Map<string, number>;
  /** Allowlisted raw-HTML tags opened and not yet closed in the current inline run. */
  htmlStack: string[];
  /** How often `assetUrl` or `advisoryLink` was consulted: HTML that needed them depends on the page. */
  pageLookups: number;
  /**
   * The language of image alt texts and link titles outside segments (see article-attributes.ts):
   * an alt in another language than the page gets its `lang`; a title, which cannot carry one, is
   * left off the English page when it is not English. Null: they are in the page's language.
   */
  attributeLanguage: AttributeLanguage | null;
  /**
   * Plain words of the links a translation left empty and the page filled with the English link's
   * words (article-empty-links.ts): a link in a segment with these words is marked English.
   */
  englishLinkWords: ReadonlySet<string>;
};

export interface AttributeLanguage {
  /** The language of an alt text or title written outside segments; null when it is the page's. */
  langOf(text: string): string | null;
  /** On the English page, the English alt text another locale's file gives the image `src` whose own alt `text` is translated. */
  englishAlt(src: string, text: string): string | null;
  /** The language of a code block written outside segments (a command, its output); null when it is the page's or unknown. */
  codeLang(code: string): string | null;
}

export function isRenderEnv(env: unknown): env is RenderEnv {
  return typeof env === 'object' && env !== null && Array.isArray((env as RenderEnv).htmlStack);
}

export interface EnvOptions {
  sourceLocale: string;
  /** Defaults to the source locale. */
  pageLocale?: string;
  assetUrl: RenderEnv['assetUrl'];
  imageSize?: ImageSizeOf | null;
  advisoryLink?: AdvisoryLink | null;
  labels: Record<string, string>;
  segments?: MarkedSegment[];
  attributeLanguage?: AttributeLanguage | null;
  englishLinkWords?: ReadonlySet<string>;
}

export function newEnv(o: EnvOptions): RenderEnv {
  return {
    sourceLocale: o.sourceLocale, pageLocale: o.pageLocale ?? o.sourceLocale, assetUrl: o.assetUrl, imageSize: o.imageSize ?? null,
    advisoryLink: o.advisoryLink ?? null, labels: o.labels, segments: o.segments ?? [],
    headings: [], titleMarked: null, headingIds: new Set(), headingIdNext: new Map(), htmlStack: [], pageLookups: 0, attributeLanguage: o.attributeLanguage ?? null,
    englishLinkWords: o.englishLinkWords ?? new Set(),
  };
}
