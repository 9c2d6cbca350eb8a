/**
 * Media whose extension is passive but which a web server with default settings still serves as
 * a page (test/helpers/sniffable-media.ts) are not published, and the build says why; real
 * drawings and captions of the same types are. The browser side: test/browser/hosting-media-untyped.test.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tolk, type CliResult } from '../helpers/cli.js';
import { LOOSE, writeSniffableMedia } from '../helpers/sniffable-media.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('tolk build of media a server may send as a page', () => {
  let out: string;
  let cli: CliResult;
  beforeAll(() => {
    const dir = tempDir('tolk-sniffed-media-');
    out = join(dir, 'site');
    cli = tolk(['build', '--content', writeSniffableMedia(dir), '--out', out, '--no-search', '--no-qa'], undefined, 60_000);
  });

  it('a .vsdx or .vtt that begins as HTML is not published, and the warning says a browser would run it', () => {
    expect(cli.code, cli.stderr).toBe(0);
    expect(existsSync(join(out, 'lv-lv', 'media', 'evil.vsdx'))).toBe(false);
    expect(existsSync(join(out, 'lv-lv', 'media', 'notes.vtt'))).toBe(false);
    expect(cli.stderr).toContain('lv-LV/media/evil.vsdx:1:1: warning [media-type-refused] it begins as an HTML or XML page');
    expect(cli.stderr).toContain('lv-LV/media/notes.vtt:1:1: warning [media-type-refused] it begins as an HTML or XML page');
  });

  it('x.html.vsdx and x.php.png are not published (Apache would send the one as text/html, and may run the other as PHP)', () => {
    expect(existsSync(join(out, 'lv-lv', 'media', 'drawing.html.vsdx'))).toBe(false);
    expect(existsSync(join(out, 'lv-lv', 'media', 'shot.php.png'))).toBe(false);
    expect(cli.stderr).toContain('lv-LV/media/drawing.html.vsdx:1:1: warning [media-type-refused] its name has .html before its type');
    expect(cli.stderr).toContain('lv-LV/media/shot.php.png:1:1: warning [media-type-refused] its name has .php before its type');
  });

  it('a .md with front matter is not published (GitHub Pages would make it an HTML page)', () => {
    expect(existsSync(join(out, 'lv-lv', 'media', 'notes.md'))).toBe(false);
    expect(cli.stderr).toContain('lv-LV/media/notes.md:1:1: warning [media-type-refused] it is markdown with front matter');
  });

  it('a linked loose file that begins as HTML is not copied, and the link warning says why', () => {
    expect(existsSync(join(out, 'lv-lv', LOOSE))).toBe(false);
    expect(cli.stderr).toMatch(new RegExp(`\\[link-not-found\\] link to "${LOOSE}": the file is not copied \\(it begins as an HTML or XML page`));
  });

  it('a real drawing, caption file and markdown note of the same types are published', () => {
    expect(existsSync(join(out, 'lv-lv', 'media', 'readme.md'))).toBe(true);
    expect(existsSync(join(out, 'lv-lv', 'media', 'real.vsdx'))).toBe(true);
    expect(existsSync(join(out, 'lv-lv', 'media', 'talk.vtt'))).toBe(true);
    expect(existsSync(join(out, 'lv-lv', 'media', 'brightness-slider.png'))).toBe(true);
  });
});
