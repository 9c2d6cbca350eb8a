/**
 * Every built page declares its encoding (`<meta charset="utf-8">`) within its first 1,024
 * bytes, where browsers look for it, whatever the content: an advisory with a very long slug
 * (nested folders with long names) and a long title, and a root page listing many languages.
 * Past those bytes a browser served the page without a charset in its Content-Type (file://, a
 * bare static server) guesses the encoding, and the HTML validator reports an error.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const CHARSET = '<meta charset="utf-8">';
const LONG_NAME = 'a'.repeat(200);
const LONG_PATH = [LONG_NAME, LONG_NAME, LONG_NAME, LONG_NAME, `${LONG_NAME}.md`];
const LONG_TITLE = 'Ļoti gara virsraksta daļa ar garumzīmēm āēīū '.repeat(40).trim();
// A site in many languages (each with one advisory): the root page lists them all.
const LOCALES = ['lv-LV', 'nb-NO', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'pt-PT', 'nl-NL', 'sv-SE', 'da-DK',
  'fi-FI', 'pl-PL', 'cs-CZ', 'sk-SK', 'hu-HU', 'ro-RO', 'bg-BG', 'hr-HR', 'sl-SI', 'et-EE', 'lt-LT', 'el-GR',
  'tr-TR', 'ru-RU', 'uk-UA', 'ja-JP', 'ko-KR', 'zh-CN', 'zh-TW', 'id-ID', 'th-TH'];

/** Byte offset where the charset declaration ends in an HTML file; -1 when it has none. */
function charsetEnd(file: string): number {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(CHARSET);
  return at < 0 ? -1 : at + Buffer.byteLength(CHARSET);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the charset declaration within the first 1,024 bytes', () => {
  const tmp = tempDir('tolk-charset-');
  const content = join(tmp, 'content');
  const out = join(tmp, 'site');
  const source = join(CONTENT, 'lv-LV', 'access-reviews.md');

  beforeAll(() => {
    const long = join(content, 'lv-LV', ...LONG_PATH);
    mkdirSync(join(long, '..'), { recursive: true });
    writeFileSync(long, readFileSync(source, 'utf8').replace(/^title: .*$/m, `title: ${LONG_TITLE}`));
    for (const locale of LOCALES) cpSync(source, join(content, locale, 'access-reviews.md'));
    const r = tolk(['build', '--content', content, '--out', out, '--no-search', '--no-qa']);
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);

  it('an advisory with a 1,000-character slug and a 1,800-character title, in Latvian and English', () => {
    const slugPath = LONG_PATH.join('/').replace(/\.md$/, '');
    for (const locale of ['lv-lv', 'en-us']) {
      const page = join(out, locale, slugPath, 'index.html');
      expect(readFileSync(page, 'utf8'), locale).toContain(LONG_NAME);
      expect(charsetEnd(page), locale).toBeGreaterThan(0);
      expect(charsetEnd(page), locale).toBeLessThanOrEqual(1024);
    }
    expect(readFileSync(join(out, 'lv-lv', slugPath, 'index.html'), 'utf8')).toContain(`<title>${LONG_TITLE}`);
  });

  it(`every page of a site in ${LOCALES.length} languages: the root page that lists them, homes, 404s, advisories`, () => {
    const files = htmlFiles(out);
    // A home, a 404 and an advisory per language at least: an empty list would pass without reading one.
    expect(files.length).toBeGreaterThan(3 * LOCALES.length);
    const late = files.filter((f) => !(charsetEnd(f) > 0 && charsetEnd(f) <= 1024)).map((f) => f.slice(out.length));
    expect(late).toEqual([]);
    // The root page still knows every language it may send the reader to.
    const root = readFileSync(join(out, 'index.html'), 'utf8');
    for (const locale of LOCALES) expect(root).toContain(`&quot;locale&quot;:&quot;${locale}&quot;`);
  });
});
