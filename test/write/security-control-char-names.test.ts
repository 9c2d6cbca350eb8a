/**
 * A content file whose name holds a newline or another control character (a script's stray
 * `\n`, a bell) got a page whose folder and address carried it: a browser drops a newline or a tab
 * from an address, so the page could not be linked. Such a document is skipped with a warning that
 * names it escaped and says to rename it, as reserved slugs are; the rest of the site is built,
 * and the QA report still checks it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tolk, type CliResult } from '../helpers/cli.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';

const ADVISORY = 'access-reviews';

/** Every path under `dir`, relative, with `/`. */
function allPaths(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const path = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? [path, ...allPaths(dir, path)] : [path];
  });
}

describe('content files whose names hold control characters', () => {
  let out: string;
  let cli: CliResult;
  beforeAll(() => {
    const dir = contentCopy(tempDir('tolk-control-names-'), [ADVISORY]);
    const lv = join(dir, 'content', 'lv-LV');
    copyFileSync(join(lv, `${ADVISORY}.md`), join(lv, 'evil\nname.md'));
    copyFileSync(join(lv, `${ADVISORY}.md`), join(lv, 'bell\u0007.md'));
    mkdirSync(join(lv, 'sub\tfolder'));
    copyFileSync(join(lv, `${ADVISORY}.md`), join(lv, 'sub\tfolder', 'page.md'));
    out = join(dir, 'site');
    cli = tolk(['build', '--content', join(dir, 'content'), '--out', out, '--no-search'], undefined, 120_000);
  });

  it('the build finishes and names each such file escaped, with how to fix it', () => {
    expect(cli.code, cli.stderr).toBe(0);
    for (const name of ['lv-LV/evil\\nname.md', 'lv-LV/bell\\x07.md', 'lv-LV/sub\\tfolder/page.md']) {
      expect(cli.stderr).toContain(`warning [unsafe-slug] the name "${name}" holds a control character, which a page's address ` +
        'cannot carry; document skipped: rename the file (or its folder) without it');
    }
    // No line of the build's output is split or rewritten by a name.
    expect(`${cli.stdout}${cli.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(cli.stderr.split('\n').filter((l) => l.startsWith('name.md'))).toEqual([]);
    expect(cli.stdout + cli.stderr).toMatch(/built \d+ pages \(advisories: lv-LV 1, nb-NO 1, en-US 1;/);
  });

  it('such files get no page in any language, and the rest of the site is built', () => {
    expect(allPaths(out).filter((p) => /[\u0000-\u001f\u007f-\u009f]/.test(p))).toEqual([]);
    for (const locale of ['lv-lv', 'nb-no', 'en-us']) expect(existsSync(join(out, locale, ADVISORY, 'index.html'))).toBe(true);
    expect(readFileSync(join(out, 'lv-lv', 'index.html'), 'utf8')).not.toMatch(/evil|bell/);
    // Skipped from the site, not from the checks: the QA report still has them.
    const report = JSON.parse(readFileSync(join(out, 'qa', 'report.json'), 'utf8')) as { documents: { slug: string }[] };
    expect(report.documents.map((d) => d.slug)).toEqual(expect.arrayContaining(['evil\nname', 'bell\u0007', 'sub\tfolder/page']));
  });
});
