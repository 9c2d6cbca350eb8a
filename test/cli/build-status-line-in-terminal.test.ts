/**
 * After its progress bar for the pages, `tolk build` in a terminal showed nothing while Pagefind
 * indexed and the checks finished: on the whole corpus half a minute of a still screen under
 * "rendered and wrote 8738 pages with Eleventy", which looks stuck. It now says what it is doing
 * on a status line, cleared by the next line; nothing of it goes to a file or a pipe (a CI log).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';
import { hasScript, tolkInTerminal } from './helpers.js';

const WAIT = 'indexing for search and checking the translations…';

describe('tolk build between the pages and the search index and report', () => {
  it.runIf(hasScript)('says on a terminal what it is waiting for, and clears the line after', () => {
    const dir = contentCopy(tempDir('tolk-progress-'), ['Excel-crashing', 'access-reviews']);
    const r = tolkInTerminal(['build', '--out', 'site'], dir);
    expect(r.code, r.stderr).toBe(0);
    const after = r.output.slice(r.output.indexOf('pages with Eleventy'));
    expect(after).toContain(`\r\u001b[2K${WAIT}\r\u001b[2Ksearch index: Pagefind indexed`);
    // The page bar ends at the number of pages the next line says were written (it counted pages.json too).
    const bars = [...r.output.matchAll(/writing \[[#.]+\] (\d+)\/(\d+)/g)];
    const written = /rendered and wrote (\d+) pages with Eleventy/.exec(r.output)?.[1];
    expect(bars.at(-1)?.slice(1)).toEqual([written, written]);
  });

  it('says nothing of it to a pipe', () => {
    const dir = contentCopy(tempDir('tolk-progress-'), ['Excel-crashing']);
    const r = tolk(['build', '--out', join(dir, 'site')], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^search index: /m);
    expect(r.stderr + r.stdout).not.toContain('indexing for search');
  });
});
