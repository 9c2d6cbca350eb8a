/**
 * `tolk align` over a content folder with bad files (binary, an unterminated span, a duplicate
 * segment id, a translation without its English, an empty file, a 50 MB file): a diagnostic for
 * each naming the file and the place, and every other file still read.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('bad input in a corpus', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('tolk-bad-');
    cpSync(join(CONTENT, 'lv-LV/changing-shared-mailbox-send-as-behavior.md'), join(dir, 'lv-LV/good.md'), { recursive: true });
    const pair = (id: string) => `<span data-ttu-id="${id}">Teksts</span><span class="sxs-lookup"><span data-stu-id="${id}">Text</span></span>`;
    writeFileSync(join(dir, 'lv-LV/binary.md'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x89, 0x50, 0x4e, 0x47, 0x00, 0xc3]));
    writeFileSync(join(dir, 'lv-LV/unterminated.md'), `---\ntitle: x\n---\n\n<span data-ttu-id="ab-101">never closed\n`);
    writeFileSync(join(dir, 'lv-LV/duplicate.md'), `---\ntitle: x\n---\n${pair('ab-101')}\n${pair('ab-101')}\n`);
    writeFileSync(join(dir, 'lv-LV/target-only.md'), `---\ntitle: x\n---\n\n\n<span data-ttu-id="ab-101">Tikai</span>\n`);
    writeFileSync(join(dir, 'lv-LV/empty.md'), '');
    const big = `---\ntitle: big\n---\n` + `${pair('ab-101')} filler\n`.repeat(Math.ceil((50 * 1024 * 1024) / 120));
    writeFileSync(join(dir, 'lv-LV/big.md'), big);
  });

  it('gives diagnostics naming file and position, and still reads the rest', () => {
    const r = tolk(['align', '--content', dir, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const diag = (slug: string) => json.documents.find((d: { slug: string }) => d.slug === slug).locales['lv-LV'].diagnostics;
    expect(diag('binary')).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', line: 1 })]));
    expect(diag('binary').map((d: { message: string }) => d.message).join(' ')).toMatch(/not valid UTF-8/);
    expect(diag('binary').map((d: { message: string }) => d.message).join(' ')).toMatch(/NUL bytes and looks binary/);
    expect(diag('unterminated')).toContainEqual(expect.objectContaining({ severity: 'error', line: 5, column: 1 }));
    expect(diag('duplicate').map((d: { message: string; line: number }) => `${d.line} ${d.message}`)).toContainEqual(expect.stringMatching(/^5 segment id "ab-101" already used on line 4/));
    expect(diag('target-only')).toContainEqual(expect.objectContaining({ line: 6, severity: 'warning' }));
    expect(diag('empty').map((d: { message: string }) => d.message).join(' ')).toMatch(/empty/);
    expect(diag('big').map((d: { message: string }) => d.message).join(' ')).toMatch(/MB, far larger/);
    // The 50 MB file is read to its end: every one of its span pairs is a segment.
    const big = json.documents.find((d: { slug: string }) => d.slug === 'big');
    expect(big.locales['lv-LV'].segments).toBe(Math.ceil((50 * 1024 * 1024) / 120));
    const good = json.documents.find((d: { slug: string }) => d.slug === 'good');
    expect(good.locales['lv-LV'].segments).toBe(5);
  });

  it('prints file:line:column diagnostics in text mode', () => {
    const r = tolk(['align', '--content', dir]);
    expect(r.stdout).toMatch(/lv-LV\/unterminated\.md:5:1: error \[unterminated-span\]/);
  });
});
