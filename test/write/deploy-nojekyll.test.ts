// A built site deploys to GitHub Pages as built: its root holds `.nojekyll`, without which Jekyll
// would leave out every file and folder whose name starts with `_` and process the rest.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const build = (content: string, out: string, cwd?: string) =>
  tolk(['build', '--content', content, '--out', out, '--no-search', '--no-qa'], cwd);

describe('.nojekyll in every build', () => {
  it('is at the root of the site, beside the page of an advisory whose name starts with _', () => {
    const dir = tempDir('tolk-nojekyll-');
    const content = join(dir, 'content');
    cpSync(CONTENT, content, { recursive: true });
    const advisory = readdirSync(join(content, 'lv-LV')).find((name) => name.endsWith('.md'))!;
    cpSync(join(content, 'lv-LV', advisory), join(content, 'lv-LV', '_old-notes.md'));
    const r = build(content, join(dir, 'site'));
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'site', '.nojekyll'), 'utf8')).toBe('');
    expect(existsSync(join(dir, 'site', 'lv-lv', '_old-notes', 'index.html'))).toBe(true);
  });

  it('is not named as a file of the user and removed when a site is rebuilt (as one a user added for GitHub Pages was)', () => {
    const parent = tempDir('tolk-nojekyll-rebuild-');
    expect(build(CONTENT, 'site', parent).code).toBe(0);
    // What a user of an older tolk did so that GitHub Pages served the site as built.
    writeFileSync(join(parent, 'site', '.nojekyll'), '');
    const again = build(CONTENT, 'site', parent);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/replaced|nojekyll/);
    expect(existsSync(join(parent, 'site', '.nojekyll'))).toBe(true);
  });

  it('leaves the output-folder guard as it was: a folder with a .nojekyll but no tolk marker is refused and kept', () => {
    const parent = tempDir('tolk-nojekyll-guard-');
    mkdirSync(join(parent, 'gh-pages'));
    writeFileSync(join(parent, 'gh-pages', '.nojekyll'), '');
    writeFileSync(join(parent, 'gh-pages', 'index.html'), '<p>my own site</p>');
    const r = build(CONTENT, 'gh-pages', parent);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/non-empty folder that tolk did not build/);
    expect(readdirSync(join(parent, 'gh-pages')).sort()).toEqual(['.nojekyll', 'index.html']);
  });
});
