/**
 * Links between advisories in the built site: a link (relative, or by the advisory's address on
 * the original documentation site) stays in the reader's language when that language has the
 * advisory, goes to the English page (marked with its language) when it does not, and a relative
 * link to an advisory the content folder lacks is reported with file and line.
 */
import * as cheerio from 'cheerio';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
/** In content/, only lv-LV has this advisory (so English has it too, from the lv-LV file). */
const LV_ONLY = 'tls-certificates';

let tmp: string;
let out: string;
let cli: ReturnType<typeof tolk>;
let nbBrokenLine: number;
let lvFilesLine: number;
let lvScriptLine: number;

const append = (file: string, text: string): string => {
  const full = readFileSync(file, 'utf8') + text;
  writeFileSync(file, full);
  return full;
};

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'tolk-site-links-'));
  const content = join(tmp, 'content');
  cpSync(CONTENT, content, { recursive: true });
  expect(existsSync(join(content, 'lv-LV', `${LV_ONLY}.md`))).toBe(true);
  expect(existsSync(join(content, 'nb-NO', `${LV_ONLY}.md`))).toBe(false);
  const nb = append(join(content, 'nb-NO', `${TLS}.md`),
    `\n\nSe [TLS-sertifikater](${LV_ONLY}.md#oversikt).\n\nSe også [en side som mangler](no-such-advisory.md).\n` +
    `\nLes [TLS-veiledningen](/AlchemyInsights/Prepare-For-Use-Of-TLS-1-2-In-Office-365#del), [sertifikatene](https://docs.microsoft.com/alchemyinsights/${LV_ONLY}) ` +
    'og [en annen side](/AlchemyInsights/not-in-this-site).\n');
  nbBrokenLine = nb.split('\n').findIndex((line) => line.includes('no-such-advisory.md')) + 1;
  const lv = append(join(content, 'lv-LV', `${TLS}.md`), `\n\nSkatiet [TLS sertifikāti](${LV_ONLY}.md).\n` +
    '\nLejupielādējiet [rokasgrāmatu](docs/guide.pdf) un [tabulu](100%25.md).\n\nPalaidiet [skriptu](setup.ps1).\n');
  lvFilesLine = lv.split('\n').findIndex((line) => line.includes('docs/guide.pdf')) + 1;
  lvScriptLine = lv.split('\n').findIndex((line) => line.includes('setup.ps1')) + 1;
  writeFileSync(join(content, 'lv-LV', 'setup.ps1'), 'Get-Mailbox\n');
  out = join(tmp, 'site');
  cli = tolk(['build', '--content', content, '--out', out, '--no-search', '--no-qa']);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const page = (locale: string, slug: string) => cheerio.load(readFileSync(join(out, locale, slug, 'index.html'), 'utf8'));

describe('links to other advisories', () => {
  it('nb-NO has no tls-certificates: the Norwegian link goes to the English page, marked as English', () => {
    expect(cli.code).toBe(0);
    const link = page('nb-no', TLS)(`.advisory a:contains("TLS-sertifikater")`);
    expect(link.attr('href')).toBe(`/en-us/${LV_ONLY}/#oversikt`);
    expect(link.attr('hreflang')).toBe('en-US');
    expect(link.attr('data-language')).toBe('English');
    expect(existsSync(join(out, 'en-us', LV_ONLY, 'index.html'))).toBe(true);
  });

  it('lv-LV has it: the Latvian link goes to the Latvian page, with no language mark', () => {
    const link = page('lv-lv', TLS)(`.advisory a:contains("TLS sertifikāti")`);
    expect(link.attr('href')).toBe(`/lv-lv/${LV_ONLY}/`);
    expect(link.attr('hreflang')).toBeUndefined();
    expect(existsSync(join(out, 'lv-lv', LV_ONLY, 'index.html'))).toBe(true);
  });

  it('links by original-site address (/AlchemyInsights/…, docs.microsoft.com/alchemyinsights/…) go to the pages of this site', () => {
    const $ = page('nb-no', TLS);
    // Slugs match ignoring case, as on the original site; the fragment is kept.
    expect($('.advisory a:contains("TLS-veiledningen")').attr('href')).toBe(`/nb-no/${TLS}/#del`);
    const certificates = $('.advisory a:contains("sertifikatene")');
    expect(certificates.attr('href')).toBe(`/en-us/${LV_ONLY}/`);
    expect(certificates.attr('hreflang')).toBe('en-US');
    expect(certificates.attr('rel')).toBeUndefined();
    // An advisory this site does not have keeps its original address, without a warning.
    const other = $('.advisory a:contains("en annen side")');
    expect(other.attr('href')).toBe('https://learn.microsoft.com/AlchemyInsights/not-in-this-site');
    expect(other.attr('rel')).toBe('noopener');
  });

  it('a link to an advisory that no language has is a warning naming the file and line', () => {
    expect(cli.stderr).toContain(`nb-NO/${TLS}.md:${nbBrokenLine}:1: warning [link-not-found] link to "no-such-advisory.md"`);
    // Reported once, for the file that has the link (the English page, made from lv-LV, adds none).
    expect(cli.stderr.split('\n').filter((line) => line.includes('[link-not-found]'))).toHaveLength(4);
    expect(page('nb-no', TLS)('.advisory a:contains("en side som mangler")').attr('href')).toBe('../no-such-advisory/');
  });
});

describe('links to files', () => {
  it('a link to a missing file is a link-not-found warning (not a broken image) on the line of the link, percent-encoded too', () => {
    const at = `lv-LV/${TLS}.md:${lvFilesLine}:1: warning [link-not-found]`;
    expect(cli.stderr).toContain(`${at} link to "docs/guide.pdf": the file is not in the content folder, so the link leads to a missing page`);
    expect(cli.stderr).toContain(`${at} link to "100%.md": there is no such advisory`);
    expect(cli.stderr).not.toContain('[image-not-found]');
  });

  it('a link to a file of a type the site does not publish (setup.ps1) says so, not that its script would run', () => {
    expect(cli.stderr).toContain(`lv-LV/${TLS}.md:${lvScriptLine}:1: warning [link-not-found] link to "setup.ps1": the file is not copied ` +
      '(the site publishes only images, documents, archives, audio and video, and this type is none of them), so the link leads to a missing page');
    expect(existsSync(join(out, 'lv-lv', 'setup.ps1'))).toBe(false);
  });
});

describe('slugs that differ only in case', () => {
  it('lv-LV/TLS.md beside lv-LV/tls.md: a slug-case-clash warning names the second file (one folder on case-insensitive disks)', () => {
    const content = join(tmp, 'case-clash');
    for (const name of ['TLS.md', 'tls.md']) cpSync(join(CONTENT, 'lv-LV', `${LV_ONLY}.md`), join(content, 'lv-LV', name));
    const run = tolk(['build', '--content', content, '--out', join(tmp, 'case-clash-site'), '--no-search', '--no-qa']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/lv-LV\/tls\.md:1:1: warning \[slug-case-clash\] the slug "tls" differs from "TLS" only in case/);
  });
});
