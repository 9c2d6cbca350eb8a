/**
 * Asset URLs carry their content's version (`assets/site.js?v=<sha256…>`): after a redeploy, a
 * returning reader's browser or a CDN that cached the old site.js or site.css fetches the new one
 * with the new pages, and a file that did not change keeps its URL (and its cache). Built with a
 * copy of tolk whose one asset (print.css) is then edited, as a release that changes one file.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT } from '../helpers/corpus.js';

const tmp = mkdtempSync(join(tmpdir(), 'tolk-asset-versions-'));
const copy = join(tmp, 'tolk');

/** Every `assets/…` and `pagefind/pagefind.js` URL in src/href attributes of every built HTML page, by page. */
function assetUrls(site: string): Map<string, string[]> {
  const byPage = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        const urls = [...html.matchAll(/(?:src|href|data-pagefind)="(\/docs\/(?:assets\/|pagefind\/pagefind\.js)[^"]*)"/g)].map((m) => m[1]);
        byPage.set(relative(site, path), urls);
      }
    }
  };
  walk(site);
  return byPage;
}

function build(out: string): void {
  const r = spawnSync(process.execPath, [join(copy, 'bin/tolk.js'), 'build', '--content', CONTENT, '--out', out, '--base', '/docs/'],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`tolk build exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
}

let first: Map<string, string[]>;
let second: Map<string, string[]>;

beforeAll(() => {
  for (const part of ['bin', 'dist', 'templates', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  build(join(tmp, 'one'));
  first = assetUrls(join(tmp, 'one'));
  appendFileSync(join(copy, 'templates/assets/print.css'), '\n.changed-in-this-release { color: black; }\n');
  build(join(tmp, 'two'));
  second = assetUrls(join(tmp, 'two'));
}, 120_000);

afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('asset URLs are versioned by content', () => {
  it('every page loads site.css, print.css and site.js with a version, and the search, 404, QA and root pages theirs', () => {
    const lv = first.get('lv-lv/index.html') ?? [];
    for (const file of ['site.css', 'print.css', 'site.js', 'home-list.js']) {
      expect(lv.some((url) => new RegExp(`^/docs/assets/${file.replace('.', '\\.')}\\?v=[0-9a-f]{10}$`).test(url)), file).toBe(true);
    }
    expect(first.get('lv-lv/search/index.html')).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/docs\/assets\/search\.js\?v=[0-9a-f]{10}$/),
      expect.stringMatching(/^\/docs\/pagefind\/pagefind\.js\?v=\d+\.\d+\.\d+/),
    ]));
    expect(first.get('404.html')).toEqual(expect.arrayContaining([expect.stringMatching(/^\/docs\/assets\/not-found\.js\?v=/)]));
    expect(first.get('qa/index.html')).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/docs\/assets\/qa\.js\?v=/), expect.stringMatching(/^\/docs\/assets\/qa\.css\?v=/)]));
    expect(first.get('index.html')).toEqual(expect.arrayContaining([expect.stringMatching(/^\/docs\/assets\/site\.css\?v=/)]));
    const unversioned = [...first].flatMap(([page, urls]) => urls.filter((url) => !url.includes('?v=')).map((url) => `${page}: ${url}`));
    expect(unversioned).toEqual([]);
  });

  it('every asset URL on every page names a file of the site, and its version is that file\'s SHA-256', () => {
    const wrong: string[] = [];
    for (const [page, urls] of first) {
      for (const url of urls) {
        const [path, version] = url.slice('/docs/'.length).split('?v=');
        const file = join(tmp, 'one', path);
        if (!existsSync(file)) wrong.push(`${page}: ${url} (no file)`);
        else if (path.startsWith('assets/') && createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10) !== version) {
          wrong.push(`${page}: ${url} (the file's hash differs)`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a release that changes print.css changes its URL on every page, and no other asset URL', () => {
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const changed = new Set<string>();
    for (const [page, urls] of first) {
      const after = second.get(page) ?? [];
      expect(after.length, page).toBe(urls.length);
      urls.forEach((url, i) => { if (after[i] !== url) changed.add(url.split('?')[0]); });
      expect(after.find((url) => url.startsWith('/docs/assets/print.css')), page)
        .not.toBe(urls.find((url) => url.startsWith('/docs/assets/print.css')));
    }
    expect([...changed]).toEqual(['/docs/assets/print.css']);
  });
});
