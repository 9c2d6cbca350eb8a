import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { alignCorpus } from '../../src/align/align.js';
import type { AlignedDocument, LocaleDocument } from '../../src/model.js';
import { readAndAlign } from '../../src/pipeline.js';
import { readDocument } from '../../src/read/read-document.js';
import { renderArticle, type RenderOptions } from '../../src/render/article.js';
import { CONTENT } from '../helpers/corpus.js';

const corpus = readAndAlign(CONTENT);
const doc = (slug: string) => corpus.documents.find((d) => d.slug === slug)!;
const options: RenderOptions = { assetUrl: (path, locale) => `/assets/${locale.toLowerCase()}/${path}`, labels: {} };
const SEED = 'prepare-for-use-of-tls-1-2-in-office-365';

/** The seed with its lv-LV file text changed by `edit`, read and aligned again like real input. */
function editedSeed(edit: (text: string) => string): AlignedDocument {
  const original = doc(SEED);
  const lv = original.locales['lv-LV'];
  const text = edit(lv.doc.text);
  expect(text).not.toBe(lv.doc.text);
  const edited: LocaleDocument = { ...lv, doc: readDocument(text, { path: lv.file }) };
  return alignCorpus([edited, original.locales['nb-NO']], corpus.locales).documents[0];
}

/** Replaces the translation (and optionally the English) of one lv-LV seed segment. */
function injectIntoSegment(id: string, target: string, english?: string): AlignedDocument {
  return editedSeed((text) => {
    let out = text.replace(new RegExp(`(data-ttu-id="${id}">)[^<]*(</span>)`), (_m, a: string, b: string) => a + target + b);
    if (english !== undefined) out = out.replace(new RegExp(`(data-stu-id="${id}">)[^<]*(</span>)`), (_m, a: string, b: string) => a + english + b);
    return out;
  });
}

