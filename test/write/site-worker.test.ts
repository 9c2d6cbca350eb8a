/**
 * Issue 3, the page worker of `tolk build`: big sites are read, planned and rendered in a worker
 * thread while Eleventy writes on the main thread. Whichever way the pages are made, the site
 * must be the same, byte for byte; a worker that dies leaves the main thread to do the work.
 * Runs the compiled build (dist/, made by `pretest`): the worker is a compiled file.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../dist/write/build-site.js';
import { LocalSource, WorkerSource } from '../../dist/write/site-source.js';
import { CONTENT } from '../helpers/corpus.js';

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-site-worker-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files
    .map((e) => { const full = join(e.parentPath, e.name); return [full.slice(dir.length + 1), createHash('sha256').update(readFileSync(full)).digest('hex')]; })
    .sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('tolk build with the page worker', () => {
  it('builds content/ byte for byte as the main thread alone does (QA report included), with the same warnings', async () => {
    // A base path and a site URL too: the worker must build the same URLs.
    const options = { content: CONTENT, search: false, base: '/docs/', siteUrl: 'https://docs.example.org' };
    const withWorker = await buildSite({ ...options, out: join(tmp, 'worker'), renderWorker: true });
    const alone = await buildSite({ ...options, out: join(tmp, 'alone'), renderWorker: false });
    const pages = snapshot(join(tmp, 'worker'));
    expect(Object.keys(pages).filter((f) => f.endsWith('index.html')).length).toBeGreaterThan(60);
    expect(Object.keys(pages)).toContain('qa/report.json');
    const home = readFileSync(join(tmp, 'worker', 'lv-lv', 'index.html'), 'utf8');
    expect(home).toContain('href="/docs/lv-lv/');
    expect(pages).toEqual(snapshot(join(tmp, 'alone')));
    expect(withWorker.counts).toEqual(alone.counts);
    // Reading warnings and rendering warnings (an image missing from content/) both come back.
    expect(withWorker.warnings.map((d) => `${d.code} ${d.file}`).sort()).toEqual(alone.warnings.map((d) => `${d.code} ${d.file}`).sort());
    expect(alone.warnings.length).toBeGreaterThan(0);
  });

  it('a worker that dies before it reports leaves every page and the QA report to the main thread, unchanged', async () => {
    const options = { content: CONTENT, search: false };
    const qa = { content: CONTENT, urls: { base: '/', siteUrl: null }, configDir: tmp };
    const local = new LocalSource(options, qa);
    const dying = new WorkerSource(options, qa);
    dying.stop();
    const [fallback, expected] = await Promise.all([dying.qa!.output(), local.qa!.output()]);
    expect(fallback.json).toBe(expected.json);
    expect(fallback.bodyHtml).toBe(expected.bodyHtml);
    const outline = await dying.outline();
    expect(outline.files).toEqual((await local.outline()).files);
    for (const id of [0, 1, outline.files.length - 1]) {
      const page = await dying.render(id);
      expect(typeof page === 'string' ? page : Buffer.from(page).toString('utf8')).toBe(await local.render(id));
    }
  });
});
