/**
 * Titles written in markdown in the front matter (`title: '**— IgnoreLegalhold** slēdzis'`, as in
 * the real corpus's ignorelegalhold-switch.md) show as a reader expects everywhere a title goes:
 * emphasis and code marks gone, link text kept, literal `<words>` kept, never HTML.
 */
import * as cheerio from 'cheerio';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/write/build-site.js';
import { tempDir } from '../helpers/temp-dir.js';

const SLUG = 'ignorelegalhold-switch';
const CODE_SLUG = 'code-title';

/** The real corpus file's front matter and first lines (alchemy-insights lv-LV / nb-NO). */
function advisory(locale: string, title: string, heading: string, english: string): string {
  return `---\ntitle: '${title}'\nms.date: 08/10/2020\nms.translationtype: MT\nms.contentlocale: ${locale}\nms.lasthandoff: 09/14/2020\n---\n` +
    `# <a name="ignorelegalhold-switch"></a><span data-ttu-id="832ca-102">${heading}</span>` +
    `<span class="sxs-lookup"><span data-stu-id="832ca-102">${english}</span></span>\n\n` +
    `<span data-ttu-id="832ca-106">Disable-MailUser</span><span class="sxs-lookup"><span data-stu-id="832ca-106">Disable-mailuser</span></span>\n`;
}

let out: string;
const page = (path: string) => cheerio.load(readFileSync(join(out, path), 'utf8'));

beforeAll(async () => {
  const dir = tempDir('tolk-site-titles-');
  const content = join(dir, 'content');
  for (const locale of ['lv-LV', 'nb-NO']) mkdirSync(join(content, locale), { recursive: true });
  writeFileSync(join(content, 'lv-LV', `${SLUG}.md`), advisory('lv-LV', '**— IgnoreLegalhold** slēdzis', '**— IgnoreLegalhold** slēdzis', '**–IgnoreLegalhold** switch'));
  writeFileSync(join(content, 'nb-NO', `${SLUG}.md`), advisory('nb-NO', '**– IgnoreLegalhold-** bryter', '**– IgnoreLegalhold-** bryter', '**–IgnoreLegalhold** switch'));
  writeFileSync(join(content, 'lv-LV', `${CODE_SLUG}.md`),
    advisory('lv-LV', '`Set-Mailbox` un [<tenant>](https://example.org) _vti_rpc & FAILED_TO_AUTO', 'Virsraksts', 'Heading'));
  out = join(dir, 'site');
  await buildSite({ content, out, search: false, qa: false });
}, 120_000);

describe('a front-matter title written in markdown', () => {
  it('the <title>, the head meta and the breadcrumbs show "— IgnoreLegalhold slēdzis", without asterisks', () => {
    const $ = page(`lv-lv/${SLUG}/index.html`);
    expect($('title').text()).toMatch(/^— IgnoreLegalhold slēdzis · /);
    expect($('.breadcrumbs li[aria-current="page"]').text()).toBe('— IgnoreLegalhold slēdzis');
    expect($('head').html()).not.toContain('**');
    expect(page(`nb-no/${SLUG}/index.html`)('title').text()).toMatch(/^– IgnoreLegalhold- bryter · /);
  });

  it('the home lists it without asterisks', () => {
    const $ = page('lv-lv/index.html');
    const titles = $('#advisories li a').toArray().map((a) => $(a).text());
    expect(titles).toContain('— IgnoreLegalhold slēdzis');
    expect(titles.join('\n')).not.toContain('*');
  });

  it('code marks and link syntax go, their words stay; <tenant>, _vti_rpc, & and FAILED_TO_AUTO are words', () => {
    const $ = page(`lv-lv/${CODE_SLUG}/index.html`);
    expect($('title').text()).toMatch(/^Set-Mailbox un <tenant> _vti_rpc & FAILED_TO_AUTO · /);
    expect($('.breadcrumbs li[aria-current="page"]').text()).toBe('Set-Mailbox un <tenant> _vti_rpc & FAILED_TO_AUTO');
    // Shown as text, never as a tag.
    expect($('.breadcrumbs tenant')).toHaveLength(0);
    expect(page('lv-lv/index.html')('#advisories').html()).toContain('Set-Mailbox un &lt;tenant&gt; _vti_rpc &amp; FAILED_TO_AUTO');
  });
});