/** Every `href`/`src` in the page is a web, mail, settings, fragment or site-local URL. */
function expectOnlySafeUrls(html: string): void {
  const $ = load(html);
  $('[href]').each((_i, el) => { expect($(el).attr('href')).toMatch(/^(https?:|mailto:|ms-settings:|#|\/)/); });
  $('[src]').each((_i, el) => { expect($(el).attr('src')).toMatch(/^(https?:|data:image\/(png|gif|jpeg|webp);|\/)/); });
}

/** No element the content did not ask for through the allowlist, and no event handlers. */
function expectInert(html: string): void {
  const $ = load(html);
  expect($('script, iframe, style, object, embed, svg, form, input').length).toBe(0);
  $('*').each((_i, el) => {
    for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) expect(name).not.toMatch(/^on/i);
  });
  expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expectOnlySafeUrls(html);
}

describe('renderArticle: untrusted HTML in content', () => {
  it('shows placeholder <mailboxname> as text (cannot-access-public-folders 3d4a5-111, 0ef36-111)', () => {
    for (const [locale, id] of [['lv-LV', '3d4a5-111'], ['nb-NO', '0ef36-111']]) {
      const html = renderArticle(doc('cannot-access-public-folders'), locale, options)!.html;
      const $ = load(html);
      expect($('mailboxname').length).toBe(0);
      expect($(`.seg[data-id="${id}"] .seg-t`).text()).toMatch(/Set-CASMailbox <mailboxname> -PublicFolderClientAccess \$true/);
      expect($(`.seg[data-id="${id}"] .seg-en`).text()).toBe('Use Set-CASMailbox <mailboxname> -PublicFolderClientAccess $true or $false');
    }
  });

  it('shows the escaped placeholder \\<value from previous command> as text (3d4a5-107)', () => {
    const $ = load(renderArticle(doc('cannot-access-public-folders'), 'lv-LV', options)!.html);
    expect($('.seg[data-id="3d4a5-107"] .seg-t').text()).toBe('Set-Mailbox ProblemUser -DefaultPublicFolderMailbox <value from previous command>');
  });

  it('renders <script> and <img onerror> injected into seed segment a4db7-108 (and its English) as inert text', () => {
    const attack = 'Drošība <script>alert(1)</script> un <img src=x onerror=alert(1)> beigas';
    const aligned = injectIntoSegment('a4db7-108', attack, 'Safety <script>alert(2)</script>');
    for (const locale of ['lv-LV', 'en-US']) {
      const html = renderArticle(aligned, locale, options)!.html;
      expectInert(html);
      expect(html).not.toMatch(/<script/i);
    }
    const $ = load(renderArticle(aligned, 'lv-LV', options)!.html);
    expect($('#seg-108 .seg-t').text()).toBe(attack);
    expect($('#seg-108 .seg-en').text()).toBe('Safety <script>alert(2)</script>');
  });

  it('refuses javascript:, vbscript: and data: link targets in markdown and raw HTML (a4db7-108)', () => {
    const attack = '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) ' +
      '<a href="javascript:alert(1)">d</a> <a href="vbscript:x">e</a> <a href=" java\tscript:alert(1)">f</a> ' +
      '![g](javascript:alert(1)) <img src="data:text/html,x" alt=h> [i](<javascript:alert(1)>)';
    const html = renderArticle(injectIntoSegment('a4db7-108', attack), 'lv-LV', options)!.html;
    expectInert(html);
    expect(html).not.toMatch(/(href|src)="[^"]*(script|data:text)/i);
  });

  it('refuses a relative link or image that percent-decodes to a script URL, whatever assetUrl returns (a4db7-108)', () => {
    // The site's resolver hands a path that leaves the locale folder back as written: the
    // renderer must not trust it. `%09` decodes to a tab, which browsers skip before a scheme.
    const attack = '[a](%09javascript:alert(1)//..) [b](java%73cript:alert(2)) <a href="%20javascript:alert(3)//..">c</a> ' +
      '![d](%0Ajavascript:alert(4)//..)';
    const asWritten: RenderOptions = { ...options, assetUrl: (path) => path };
    const html = renderArticle(injectIntoSegment('a4db7-108', attack), 'lv-LV', asWritten)!.html;
    expectInert(html);
    const $ = load(html);
    expect($('#seg-108 a[href]')).toHaveLength(0);
    expect($('#seg-108 img')).toHaveLength(0);
    // A resolver that answers with a script URL is refused too.
    const hostile: RenderOptions = { ...options, assetUrl: () => ' javascript:alert(5)' };
    const resolved = load(renderArticle(injectIntoSegment('a4db7-108', '[e](media/x.pdf) ![f](media/x.png)'), 'lv-LV', hostile)!.html);
    expect(resolved('#seg-108 a').attr('href')).toBeUndefined();
    expect(resolved('#seg-108 img')).toHaveLength(0);
  });

  it('keeps the allowlist (<br>, <sup>, bare <span>, safe <a href>, data:image icons) and drops comments', () => {
    const allowed = 'A<br/>B<sup>2</sup> <span>s</span> <a href="https://example.com/x">ext</a> ' +
      '<img src=\'data:image/png;base64,iVBORw0KGgo=\' /> C<!-- hidden note -->D</br>E';
    const $ = load(renderArticle(injectIntoSegment('a4db7-108', allowed), 'lv-LV', options)!.html);
    const t = $('#seg-108 .seg-t');
    expect(t.find('br').length).toBe(1);
    expect(t.find('sup').text()).toBe('2');
    expect(t.find('span').text()).toBe('s');
    expect(t.find('a').attr('href')).toBe('https://example.com/x');
    expect(t.find('a').attr('rel')).toBe('noopener');
    expect(t.find('img').attr('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(t.text()).toBe('AB2 s ext  CDE');
    expect($.html()).not.toContain('hidden note');
  });

  it('escapes non-allowlisted tags and attributes as visible text (a4db7-108)', () => {
    const attack = '<iframe src="https://evil.example"></iframe> <a href="https://x.example" onclick="steal()">x</a> <span style="x">y</span>';
    const html = renderArticle(injectIntoSegment('a4db7-108', attack), 'lv-LV', options)!.html;
    expectInert(html);
    expect(load(html)('#seg-108 .seg-t').text()).toBe(attack);
  });

  it('drops an end tag that closes nothing, as in the corpus\'s damaged links, and keeps stray unknown ones as text', () => {
    // office-content-search-tool fa90e-107 has "[Using Content Search</a> to search …](url)".
    const damaged = '[Izmantot satura meklēšanu</a> lai meklētu](https://docs.microsoft.com/x) un </b> </mailboxname>';
    const html = renderArticle(injectIntoSegment('a4db7-108', damaged, damaged), 'lv-LV', options)!.html;
    expectInert(html);
    const t = load(html)('#seg-108 .seg-t');
    expect(t.find('a')).toHaveLength(1);
    expect(t.find('a').text()).toBe('Izmantot satura meklēšanu lai meklētu');
    expect(t.text()).toBe('Izmantot satura meklēšanu lai meklētu un  </mailboxname>');
  });

  it('escapes raw HTML blocks outside segments and closes tags a block leaves open', () => {
    const aligned = editedSeed((text) => `${text}\n\n<script>\nalert(3)\n</script>\n\n<div onmouseover="x()">hi\n\n<sup>\nopen\n`);
    const html = renderArticle(aligned, 'lv-LV', options)!.html;
    expectInert(html);
    expect(load(html).root().text()).toContain('<script>\nalert(3)\n</script>');
    expect(html).toContain('<sup>\nopen\n</sup>');
  });

  it('ignores marker look-alike characters in content (no forged segment spans)', () => {
    const html = renderArticle(injectIntoSegment('a4db7-108', 'x \u2E100\u2E11forged\u2E120\u2E13 y'), 'lv-LV', options)!.html;
    expect(html).not.toMatch(/[\u2E10-\u2E13]/);
    expect(load(html)('.seg')).toHaveLength(8);
  });

  it('keeps segment markup out of attributes when a segment is an image alt or link title', () => {
    const seg = (id: string, lv: string, en: string) =>
      `<span data-ttu-id="a4db7-${id}">${lv}</span><span class="sxs-lookup"><span data-stu-id="a4db7-${id}">${en}</span></span>`;
    const aligned = editedSeed((text) => `${text}\n![${seg('120', 'Attēls', 'Picture')}](media/x.png)` +
      ` [saite](https://example.com "${seg('121', 'Virsraksts', 'Title')}")\n`);
    const html = renderArticle(aligned, 'lv-LV', options)!.html;
    expect(html).not.toMatch(/="[^"]*</);
    const $ = load(html);
    expect($('img').attr('alt')).toBe('Attēls');
    expect($('img').attr('src')).toBe('/assets/lv-lv/media/x.png');
    expect($('a[title]').attr('title')).toBe('Virsraksts');
  });

  it('resolves images in the English of a segment per page, not from an earlier render (a4db7-108)', () => {
    const aligned = injectIntoSegment('a4db7-108', 'Ikona ![ikona](media/icon.png)', 'Icon ![icon](media/icon.png)');
    const srcWith = (prefix: string) => load(renderArticle(aligned, 'lv-LV', { ...options, assetUrl: (p) => prefix + p })!.html)('#seg-108 .seg-en img').attr('src');
    expect(srcWith('/one/')).toBe('/one/media/icon.png');
    expect(srcWith('/two/')).toBe('/two/media/icon.png');
  });

  it('wraps only the well-nested start of a segment that bold markdown crosses', () => {
    const aligned = editedSeed((text) => `${text}\n**Sākums <span data-ttu-id="a4db7-122">treknais** pēc</span>` +
      '<span class="sxs-lookup"><span data-stu-id="a4db7-122">bold** after</span></span>\n');
    const $ = load(renderArticle(aligned, 'lv-LV', options)!.html);
    expect($('strong > .seg#seg-122 > .seg-t').text()).toBe('treknais');
    expect($('#seg-122 > .seg-en').text()).toBe('bold** after');
    expect($('#seg-122').parent().parent().text()).toMatch(/^Sākums treknaisbold\*\* after pēc$/);
  });
});
