/**
 * Resolves the relative paths the article renderer finds in a document (images, links to other
 * advisories) to site URLs, and remembers what the site must provide: loose images to copy,
 * and warnings for images and advisories that are not in the content folder.
 */
import type { AlignedCorpus, AlignedDocument, Diagnostic } from '../model.js';
import type { AssetUrl } from '../render/site/plan.js';
import type { SiteContext } from '../render/site/types.js';
import { articleUrl, mediaUrl, resolveUnderLocale } from '../render/site/urls.js';
import { looseImage, type MediaCopy, type MediaIndex } from './media.js';

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/g;

export class SiteLinks {
  /** Images outside the media folders that pages use, to be copied one by one. */
  readonly loose = new Map<string, MediaCopy>();
  private readonly checked = new Set<string>();
  /** slug → locales that have the advisory (English when some locale is its reference). */
  private readonly advisories = new Map<string, Set<string>>();

  constructor(corpus: AlignedCorpus, private readonly content: string, private readonly ctx: SiteContext,
    private readonly media: MediaIndex, private readonly warn: (d: Diagnostic) => void) {
    for (const doc of corpus.documents) {
      const locales = new Set(Object.keys(doc.locales));
      if (doc.referenceLocale) locales.add(ctx.english);
      this.advisories.set(doc.slug, locales);
    }
  }

  /** The resolver for one document's page in `pageLocale`. */
  forPage(doc: AlignedDocument, pageLocale: string): AssetUrl {
    return (relativePath, sourceLocale) => {
      const under = resolveUnderLocale(doc.slug, relativePath);
      if (under === null) return relativePath;
      if (/\.md$/i.test(under)) return this.advisoryLink(doc, pageLocale, sourceLocale, under, relativePath);
      this.checkImage(doc, sourceLocale, under, relativePath);
      return mediaUrl(this.ctx.urls, sourceLocale, under);
    };
  }

  /** A link to another advisory: in the page's language, else English, else (warned) the page's language. */
  private advisoryLink(doc: AlignedDocument, pageLocale: string, sourceLocale: string, under: string, written: string): string {
    const slug = under.slice(0, -3).normalize('NFC').replace(INVISIBLE, '');
    const locales = this.advisories.get(slug);
    if (locales?.has(pageLocale)) return articleUrl(this.ctx.urls, pageLocale, slug);
    if (locales?.has(this.ctx.english)) return articleUrl(this.ctx.urls, this.ctx.english, slug);
    this.warnOnce(doc, sourceLocale, written, 'link-not-found',
      `link to "${written}": no such advisory in the content folder; the link leads to the 404 page`);
    return articleUrl(this.ctx.urls, pageLocale, slug);
  }

  private checkImage(doc: AlignedDocument, locale: string, under: string, written: string): void {
    const key = `${locale}\u0000${under}`;
    if (this.media.published.get(locale)?.has(under) || this.loose.has(key)) return;
    const copy = looseImage(this.content, locale, under);
    if (copy) this.loose.set(key, copy);
    else this.warnOnce(doc, locale, written, 'image-not-found', `image "${written}" is not in the content folder; the page shows a broken image`);
  }

  private warnOnce(doc: AlignedDocument, locale: string, written: string, code: string, message: string): void {
    const ld = doc.locales[locale];
    const file = ld?.file ?? `${locale}/${doc.slug}.md`;
    const key = `${code}\u0000${file}\u0000${written}`;
    if (this.checked.has(key)) return;
    this.checked.add(key);
    const at = ld ? ld.doc.text.indexOf(written) : -1;
    const line = at < 0 ? 1 : ld.doc.text.slice(0, at).split('\n').length;
    this.warn({ severity: 'warning', code, file, line, column: 1, message });
  }
}
