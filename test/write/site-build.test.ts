/**
 * Issue 3, how `tolk build` behaves: --base, --site-url, --no-search, byte-identical rebuilds,
 * a failed build leaving the previous site alone, refusing dangerous output folders, hostile
 * content staying inert, and an unreadable document becoming a warning while the rest builds.
 */
import * as cheerio from 'cheerio';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/write/build-site.js';
import { canDenyAccess, tolk, tolkDenied } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-site-build-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

/** Every file of a folder with a hash of its bytes, sorted: equal snapshots mean identical trees. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const entries = files.map((e) => {
    const full = join(e.parentPath, e.name);
    return [full.slice(dir.length + 1), createHash('sha256').update(readFileSync(full)).digest('hex')] as const;
  });
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

const htmlFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

/** Every URL-bearing attribute value in a page, including the JSON list of homes on the root page. */
function urlsIn(html: string): string[] {
  const $ = cheerio.load(html);
  const urls = ['href', 'src', 'action', 'data-base', 'data-pagefind']
    .flatMap((name) => $(`[${name}]`).toArray().map((el) => $(el).attr(name)!));
  const homes = $('[data-homes]').attr('data-homes');
  if (homes) urls.push(...(JSON.parse(homes) as { url: string }[]).map((h) => h.url));
  return urls;
}

