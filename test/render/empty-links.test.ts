/**
 * A link the localization pipeline emptied (`[](https://…)` in the translation, `[Your products](…)`
 * in its English; 120 files of the real corpus) was rendered as a link with no text: nothing to
 * see or click, yet a tab stop without a name, where a keyboard reader's focus vanished (the
 * audit found it tabbing through nb-no/activate-or-reactivate-a-subscription). It now shows the
 * English link's words. Built from content/.
 */
import * as cheerio from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillEmptyLinks } from '../../src/render/article-empty-links.js';
import { siteBuiltBeforeAll } from '../helpers/built-site.js';
import { CONTENT } from '../helpers/corpus.js';

const out = siteBuiltBeforeAll('tolk-empty-link-', { content: CONTENT, search: false });

const load = (path: string) => cheerio.load(readFileSync(join(out, path), 'utf8'));

describe('links the translation left without words', () => {
  it('nb-no/activate-or-reactivate-a-subscription a2a27-114: the emptied link to "Your products" shows the English words, in the sentence', () => {
    const $ = load('nb-no/activate-or-reactivate-a-subscription/index.html');
    const link = $('#seg-114 > .seg-t a');
    expect(link.attr('href')).toBe('https://go.microsoft.com/fwlink/p/?linkid=842054');
    expect(link.text()).toBe('Your products');
    expect($('#seg-114 > .seg-t').text().replace(/\s+/g, ' ')).toBe('Gå til Fakturering produkter-siden i > Your products administrasjonssenteret.');
  });

  it('no advisory page of content/ has a link without text', () => {
    const empty: string[] = [];
    const advisories = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /^(lv-lv|nb-no|en-us)\/.+\/index\.html$/.test(f));
    // The pages were found: an empty list would pass without reading one.
    expect(advisories.length).toBeGreaterThan(40);
    for (const file of advisories) {
      const $ = load(file);
      $('main a[href]').each((_, a) => { if ($(a).text().trim() === '' && $(a).find('img').length === 0) empty.push(`${file}: ${$(a).attr('href')}`); });
    }
    expect(empty).toEqual([]);
  });

  it('takes the words of the English link to the same address, keeps a title, and leaves one it cannot match alone', () => {
    expect(fillEmptyLinks('Se [](https://a.test/x "Tittel") og [](https://b.test/)', 'See [**A** page](https://a.test/x) and [B](https://c.test/)'))
      .toBe('Se [**A** page](https://a.test/x "Tittel") og [](https://b.test/)');
    expect(fillEmptyLinks('Se [](https://a.test/x)', null)).toBe('Se [](https://a.test/x)');
  });
});
