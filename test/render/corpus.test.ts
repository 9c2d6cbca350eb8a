import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { AlignedCorpus } from '../../src/model.js';
import { readAndAlign } from '../../src/pipeline.js';
import { ENGLISH, renderArticle, type RenderOptions } from '../../src/render/article.js';
import { CONTENT, CORPUS, hasCorpus } from '../helpers/corpus.js';

const options: RenderOptions = { assetUrl: (path, locale) => `/assets/${locale.toLowerCase()}/${path}`, labels: { video: 'Video' } };
const VOID = new Set(['br', 'img', 'hr', 'wbr']);
const PHRASING = new Set(['span', 'a', 'strong', 'em', 'code', 'sup', 'sub', 'kbd', 'b', 'i', 'u', 's', 'del', 'img', 'br']);

/** Problems with the nesting of the page's tags: unbalanced, or a block element inside a span. */
function nestingProblems(html: string): string[] {
  const stack: string[] = [];
  const problems: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
    const [, close, name] = m;
    if (VOID.has(name)) continue;
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}> at ${m.index}`);
    } else {
      if (!PHRASING.has(name) && stack.includes('span')) problems.push(`<${name}> inside a span at ${m.index}`);
      stack.push(name);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' ')}`);
  return problems;
}

function checkEveryPage(corpus: AlignedCorpus): void {
  const problems: string[] = [];
  for (const doc of corpus.documents) {
    for (const locale of [...corpus.locales, ENGLISH]) {
      const article = renderArticle(doc, locale, options);
      if (!article) continue;
      const where = `${locale}/${doc.slug}`;
      for (const p of nestingProblems(article.html)) problems.push(`${where}: ${p}`);
      if (/[\u2E10-\u2E13]/.test(article.html)) problems.push(`${where}: segment marker left in the HTML`);
      if (/<script|\son[a-z]+\s*=|(?:href|src)="\s*javascript:/i.test(article.html)) problems.push(`${where}: active content`);
      if (locale === ENGLISH) continue;
      for (const s of doc.locales[locale].doc.segments) {
        if (!s.inFrontMatter && !article.html.includes(` data-id="${s.id}"`)) problems.push(`${where}: segment ${s.id} not rendered`);
      }
    }
  }
  expect(problems.slice(0, 20)).toEqual([]);
}

describe('renderArticle over every page', () => {
  it('content/: every body segment rendered, tags well nested, no markers or active content left', () => {
    checkEveryPage(readAndAlign(CONTENT));
  });

  it('links site-absolute docs paths to learn.microsoft.com (activate-or-reactivate-a-subscription)', () => {
    const corpus = readAndAlign(CONTENT);
    const doc = corpus.documents.find((d) => d.slug === 'activate-or-reactivate-a-subscription')!;
    const $ = load(renderArticle(doc, 'lv-LV', options)!.html);
    const hrefs = $('a[href]').map((_i, el) => $(el).attr('href')).get();
    expect(hrefs).toContain('https://learn.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users');
    expect(hrefs.filter((h) => h.startsWith('/'))).toEqual([]);
  });
});

describe.runIf(hasCorpus)('renderArticle over the shared corpus (2,910 advisories × 3 locales)', () => {
  const corpus = hasCorpus ? readAndAlign(CORPUS) : null;
  const find = (slug: string) => corpus!.documents.find((d) => d.slug === slug)!;

  it('renders every body segment of every page, well nested, with no markers or active content', () => {
    checkEveryPage(corpus!);
  });

  it('turns > [!VIDEO url] into a video callout with a plain link (how-to-configure-mfa-video)', () => {
    const $ = load(renderArticle(find('how-to-configure-mfa-video'), 'lv-LV', options)!.html);
    const link = $('.callout-video a');
    expect(link.attr('href')).toBe('https://www.microsoft.com/videoplayer/embed/RE2MuO3?autoplay=false');
    expect(link.attr('rel')).toBe('noopener');
    expect($('iframe').length).toBe(0);
    expect($.root().text()).not.toContain('[!VIDEO');
  });

  it('keeps ms-settings: links that open Windows settings (cant-connect-to-the-internet 4abd2-104)', () => {
    const $ = load(renderArticle(find('cant-connect-to-the-internet'), 'lv-LV', options)!.html);
    expect($('.seg[data-id="4abd2-104"] .seg-t a').attr('href')).toBe('ms-settings:troubleshoot');
  });

  it('links other.md to the sibling advisory page ../other/ (attack-surface-reduction-rules c0cfc-138)', () => {
    const $ = load(renderArticle(find('attack-surface-reduction-rules'), 'lv-LV', options)!.html);
    expect($('.seg[data-id="c0cfc-138"] .seg-t a').attr('href')).toBe('../issues-with-onboarding-machines/');
    expect(find('issues-with-onboarding-machines').locales['lv-LV']).toBeDefined();
  });

  it('shows inline data:image icons (outlook-com-purge 8ef39-104)', () => {
    const $ = load(renderArticle(find('outlook-com-purge'), 'lv-LV', options)!.html);
    expect($('img[src^="data:image/png;base64,"]').length).toBeGreaterThan(0);
  });
});
