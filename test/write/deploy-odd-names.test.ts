/**
 * The deployer's check of a site under a sub-path (`--base /docs/ --site-url https://example.org/docs`)
 * whose advisories and media have odd file names (spaces, `#`, `?`, `%`, `+`, `&`, `'`, `<>`,
 * non-ASCII, a zero-width space, upper case): crawled as a static host serves the output folder,
 * every internal href, src and srcset of every page leads to a file, hreflang alternates are
 * reciprocal, canonicals name the page itself, and sitemap.xml is well-formed XML that lists
 * exactly the indexable pages.
 */
import * as cheerio from 'cheerio';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';

const BASE = '/docs/';
const ORIGIN = 'https://example.org';
const NAMES = ['with space', 'Ünïcødé-ķēža', 'zero\u200bwidth', 'UPPER-Case', 'hash#tag', 'what?', '100%', 'plus+amp&x', "quote'd", 'lt<gt>'];
const MEDIA = ['my image.png', 'ümlaut #1.png', '50%.png', 'q?.png', 'Caps.PNG', 'a&b.png'];

/** As an author writes a link to a file: percent-encoded where a URL needs it. */
const linkTo = (name: string) => encodeURIComponent(name).replace(/%2B/g, '+').replace(/%26/g, '&');

function advisory(locale: string, index: number): string {
  const pair = (id: number, text: string) =>
    `<span data-ttu-id="aa-${id}">${text}</span><span class="sxs-lookup"><span data-stu-id="aa-${id}">${text}</span></span>`;
  const links = NAMES.map((name, i) => pair(200 + i, `See [page ${i}](${linkTo(name)}.md).`));
  const images = MEDIA.map((name, i) => `![image ${i}](media/${linkTo(name)})`);
  return `---\ntitle: "Advisory ${index}"\nms.contentlocale: ${locale}\nms.lasthandoff: 04/15/2021\n---\n` +
    `# ${pair(102, `Advisory ${index}`)}\n\n${links.join('\n\n')}\n\n${images.join('\n\n')}\n`;
}

let tmp: string;
let out: string;
let cli: ReturnType<typeof tolk>;
let files: string[];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tolk-deploy-names-'));
  const image = join(CONTENT, 'lv-LV', 'media', 'brightness-slider.png');
  for (const locale of ['lv-LV', 'nb-NO']) {
    mkdirSync(join(tmp, 'content', locale, 'media'), { recursive: true });
    NAMES.forEach((name, i) => writeFileSync(join(tmp, 'content', locale, `${name}.md`), advisory(locale, i)));
    for (const name of MEDIA) copyFileSync(image, join(tmp, 'content', locale, 'media', name));
  }
  out = join(tmp, 'site');
  cli = tolk(['build', '--content', 'content', '--out', out, '--base', BASE, '--site-url', `${ORIGIN}/docs`, '--no-qa'], tmp);
  files = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name)); else files.push(relative(out, join(dir, entry.name)).split(sep).join('/'));
    }
  };
  walk(out);
});
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

/** The file a static host serves for a URL path under BASE (percent-decoded, a folder's index.html), or null. */
function servedFile(path: string): string | null {
  if (!path.startsWith(BASE)) return null;
  const rel = decodeURIComponent(path.slice(BASE.length));
  const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  try {
    return statSync(join(out, file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** The address a static host gives a file of the site. */
const urlOf = (file: string) => BASE + file.replace(/(^|\/)index\.html$/, '$1').split('/').map(encodeURIComponent).join('/');

const pages = () => files.filter((f) => f.endsWith('.html'));
const load = (file: string) => cheerio.load(readFileSync(join(out, file), 'utf8'));

describe(`a site of odd file names under ${BASE}`, () => {
  it('builds with no warning: every link and image of the content was found', () => {
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stderr).not.toMatch(/warning|error/);
    expect(cli.stdout).toMatch(/advisories: lv-LV 10, nb-NO 10, en-US 10/);
  });

  it('every internal href, src and srcset of every page leads to a file of the site', () => {
    const broken: string[] = [];
    for (const file of pages()) {
      const $ = load(file);
      const urls: string[] = [];
      $('[href]').each((_, el) => { urls.push($(el).attr('href')!); });
      $('[src]').each((_, el) => { urls.push($(el).attr('src')!); });
      $('[srcset]').each((_, el) => { for (const part of $(el).attr('srcset')!.split(',')) urls.push(part.trim().split(/\s+/)[0]); });
      for (const raw of urls) {
        if (/^(#|data:|mailto:)/.test(raw)) continue;
        const url = new URL(raw, `${ORIGIN}${urlOf(file)}`);
        if (url.origin !== ORIGIN) continue;
        if (servedFile(url.pathname) === null) broken.push(`${file}: ${raw}`);
      }
    }
    expect(broken).toEqual([]);
    expect(pages().length).toBeGreaterThan(30);
  });

  it('each advisory page names itself as canonical, and its hreflang alternates are pages that name it back', () => {
    const alternates = new Map<string, string[]>();
    for (const file of pages().filter((f) => /^(lv-lv|nb-no|en-us)\/.+\/index\.html$/.test(f) && !f.includes('/search/'))) {
      const $ = load(file);
      expect($('link[rel=canonical]').attr('href'), file).toBe(ORIGIN + urlOf(file));
      alternates.set(ORIGIN + urlOf(file), $('link[rel=alternate][hreflang]').map((_, el) => $(el).attr('href')!).get());
    }
    expect(alternates.size).toBe(30);
    for (const [page, hrefs] of alternates) {
      for (const href of hrefs) {
        expect(alternates.get(href), `${page} → ${href}`).toContain(page);
      }
    }
  });

  it('sitemap.xml is well-formed and lists exactly the indexable pages, each at an address that serves it', () => {
    const locs: string[] = [];
    let inLoc = false;
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => { inLoc = tag.local === 'loc'; });
    parser.on('closetag', () => { inLoc = false; });
    parser.on('text', (text) => { if (inLoc) locs.push(text); });
    parser.write(readFileSync(join(out, 'sitemap.xml'), 'utf8')).close();
    for (const loc of locs) expect(servedFile(new URL(loc).pathname), loc).not.toBeNull();
    const indexable = pages().filter((f) => f.endsWith('index.html') &&
      !/<meta name="robots" content="[^"]*noindex/.test(readFileSync(join(out, f), 'utf8')) && f !== 'index.html');
    expect(locs.sort()).toEqual(indexable.map((f) => ORIGIN + urlOf(f)).sort());
    expect(locs).toContain(`${ORIGIN}/docs/lv-lv/hash%23tag/`);
    expect(locs).toContain(`${ORIGIN}/docs/nb-no/100%25/`);
  });
});
