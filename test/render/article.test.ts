import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readAndAlign } from '../../src/pipeline.js';
import { ENGLISH, renderArticle, type RenderOptions, type RenderedArticle } from '../../src/render/article.js';
import { CONTENT } from '../helpers/corpus.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { newEnv } from '../../src/render/md-env.js';
import { alignCorpus } from '../../src/align/align.js';
import { readDocument } from '../../src/read/read-document.js';

const corpus = readAndAlign(CONTENT);
const doc = (slug: string) => corpus.documents.find((d) => d.slug === slug)!;
const options: RenderOptions = {
  assetUrl: (path, locale) => `/assets/${locale.toLowerCase()}/${path}`,
  labels: { note: 'Piezīme', tip: 'Padoms', important: 'Svarīgi', warning: 'Brīdinājums', caution: 'Uzmanību' },
};
const render = (slug: string, locale: string): RenderedArticle => renderArticle(doc(slug), locale, options)!;
const SEED = 'prepare-for-use-of-tls-1-2-in-office-365';

describe('renderArticle: bilingual segment markup', () => {
  it('renders every body segment of the lv-LV seed as a .seg span with its English original', () => {
    const article = render(SEED, 'lv-LV');
    const $ = load(article.html);
    const segments = doc(SEED).locales['lv-LV'].doc.segments.filter((s) => !s.inFrontMatter);
    expect(segments.map((s) => s.id)).toEqual(['a4db7-102', 'a4db7-103', 'a4db7-104', 'a4db7-105', 'a4db7-106', 'a4db7-107', 'a4db7-108', 'a4db7-109']);
    for (const s of segments) {
      const span = $(`.seg[data-id="${s.id}"]`);
      expect(span.attr('id'), s.id).toBe(`seg-${s.key}`);
      expect(span.attr('data-unit'), s.id).toBe(s.key);
      expect(span.children('.seg-t').attr('lang')).toBe('lv-LV');
      expect(span.children('.seg-en').attr('lang')).toBe('en-US');
      // The English shows as text, its inline markdown rendered (no ** or [](…) left).
      const plainEnglish = s.source!.replace(/\*\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      expect(span.children('.seg-en').text(), s.id).toBe(plainEnglish);
    }
    expect(article.segmentCount).toBe(8);
    const bold = segments.find((s) => s.id === 'a4db7-105')!.target.replace(/\*\*/g, '');
    expect($('.seg[data-id="a4db7-105"] .seg-t strong').text()).toBe(bold);
  });

  it('gives merged nb-NO segment c59cc-p101 the anchor of its first covered key and unit 103+104', () => {
    const html = render('changing-shared-mailbox-send-as-behavior', 'nb-NO').html;
    expect(html).toContain('<span class="seg" id="seg-103" data-unit="103+104" data-id="c59cc-p101">');
    const lv = render('changing-shared-mailbox-send-as-behavior', 'lv-LV').html;
    expect(lv).toContain('id="seg-103" data-unit="103+104" data-id="e7d1a-103"');
    expect(lv).toContain('data-unit="103+104" data-id="e7d1a-104"');
    // Only the first of the two lv-LV spans of the unit owns the HTML id.
    expect(lv.match(/id="seg-103"/g)).toHaveLength(1);
  });

  it('marks an untranslated segment seg-same and counts it (cannot-access-public-folders 3d4a5-115)', () => {
    const article = render('cannot-access-public-folders', 'lv-LV');
    expect(article.html).toContain('<span class="seg seg-same" id="seg-115" data-unit="115" data-id="3d4a5-115">');
    expect(article.untranslatedCount).toBe(3);
  });

  it('reports drift for the locale whose English differs (nb-NO change-your-payment-methods unit 106)', () => {
    expect(render('change-your-payment-methods', 'nb-NO').drifted).toBe(true);
    expect(render('change-your-payment-methods', 'lv-LV').drifted).toBe(false);
  });

  it('warns of no drift where the English differs only in a URL\'s locale part, as the QA check judges it', () => {
    // enable-or-disable-microsoft-bookings: support.microsoft.com/lv-LV/… against /nb-NO/….
    const bookings = 'enable-or-disable-microsoft-bookings';
    expect(doc(bookings).units.some((u) => u.flags.some((f) => f.flag === 'drift' && f.locale === 'nb-NO'))).toBe(true);
    expect(render(bookings, 'nb-NO').drifted).toBe(false);
  });
});

describe('renderArticle: English reconstruction', () => {
  it('rebuilds the seed in English: English H1 as title, English in every .seg, no Latvian text', () => {
    const article = render(SEED, ENGLISH);
    expect(article.locale).toBe('en-US');
    expect(article.title).toBe('Prepare for use of TLS 1.2 in Microsoft 365');
    expect(article.translationType).toBeNull();
    const $ = load(article.html);
    expect($('.seg-en')).toHaveLength(0);
    expect($('.seg[data-id]')).toHaveLength(0);
    expect($('#seg-103').attr('data-unit')).toBe('103');
    expect($('#seg-103 > .seg-t').attr('lang')).toBe('en-US');
    expect($('#seg-103').text()).toBe('As of October 31st, 2018, Microsoft 365 will continue transitioning to TLS 1.2.');
    const text = $.root().text();
    expect(text).not.toMatch(/[āēīūšžļņķģč]/i);
    for (const s of doc(SEED).locales['lv-LV'].doc.segments) expect(text).not.toContain(s.target);
  });

  it('returns null for a locale that lacks the document (tls-certificates exists only in lv-LV)', () => {
    expect(renderArticle(doc('tls-certificates'), 'nb-NO', options)).toBeNull();
    expect(renderArticle(doc('tls-certificates'), ENGLISH, options)?.locale).toBe(ENGLISH);
  });
});

describe('renderArticle: page data', () => {
  it('reads title, translation type and ROBOTS NOINDEX from the seed front matter', () => {
    const article = render(SEED, 'lv-LV');
    expect(article.title).toBe('Gatavošanās TLS\u00a01.2 lietošanai pakalpojumā Microsoft\u00a0365');
    expect(article.translationType).toBe('HT');
    expect(article.robotsNoindex).toBe(true);
    expect(render('changing-shared-mailbox-send-as-behavior', 'nb-NO').translationType).toBe('MT');
  });

  it('takes heading ids from the <a name> anchor and removes the anchor (seed H1 a4db7-102)', () => {
    const article = render(SEED, 'nb-NO');
    expect(article.headings).toEqual([{ id: 'prepare-for-use-of-tls-12-in-microsoft-365', text: article.title, level: 1 }]);
    expect(article.html).toMatch(/^<h1 id="prepare-for-use-of-tls-12-in-microsoft-365"><span class="seg" id="seg-102"/);
    expect(article.html).not.toContain('<a name=');
    expect(article.html).not.toMatch(/<a id=/);
  });

  it('numbers repeated heading ids (-2, -3, …), stepping over an id another heading already has', () => {
    const env = newEnv({ sourceLocale: 'lv-LV', assetUrl: (p) => p, labels: {} });
    renderMarkdown('## Tips\n\n## Tips-3\n\n## Tips\n\n## Tips\n\n## Tips\n', env);
    expect(env.headings.map((h) => h.id)).toEqual(['tips', 'tips-3', 'tips-2', 'tips-4', 'tips-5']);
  });

  it('uses the translated H1 as title when the front matter is span-wrapped (troubleshoot-presence-issues-outlook 056c4-104)', () => {
    expect(render('troubleshoot-presence-issues-outlook', 'lv-LV').title).toBe('Klātbūtnes problēmu novēršana programmā Outlook');
  });
});

describe('renderArticle: docs markdown', () => {
  it('turns the translated callout marker [!PADOMI] (English [!TIPS], e9b6c-107) into a tip callout', () => {
    const $ = load(render('set-up-insider-risk-management', 'lv-LV').html);
    const callout = $('.callout');
    expect(callout.attr('class')).toBe('callout callout-tip');
    expect(callout.attr('role')).toBe('note');
    expect(callout.find('.callout-title .seg-t').text()).toBe('Padoms');
    expect(callout.find('.callout-title #seg-107').attr('data-id')).toBe('e9b6c-107');
    expect($.root().text()).not.toContain('[!');
  });

  it('turns literal [!TIPS] (nb-NO) and [!NOTE] (Excel-crashing) markers into callouts', () => {
    const nb = load(render('set-up-insider-risk-management', 'nb-NO').html);
    expect(nb('.callout').attr('class')).toBe('callout callout-tip');
    const note = load(render('Excel-crashing', 'lv-LV').html)('.callout-note');
    expect(note.find('.callout-title').text()).toBe('Piezīme');
    expect(note.find('.seg').length).toBeGreaterThan(0);
  });

  it('resolves media/ images through assetUrl with alt and lazy loading (change-screen-brightness-in-windows-10)', () => {
    const $ = load(render('change-screen-brightness-in-windows-10', 'lv-LV').html);
    const img = $('img');
    expect(img.attr('src')).toBe('/assets/lv-lv/media/brightness-slider.png');
    expect(img.attr('alt')).toBe('Spilgtuma slīdnis');
    expect(img.attr('loading')).toBe('lazy');
  });

  it('on the English page, a Latvian alt text written outside segments is marked lang="lv-LV"; one every locale writes alike is not', () => {
    const brightness = load(render('change-screen-brightness-in-windows-10', ENGLISH).html)('img');
    expect([brightness.attr('alt'), brightness.attr('lang')]).toEqual(['Spilgtuma slīdnis', 'lv-LV']);
    expect(load(render('change-screen-brightness-in-windows-10', 'lv-LV').html)('img').attr('lang')).toBeUndefined();
    // "Refresh button" stands untranslated in both files (as in the corpus): it is English already.
    // An image inside a segment shows the segment's English (missing-emails-in-quarantine dc0db-114).
    const lv = (locale: string) => locale === 'lv-LV';
    const file = (locale: string, alt: string, title: string) => ({ locale, slug: 'icons', file: `${locale}/icons.md`,
      doc: readDocument(`# ${pair('ab12c-101', lv(locale) ? 'Ikonas' : 'Ikoner', 'Icons')}\n\n![${alt}](media/a.png) ![Refresh button](media/b.png)\n\n` +
        `${pair('ab12c-102', lv(locale) ? 'Noklikšķiniet ![Atsvaidzināt](media/c.png)' : 'Klikk ![Oppdater](media/c.png)', 'Click ![Refresh](media/c.png)')}\n\n` +
        `[${pair('ab12c-103', lv(locale) ? 'Saite' : 'Lenke', 'Link')}](https://x.example "${title}") ` +
        `[${pair('ab12c-104', lv(locale) ? 'Cita' : 'Annen', 'Other')}](https://y.example "Same in every file")\n`) });
    const icons = alignCorpus([file('lv-LV', 'Ikona Atsvaidzināt', 'Latviešu virsraksts'), file('nb-NO', 'Oppdater-ikon', 'Norsk tittel')], ['lv-LV', 'nb-NO']);
    const $ = load(renderArticle(icons.documents[0], ENGLISH, options)!.html);
    expect($('img').toArray().map((img) => [$(img).attr('alt'), $(img).attr('lang') ?? null]))
      .toEqual([['Ikona Atsvaidzināt', 'lv-LV'], ['Refresh button', null], ['Refresh', null]]);
    // A title cannot carry its own lang: a Latvian one is left off the English page, an untranslated one kept.
    expect($('a').toArray().map((a) => $(a).attr('title') ?? null)).toEqual([null, 'Same in every file']);
    const lvPage = load(renderArticle(icons.documents[0], 'lv-LV', options)!.html);
    expect(lvPage('a').first().attr('title')).toBe('Latviešu virsraksts');
  });

  it('wraps tables for scrolling and keeps segments in cells (includes/alchemyinsights-content-updates)', () => {
    const $ = load(render('includes/alchemyinsights-content-updates', 'lv-LV').html);
    expect($('table').length).toBeGreaterThan(0);
    expect($('div.table-wrap > table').length).toBe($('table').length);
    expect($('td .seg[data-id="0b64c-105"] .seg-t').text()).toBe('7/22/2019');
  });

  it('renders code fences escaped in <pre><code> (auto-replies-set-for-a-users-mailbox)', () => {
    const $ = load(render('auto-replies-set-for-a-users-mailbox', 'lv-LV').html);
    expect($('pre > code').text()).toContain('Set-MailboxAutoReplyConfiguration');
  });

  it('gives external links rel="noopener"', () => {
    const $ = load(render(SEED, 'lv-LV').html);
    const link = $('.seg[data-id="a4db7-109"] .seg-t a');
    expect(link.attr('href')).toBe('https://support.microsoft.com/help/4057306/preparing-for-tls-1-2-in-office-365');
    expect(link.attr('rel')).toBe('noopener');
  });

  it('is deterministic: the same input renders to the same string, whatever was rendered before', () => {
    const first = corpus.documents.map((d) => renderArticle(d, 'lv-LV', options)?.html ?? '');
    const english = corpus.documents.map((d) => renderArticle(d, ENGLISH, options)?.html ?? '');
    const again = [...corpus.documents].reverse().map((d) => renderArticle(d, 'lv-LV', options)?.html ?? '').reverse();
    expect(again).toEqual(first);
    expect(english.join('')).not.toEqual(first.join(''));
  });
});

/** A one-locale document made of `body` (real lines of the shared corpus), rendered for `locale`. */
function renderBody(locale: string, body: string): string {
  const file = `${locale}/snippet.md`;
  const aligned = alignCorpus([{ locale, slug: 'snippet', file, doc: readDocument(body, { path: file }) }], [locale]);
  return renderArticle(aligned.documents[0], locale, options)!.html;
}

const pair = (id: string, target: string, english: string): string =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

describe('renderArticle: markdown around segments (found by test/render/fidelity.test.ts)', () => {
  it('breaks the line right after a segment that ends with a space (nb-NO how-to-update-mca-billing-acc 18c33-125)', () => {
    const url = 'https://docs.microsoft.com/azure/cost-management-billing/manage/change-azure-account-profile';
    const html = renderBody('nb-NO', `${pair('18c33-125', `[Endre kontakt informasjon for en Azure-fakturerings konto](${url}) `,
      `[Change contact information for an Azure billing account](${url}) `)}  \n[${pair('18c33-126', 'Oppdater konto innstillinger for fakturering',
      'Update billing account settings')}](https://docs.microsoft.com/microsoft-store/update-microsoft-store-for-business-account-settings)\n`);
    // The space ends the line, so markdown-it trims it (as from the plain markdown): no `</a> ` before the break.
    expect(html).toContain('konto</a></span><span class="seg-en" lang="en-US">');
    expect(html).toMatch(/<\/span><\/span><br>\n<a href="https:\/\/docs\.microsoft\.com\/microsoft-store\//);
  });

  it('makes a hard break of two spaces ending a segment, as the plain markdown does', () => {
    const html = renderBody('lv-LV', `${pair('abcde-101', 'Pirmā rinda.  ', 'First line.  ')}\n${pair('abcde-102', 'Otrā rinda.', 'Second line.')}\n`);
    expect(load(html)('p').html()).toMatch(/Pirmā rinda\.<\/span>.*<\/span><br>\n<span class="seg" id="seg-102"/);
  });

  it('keeps a segment that starts like a list item as text: "21. aprīlī" is no <ol start=21> (lv-LV microsoft-365 39c45-103)', () => {
    const html = renderBody('lv-LV', `${pair('39c45-103', '21. aprīlī Office 365 tika pārdēvēts par Microsoft 365: jauns nosaukums, vairāk priekšrocību, tā pati cena.',
      'Office 365 became Microsoft 365 on April 21: new name, more benefits, same price.')}\n`);
    const $ = load(html);
    expect($('ol').length).toBe(0);
    expect($('p .seg[data-id="39c45-103"] .seg-t').text()).toMatch(/^21\. aprīlī Office 365/);
  });
});
