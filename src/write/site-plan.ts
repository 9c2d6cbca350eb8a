/**
 * Reads the content folder and plans the site: what the page worker of `tolk build` does, or the
 * main thread for a small site or after a worker failure; deterministic, so both ways give the
 * same pages in the same order.
 */
import { resolve } from 'node:path';
import type { AlignedCorpus, Diagnostic } from '../model.js';
import { readAndAlign } from '../pipeline.js';
import { ENGLISH, renderArticle } from '../render/article.js';
import { planSite, type SitePlan } from '../render/site/plan.js';
import type { ExtraPage, SiteContext } from '../render/site/types.js';
import { localeDir, normalizeBase, normalizeSiteUrl, type UrlScheme } from '../render/site/urls.js';
import { indexMedia, type MediaIndex } from './media.js';
import { SiteLinks } from './site-links.js';

export interface SitePlanOptions {
  content: string;
  base?: string;
  siteUrl?: string | null;
  search?: boolean;
  /** Whether the QA report is published at `qa/`, so pages link it (default false). */
  qaReport?: boolean;
  /** Pages supplied as data, planned after tolk's own pages. */
  extraPages?: ExtraPage[];
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface PlannedSite {
  corpus: AlignedCorpus;
  ctx: SiteContext;
  media: MediaIndex;
  links: SiteLinks;
  plan: SitePlan;
}

export function siteUrls(options: SitePlanOptions): UrlScheme {
  const base = normalizeBase(options.base ?? '/');
  return { base, siteUrl: options.siteUrl ? normalizeSiteUrl(options.siteUrl, base) : null };
}

function siteContext(urls: UrlScheme, locales: string[], search: boolean, qa: boolean): SiteContext {
  return { urls, locales: [...locales, ENGLISH], english: ENGLISH, search, qa };
}

/** Top-level folders of the site that hold no language's pages. */
const SITE_FOLDERS = new Set(['qa', 'assets', 'pagefind', 'media']);

/**
 * The languages that get pages: every locale folder but English (rebuilt from the originals),
 * less those whose folder in the site (its lower-cased name) is the site's own (`qa/`) or another
 * language's (`lv-lv/` beside `lv-LV/`, `en-us/`): their pages would overwrite those.
 */
export function siteLocalesOf(corpusLocales: string[], warn: (d: Diagnostic) => void): string[] {
  const taken = new Map([[localeDir(ENGLISH), ENGLISH]]);
  const kept: string[] = [];
  for (const locale of corpusLocales) {
    if (locale === ENGLISH) continue;
    const dir = localeDir(locale);
    const owner = taken.get(dir);
    const clash = SITE_FOLDERS.has(dir) ? `the site's own ${dir}/ folder` : owner ? `the pages of ${owner}/` : null;
    if (clash) {
      warn({ severity: 'error', code: 'locale-folder-clash', file: `${locale}/`, line: 1, column: 1,
        message: `this language's pages would be written to ${dir}/ in the site, over ${clash}; it is left out of the site (its documents are still aligned and checked)` });
      continue;
    }
    taken.set(dir, locale);
    kept.push(locale);
  }
  return kept;
}

/**
 * Any C0 or C1 control character, the tab and the newline included. A browser drops a tab or a
 * newline from an address it is given, so a page whose folder has one cannot be linked; the
 * others make URLs no one can type or read.
 */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/** A name with its control characters written as the terminal shows them (`\n`, `\x07`), so the warning reads the same everywhere. */
const escaped = (name: string) => name.replace(new RegExp(CONTROL_CHARACTER.source, 'g'),
  (c) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

/**
 * The corpus less the documents whose file or folder name holds a control character (a file
 * saved by a script with a stray newline, `evil\nname.md`): they get no page, with a warning that
 * names the file (escaped) and says to rename it, as reserved slugs are skipped; their reader
 * diagnostics are still said, and they are aligned and checked (the QA report has them).
 */
function withoutControlNames(corpus: AlignedCorpus, warn: (d: Diagnostic) => void): AlignedCorpus {
  const skipped = corpus.documents.filter((doc) => CONTROL_CHARACTER.test(doc.slug));
  if (skipped.length === 0) return corpus;
  for (const doc of skipped) {
    const files = Object.keys(doc.locales).sort().map((locale) => doc.locales[locale]);
    for (const { doc: read } of files) for (const d of read.diagnostics) if (d.severity !== 'info') warn(d);
    warn({ severity: 'warning', code: 'unsafe-slug', file: files[0].file, line: 1, column: 1,
      message: `the name ${files.map((f) => `"${escaped(f.file)}"`).join(' and ')} holds a control character, which a page's address ` +
        'cannot carry; document skipped: rename the file (or its folder) without it' });
  }
  return { ...corpus, documents: corpus.documents.filter((doc) => !skipped.includes(doc)) };
}

export function planSiteOf(options: SitePlanOptions, warn: (d: Diagnostic) => void): PlannedSite {
  const content = resolve(options.content);
  const corpus = readAndAlign(options.content, { onProgress: (d, n) => options.onProgress?.('reading', d, n) });
  const locales = siteLocalesOf(corpus.locales, warn);
  const ctx = siteContext(siteUrls(options), locales, options.search !== false, options.qaReport === true);
  const media = indexMedia(content, locales, warn);
  const links = new SiteLinks(content, ctx, media, warn);
  const plan = planSite({
    corpus: withoutControlNames(corpus, warn), ctx, warn,
    renderArticle: (doc, locale, o) => renderArticle(doc, locale, o),
    assetUrlFor: (doc) => links.forDocument(doc),
    imageSizeFor: (doc) => links.imageSizeOf(doc),
    advisoryLinkFor: (doc, advisories) => links.advisoryLinkFor(doc, advisories),
    extraPages: options.extraPages,
  });
  return { corpus, ctx, media, links, plan };
}
