/**
 * A site built without --base and opened from disk (double-clicking _site/index.html) loads no CSS
 * or script, since its URLs start at `/`: the reader saw an unstyled page, each translation run into
 * its English, links leading nowhere, and nothing saying why. Every page kind now begins with a
 * notice in its own language that the site must be served; site.css hides it, so it shows exactly
 * when the stylesheet did not load (test/browser/pages-from-disk-notice.test.ts checks that part).
 */
import * as cheerio from 'cheerio';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteBuiltBeforeAll } from '../helpers/built-site.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';

const DOC = 'Excel-crashing';
const content = join(contentCopy(tempDir('tolk-from-disk-'), [DOC]), 'content');
const out = siteBuiltBeforeAll('tolk-from-disk-site-', { content, search: true, qa: false }, 120_000);

/** The notice's opening words in each page language. */
const OPENING: Record<string, string> = {
  'lv-LV': 'Šī lapa nevarēja ielādēt savus stilus un skriptus',
  'nb-NO': 'Denne siden kunne ikke laste inn stilene og skriptene sine',
  'en-US': 'This page could not load its styles and scripts',
  en: 'This page could not load its styles and scripts',
};

const load = (path: string) => cheerio.load(readFileSync(join(out, path), 'utf8'));

describe('every page of the site says it must be served, in its language', () => {
  const pages = [
    ['the root language picker', 'index.html'],
    ['the root 404', '404.html'],
    ...['lv-lv', 'nb-no', 'en-us'].flatMap((l) => [
      [`the ${l} home`, `${l}/index.html`],
      [`the ${l} advisory`, `${l}/${DOC}/index.html`],
      [`the ${l} search page`, `${l}/search/index.html`],
      [`the ${l} 404`, `${l}/404.html`],
    ]),
  ];

  it.each(pages)('%s (%s)', (_, path) => {
    const $ = load(path);
    const lang = $('html').attr('lang')!;
    const notice = $('body > :first-child');
    // First in the body: the first thing an unstyled page shows.
    expect(notice.is('p.open-from-disk')).toBe(true);
    expect(notice.text().startsWith(OPENING[lang])).toBe(true);
    expect(notice.find('code').text()).toBe('npx tolk serve');
    // Not a sentence of the advisory: Pagefind skips it, and it is outside <main>.
    expect(notice.attr('data-pagefind-ignore')).toBe('');
    expect(notice.closest('main, [data-pagefind-body]').length).toBe(0);
  });

  it('every HTML file the build wrote has it (no page kind left out)', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThanOrEqual(pages.length);
    expect(files.filter((f) => load(f)('body > p.open-from-disk:first-child').length !== 1)).toEqual([]);
  });

  it('the pages still declare their encoding within their first 1,024 bytes', () => {
    for (const [, path] of pages) {
      expect(readFileSync(join(out, path)).subarray(0, 1024).toString('latin1')).toContain('<meta charset="utf-8">');
    }
  });

  it('site.css hides it, and so does print.css', () => {
    for (const file of ['site.css', 'print.css']) {
      expect(readFileSync(join(out, 'assets', file), 'utf8')).toMatch(/\.open-from-disk[^{]*\{\s*display:\s*none/);
    }
  });
});
