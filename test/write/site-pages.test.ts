/**
 * Issue 3, the built default site (content/ → temp dir, once): what a reader and a search
 * engine get from the HTML — languages, alternates, the switcher, robots, the segment markup,
 * banners, homes, 404s, the root chooser and the sitemap.
 */
import * as cheerio from 'cheerio';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHomePage } from '../../src/render/site/home-page.js';
import { renderRootIndex } from '../../src/render/site/misc-pages.js';
import { renderSitemap } from '../../src/render/site/sitemap.js';
import type { SiteContext } from '../../src/render/site/types.js';
import { siteBuiltBeforeAll } from '../helpers/built-site.js';
import { CONTENT } from '../helpers/corpus.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
const TLS_CERTS = 'tls-certificates'; // exists only in content/lv-LV
const EN_103 = 'As of October 31st, 2018, Microsoft 365 will continue transitioning to TLS 1.2.';

const out = siteBuiltBeforeAll('tolk-site-pages-', { content: CONTENT, search: true });

/** Text with the no-break spaces of the Latvian files as plain spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const page = (path: string) => cheerio.load(read(path));
const article = (locale: string, slug: string) => page(`${locale}/${slug}/index.html`);

/** The file a root-relative site URL is served from (`/lv-lv/x/` → lv-lv/x/index.html). */
function fileOfUrl(url: string): string {
  const path = decodeURIComponent(new URL(url, 'http://site.test').pathname).replace(/^\//, '');
  return join(out, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

function alternates($: cheerio.CheerioAPI): Record<string, string> {
  return Object.fromEntries($('link[rel="alternate"][hreflang]').toArray().map((el) => [$(el).attr('hreflang')!, $(el).attr('href')!]));
}

describe('advisory pages', () => {
  it(`lv-lv/${TLS}: <html lang="lv-LV" dir="ltr" data-bilingual>, title and canonical from the lv-LV file`, () => {
    const $ = article('lv-lv', TLS);
    expect($('html').attr('lang')).toBe('lv-LV');
    expect($('html').attr('dir')).toBe('ltr');
    expect($('html').attr('data-bilingual')).toBe('off');
    expect(plain($('title').text())).toContain('Gatavošanās TLS 1.2 lietošanai pakalpojumā Microsoft 365');
    expect($('link[rel="canonical"]').attr('href')).toBe(`/lv-lv/${TLS}/`);
  });

  it(`lv-lv/${TLS} a4db7-103: the segment carries its id, its Latvian and its English original, each with its lang`, () => {
    const $ = article('lv-lv', TLS);
    const seg = $('#seg-103');
    expect(seg.attr('data-id')).toBe('a4db7-103');
    expect(seg.attr('data-unit')).toBe('103');
    expect(seg.children('.seg-t').attr('lang')).toBe('lv-LV');
    expect(plain(seg.children('.seg-t').text())).toContain('Sākot ar 2018. gada 31. oktobri');
    expect(seg.children('.seg-en').attr('lang')).toBe('en-US');
    expect(seg.children('.seg-en').text()).toBe(EN_103);
  });

  it(`en-us/${TLS}: the English page is rebuilt from the English originals (a4db7-103), without a reading toolbar`, () => {
    const $ = article('en-us', TLS);
    expect($('html').attr('lang')).toBe('en-US');
    expect($('#seg-103 > .seg-t').text()).toBe(EN_103);
    expect($('.seg-en')).toHaveLength(0);
    expect($('.reader-toolbar')).toHaveLength(0);
  });

  it(`lv-lv/${TLS} (in all three languages): hreflang alternates for lv-LV, nb-NO, en-US and x-default → English`, () => {
    expect(alternates(article('lv-lv', TLS))).toEqual({
      'lv-LV': `/lv-lv/${TLS}/`, 'nb-NO': `/nb-no/${TLS}/`, 'en-US': `/en-us/${TLS}/`, 'x-default': `/en-us/${TLS}/`,
    });
  });

  it(`lv-lv/${TLS_CERTS} (only in content/lv-LV): no nb-NO alternate, and Norwegian is shown in the switcher but not linked`, () => {
    const $ = article('lv-lv', TLS_CERTS);
    expect(alternates($)).toEqual({
      'lv-LV': `/lv-lv/${TLS_CERTS}/`, 'en-US': `/en-us/${TLS_CERTS}/`, 'x-default': `/en-us/${TLS_CERTS}/`,
    });
    const switcher = $('.lang-switch');
    expect(switcher.find('a[hreflang="nb-NO"], a[data-locale="nb-NO"]')).toHaveLength(0);
    const norwegian = switcher.find('[lang="nb-NO"]');
    expect(norwegian.text()).toContain('Norsk bokmål');
    expect(norwegian.closest('a')).toHaveLength(0);
    expect(existsSync(join(out, 'nb-no', TLS_CERTS))).toBe(false);
  });

  it('every switcher link, alternate and canonical on every page leads to a built file', () => {
    const missing: string[] = [];
    for (const file of htmlFiles(out)) {
      const $ = page(file);
      const urls = [
        ...$('.lang-switch a, link[rel="alternate"], link[rel="canonical"], .breadcrumbs a').toArray().map((el) => $(el).attr('href')!),
      ];
      for (const url of urls) if (!existsSync(fileOfUrl(url))) missing.push(`${file}: ${url}`);
    }
    expect(missing).toEqual([]);
  });

  it(`lv-lv/${TLS} has ROBOTS: NOINDEX → robots noindex and is searchable (Pagefind body)`, () => {
    const $ = article('lv-lv', TLS);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    expect($('main[data-pagefind-body]')).toHaveLength(1);
  });

  it('lv-lv/includes/alchemyinsights-content-updates (an include fragment, no front matter, no H1): a page, titled from its file name, noindex, not searched', () => {
    const $ = article('lv-lv', 'includes/alchemyinsights-content-updates');
    expect($('h1').text()).toBe('Alchemyinsights content updates');
    expect($('title').text()).toContain('Alchemyinsights content updates');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    expect($('main[data-pagefind-body]')).toHaveLength(0);
    expect($('#seg-102 > .seg-t').text()).toBe('Publicēts');
  });

  it('lv-lv/cannot-access-public-folders 3d4a5-111: the placeholder <mailboxname> is text, not an element', () => {
    const $ = article('lv-lv', 'cannot-access-public-folders');
    expect($('#seg-111 > .seg-t').text()).toContain('Set-CASMailbox <mailboxname> -PublicFolderClientAccess');
    expect($('mailboxname')).toHaveLength(0);
    expect(read('lv-lv/cannot-access-public-folders/index.html')).toContain('&lt;mailboxname&gt;');
  });

  it(`nb-no/${TLS} (ms.translationtype MT): a banner says so and links the English page; lv-lv/${TLS} (HT) has none`, () => {
    const $ = article('nb-no', TLS);
    const banner = $('.translation-info .banner-mt');
    expect(banner).toHaveLength(1);
    expect(banner.find('a').attr('href')).toBe(`/en-us/${TLS}/`);
    expect(article('lv-lv', TLS)('.banner-mt')).toHaveLength(0);
  });

  it(`lv-lv/${TLS}: only the advisory body is in <main data-pagefind-body>; header, switcher and toolbar are outside it`, () => {
    const $ = article('lv-lv', TLS);
    const body = $('main[data-pagefind-body]');
    expect(body).toHaveLength(1);
    expect(body.find('#seg-103')).toHaveLength(1);
    expect(body.find('.lang-switch, .reader-toolbar, .site-header, .breadcrumbs')).toHaveLength(0);
    expect(page('lv-lv/index.html')('[data-pagefind-body]')).toHaveLength(0);
  });

  it('the reading modes are buttons with aria-pressed, and their labels come from templates/strings/lv.json', () => {
    const strings = JSON.parse(readFileSync(join(CONTENT, '..', 'templates', 'strings', 'lv.json'), 'utf8')) as Record<string, string>;
    const $ = article('lv-lv', TLS);
    const buttons = $('.reader-toolbar button[data-mode]').toArray().map((el) => [$(el).attr('data-mode'), $(el).text(), $(el).attr('aria-pressed')]);
    expect(buttons).toEqual([['off', strings.modeOff, 'true'], ['reveal', strings.modeReveal, 'false'], ['sbs', strings.modeSbs, 'false']]);
  });

  it('lv-lv/change-screen-brightness-in-windows-10: the image is served from lv-lv/media/ and was copied there', () => {
    const src = article('lv-lv', 'change-screen-brightness-in-windows-10')('main img').attr('src')!;
    expect(src).toBe('/lv-lv/media/brightness-slider.png');
    expect(readFileSync(fileOfUrl(src))).toEqual(readFileSync(join(CONTENT, 'lv-LV', 'media', 'brightness-slider.png')));
  });

  it('every image of every page has the width and height of its file (387 × 168 for brightness-slider.png), so text does not jump as images load', () => {
    const img = article('lv-lv', 'change-screen-brightness-in-windows-10')('main img');
    expect([img.attr('width'), img.attr('height')]).toEqual(['387', '168']);
    const unsized = htmlFiles(out).flatMap((file) => {
      const $ = page(file);
      return $('main img').toArray().filter((el) => !$(el).attr('width') || !$(el).attr('height')).map((el) => `${file}: ${$(el).attr('src')}`);
    });
    expect(unsized).toEqual([]);
  });

  it('breadcrumbs lead from the home to the folder to the advisory (commercial-dialogues/aad-security-and-identity)', () => {
    const $ = article('lv-lv', 'commercial-dialogues/aad-security-and-identity');
    const crumbs = $('.breadcrumbs li').toArray().map((el) => $(el).text());
    expect(crumbs[0]).toBe('Sākums');
    expect(crumbs[1]).toBe('Commercial dialogues');
    expect($('.breadcrumbs li').last().attr('aria-current')).toBe('page');
    expect($('.breadcrumbs a').first().attr('href')).toBe('/lv-lv/');
  });
});

describe('homes, search, 404 and the root page', () => {
  it('each locale home lists every advisory of that locale (lv-LV 21, nb-NO 20, en-US 21; not the include fragment) with working links', () => {
    for (const [dir, n] of [['lv-lv', 21], ['nb-no', 20], ['en-us', 21]] as const) {
      const $ = page(`${dir}/index.html`);
      const links = $('#advisories > li > a').toArray().map((el) => $(el).attr('href')!);
      expect(links, dir).toHaveLength(n);
      expect(links.filter((url) => !existsSync(fileOfUrl(url))), dir).toEqual([]);
      expect(links.filter((url) => url.includes('/includes/')), dir).toEqual([]);
    }
    expect(page('nb-no/index.html')(`#advisories a[href="/nb-no/${TLS_CERTS}/"]`)).toHaveLength(0);
  });

  it('per-locale 404 pages speak their language; the root 404 links every language home', () => {
    expect(page('lv-lv/404.html')('html').attr('lang')).toBe('lv-LV');
    expect(page('nb-no/404.html')('h1').text()).toBe('Finner ikke siden');
    const $ = page('404.html');
    const homes = $('main .language-list a').toArray().map((el) => $(el).attr('href'));
    expect(homes).toEqual(['/lv-lv/', '/nb-no/', '/en-us/']);
  });

  it('the root page lists the languages for readers without JavaScript and is the only page with the language chooser', () => {
    const $ = page('index.html');
    expect($('html').attr('data-page')).toBe('root');
    const noscript = cheerio.load($('noscript').html() ?? '');
    expect(noscript('a').toArray().map((el) => noscript(el).attr('href'))).toEqual(['/lv-lv/', '/nb-no/', '/en-us/']);
    const roots = htmlFiles(out).filter((f) => page(f)('html').attr('data-page') === 'root');
    expect(roots).toEqual(['index.html']);
  });

  it('the switcher marks a link aria-current="page" only where it leads to the page itself: not on the 404s or the root chooser', () => {
    const marked = (file: string) => {
      const $ = page(file);
      return $('.lang-switch a[aria-current]').toArray().map((a) => `${$(a).attr('data-locale')} ${$(a).attr('aria-current')}`);
    };
    // A home and an advisory are the page their own language's link leads to.
    expect(marked('lv-lv/index.html')).toEqual(['lv-LV page']);
    expect(marked(`nb-no/${TLS}/index.html`)).toEqual(['nb-NO page']);
    // A language's 404 is in that language, but its link leads to the home, not to this page.
    expect(marked('lv-lv/404.html')).toEqual(['lv-LV true']);
    expect(marked('nb-no/404.html')).toEqual(['nb-NO true']);
    // The root chooser and root 404 are no one language's: without script, English is not shown as chosen.
    expect(marked('index.html')).toEqual([]);
    expect(marked('404.html')).toEqual([]);
  });

  it('the homes and the root chooser are one hreflang cluster: each lists every home and the root as x-default', () => {
    const cluster = { 'lv-LV': '/lv-lv/', 'nb-NO': '/nb-no/', 'en-US': '/en-us/', 'x-default': '/' };
    expect(alternates(page('index.html'))).toEqual(cluster);
    for (const home of ['lv-lv', 'nb-no', 'en-us']) expect(alternates(page(`${home}/index.html`)), home).toEqual(cluster);
  });

  it('each locale has a search page in its language; Pagefind indexed the advisories of each language (not the include fragment)', () => {
    expect(page('lv-lv/search/index.html')('html').attr('lang')).toBe('lv-LV');
    expect(page('nb-no/search/index.html')('form[role="search"] input[name="q"]')).toHaveLength(1);
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count])))
      .toEqual({ 'en-us': 21, 'lv-lv': 21, 'nb-no': 20 });
  });
});

