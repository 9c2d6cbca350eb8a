/**
 * How the site leads to the QA report and keeps the user in it: a footer link on every page
 * when the build publishes the report (in the page's language, saying the report is English),
 * none when it does not (--no-qa), and a language switcher on the report that does not send the
 * user to a language home.
 */
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { renderExtraPage, renderLocaleNotFound, renderSearchPage } from '../../src/render/site/misc-pages.js';
import type { SiteContext } from '../../src/render/site/types.js';

const ctx = (qa: boolean | undefined): SiteContext => ({
  urls: { base: '/docs/', siteUrl: null }, locales: ['lv-LV', 'nb-NO', 'en-US'], english: 'en-US', search: true,
  ...(qa === undefined ? {} : { qa }),
} as SiteContext);
const report = (c: SiteContext) => cheerio.load(renderExtraPage(c, {
  url: 'qa/', title: 'Translation QA report', bodyHtml: '<div class="qa-report"></div>', scripts: [], styles: [],
}));

describe('the footer link to the QA report', () => {
  it('is on every page of a site that publishes the report, in the page language', () => {
    const lv = cheerio.load(renderSearchPage(ctx(true), 'lv-LV'));
    const link = lv('footer.site-footer a');
    expect(link.attr('href')).toBe('/docs/qa/');
    expect(link.attr('hreflang')).toBe('en-US');
    expect(link.text()).toBe('Tulkojumu kvalitātes pārskats (angļu valodā)');
    expect(cheerio.load(renderLocaleNotFound(ctx(true), 'nb-NO'))('footer a').text()).toBe('Kvalitetsrapport for oversettelsene (på engelsk)');
  });

  it('marks the report page itself as the current page', () => {
    expect(report(ctx(true))('footer a[aria-current="page"]').attr('href')).toBe('/docs/qa/');
  });

  it('is absent when the build does not publish the report (--no-qa), so no page links a missing one', () => {
    expect(cheerio.load(renderSearchPage(ctx(false), 'lv-LV'))('footer a').length).toBe(0);
    expect(cheerio.load(renderSearchPage(ctx(undefined), 'lv-LV'))('footer a').length).toBe(0);
  });
});

describe('the language switcher of the QA report', () => {
  const $ = report(ctx(true));

  it('links only the report itself, as the current page', () => {
    expect($('.lang-switch a').map((_, a) => `${$(a).attr('href')} ${$(a).attr('aria-current')}`).get()).toEqual(['/docs/qa/ page']);
  });

  it('shows the other languages as not available, not as links to their home pages', () => {
    expect($('.lang-switch .lang-unavailable').map((_, s) => $(s).attr('lang')).get()).toEqual(['lv-LV', 'nb-NO']);
    expect($('a[href="/docs/lv-lv/"], a[href="/docs/nb-no/"]').length).toBe(0);
  });
});
