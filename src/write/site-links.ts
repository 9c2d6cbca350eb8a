/**
 * Resolves the relative paths the article renderer hands over (images and other files next to
 * a document; links to other advisories) to site URLs, and remembers what the site must
 * provide: loose images to copy, warnings for images and advisories not in the content folder.
 */
import { imageSize } from 'image-size';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AlignedDocument, Diagnostic } from '../model.js';
import { slugOf } from '../read/load-corpus.js';
import type { AdvisoryLink, AssetUse, ImageSize, ImageSizeOf } from '../render/md-env.js';
import type { Advisory } from '../render/site/advisory.js';
import type { AssetUrl } from '../render/site/plan.js';
import { stringsFor } from '../render/site/strings.js';
import type { SiteContext } from '../render/site/types.js';
import { articleUrl, mediaUrl, resolveUnderLocale } from '../render/site/urls.js';
import { looseImage, refusedReason, type MediaCopy, type MediaIndex, type NotCopied } from './media.js';

/** Why a referenced file is not in the site, after "the file …" (image-not-found and link-not-found warnings). */
const notCopied = (kind: NotCopied, under: string, file: string): string => {
  if (kind === 'missing') return 'is not in the content folder';
  if (kind === 'link') return 'is reached through a symbolic link, which tolk does not follow';
  return `is not copied (${refusedReason(under, file)})`;
};

/** What the first bytes of a Git LFS pointer file say (a checkout without Git LFS has these instead of the images). */
const LFS_POINTER = 'version https://git-lfs.github.com/spec/';
/** Image types image-size reads and every browser shows: one of these that cannot be read is broken. */
const RASTER = /\.(png|jpe?g|gif|webp|bmp)$/i;

/**
 * Why a browser shows the image file as broken (said in the image-unreadable warning), or null
 * when nothing says so: an empty file, a Git LFS pointer (content checked out without Git LFS, as
 * CI does by default), a PNG, JPEG, GIF, WebP or BMP whose header is not one.
 */
function brokenImage(file: string, bytes: Buffer | null): string | null {
  if (bytes === null) return null; // unreadable: the copy reports it
  if (bytes.length === 0) return 'is an empty file';
  if (bytes.subarray(0, LFS_POINTER.length).toString('latin1') === LFS_POINTER) {
    return 'is a Git LFS pointer, not the image (the content was checked out without Git LFS: run git lfs pull)';
  }
  return RASTER.test(file) ? `is not a readable ${/\.([^.]+)$/.exec(file)![1].toUpperCase()} image` : null;
}

