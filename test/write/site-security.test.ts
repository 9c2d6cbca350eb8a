/**
 * What untrusted content cannot do to a built site: make a script URL by percent-encoding, publish
 * a file of the build machine through a symbolic link, hang the build with a named pipe, publish a
 * page that runs script in the site, or write pages outside the output folder. One real
 * `tolk build` of test/helpers/hostile-content.ts; the browser side is test/browser/site-security.test.ts.
 */
import * as cheerio from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tolk, type CliResult } from '../helpers/cli.js';
import { canMakeFifo, SECRET, writeHostileContent } from '../helpers/hostile-content.js';
import { tempDir } from '../helpers/temp-dir.js';

/** URL schemes a page may lead to; data: only for inline raster images. */
const WEB_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'ms-settings:']);

/** Every file under `dir`, `/`-separated, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'));
}

/**
 * Each href and src in a page's body as a browser reads it (Node's URL is the WHATWG parser browsers use:
 * it skips leading blanks and controls, and reads a backslash as a slash).
 */
function resolvedUrls(html: string, pageUrl: string): { attr: string; value: string; url: URL }[] {
  const $ = cheerio.load(html);
  return ['href', 'src'].flatMap((attr) => $(`main [${attr}]`).toArray().map((el) => {
    const value = $(el).attr(attr)!;
    return { attr, value, url: new URL(value, pageUrl) };
  }));
}

describe('tolk build of hostile content', () => {
  let dir: string;
  let out: string;
  let cli: CliResult;
  beforeAll(() => {
    dir = tempDir('tolk-site-security-');
    const content = writeHostileContent(dir);
    out = join(dir, 'site', 'out');
    // A named pipe read by mistake would block forever: the build must finish well before this.
    cli = tolk(['build', '--content', content, '--out', out, '--no-search', '--no-qa'], undefined, 60_000);
  });

  it('finishes (a named pipe in a media folder or referenced as an image is left out, not read)', () => {
    expect(cli.code, cli.stderr).toBe(0);
    if (!canMakeFifo) return;
    expect(cli.stderr).toContain('lv-LV/media/pipe.png:1:1: warning [media-not-a-file]');
    expect(cli.stderr).toMatch(/lv-LV\/links\.md:\d+:1: warning \[image-not-found\] image "pipe\.png" is not in the content folder/);
  });

  it('a relative link or image whose percent-decoding makes a script URL (%09javascript:…/.., java%73cript:) gets no URL', () => {
    for (const locale of ['lv-lv', 'en-us']) {
      const pageUrl = `https://site.example/${locale}/links/`;
      const html = readFileSync(join(out, locale, 'links', 'index.html'), 'utf8');
      for (const { attr, value, url } of resolvedUrls(html, pageUrl)) {
        expect(WEB_SCHEMES.has(url.protocol), `${attr}="${value}"`).toBe(true);
      }
      const $ = cheerio.load(html);
      for (const text of ['tab', 'space', 'encoded', 'raw']) expect($(`a:contains("${text}")`).attr('href')).toBeUndefined();
      expect($('img[alt="img"]')).toHaveLength(0);
    }
  });

  it('a path leaving the locale folder stays a relative path of the site: \\\\evil.example does not become another site', () => {
    const pageUrl = 'https://site.example/lv-lv/links/';
    const $ = cheerio.load(readFileSync(join(out, 'lv-lv', 'links', 'index.html'), 'utf8'));
    const href = $('a:contains("backslashes")').attr('href')!;
    expect(new URL(href, pageUrl).host).toBe('site.example');
  });

  it('a file reached through a symbolic link (docs -> elsewhere, media/linked -> elsewhere, lv-LV/*/media as a glob) is not published', () => {
    for (const file of filesUnder(out)) expect(readFileSync(join(out, file), 'latin1'), file).not.toContain(SECRET);
    expect(existsSync(join(out, 'lv-lv', 'docs'))).toBe(false);
    expect(filesUnder(join(out, 'lv-lv', '*'))).toEqual(['media/star.png']);
    expect(cli.stderr).toMatch(/\[image-not-found\] image "docs\/secret\.png" is reached through a symbolic link/);
    expect(cli.stderr).toMatch(/\[image-not-found\] image "media\/linked\/secret\.png" is reached through a symbolic link/);
  });

  it('HTML, SVG and XHTML files are not published (their script would run in the site); images are', () => {
    const files = filesUnder(out);
    expect(files.filter((f) => /\.(svg|xhtml)$/.test(f) || (f.endsWith('.html') && f.includes('media')))).toEqual([]);
    expect(files).toContain('lv-lv/media/ok.png');
    expect(cli.stderr).toContain('lv-LV/media/evil.html:1:1: warning [media-type-refused]');
    expect(cli.stderr).toContain('lv-LV/media/evil.svg:1:1: warning [media-type-refused]');
    expect(cli.stderr).toMatch(/\[link-not-found\] link to "page\.xhtml": the file is not copied \(a browser runs a file of this type as a page/);
    expect(cli.stderr).toMatch(/media\/evil\.svg:1:1: warning \[media-type-refused\] a browser runs a file of this type as a page/);
  });

  it('a slug with ".." parts (an invisible character before "..") is skipped: no page outside the output folder or over another', () => {
    expect(readdirSync(join(dir, 'site'))).toEqual(['out']);
    expect(cli.stderr).toMatch(/warning \[unsafe-slug\] the slug "\.\."/);
    expect(cli.stderr).toMatch(/warning \[unsafe-slug\] the slug "\.\.\/\.\.\/escaped"/);
    // The root page is still the language chooser, not the advisory whose slug was "..".
    expect(cheerio.load(readFileSync(join(out, 'index.html'), 'utf8'))('html').attr('data-page')).toBe('root');
  });

  it('pages.json lists a document named __proto__.md (a plain object would take it as its prototype)', () => {
    const index = JSON.parse(readFileSync(join(out, 'pages.json'), 'utf8')) as { pages: Record<string, number[]> };
    expect(Object.prototype.hasOwnProperty.call(index.pages, '__proto__')).toBe(true);
    expect(index.pages.__proto__).toEqual([0, 1, 2]);
  });
});
