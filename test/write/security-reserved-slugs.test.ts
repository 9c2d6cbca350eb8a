/**
 * A content file named like a page tolk writes in every language folder (`index.html.md`, the
 * home; `404.html.md`, the language's 404 page) would have its page written as a folder where
 * that file is: Eleventy failed with EISDIR and the whole build stopped ("internal error", exit
 * 2). Such a document is skipped with a warning, like one named `search.md`, and the rest of the
 * site (a real advisory here) is built. So is one with a part named `index.html` (`sub/index.html.md`
 * beside `sub.md`: ENOTDIR).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tolk, type CliResult } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const ADVISORY = 'tls-certificates';

describe('documents named like the pages of a language folder', () => {
  let out: string;
  let cli: CliResult;
  beforeAll(() => {
    const dir = tempDir('tolk-reserved-slugs-');
    const lv = join(dir, 'content', 'lv-LV');
    mkdirSync(lv, { recursive: true });
    copyFileSync(join(CONTENT, 'lv-LV', `${ADVISORY}.md`), join(lv, `${ADVISORY}.md`));
    const text = readFileSync(join(lv, `${ADVISORY}.md`), 'utf8');
    for (const name of ['index.html.md', '404.HTML.md']) writeFileSync(join(lv, name), text);
    // Nested: sub/index.html's page folder would be where sub's page file is (ENOTDIR).
    mkdirSync(join(lv, 'sub'));
    writeFileSync(join(lv, 'sub.md'), text);
    writeFileSync(join(lv, 'sub', 'Index.html.md'), text);
    out = join(dir, 'site');
    cli = tolk(['build', '--content', join(dir, 'content'), '--out', out, '--no-search', '--no-qa'], undefined, 60_000);
  });

  it('the build finishes and names each such file, which gets no page', () => {
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stderr).toContain('lv-LV/index.html.md:1:1: warning [reserved-slug] the slug "index.html"');
    expect(cli.stderr).toContain('lv-LV/404.HTML.md:1:1: warning [reserved-slug] the slug "404.HTML"');
    expect(cli.stderr).toContain('lv-LV/sub/Index.html.md:1:1: warning [reserved-slug] the slug "sub/Index.html" has a part named "index.html", the file of the page of "sub"');
  });

  it('the home and 404 page of the language are tolk\'s, and the real advisory has its page', () => {
    expect(readFileSync(join(out, 'lv-lv', 'index.html'), 'utf8')).toContain('data-page="home"');
    expect(readFileSync(join(out, 'lv-lv', '404.html'), 'utf8')).toContain('data-page="not-found"');
    expect(existsSync(join(out, 'lv-lv', ADVISORY, 'index.html'))).toBe(true);
    expect(readFileSync(join(out, 'lv-lv', 'sub', 'index.html'), 'utf8')).toContain('data-page="article"');
  });
});