describe('the QA report in the site', () => {
  it('qa/ is the report page inside the site layout (not indexed) with qa.js; qa/report.json is the report it shows', () => {
    const $ = page('qa/index.html');
    expect($('html').attr('lang')).toBe('en-US');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    // One language only: the switcher links the report itself and marks the others unavailable.
    expect($('.site-header .lang-switch a').attr('href')).toBe('/qa/');
    expect($('.site-header .lang-switch .lang-unavailable')).toHaveLength(2);
    // Reachable: every page's footer links it (the report's own, as the current page).
    expect(page('lv-lv/index.html')('footer a[href="/qa/"]').text()).toBe('Tulkojumu kvalitātes pārskats (angļu valodā)');
    expect($('footer a[href="/qa/"]').attr('aria-current')).toBe('page');
    expect($('script[src]').toArray().map((el) => $(el).attr('src')?.replace(/\?v=[0-9a-f]{10}$/, ''))).toEqual(['/assets/site.js', '/assets/qa-waive.js', '/assets/qa-state.js', '/assets/qa-path.js', '/assets/qa-finding.js', '/assets/qa-export.js', '/assets/qa.js']);
    expect(existsSync(fileOfUrl('/assets/qa.js'))).toBe(true);
    const report = JSON.parse(read('qa/report.json')) as { findings: unknown[]; locales: string[] };
    expect(report.locales).toEqual(['lv-LV', 'nb-NO']);
    expect(report.findings.length).toBeGreaterThan(0);
    expect($('main a[href="/qa/report.json"]')).toHaveLength(1);
  });

  it('each advisory\'s footer also links its own findings: its language and slug (subfolder, dash and all) in the address', () => {
    const filtersOf = (locale: string, slug: string) => {
      const links = article(locale, slug)('footer a').toArray().map((el) => new URL(cheerio.load(el)('a').attr('href')!, 'http://site.test'));
      expect(links.map((u) => u.pathname)).toEqual(['/qa/', '/qa/']);
      return Object.fromEntries(links[1].searchParams);
    };
    const dashed = 'learn-about-m365-subscription\u2013based-availability-office-apps-features-on-mobile-devices';
    expect(filtersOf('lv-lv', dashed)).toEqual({ locale: 'lv-LV', document: dashed });
    expect(filtersOf('nb-no', 'commercial-dialogues/aad-security-and-identity')).toEqual({ locale: 'nb-NO', document: 'commercial-dialogues/aad-security-and-identity' });
    // English is every translation's source: its page asks for the findings of all languages.
    expect(filtersOf('en-us', TLS)).toEqual({ document: TLS });
    // Other pages link the whole report only.
    expect(page('lv-lv/index.html')('footer a')).toHaveLength(1);
  });
});

