/**
 * `tolk build` printed its first 20 warnings and then "… and 5 more (5 warnings; run `tolk align`
 * to see reading problems)". But `tolk align` lists only reading problems: a link or image a page
 * lacks (link-not-found), a slug clash, was in no other listing, and a CI job never saw it. Now all
 * are printed when stderr is a file or a pipe (a CI log, a problem matcher); in a terminal the
 * first 20, and the rest counted by code with where to get them all.
 */
import { appendFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';
import { hasScript, tolkInTerminal } from './helpers.js';

const BROKEN = 25;
let dir: string;
beforeAll(() => {
  dir = contentCopy(tempDir('tolk-warnings-'), ['Excel-crashing']);
  // Real advisories, each linking a file the content folder lacks.
  for (let n = 1; n <= BROKEN; n++) {
    const file = join(dir, 'content', 'lv-LV', `broken-${String(n).padStart(2, '0')}.md`);
    copyFileSync(join(CONTENT, 'lv-LV', 'Excel-crashing.md'), file);
    appendFileSync(file, `\nSkatiet [rokasgrāmatu](guide-${n}.pdf).\n`);
  }
});

const linkWarnings = (text: string) => text.split(/\r?\n/).filter((line) => /^content\/lv-LV\/broken-\d+\.md:\d+:\d+: warning \[link-not-found\] /.test(line));

describe('tolk build with more than 20 warnings', () => {
  it('prints every one of them to a file or pipe, as a CI job reads it', () => {
    const r = tolk(['build', '--out', join(dir, 'site'), '--no-search', '--no-qa'], dir);
    expect(r.code).toBe(0);
    expect(linkWarnings(r.stderr)).toHaveLength(BROKEN);
    expect(r.stderr).not.toContain('… and');
    expect(r.stdout).toMatch(new RegExp(`, ${BROKEN} warnings in `));
  });

  it.runIf(hasScript)('in a terminal prints 20 and counts the rest by code, saying how to list them all', () => {
    const r = tolkInTerminal(['build', '--out', 'site-tty', '--no-search', '--no-qa'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(linkWarnings(r.output)).toHaveLength(20);
    expect(r.output).toContain(`… and ${BROKEN - 20} more (${BROKEN - 20} warnings: ${BROKEN - 20} link-not-found); ` +
      'all are listed when stderr goes to a file (2> warnings.txt)');
  });
});
