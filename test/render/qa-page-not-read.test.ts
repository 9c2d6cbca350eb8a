/**
 * The QA page shows what tolk could not read. report.json has `notRead` and `tolk qa --fail-on`
 * counts it, but the page showed only findings: a translator who opened it from a failed CI run saw
 * "Errors: 0" and no reason. Now a "Not read, so not checked" section beside the summary lists each
 * file or folder, what is wrong and what tolk did. Real content (content/'s TLS advisory) in a
 * folder with an unreadable file, an `LV-LV/` beside `lv-LV/` and a symbolic link, built by the
 * `tolk build` command; root reads a chmod 000 file all the same, so as root it runs as `nobody`
 * (test/helpers/cli.ts).
 */
import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { QaReport } from '../../src/check/types.js';
import { renderQaBody } from '../../src/render/qa-page.js';
import { canDenyAccess, tolk, tolkDenied } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';
import { TLS } from '../helpers/qa-fixture.js';

/** content/'s TLS advisory in both languages, `LV-LV/` beside `lv-LV/`, a link in nb-NO, and an lv-LV file no one may read. */
function contentWithUnread(tmp: string): string {
  const dir = join(contentCopy(tmp, [TLS]), 'content');
  mkdirSync(join(dir, 'LV-LV'));
  cpSync(join(CONTENT, 'lv-LV', `${TLS}.md`), join(dir, 'LV-LV', 'other.md'));
  symlinkSync(join(CONTENT, 'nb-NO', `${TLS}.md`), join(dir, 'nb-NO', 'linked.md'));
  const locked = join(dir, 'lv-LV', 'locked.md');
  writeFileSync(locked, '# Locked\n');
  chmodSync(locked, 0o000);
  return dir;
}

/**
 * The QA page and report.json of the site `tolk build` makes of that content under /docs/: as a
 * user the locked file keeps out (`nobody` when root), or, where none is at hand (root without
 * setpriv), as this one, which reads it.
 */
function builtReport(): { page: string; report: QaReport } {
  const tmp = tempDir('tolk-qa-not-read-');
  chmodSync(tmp, 0o755); // mkdtemp's folder is the owner's only; nobody must read the content
  const content = contentWithUnread(tmp);
  const publicDir = join(tmp, 'public');
  mkdirSync(publicDir);
  chmodSync(publicDir, 0o777); // and write the site (and its staging folder beside it)
  const out = join(publicDir, 'site');
  const args = ['build', '--content', content, '--out', out, '--base', '/docs/', '--no-search'];
  const run = canDenyAccess ? tolkDenied(args) : tolk(args);
  if (run.code !== 0) throw new Error(`tolk build exited ${run.code}:\n${run.stderr}`);
  return { page: readFileSync(join(out, 'qa', 'index.html'), 'utf8'), report: JSON.parse(readFileSync(join(out, 'qa', 'report.json'), 'utf8')) as QaReport };
}

const pageUrl = (locale: string, slug: string) => `/docs/${locale.toLowerCase()}/${slug}/`;

describe('QA page: content not read', () => {
  const { page, report } = builtReport();
  const $ = cheerio.load(page);
  const section = $('section#qa-not-read');
  const rows = section.find('tbody tr');
  const rowOf = (file: string) => rows.filter((_, tr) => $(tr).find('th').text() === file);

  it('lists the folder that is no locale and the symbolic link, each with what is wrong and what tolk did', () => {
    expect(section.length).toBe(1);
    expect(section.attr('aria-labelledby')).toBe('qa-not-read-h');
    expect(section.find('h2').text()).toBe('Not read, so not checked');
    const folder = rowOf('LV-LV/');
    expect(folder.attr('data-locale')).toBe('');
    expect(folder.find('td').first().text()).toMatch(/^warning not-a-locale-folder$/);
    expect(folder.find('td').last().text()).toMatch(/^not read: the folder name is not a locale tag.*lv-LV\/ is there too/);
    const link = rowOf('nb-NO/linked.md');
    expect(link.attr('data-locale')).toBe('nb-NO');
    expect(link.find('td').last().text()).toMatch(/^symbolic link; not followed/);
  });

  it.runIf(canDenyAccess)('lists the unreadable file as an error, skipped (as nobody when root; skipped as root without setpriv)', () => {
    const locked = rowOf('lv-LV/locked.md');
    expect(locked.attr('data-severity')).toBe('error');
    expect(locked.find('td').last().text()).toMatch(/^cannot read file \(EACCES.*\); skipped$/);
  });

  it('comes before the summary, and the totals line says what CI counts besides the findings', () => {
    expect($('.qa-report > section').first().attr('id')).toBe('qa-not-read');
    const errors = (report.notRead ?? []).filter((d) => d.severity === 'error').length;
    const warnings = (report.notRead ?? []).filter((d) => d.severity === 'warning').length;
    const said = $('.qa-intro a[href="#qa-not-read"]').text();
    expect(said).toBe(`Not read, so not checked: ${errors ? `Errors: ${errors}, ` : ''}Warnings: ${warnings}.`);
    expect(rows.length).toBe(report.notRead!.length);
    expect(section.find('caption').text()).toBe('Files and folders not read');
  });

  it('is left out when everything was read', () => {
    const page = cheerio.load(renderQaBody({ ...report, notRead: undefined }, { base: '/docs/', pageUrl }));
    expect(page('#qa-not-read').length).toBe(0);
    expect(page('.qa-intro a[href="#qa-not-read"]').length).toBe(0);
  });
});