describe('the homes\' hreflang cluster under --base /docs/ with --site-url', () => {
  const ctx = { urls: { base: '/docs/', siteUrl: 'https://example.org' }, locales: ['lv-LV', 'nb-NO', 'en-US'], english: 'en-US', search: false } as SiteContext;
  const cluster = {
    'lv-LV': 'https://example.org/docs/lv-lv/', 'nb-NO': 'https://example.org/docs/nb-no/',
    'en-US': 'https://example.org/docs/en-us/', 'x-default': 'https://example.org/docs/',
  };

  it('the root page and every home name the same alternates, x-default the root (not the English home)', () => {
    expect(alternates(cheerio.load(renderRootIndex(ctx)))).toEqual(cluster);
    for (const locale of ctx.locales) expect(alternates(cheerio.load(renderHomePage(ctx, [], locale))), locale).toEqual(cluster);
  });

  it('sitemap.xml gives each home the same alternates as its page', () => {
    const $ = cheerio.load(renderSitemap(ctx, []), { xml: true });
    for (const url of $('url').toArray()) {
      const links = Object.fromEntries($(url).find('xhtml\\:link').toArray().map((el) => [$(el).attr('hreflang')!, $(el).attr('href')!]));
      expect(links, $(url).children('loc').text()).toEqual(cluster);
    }
    expect($('url')).toHaveLength(3);
  });
});

describe('sitemap.xml', () => {
  it('is not written without --site-url: a sitemap of relative URLs is invalid (sitemaps.org) and search engines reject it', () => {
    expect(existsSync(join(out, 'sitemap.xml'))).toBe(false);
  });
});
