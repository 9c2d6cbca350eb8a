/**
 * A big content folder is read with a read-ahead worker (the compiled reader in dist/, as `tolk`
 * runs it): every document, text and diagnostic must be what the main thread alone reads, damaged
 * files included, whichever thread read each batch.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus as loadHere } from '../../src/read/load-corpus.js';
import { CONTENT } from '../helpers/corpus.js';

type Load = typeof loadHere;
let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-read-ahead-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

/** The embedded advisories copied 30 times over (1,000+ files), with damaged files among them. */
function bigContent(): string {
  const dir = join(tmp, 'big');
  for (const locale of ['lv-LV', 'nb-NO']) {
    const names = readdirSync(join(CONTENT, locale)).filter((n) => n.endsWith('.md'));
    for (let copy = 0; copy < 30; copy++) {
      const folder = join(dir, locale, `copy-${String(copy).padStart(2, '0')}`);
      mkdirSync(folder, { recursive: true });
      for (const name of names) cpSync(join(CONTENT, locale, name), join(folder, name));
    }
    const tls = readFileSync(join(CONTENT, locale, names[0]));
    const damaged = join(dir, locale, 'copy-20');
    writeFileSync(join(damaged, 'invalid-utf8.md'), Buffer.concat([tls.subarray(0, 300), Buffer.from([0xc3, 0x28]), tls.subarray(300)]));
    writeFileSync(join(damaged, 'nul.md'), Buffer.concat([tls.subarray(0, 100), Buffer.from([0]), tls.subarray(100)]));
    writeFileSync(join(damaged, 'utf16.md'), Buffer.from(`\ufeff${tls.toString('utf8')}`, 'utf16le'));
    writeFileSync(join(damaged, 'empty.md'), '');
    writeFileSync(join(damaged, 'big.md'), Buffer.concat(Array.from({ length: 1500 }, () => tls)));
  }
  return dir;
}

describe('reading a big content folder with a read-ahead worker', () => {
  it('gives the documents, texts and diagnostics the main thread alone gives', async () => {
    const { loadCorpus: loadCompiled } = (await import('../../dist/read/load-corpus.js')) as { loadCorpus: Load };
    const dir = bigContent();
    const alone = loadHere(dir);
    // Held up on its first file, the main thread finds the worker started and batches read ahead.
    const hold = new Int32Array(new SharedArrayBuffer(4));
    const ahead = loadCompiled(dir, { onProgress: (done) => { if (done === 1) Atomics.wait(hold, 0, 0, 1000); } });

    expect(alone.batchesReadAhead).toBe(0);
    expect(ahead.batchesReadAhead).toBeGreaterThan(0);
    expect(ahead.documents.length).toBeGreaterThan(1000);
    expect(ahead.bytes).toBe(alone.bytes);
    expect(ahead.documents.map((d) => d.file)).toEqual(alone.documents.map((d) => d.file));
    for (const [index, { doc }] of ahead.documents.entries()) {
      const expected = alone.documents[index].doc;
      expect(doc.text === expected.text, doc.path).toBe(true);
      expect(doc.diagnostics, doc.path).toEqual(expected.diagnostics);
    }
    const codes = (file: string) => ahead.documents.find((d) => d.file === file)!.doc.diagnostics.map((d) => d.code);
    expect(codes('nb-NO/copy-20/invalid-utf8.md')).toContain('invalid-utf8');
    expect(codes('nb-NO/copy-20/nul.md')).toContain('binary-content');
    expect(codes('nb-NO/copy-20/utf16.md')).toContain('utf16-file');
    expect(codes('lv-LV/copy-20/big.md')).toContain('large-file');
  });
});
