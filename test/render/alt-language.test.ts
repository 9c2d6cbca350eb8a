/**
 * Alt texts outside segments carry the language they are in (a screen reader reads an alt in the
 * voice of its lang). Real advisories in test/fixtures/alt-language: a Latvian file that left one
 * alt in English ("Pop out language bar"), a Norwegian one that left its only alt in English
 * ("Project to a PC") where the Latvian file translated it.
 */
import { load } from 'cheerio';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndAlign } from '../../src/pipeline.js';
import { ENGLISH, renderArticle, type RenderOptions } from '../../src/render/article.js';
import { ROOT } from '../helpers/corpus.js';

const corpus = readAndAlign(join(ROOT, 'test', 'fixtures', 'alt-language'));
const options: RenderOptions = { assetUrl: (path) => `/media/${path}`, labels: {} };

/** [alt, lang] of each image on a page; lang null when the image inherits the page's. */
function alts(slug: string, locale: string): [string, string | null][] {
  const doc = corpus.documents.find((d) => d.slug === slug)!;
  const $ = load(renderArticle(doc, locale, options)!.html);
  return $('img').toArray().map((img) => [$(img).attr('alt') ?? '', $(img).attr('lang') ?? null]);
}

describe('alt texts outside segments: the language they are in', () => {
  it('an alt a translated file left in English is marked lang="en-US" on that page', () => {
    expect(alts('hide-display-reset-language-bar', 'lv-LV')).toEqual([
      ['Valodu joslas minimizēšana', null], ['Pop out language bar', 'en-US'], ['Valodu joslas atjaunošana', null]]);
    expect(alts('project-to-a-pc', 'nb-NO')).toEqual([['Project to a PC', 'en-US']]);
  });

  it('translated alts stay in the page language; one both files translated differently is not taken for English', () => {
    expect(alts('project-to-a-pc', 'lv-LV')).toEqual([['Projicē datorā', null]]);
    expect(alts('hide-display-reset-language-bar', 'nb-NO')).toEqual([
      ['Minimere språklinjen', null], ['Hurtigmenyspråklinje', null], ['Gjenopprette språklinjen', null]]);
  });

  it('the English page shows the English alt another file kept, and marks only the ones that have none', () => {
    const reference = corpus.documents.find((d) => d.slug === 'project-to-a-pc')!.referenceLocale!;
    expect(alts('project-to-a-pc', ENGLISH)).toEqual([['Project to a PC', null]]);
    const page = alts('hide-display-reset-language-bar', ENGLISH);
    expect(page[1]).toEqual(['Pop out language bar', null]);
    for (const [alt, lang] of [page[0], page[2]]) expect([alt, lang]).toEqual([alt, reference]);
  });
});
