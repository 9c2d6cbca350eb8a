/**
 * Locale folders whose pages would land where other pages are: `qa/` (the QA report's folder)
 * and `lv-lv/` beside `lv-LV/` (the site's folders are lower-cased). The build says so, leaves
 * those languages out of the site and overwrites nothing; before, Eleventy stopped the build
 * with an internal error over duplicate permalinks.
 */
import * as cheerio from 'cheerio';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model.js';
import { buildSite, type BuildResult } from '../../src/write/build-site.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const DOC = 'access-reviews';
let out: string;
let result: BuildResult;

beforeAll(async () => {
  const tmp = tempDir('tolk-locale-folders-');
  const content = join(tmp, 'content');
  cpSync(join(CONTENT, 'lv-LV'), join(content, 'lv-LV'), { recursive: true });
  // The Norwegian file under folders that clash: the lower-cased twin of lv-LV, and qa.
  for (const clash of ['lv-lv', 'qa']) cpSync(join(CONTENT, 'nb-NO', `${DOC}.md`), join(content, clash, `${DOC}.md`));
  out = join(tmp, 'site');
  result = await buildSite({ content, out, search: false });
}, 180_000);

const page = (path: string) => cheerio.load(readFileSync(join(out, path), 'utf8'));
const clashes = (): Diagnostic[] => result.warnings.filter((w) => w.code === 'locale-folder-clash');

describe('locale folders that would overwrite other pages', () => {
  it('are named, as errors, with what they would overwrite and what tolk did', () => {
    expect(clashes().map((d) => [d.file, d.severity])).toEqual([['lv-lv/', 'error'], ['qa/', 'error']]);
    expect(clashes()[0].message).toMatch(/written to lv-lv\/ in the site, over the pages of lv-LV\/; it is left out of the site/);
    expect(clashes()[1].message).toMatch(/over the site's own qa\/ folder/);
  });

  it('leave the pages there as they should be: lv-lv/ holds the Latvian pages, qa/ the QA report', () => {
    expect(Object.keys(result.counts)).toEqual(['lv-LV', 'en-US']);
    const latvian = page(`lv-lv/${DOC}/index.html`);
    expect(latvian('html').attr('lang')).toBe('lv-LV');
    // The Latvian file's title, not the Norwegian one's.
    const title = (locale: string) => /\ntitle: (.*)\n/.exec(readFileSync(join(CONTENT, locale, `${DOC}.md`), 'utf8'))![1];
    expect(title('lv-LV')).not.toBe(title('nb-NO'));
    expect(latvian('title').text()).toContain(title('lv-LV'));
    expect(page('qa/index.html')('h1').text()).toBe('Translation QA report');
  });
});
