/**
 * A sitemap file may list 50,000 URLs and weigh 50 MB at most (sitemaps.org); search engines
 * reject a bigger one whole, and 17,000 advisories in three languages are past it. Above either
 * limit tolk writes `sitemap-1.xml`, `sitemap-2.xml`… and `sitemap.xml` as their index (absolute
 * URLs, under --base), so the address a deployer submits stays the same. The limits are lowered
 * here through the parameter, on the default content planned under `--base /docs/`, less the
 * `ROBOTS: NOINDEX` of half its files (the real advisories have it, and a sitemap leaves them out).
 */
import * as cheerio from 'cheerio';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSitemap, SITEMAP_LIMITS, sitemapPages } from '../../src/render/site/sitemap.js';
import type { SitePage } from '../../src/render/site/types.js';
import { planSiteOf, type PlannedSite } from '../../src/write/site-plan.js';
import { CONTENT } from '../helpers/corpus.js';

let tmp: string;
let site: PlannedSite;
/** The single sitemap of the whole site, as a small site has it. */
let whole: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tolk-sitemap-split-'));
  const content = join(tmp, 'content');
  cpSync(CONTENT, content, { recursive: true });
  for (const locale of ['lv-LV', 'nb-NO']) {
    const files = readdirSync(join(content, locale)).filter((name) => name.endsWith('.md')).sort();
    for (const name of files.slice(0, files.length / 2)) {
      const file = join(content, locale, name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^ROBOTS:.*\n/m, ''));
    }
  }
  site = planSiteOf({ content, base: '/docs/', siteUrl: 'https://example.org/docs' }, () => {});
  whole = renderSitemap(site.ctx, site.plan.advisories);
});
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

const rendered = (pages: SitePage[]) => new Map(pages.map((page) => [page.file, page.render() as string]));

function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => { throw error; });
  parser.write(xml).close();
}

/** The `<url>` entries of a urlset, as written. */
const urlEntries = (xml: string) => xml.match(/ {2}<url>[\s\S]*?<\/url>/g) ?? [];

function indexLocs(xml: string): string[] {
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">\n/);
  const $ = cheerio.load(xml, { xml: true });
  return $('sitemap > loc').toArray().map((el) => $(el).text());
}

describe('sitemap files of a site above the limits', () => {
  it('a site within the limits keeps its one sitemap.xml, a urlset as before', () => {
    const files = rendered(sitemapPages(site.ctx, site.plan.advisories));
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(files.get('sitemap.xml')).toBe(whole);
    expect(urlEntries(whole).length).toBeGreaterThan(10);
  });

  it('above the URL limit: sitemap-1.xml… of at most that many URLs, all of them in order, and sitemap.xml their index', () => {
    const all = urlEntries(whole);
    const files = rendered(sitemapPages(site.ctx, site.plan.advisories, { urls: 10, bytes: SITEMAP_LIMITS.bytes }));
    const parts = [...files.keys()].filter((file) => file !== 'sitemap.xml');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts).toEqual(parts.map((_, i) => `sitemap-${i + 1}.xml`));
    const listed: string[] = [];
    for (const file of parts) {
      const xml = files.get(file)!;
      wellFormed(xml);
      expect(xml.startsWith(whole.slice(0, whole.indexOf('\n  <url>')))).toBe(true); // the same urlset, namespaces and all
      expect(urlEntries(xml).length).toBeLessThanOrEqual(10);
      listed.push(...urlEntries(xml));
    }
    expect(listed).toEqual(all);
    const index = files.get('sitemap.xml')!;
    wellFormed(index);
    expect(indexLocs(index)).toEqual(parts.filter((file) => urlEntries(files.get(file)!).length > 0)
      .map((file) => `https://example.org/docs/${file}`));
  });

  it('above the size limit: no file is bigger than it', () => {
    const limit = 6000;
    const files = rendered(sitemapPages(site.ctx, site.plan.advisories, { urls: SITEMAP_LIMITS.urls, bytes: limit }));
    expect(files.size).toBeGreaterThan(2);
    for (const [file, xml] of files) expect(Buffer.byteLength(xml), file).toBeLessThanOrEqual(limit);
    expect([...files].filter(([file]) => file !== 'sitemap.xml').flatMap(([, xml]) => urlEntries(xml))).toEqual(urlEntries(whole));
  });

  it('the index leaves out a file whose pages all turned out noindex (a sitemap with no URL is invalid)', () => {
    const files = rendered(sitemapPages(site.ctx, site.plan.advisories, { urls: 1, bytes: SITEMAP_LIMITS.bytes }));
    const withUrls = [...files].filter(([file, xml]) => file !== 'sitemap.xml' && urlEntries(xml).length === 1).map(([file]) => file);
    expect(withUrls.length).toBe(urlEntries(whole).length);
    expect(files.size - 1).toBeGreaterThan(withUrls.length); // some pages are ROBOTS: NOINDEX
    expect(indexLocs(files.get('sitemap.xml')!)).toEqual(withUrls.map((file) => `https://example.org/docs/${file}`));
  });
});
