/**
 * One advisory across languages. Which languages have a page is known up front (a page exists
 * where its source file does), so links, hreflang and the page list are planned before anything
 * is rendered; each page is rendered when it is written, and only a small summary of it
 * (title, robots, provenance) stays in memory for the home lists and the sitemap.
 */
import type { AlignedDocument, Diagnostic } from '../../model.js';
import type { RenderedArticle } from '../article.js';
import { escapeHtml } from './html.js';
import { stringsFor } from './strings.js';

/** What a page needs from the article renderer's result. */
export type ArticleView = Pick<RenderedArticle,
  'locale' | 'html' | 'title' | 'titleLang' | 'description' | 'translationType' | 'robotsNoindex' | 'untranslatedCount' | 'drifted'>;

export type ArticleSummary = Pick<ArticleView, 'title' | 'titleLang' | 'translationType' | 'robotsNoindex'>;

export type RenderPage = (doc: AlignedDocument, locale: string) => ArticleView | null;

/** `04/21/2020` (ms.date) → `2020-04-21`; null when it is not such a date. */
export function isoDate(value: unknown): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(value ?? '').trim());
  return m ? `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : null;
}

/**
 * Whether a slug is an include fragment: a file in an `includes/` folder, which Docs sites
 * embed in other pages (`[!INCLUDE]`) rather than publish as an advisory.
 */
export function isIncludeFragment(slug: string): boolean {
  return slug.split('/').slice(0, -1).some((folder) => folder.toLowerCase() === 'includes');
}

export class Advisory {
  readonly slug: string;
  /**
   * An include fragment still gets its pages (links to it keep working), but it is not listed on
   * the homes, searched or offered to search engines: it is not an advisory, and one that lists
   * every advisory's title would match every search.
   */
  readonly fragment: boolean;
  /** Languages that have this page, in site order. */
  readonly locales: string[];
  private readonly summaries = new Map<string, ArticleSummary>();

  constructor(private readonly doc: AlignedDocument, siteLocales: string[], private readonly english: string,
    private readonly renderPage: RenderPage, private readonly warn: (d: Diagnostic) => void) {
    this.slug = doc.slug;
    this.fragment = isIncludeFragment(doc.slug);
    this.locales = siteLocales.filter((l) => this.sourceOf(l) !== null);
  }

  /** The locale whose file a page is made from: itself, or for English the reference locale. */
  private sourceOf(locale: string): string | null {
    const source = locale === this.english ? this.doc.referenceLocale : locale;
    return source !== null && this.doc.locales[source] ? source : null;
  }

  has(locale: string): boolean {
    return this.locales.includes(locale);
  }

  /** The page's ms.date as an ISO date, for sorting the home list by date. */
  date(locale: string): string | null {
    const source = this.sourceOf(locale);
    return source ? isoDate(this.doc.locales[source].doc.frontMatter.data['ms.date']) : null;
  }

  /** Renders the page; a renderer failure becomes a warning and a page that says so. */
  render(locale: string): ArticleView {
    const source = this.sourceOf(locale);
    if (source === null) throw new Error(`no ${locale} page for ${this.slug}`);
    let view: ArticleView;
    try {
      view = this.renderPage(this.doc, locale) ?? this.failed(locale, source, 'the renderer returned nothing');
    } catch (error) {
      view = this.failed(locale, source, (error as Error).message);
    }
    this.summaries.set(locale, { title: view.title, titleLang: view.titleLang, translationType: view.translationType, robotsNoindex: view.robotsNoindex });
    return view;
  }

  summary(locale: string): ArticleSummary {
    return this.summaries.get(locale) ?? this.render(locale);
  }

  private failed(locale: string, source: string, why: string): ArticleView {
    const file = this.doc.locales[source].file;
    this.warn({ severity: 'warning', code: 'render-failed', file, line: 1, column: 1,
      message: `cannot render the ${locale} page (${why}); the page says so instead` });
    return {
      locale, title: this.slug, titleLang: null, description: null, translationType: null, robotsNoindex: true,
      untranslatedCount: 0, drifted: false,
      html: `<h1>${escapeHtml(this.slug)}</h1>\n<p>${escapeHtml(stringsFor(locale).renderFailed)}</p>`,
    };
  }
}
