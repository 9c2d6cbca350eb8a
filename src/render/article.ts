/**
 * Render stage for one advisory in one locale: markdown → sanitized HTML in which every
 * translated segment is a `.seg` span carrying its aligned unit, its translation (`.seg-t`)
 * and its English original (`.seg-en`), per the site markup contract. `en-US` pages are
 * rebuilt from the reference locale's file with every segment replaced by its English.
 * Pure string work with one shared markdown-it instance: the whole corpus renders in seconds.
 */
import { sameIgnoringSpace } from '../align/merged.js';
import { changedEnglish } from '../check/drift.js';
import { SOURCE_LOCALE, type AlignedDocument, type AlignedUnit, type LocaleDocument, type Segment } from '../model.js';
import { attributeLanguage } from './article-attributes.js';
import { fillEmptyLinks } from './article-empty-links.js';
import { markBody, replaceMarkers, type SegmentWrapper } from './article-markers.js';
import { markdownToPlainText, renderInlineMarkdown, renderMarkdown } from './markdown.js';
import { newEnv, type AdvisoryLink, type AssetUse, type HeadingInfo, type ImageSizeOf, type MarkedSegment, type RenderEnv } from './md-env.js';
import { escapeHtml } from './md-html.js';
import { MARKED_SEGMENT_RE, stripMarkers } from './md-markers.js';

/** The language of the originals, which the English pages are rebuilt in. */
export const ENGLISH = SOURCE_LOCALE;

export interface RenderOptions {
  /** Resolves a relative image/link path found in the markdown (e.g. `media/x.png`, `../media/x.png`) of the document's source file to a site URL. */
  assetUrl: (relativePath: string, sourceLocale: string, use?: AssetUse) => string;
  /** An image's pixel size, for width/height on <img> (default: none, the browser finds out). */
  imageSize?: ImageSizeOf | null;
  /** Finds this site's page for a link to another advisory (default: none; `other.md` → `../other/`, original-site addresses kept). */
  advisoryLink?: AdvisoryLink | null;
  /** Localized callout titles etc.: { note: 'Piezīme', tip: 'Padoms', important: 'Svarīgi', warning: …, caution: … }. */
  labels: Record<string, string>;
}

export interface RenderedArticle {
  locale: string;
  html: string;
  title: string;
  /**
   * `en-US` when a translated page's title is its English original (a product name left as it
   * is, a title the translation kept in English), so it is marked as English wherever it shows;
   * null when the title is in the page's language.
   */
  titleLang: string | null;
  description: string | null;
  translationType: 'HT' | 'MT' | null;
  robotsNoindex: boolean;
  segmentCount: number;
  /** Segments whose translation equals the English. */
  untranslatedCount: number;
  /** Any unit of this locale whose English changed (as the source-drift check judges it). */
  drifted: boolean;
  headings: HeadingInfo[];
}

/** Each segment id of `locale` → the aligned unit it belongs to. */
function unitsById(doc: AlignedDocument, locale: string): Map<string, AlignedUnit> {
  const map = new Map<string, AlignedUnit>();
  for (const unit of doc.units) for (const id of unit.idsOf(locale)) if (!map.has(id)) map.set(id, unit);
  return map;
}

const isUntranslated = (s: Segment): boolean =>
  s.source !== null && sameIgnoringSpace(s.target, s.source);

interface WrapContext {
  locale: string;
  /** Body segments; marker n stands for `segments[n]`. */
  segments: Segment[];
  /** Per segment: translation equals the English. */
  same: boolean[];
  marked: MarkedSegment[];
  units: Map<string, AlignedUnit>;
  env: RenderEnv;
}

/** Builds the span markup of the contract around each rendered segment. */
function segmentWrapper({ locale, segments, same, marked, units, env }: WrapContext): SegmentWrapper {
  const english = locale === ENGLISH;
  const lang = escapeHtml(locale);
  const usedIds = new Set<string>();
  return {
    open(n) {
      const segment = segments[n];
      const unit = units.get(segment.id);
      const unitKey = unit?.key ?? segment.key;
      const anchor = `seg-${unit?.covers[0] ?? segment.key}`;
      // A segment id repeated in a file keeps its data but not a second, duplicate HTML id.
      const id = usedIds.has(anchor) ? '' : ` id="${escapeHtml(anchor)}"`;
      usedIds.add(anchor);
      const cls = same[n] ? 'seg seg-same' : 'seg';
      const dataId = english ? '' : ` data-id="${escapeHtml(segment.id)}"`;
      // A sentence left untranslated is the English one: marked so, a screen reader reads it with
      // an English voice (a command, "Self-service … isn't available …") rather than a Latvian one.
      const textLang = same[n] ? ENGLISH : lang;
      return `<span class="${cls}"${id} data-unit="${escapeHtml(unitKey)}"${dataId}><span class="seg-t" lang="${textLang}">`;
    },
    close(n) {
      if (english) return '</span></span>';
      const m = marked[n];
      const html = m.englishHtml ?? (m.english === null ? null : renderInlineMarkdown(m.english, env));
      return html === null ? '</span></span>' : `</span><span class="seg-en" lang="${ENGLISH}">${html}</span></span>`;
    },
  };
}

