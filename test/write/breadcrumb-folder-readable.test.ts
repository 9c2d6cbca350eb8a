/**
 * An advisory in a folder (content/{lv-LV,nb-NO}/commercial-dialogues/aad-security-and-identity.md,
 * as 195 advisories of the shared corpus are) shows its folder in the breadcrumb as a name a
 * reader can read, "Commercial dialogues", marked as English on Latvian and Norwegian pages (it
 * is the English folder name all languages share): the trail showed the slug itself,
 * "Sākums › commercial-dialogues › …", in the page's language for screen readers. It stays
 * unlinked: the site has no page for a folder. Built from content/.
 */
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderLabel } from '../../src/render/site/article-page.js';
import { siteBuiltBeforeAll } from '../helpers/built-site.js';
import { CONTENT } from '../helpers/corpus.js';

const SLUG = 'commercial-dialogues/aad-security-and-identity';
const out = siteBuiltBeforeAll('tolk-breadcrumb-folder-', { content: CONTENT, search: false });

const trail = (locale: string) => {
  const $ = cheerio.load(readFileSync(join(out, locale, SLUG, 'index.html'), 'utf8'));
  return $('nav.breadcrumbs li').toArray().map((el) => ({
    text: $(el).text(), lang: $(el).attr('lang') ?? null, link: $(el).find('a').attr('href') ?? null,
  }));
};

describe('a folder in the breadcrumb', () => {
  for (const [locale, home] of [['lv-lv', 'Sākums'], ['nb-no', 'Hjem']] as const) {
    it(`${locale}/${SLUG}: "${home} › Commercial dialogues › …", the folder marked as English and not linked`, () => {
      const crumbs = trail(locale);
      expect(crumbs).toHaveLength(3);
      expect(crumbs[0]).toEqual({ text: home, lang: null, link: `/${locale}/` });
      expect(crumbs[1]).toEqual({ text: 'Commercial dialogues', lang: 'en-US', link: null });
    });
  }

  it(`en-us/${SLUG}: "Home › Commercial dialogues › …", no lang of its own (the page is English)`, () => {
    expect(trail('en-us')[1]).toEqual({ text: 'Commercial dialogues', lang: null, link: null });
  });

  it('folder names read as words: hyphens and underscores are spaces, the first letter a capital', () => {
    expect(folderLabel('commercial-dialogues')).toBe('Commercial dialogues');
    expect(folderLabel('includes')).toBe('Includes');
    expect(folderLabel('m365_apps--setup')).toBe('M365 apps setup');
    expect(folderLabel('-')).toBe('-');
  });
});