/** An image file's pixel size from its header (null when it cannot be read or is no image), and why it is broken. */
function readImage(file: string): { size: ImageSize | null; broken: string | null } {
  let bytes: Buffer | null = null;
  try {
    bytes = readFileSync(file);
    const { width, height } = imageSize(bytes);
    if (width && height) return { size: { width, height }, broken: null };
  } catch {
    // not an image image-size knows, or unreadable
  }
  return { size: null, broken: brokenImage(file, bytes) };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A path percent-encoded as a URL path (escapes already in it kept); encodeURI cannot take lone surrogates. */
function encodeWrittenPath(path: string): string {
  return encodeURI(path.replace(LONE_SURROGATE, '\uFFFD')).replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
}

/** Where a path stands in the file: as given, else percent-encoded as it was written (`100%25.md`); -1 when not found. */
function placeIn(text: string, path: string): number {
  const at = text.indexOf(path);
  return at !== -1 ? at : text.indexOf(encodeWrittenPath(path));
}

export class SiteLinks {
  /** Images outside the media folders that pages use, to be copied one by one. */
  readonly loose = new Map<string, MediaCopy>();
  /**
   * Every file outside the media folders that a page links or shows (absolute path; there or not,
   * copied or not): `tolk serve` rebuilds when one is made or deleted, whatever its type.
   */
  readonly linked = new Set<string>();
  private readonly checked = new Set<string>();
  /** Advisories by lower-cased slug, for links written in another case (built when first needed). */
  private lowerCase: { of: ReadonlyMap<string, Advisory>; bySlug: Map<string, Advisory> } | null = null;
  /** Image sizes by file (null: not a readable image), and why a browser would show it broken. */
  private readonly images = new Map<string, { size: ImageSize | null; broken: string | null }>();

  constructor(private readonly content: string, private readonly ctx: SiteContext,
    private readonly media: MediaIndex, private readonly warn: (d: Diagnostic) => void) {}

  /**
   * The resolver for one document's pages (paths are relative to the document's folder). A path
   * that leaves the locale folder stays as written, percent-encoded: a blank or control character
   * a browser skips (`%09javascript:…/..` decodes to a tab) or a backslash it reads as a slash
   * (`\\host`) must not make it a script URL or another site's address.
   */
  forDocument(doc: AlignedDocument): AssetUrl {
    return (relativePath, sourceLocale, use = 'image') => {
      const under = resolveUnderLocale(doc.slug, relativePath);
      if (under === null) return encodeWrittenPath(relativePath);
      return mediaUrl(this.ctx.urls, sourceLocale, this.image(doc, sourceLocale, under, relativePath, use));
    };
  }

  /**
   * The image-size finder for one document's pages: the size read from the image file's header
   * (PNG, GIF, JPEG, SVG, WebP, …), once per file; null for what is not a readable image, which is
   * reported when a browser would show it broken (image-unreadable). Only files the site publishes
   * are read: another path may be a pipe (reading it never ends) or lead through a symbolic link
   * out of the content folder.
   */
  imageSizeOf(doc: AlignedDocument): ImageSizeOf {
    return (relativePath, sourceLocale) => {
      const under = resolveUnderLocale(doc.slug, relativePath);
      if (under === null) return null;
      const published = this.image(doc, sourceLocale, under, relativePath);
      if (!this.publishes(sourceLocale, published)) return null;
      const file = join(this.content, sourceLocale, ...published.split('/'));
      let image = this.images.get(file);
      if (image === undefined) this.images.set(file, (image = readImage(file)));
      if (image.broken) {
        this.warnOnce(doc, sourceLocale, relativePath, 'image-unreadable', `image "${relativePath}" ${image.broken}; the page shows a broken image`);
      }
      return image.size;
    };
  }

  /**
   * The resolver of one document's links to other advisories. A link goes to the reader's
   * language when that language has the advisory; else to the English page (else the first
   * language's that has one). Slugs match ignoring case, as on the original site. A relative link
   * to an advisory the content folder lacks is reported once per file (it leads to a missing page);
   * an original-site address the site lacks stays as written, without a report.
   */
  advisoryLinkFor(doc: AlignedDocument, advisories: ReadonlyMap<string, Advisory>): AdvisoryLink {
    return ({ path, from }, pageLocale) => {
      const under = from === 'site' ? path : resolveUnderLocale(doc.slug, path);
      const target = under === null ? undefined : this.advisory(advisories, slugOf(under));
      if (!target) {
        if (from === 'document' && under !== null) {
          const fileLocale = pageLocale === this.ctx.english ? doc.referenceLocale ?? pageLocale : pageLocale;
          this.warnOnce(doc, fileLocale, path, 'link-not-found',
            `link to "${path}": there is no such advisory in the content folder, so the link leads to a missing page`);
        }
        return null;
      }
      const locale = target.has(pageLocale) ? pageLocale : target.has(this.ctx.english) ? this.ctx.english : target.locales[0];
      const otherLanguage = locale === pageLocale ? null : { locale, languageName: stringsFor(locale).languageName };
      return { url: articleUrl(this.ctx.urls, locale, target.slug), otherLanguage };
    };
  }

  private advisory(advisories: ReadonlyMap<string, Advisory>, slug: string): Advisory | undefined {
    const exact = advisories.get(slug);
    if (exact) return exact;
    if (this.lowerCase?.of !== advisories) {
      const bySlug = new Map<string, Advisory>();
      for (const [key, advisory] of advisories) if (!bySlug.has(key.toLowerCase())) bySlug.set(key.toLowerCase(), advisory);
      this.lowerCase = { of: advisories, bySlug };
    }
    return this.lowerCase.bySlug.get(slug.toLowerCase());
  }

  /**
   * The image's path as published. The original site was served case-insensitively, so a
   * reference in another case than the file on disk is linked to the file.
   */
  private image(doc: AlignedDocument, locale: string, under: string, written: string, use: AssetUse = 'image'): string {
    if (this.publishes(locale, under)) return under;
    const sameIgnoringCase = this.media.byLowerCase.get(locale)?.get(under.toLowerCase());
    if (sameIgnoringCase) return sameIgnoringCase;
    const file = resolve(this.content, locale, ...under.split('/'));
    this.linked.add(file);
    const copy = looseImage(this.content, locale, under);
    if (typeof copy === 'object') this.loose.set(`${locale}\u0000${under}`, copy);
    else if (use === 'image') this.warnOnce(doc, locale, written, 'image-not-found', `image "${written}" ${notCopied(copy, under, file)}; the page shows a broken image`);
    else this.warnOnce(doc, locale, written, 'link-not-found', `link to "${written}": the file ${notCopied(copy, under, file)}, so the link leads to a missing page`);
    return under;
  }

  /** Whether the site publishes this file (path under the locale folder): from a media folder, or copied alone. */
  private publishes(locale: string, under: string): boolean {
    return this.media.published.get(locale)?.has(under) === true || this.loose.has(`${locale}\u0000${under}`);
  }

  private warnOnce(doc: AlignedDocument, locale: string, written: string, code: string, message: string): void {
    const ld = doc.locales[locale];
    const file = ld?.file ?? `${locale}/${doc.slug}.md`;
    const key = `${code}\u0000${file}\u0000${written}`;
    if (this.checked.has(key)) return;
    this.checked.add(key);
    const at = ld ? placeIn(ld.doc.text, written) : -1;
    const line = at < 0 ? 1 : ld.doc.text.slice(0, at).split('\n').length;
    this.warn({ severity: 'warning', code, file, line, column: 1, message });
  }
}