function stringField(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function translationTypeOf(data: Record<string, unknown>): 'HT' | 'MT' | null {
  const value = stringField(data, 'ms.translationtype')?.toUpperCase();
  return value === 'HT' || value === 'MT' ? value : null;
}

function hasNoindex(data: Record<string, unknown>): boolean {
  const robots = data.ROBOTS ?? data.robots;
  return typeof robots === 'string' && /\bnoindex\b/i.test(robots);
}

/** `includes/alchemyinsights-content-updates` → `Alchemyinsights content updates`. */
export function titleFromSlug(slug: string): string {
  const name = slug.slice(slug.lastIndexOf('/') + 1).replace(/[-_]+/g, ' ').trim() || slug;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Title of a translated page: the front-matter title when it was read as written (a salvaged
 * block holds English values), else the first H1, else the file name. Plain text, as the H1's is:
 * a title written in markdown shows without its asterisks.
 */
function titleOf(source: LocaleDocument, headings: HeadingInfo[], english: boolean): string {
  const frontMatter = source.doc.frontMatter;
  const written = frontMatter.status === 'ok' ? stringField(frontMatter.data, 'title') : null;
  const fromFrontMatter = written === null ? null : markdownToPlainText(written) || null;
  const h1 = headings.find((h) => h.level === 1 && h.text !== '')?.text ?? null;
  if (english) return h1 ?? titleFromSlug(source.slug);
  return fromFrontMatter ?? h1 ?? titleFromSlug(source.slug);
}

/**
 * The English original of a translated page's title, put together from its first h1 with each
 * segment's English in place of its translation (text outside segments kept); without an h1, the
 * file name, as the English page's title is. Null when a segment of the h1 has no English.
 */
function englishTitleOf(env: RenderEnv, marked: MarkedSegment[], slug: string): string | null {
  if (env.titleMarked === null) return titleFromSlug(slug);
  let missing = false;
  const english = env.titleMarked.replace(MARKED_SEGMENT_RE, (_, n: string) => {
    const source = marked[Number(n)]?.english ?? null;
    if (source === null) missing = true;
    return source === null ? '' : markdownToPlainText(source);
  });
  return missing ? null : stripMarkers(english);
}

/** Whether a translated page's title is its English original, ignoring spacing. */
function titleIsEnglish(title: string, english: string | null): boolean {
  return english !== null && sameIgnoringSpace(title, english);
}

export function renderArticle(doc: AlignedDocument, locale: string, options: RenderOptions): RenderedArticle | null {
  const english = locale === ENGLISH;
  const sourceLocale = english ? doc.referenceLocale : locale;
  const source = sourceLocale ? doc.locales[sourceLocale] : undefined;
  if (!sourceLocale || !source) return null;

  const englishLinkWords = new Set<string>();
  const fill = (words: string) => englishLinkWords.add(markdownToPlainText(words));
  const body = markBody(source.doc, english ? (s) => s.source ?? s.target : (s) => fillEmptyLinks(s.target, s.source, fill));
  const marked: MarkedSegment[] = body.segments.map((s) => ({ english: s.source }));
  const env = newEnv({
    sourceLocale, pageLocale: locale, assetUrl: options.assetUrl, imageSize: options.imageSize, advisoryLink: options.advisoryLink,
    labels: options.labels, segments: marked,
    attributeLanguage: attributeLanguage(doc, sourceLocale, locale), englishLinkWords,
  });
  const rendered = renderMarkdown(body.markdown, env);
  const same = body.segments.map((s) => !english && isUntranslated(s));
  const wrapper = segmentWrapper({ locale, segments: body.segments, same, marked, units: unitsById(doc, sourceLocale), env });
  const html = replaceMarkers(rendered, wrapper);

  const data = source.doc.frontMatter.data;
  const title = titleOf(source, env.headings, english);
  return {
    locale,
    html,
    title,
    titleLang: !english && titleIsEnglish(title, englishTitleOf(env, marked, source.slug)) ? ENGLISH : null,
    // Front-matter descriptions are translated and have no English twin.
    description: english ? null : stringField(data, 'description'),
    translationType: english ? null : translationTypeOf(data),
    robotsNoindex: hasNoindex(data),
    segmentCount: body.segments.length,
    untranslatedCount: same.filter(Boolean).length,
    // The source-drift check's rule: English differing only in a URL's locale part is no change.
    drifted: !english && doc.units.some((u) => changedEnglish(u, locale) !== null),
    headings: env.headings,
  };
}
