/**
 * The QA page shows what tolk could not read. report.json has `notRead` and `tolk qa --fail-on`
 * counts it, but the page showed only findings: a translator who opened it from a failed CI run saw
 * "Errors: 0" and no reason. Now a "Not read, so not checked" section beside the summary lists each
 * file or folder, what is wrong and what tolk did. Real content (content/'s TLS advisory) in a
 * folder with an unreadable file, an `LV-LV/` beside `lv-LV/` and a symbolic link.
 */
import { chmodSync, cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderQaBody } from '../../src/render/qa-page.js';
import { CONTENT } from '../helpers/corpus.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';
import { checkContent, TLS } from '../helpers/qa-fixture.js';

/** Root reads a chmod 000 file all the same: the unreadable file is only tested as another user. */
const asRoot = process.getuid?.() === 0;

/** content/'s TLS advisory in both languages, `LV-LV/` beside `lv-LV/`, a link in nb-NO, and (not as root) an unreadable lv-LV file. */
function contentWithUnread(): string {
  const dir = join(contentCopy(tempDir('tolk-qa-not-read-'), [TLS]), 'content');
  mkdirSync(join(dir, 'LV-LV'));
  cpSync(join(CONTENT, 'lv-LV', `${TLS}.md`), join(dir, 'LV-LV', 'other.md'));
  symlinkSync(join(CONTENT, 'nb-NO', `${TLS}.md`), join(dir, 'nb-NO', 'linked.md'));
  const locked = join(dir, 'lv-LV', 'locked.md');
  writeFileSync(locked, '# Locked\n');
  chmodSync(locked, 0o000);
  return dir;
}

const pageUrl = (locale: string, slug: string) => `/docs/${locale.toLowerCase()}/${slug}/`;

describe('QA page: content not read', () => {
  const { corpus, report } = checkContent(contentWithUnread());
  const $ = cheerio.load(renderQaBody(report, { base: '/docs/', pageUrl, corpus }));
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

  it.skipIf(asRoot)('lists the unreadable file as an error, skipped', () => {
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
    const page = cheerio.load(renderQaBody({ ...report, notRead: undefined }, { base: '/docs/', pageUrl, corpus }));
    expect(page('#qa-not-read').length).toBe(0);
    expect(page('.qa-intro a[href="#qa-not-read"]').length).toBe(0);
  });
});
