/**
 * What `tolk build` tells a deployer about where the site goes: a `--base` with non-ASCII letters
 * is a folder on the web server named as typed (`/dokumentācija/`), while the pages' URLs carry it
 * percent-encoded, as URLs must.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-deploy-build-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('--base with non-ASCII letters', () => {
  it('the closing hint names the folder to serve the site under as typed; the pages link it percent-encoded', () => {
    const r = tolk(['build', '--content', CONTENT, '--out', 'site', '--base', '/dokumentācija/', '--no-search', '--no-qa'], tmp);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/with any static web server, under \/dokumentācija\/\)$/m);
    expect(readFileSync(join(tmp, 'site', 'lv-lv', 'index.html'), 'utf8')).toMatch(/href="\/dokument%C4%81cija\/assets\/site\.css\?v=[0-9a-f]{10}"/);
  });
});
