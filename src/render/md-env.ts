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

// A type alias (not an interface) so it is assignable to markdown-it's indexable Env.
export type RenderEnv = {
  /** Locale folder of the source file; passed to `assetUrl`. */
  sourceLocale: string;
  assetUrl: (relativePath: string, sourceLocale: string) => string;
  labels: Record<string, string>;
  segments: MarkedSegment[];
  headings: HeadingInfo[];
  headingIds: Set<string>;
  /** Allowlisted raw-HTML tags opened and not yet closed in the current inline run. */
  htmlStack: string[];
  /** How often `assetUrl` was consulted: HTML that needed it depends on the page. */
  assetLookups: number;
};

export function isRenderEnv(env: unknown): env is RenderEnv {
  return typeof env === 'object' && env !== null && Array.isArray((env as RenderEnv).htmlStack);
}

export function newEnv(
  sourceLocale: string,
  assetUrl: RenderEnv['assetUrl'],
  labels: Record<string, string>,
  segments: MarkedSegment[] = [],
): RenderEnv {
  return { sourceLocale, assetUrl, labels, segments, headings: [], headingIds: new Set(), htmlStack: [], assetLookups: 0 };
}
