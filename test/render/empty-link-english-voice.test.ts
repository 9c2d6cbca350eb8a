/**
 * A link the translation left without words (`[](url)`) shows the English link's words
 * (article-empty-links.ts). Those words are English inside a Latvian or Norwegian sentence, so
 * the link says so (`lang="en-US"`): a screen reader speaks "Your products" in an English voice
 * rather than the page's, and the browser hyphenates it as English. The translator's own link
 * words, and the English page's links, keep the page's language. Built with `tolk build`'s
 * buildSite from content/'s advisory and, when the shared corpus is present, a Latvian one.
 */
import * as cheerio from 'cheerio';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/write/build-site.js';
import { CONTENT, CORPUS, hasCorpus } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const NB_SLUG = 'activate-or-reactivate-a-subscription';
/** Its lv-LV file emptied "[adding storage]"'s words in 72aae-103. */
const LV_SLUG = 'add-storage-space-for-your-subscription';

const tmp = tempDir('tolk-empty-link-lang-');
const out = join(tmp, 'site');

function copy(from: string, slug: string, to: string): void {
  for (const locale of ['lv-LV', 'nb-NO']) {
    const file = join(from, locale, `${slug}.md`);
    if (existsSync(file)) cpSync(file, join(to, locale, `${slug}.md`));
  }
}

beforeAll(async () => {
  const content = join(tmp, 'content');
  copy(CONTENT, NB_SLUG, content);
  if (hasCorpus) copy(CORPUS, LV_SLUG, content);
  await buildSite({ content, out, search: false, qa: false });
}, 60_000);

const page = (path: string) => cheerio.load(readFileSync(join(out, path, 'index.html'), 'utf8'));

/** The language a screen reader uses for an element: the nearest `lang` up the tree. */
function languageOf($: cheerio.CheerioAPI, selector: string): string | undefined {
  return $(selector).first().closest('[lang]').attr('lang');
}

describe('a link filled with the English words speaks English', () => {
  it('nb-no a2a27-114: the filled "Your products" link is en-US in a Norwegian sentence', () => {
    const $ = page(`nb-no/${NB_SLUG}`);
    const link = $('#seg-114 > .seg-t a');
    expect(link.text()).toBe('Your products');
    expect(link.attr('lang')).toBe('en-US');
    // The sentence around it stays Norwegian.
    expect($('#seg-114 > .seg-t').attr('lang')).toBe('nb-NO');
    expect($('html').attr('lang')).toBe('nb-NO');
  });

  it('the same sentence on the English page and the English shown beside it carry no extra lang', () => {
    const en = page(`en-us/${NB_SLUG}`);
    expect(en('#seg-114 a').text()).toBe('Your products');
    expect(en('#seg-114 a').attr('lang')).toBeUndefined();
    const $ = page(`nb-no/${NB_SLUG}`);
    expect($('#seg-114 > .seg-en a').attr('lang')).toBeUndefined();
    expect(languageOf($, '#seg-114 > .seg-en a')).toBe('en-US');
  });

  it('links the translator gave words keep the page language', () => {
    const $ = page(`nb-no/${NB_SLUG}`);
    const own = $('main .seg-t a').filter((_, a) => $(a).text() !== 'Your products');
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter('[lang]').length).toBe(0);
  });

  it.skipIf(!hasCorpus)('lv-lv 72aae-103 (shared corpus): the filled link is en-US in a Latvian sentence, the translated one is not', () => {
    const $ = page(`lv-lv/${LV_SLUG}`);
    const links = $('#seg-103 > .seg-t a');
    const filled = links.filter((_, a) => $(a).attr('href')!.includes('add-storage-space'));
    expect(filled.length).toBe(1);
    expect(filled.text()).toMatch(/[a-z]/);
    expect(filled.attr('lang')).toBe('en-US');
    expect(links.not(filled).attr('lang')).toBeUndefined();
    expect($('#seg-103 > .seg-t').attr('lang')).toBe('lv-LV');
  });
});
