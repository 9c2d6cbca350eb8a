/**
 * An advisory's bilingual reading modes (the toolbar, reveal mode's popups and its one tab stop for
 * the sentences) are in their own script, reader.js, loaded by advisory pages after site.js, each
 * by its content's version: site.js had grown past the project's ~400 lines per file. Pages
 * without an article (homes, search) do not load it. Built from content/.
 */
import * as cheerio from 'cheerio';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteBuiltBeforeAll } from '../helpers/built-site.js';
import { CONTENT, ROOT } from '../helpers/corpus.js';

const out = siteBuiltBeforeAll('tolk-reader-script-', { content: CONTENT, search: false });

const scriptsOf = (path: string) => cheerio.load(readFileSync(join(out, path), 'utf8'))('script[src]').toArray()
  .map((el) => el.attribs.src);
const version = (file: string) => createHash('sha256').update(readFileSync(join(ROOT, 'templates/assets', file))).digest('hex').slice(0, 10);

describe('the reader script', () => {
  for (const locale of ['lv-lv', 'nb-no']) {
    it(`${locale}/activate-or-reactivate-a-subscription loads reading-mode.js in <head> before the first paint, then site.js and reader.js deferred, each by its version`, () => {
      expect(scriptsOf(`${locale}/activate-or-reactivate-a-subscription/index.html`)).toEqual([
        `/assets/reading-mode.js?v=${version('reading-mode.js')}`, `/assets/site.js?v=${version('site.js')}`, `/assets/reader.js?v=${version('reader.js')}`,
      ]);
      const $ = cheerio.load(readFileSync(join(out, `${locale}/activate-or-reactivate-a-subscription/index.html`), 'utf8'));
      // Blocking, and before the stylesheets: it waits for neither the page nor the CSS.
      expect($('script[src*="reading-mode.js"]').is('[defer], [async]')).toBe(false);
      expect($('head > script[src*="reading-mode.js"]').nextAll('link[rel="stylesheet"]')).toHaveLength(2);
    });
  }

  it('en-us/activate-or-reactivate-a-subscription (no reading modes) loads site.js, then reader.js, each by its version', () => {
    expect(scriptsOf('en-us/activate-or-reactivate-a-subscription/index.html'))
      .toEqual([`/assets/site.js?v=${version('site.js')}`, `/assets/reader.js?v=${version('reader.js')}`]);
  });

  it('the homes and the site\'s root do not load it', () => {
    for (const path of ['lv-lv/index.html', 'nb-no/index.html', 'index.html']) {
      expect(scriptsOf(path).some((src) => /reader\.js|reading-mode\.js/.test(src)), path).toBe(false);
    }
  });

  it('site.js and reader.js are each well under the project\'s ~400 lines', () => {
    for (const file of ['site.js', 'reader.js']) {
      expect(readFileSync(join(ROOT, 'templates/assets', file), 'utf8').split('\n').length, file).toBeLessThan(350);
    }
  });
});