/** A copy of content/ to damage; `edit` gets the copy's path. */
function contentCopy(name: string, edit: (dir: string) => void): string {
  const dir = join(tmp, name);
  cpSync(CONTENT, dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('--base and --site-url', () => {
  let out: string;
  beforeAll(async () => {
    out = join(tmp, 'based');
    await buildSite({ content: CONTENT, out, base: '/docs/', siteUrl: 'https://example.org', search: true });
  });

  it('--base /docs/: every internal URL on every page starts with /docs/', () => {
    const outside: string[] = [];
    for (const file of htmlFiles(out)) {
      for (const url of urlsIn(readFileSync(join(out, file), 'utf8'))) {
        const internal = url.startsWith('/') && !url.startsWith('//');
        if (internal && !url.startsWith('/docs/')) outside.push(`${file}: ${url}`);
      }
    }
    expect(outside).toEqual([]);
    const $ = cheerio.load(readFileSync(join(out, 'lv-lv', TLS, 'index.html'), 'utf8'));
    expect($('script[src*="site.js"]').attr('src')).toMatch(/^\/docs\/assets\/site\.js\?v=[0-9a-f]{10}$/);
    expect($('script[src*="reading-mode.js"]').attr('src')).toMatch(/^\/docs\/assets\/reading-mode\.js\?v=[0-9a-f]{10}$/);
    expect($('.lang-switch a[data-locale="nb-NO"]').attr('href')).toBe(`/docs/nb-no/${TLS}/`);
  });

  it('--site-url https://example.org: canonical, hreflang and sitemap URLs are absolute, under /docs/', () => {
    const $ = cheerio.load(readFileSync(join(out, 'lv-lv', TLS, 'index.html'), 'utf8'));
    expect($('link[rel="canonical"]').attr('href')).toBe(`https://example.org/docs/lv-lv/${TLS}/`);
    expect($('link[hreflang="x-default"]').attr('href')).toBe(`https://example.org/docs/en-us/${TLS}/`);
    const sitemap = cheerio.load(readFileSync(join(out, 'sitemap.xml'), 'utf8'), { xml: true });
    const locs = sitemap('loc').toArray().map((el) => sitemap(el).text());
    expect(locs.length).toBeGreaterThan(0);
    expect(locs.filter((l) => !l.startsWith('https://example.org/docs/'))).toEqual([]);
  });
});

describe('reproducible and safe output', () => {
  it('two builds of content/ (with Pagefind and the QA report) are byte-identical: in-process and CLI (QA in a worker)', async () => {
    const a = join(tmp, 'repro-a');
    const b = join(tmp, 'repro-b');
    await buildSite({ content: CONTENT, out: a });
    const cli = tolk(['build', '--content', CONTENT, '--out', b]);
    expect(cli.code).toBe(0);
    // Without --site-url: no sitemap, and the summary says why and how to get one.
    expect(cli.stdout).toContain('no sitemap.xml: its URLs must be absolute; to publish, build with --site-url https://your.host');
    const first = snapshot(a);
    expect(Object.keys(first).length).toBeGreaterThan(70);
    expect(snapshot(b)).toEqual(first);
  });

  it('a build that fails (an extra file would replace lv-lv/index.html) leaves the previous site as it was, and no temp folder', async () => {
    const parent = join(tmp, 'failing');
    const out = join(parent, 'site');
    await buildSite({ content: CONTENT, out, search: false });
    const before = snapshot(out);
    await expect(buildSite({
      content: CONTENT, out, search: false, extraFiles: [{ file: 'lv-lv/index.html', content: 'replaced' }],
    })).rejects.toThrow(/would replace a file of the built site/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('a second build replaces the first: a page whose source was removed is gone', async () => {
    const content = contentCopy('shrinking', () => {});
    const out = join(tmp, 'shrinking-site');
    await buildSite({ content, out, search: false });
    expect(existsSync(join(out, 'lv-lv', 'tls-certificates', 'index.html'))).toBe(true);
    rmSync(join(content, 'lv-LV', 'tls-certificates.md'));
    await buildSite({ content, out, search: false });
    expect(existsSync(join(out, 'lv-lv', 'tls-certificates'))).toBe(false);
    expect(existsSync(join(out, 'lv-lv', TLS, 'index.html'))).toBe(true);
  });

  it('refuses --out equal to the content folder, or containing it, and deletes nothing', () => {
    const content = contentCopy('guarded', () => {});
    const before = snapshot(content);
    for (const out of [content, dirname(content)]) {
      const r = tolk(['build', '--content', content, '--out', out, '--no-search']);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toMatch(/content folder/);
    }
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses --out inside the content folder (c4 --out c4/site), as `tolk qa --out` does, and deletes nothing', () => {
    const content = contentCopy('guarded-inside', () => {});
    const before = snapshot(content);
    const r = tolk(['build', '--content', content, '--out', join(content, 'site'), '--no-search', '--no-qa']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out .*site is inside the content folder .*; write the site somewhere else/);
    expect(snapshot(content)).toEqual(before);
    expect(readdirSync(content).sort()).toEqual(['LICENSE-CC-BY-4.0.txt', 'lv-LV', 'nb-NO']);
  });

  it('a rebuild says which files of the replaced site it does not make (CNAME, …) and removes them', () => {
    const parent = join(tmp, 'user-files');
    mkdirSync(parent);
    expect(tolk(['build', '--content', CONTENT, '--out', 'site', '--no-search', '--no-qa'], parent).code).toBe(0);
    writeFileSync(join(parent, 'site', 'CNAME'), 'docs.example.org\n');
    const first = tolk(['build', '--content', CONTENT, '--out', 'site', '--no-search', '--no-qa'], parent);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('replaced site/: removed 1 file this build does not make: CNAME\n');
    expect(existsSync(join(parent, 'site', 'CNAME'))).toBe(false);
    // Seven files: five named (in name order, folders walked), then "…".
    for (const file of ['a/1', 'a/2', 'b/3', 'c', 'd', 'e', 'lv-lv/extra.html']) {
      mkdirSync(dirname(join(parent, 'site', file)), { recursive: true });
      writeFileSync(join(parent, 'site', file), 'x');
    }
    const second = tolk(['build', '--content', CONTENT, '--out', 'site', '--no-search', '--no-qa'], parent);
    expect(second.stderr).toContain('replaced site/: removed 7 files this build does not make: a/1, a/2, b/3, c, d, …\n');
    // An identical rebuild removes nothing and says nothing about it.
    expect(tolk(['build', '--content', CONTENT, '--out', 'site', '--no-search', '--no-qa'], parent).stderr).not.toMatch(/replaced/);
    // tolk's own files that the new build does not make (an advisory removed, search-index
    // files renamed) are not the user's: nothing to say about them.
    for (const file of ['lv-lv/removed-advisory/index.html', 'lv-lv/removed-advisory/media/x.png', 'pagefind/fragment/lv_0ld.pf_fragment']) {
      mkdirSync(dirname(join(parent, 'site', file)), { recursive: true });
      writeFileSync(join(parent, 'site', file), 'x');
    }
    expect(tolk(['build', '--content', CONTENT, '--out', 'site', '--no-search', '--no-qa'], parent).stderr).not.toMatch(/replaced/);
  });

  it.runIf(canDenyAccess)('media tolk cannot read (a file, a folder) is an error naming it, left out, and the rest of the site is built', () => {
    const content = contentCopy('unreadable-media', (dir) => {
      const locked = join(dir, 'nb-NO', 'media', 'locked');
      mkdirSync(locked);
      cpSync(join(dir, 'lv-LV', 'media', 'brightness-slider.png'), join(locked, 'x.png'));
      chmodSync(locked, 0o000);
      chmodSync(join(dir, 'lv-LV', 'media', 'brightness-slider.png'), 0o000);
    });
    chmodSync(tmp, 0o777);
    const out = join(tmp, 'unreadable-media-site');
    const r = tolkDenied(['build', '--content', content, '--out', out, '--no-search', '--no-qa']);
    chmodSync(join(content, 'nb-NO', 'media', 'locked'), 0o755);
    chmodSync(tmp, 0o700);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('lv-LV/media/brightness-slider.png:1:1: error [media-unreadable]');
    expect(r.stderr).toContain('nb-NO/media/locked:1:1: error [media-unreadable]');
    expect(existsSync(join(out, 'nb-no', 'media', 'brightness-slider.png'))).toBe(true);
    expect(existsSync(join(out, 'lv-lv', 'media', 'brightness-slider.png'))).toBe(false);
    expect(existsSync(join(out, 'lv-lv', TLS, 'index.html'))).toBe(true);
  });

  it('--out a symbolic link to a folder: the link is replaced by the new site, the folder it points to is left alone', () => {
    const parent = join(tmp, 'linked-out');
    mkdirSync(join(parent, 'real'), { recursive: true });
    expect(tolk(['build', '--content', CONTENT, '--out', 'real', '--no-search', '--no-qa'], parent).code).toBe(0);
    writeFileSync(join(parent, 'real', 'user-file.txt'), 'mine\n');
    const before = snapshot(join(parent, 'real'));
    symlinkSync('real', join(parent, 'site'));
    const r = tolk(['build', '--content', CONTENT, '--out', 'site', '--no-search', '--no-qa'], parent);
    expect(r.code, r.stderr).toBe(0);
    expect(snapshot(join(parent, 'real'))).toEqual(before);
    expect(lstatSync(join(parent, 'site')).isDirectory()).toBe(true);
    expect(readdirSync(parent).sort()).toEqual(['real', 'site']);
  });

  it('refuses to replace a non-empty folder that tolk did not build', () => {
    const out = join(tmp, 'not-a-site');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    const r = tolk(['build', '--content', CONTENT, '--out', out, '--no-search']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did not build/);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});

describe('hostile and damaged content', () => {
  let out: string;
  let cli: ReturnType<typeof tolk>;
  const HOSTILE = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> <a href="javascript:alert(1)">klik</a>';

  beforeAll(() => {
    const content = contentCopy('hostile', (dir) => {
      const file = join(dir, 'lv-LV', `${TLS}.md`);
      const text = readFileSync(file, 'utf8');
      const injected = text.replace('<span data-ttu-id="a4db7-103">', `<span data-ttu-id="a4db7-103">${HOSTILE} `);
      expect(injected).not.toBe(text);
      writeFileSync(file, injected);
      // Not UTF-8: the reader reports it; the build goes on.
      writeFileSync(join(dir, 'nb-NO', 'broken-bytes.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
      rmSync(join(dir, 'nb-NO', 'includes', 'alchemyinsights-content-updates.md'));
      // Indexable now: TLS in both languages, tls-certificates only in lv-LV (no Norwegian alternate).
      for (const file of [`lv-LV/${TLS}.md`, `nb-NO/${TLS}.md`, 'lv-LV/tls-certificates.md']) {
        const path = join(dir, file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/^ROBOTS: .*\r?\n/m, ''));
      }
    });
    out = join(tmp, 'hostile-site');
    cli = tolk(['build', '--content', content, '--out', out, '--no-search', '--no-qa', '--site-url', 'https://example.org']);
  });

  it(`lv-lv/${TLS} a4db7-103 with <script>, onerror= and javascript: injected: nothing of it is active`, () => {
    expect(cli.code).toBe(0);
    const $ = cheerio.load(readFileSync(join(out, 'lv-lv', TLS, 'index.html'), 'utf8'));
    expect($('script').toArray().map((el) => $(el).attr('src')?.replace(/\?v=[0-9a-f]{10}$/, ''))).toEqual(['/assets/reading-mode.js', '/assets/site.js', '/assets/reader.js']);
    const handlers = $('*').toArray().flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}))
      .filter((name) => name.startsWith('on'));
    expect(handlers).toEqual([]);
    expect($('a[href^="javascript:"]')).toHaveLength(0);
    expect($('#seg-103 > .seg-t').text()).toContain('<script>window.pwned=1</script>');
  });

  it('nb-NO/broken-bytes.md (not UTF-8) is a warning with file and line in the output; the other pages are built', () => {
    expect(cli.code).toBe(0);
    expect(cli.stderr).toMatch(/nb-NO\/broken-bytes\.md:\d+:\d+: .*invalid-utf8/);
    // nb-NO: 21 of content/, one include removed, broken-bytes added; English: one more advisory.
    // Errors and warnings are counted apart (the invalid UTF-8 is an error).
    expect(cli.stdout).toMatch(/built \d+ pages \(advisories: lv-LV 22, nb-NO 21, en-US 23; 8 home and 404 pages\), \d+ errors?, \d+ warnings? in /);
    // The pages counted are the HTML pages a reader can open (not pages.json, sitemap.xml, report.json).
    const html = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
    expect(cli.stdout).toContain(`built ${html} pages (`);
    const errors = cli.stderr.split('\n').filter((line) => /^\S+:\d+:\d+: error \[/.test(line)).length;
    expect(errors).toBeGreaterThan(0);
    expect(cli.stdout).toContain(`, ${errors} error${errors === 1 ? '' : 's'}, `);
    expect(existsSync(join(out, 'nb-no', 'broken-bytes', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'nb-no', TLS, 'index.html'))).toBe(true);
  });

  it('sitemap: pages without ROBOTS: NOINDEX are listed, each with alternates for the languages that have it', () => {
    const $ = cheerio.load(readFileSync(join(out, 'sitemap.xml'), 'utf8'), { xml: true });
    const site = 'https://example.org';
    const linksOf = (loc: string) => $('url').filter((_, el) => $(el).children('loc').text() === site + loc)
      .find('xhtml\\:link').toArray().map((el) => [$(el).attr('hreflang'), $(el).attr('href')!.replace(site, '')]);
    expect(linksOf(`/lv-lv/${TLS}/`)).toEqual([
      ['lv-LV', `/lv-lv/${TLS}/`], ['nb-NO', `/nb-no/${TLS}/`], ['en-US', `/en-us/${TLS}/`], ['x-default', `/en-us/${TLS}/`],
    ]);
    expect(linksOf('/lv-lv/tls-certificates/')).toEqual([
      ['lv-LV', '/lv-lv/tls-certificates/'], ['en-US', '/en-us/tls-certificates/'], ['x-default', '/en-us/tls-certificates/'],
    ]);
    const locs = $('loc').toArray().map((el) => $(el).text().replace(site, ''));
    expect(locs).not.toContain('/nb-no/tls-certificates/');
    expect(locs.filter((loc) => loc.includes('/includes/'))).toEqual([]);
    expect(locs).not.toContain('/lv-lv/cannot-access-public-folders/');
  });

  it('--no-search --no-qa: no Pagefind bundle, no search pages, no search form, no QA report', () => {
    expect(existsSync(join(out, 'pagefind'))).toBe(false);
    expect(existsSync(join(out, 'qa'))).toBe(false);
    expect(existsSync(join(out, 'lv-lv', 'search'))).toBe(false);
    expect(readFileSync(join(out, 'lv-lv', 'index.html'), 'utf8')).not.toContain('role="search"');
  });
});
