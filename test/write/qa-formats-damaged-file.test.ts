/**
 * The text report's line for a damaged file: it names the file once. damaged-file's message
 * starts with the file ("lv-LV/x.md: translated span … is not closed"), for formats without a
 * file column (CSV), and the text line printed that file before it as well. Real content, one
 * span left open on purpose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qaToCsv } from '../../src/write/qa-csv.js';
import { qaToText } from '../../src/write/qa-text.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';
import { checkContent, parseCsv, TLS } from '../helpers/qa-fixture.js';

/** content/'s TLS advisory in both languages, with lv-LV's first span left open before its English twin. */
function damagedContent(): string {
  const dir = join(contentCopy(tempDir('tolk-damaged-'), [TLS]), 'content');
  // The translation keeps its text but loses its closing tag: `<span data-ttu-id="…">text<span class="sxs-lookup">`.
  const file = join(dir, 'lv-LV', `${TLS}.md`);
  const text = readFileSync(file, 'utf8');
  const close = text.indexOf('</span>', text.indexOf('<span data-ttu-id="a4db7-102">'));
  writeFileSync(file, text.slice(0, close) + text.slice(close + '</span>'.length));
  return dir;
}

describe('qa text: a damaged file', () => {
  const { report } = checkContent(damagedContent());
  const damaged = report.findings.filter((f) => f.check === 'damaged-file');

  it('names the file once on the finding line', () => {
    expect(damaged.length).toBeGreaterThan(0);
    const lines = qaToText(report, { colour: false }).split('\n').filter((l) => l.includes('[damaged-file]'));
    expect(lines.length).toBe(damaged.length);
    for (const line of lines) {
      expect(line).toMatch(new RegExp(`^  lv-LV/${TLS}\\.md:\\d+ document: error \\[damaged-file\\] `));
      expect(line.split(`lv-LV/${TLS}.md`)).toHaveLength(2);
    }
  });

  it('keeps the file in the message of formats without a file column (CSV)', () => {
    const rows = parseCsv(qaToCsv(report).replace(/^\uFEFF/, ''));
    const message = rows[0].indexOf('message');
    const row = rows.find((r) => r[0] === 'damaged-file')!;
    expect(row[message]).toMatch(new RegExp(`^lv-LV/${TLS}\\.md: `));
  });
});
