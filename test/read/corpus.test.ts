import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/read/load-corpus.js';
import { decodeFile } from '../../src/read/read-files.js';
import { readDocument, writeDocument } from '../../src/read/read-document.js';
import type { Diagnostic } from '../../src/model.js';
import { CORPUS, hasCorpus } from '../helpers/corpus.js';

const SPAN_DAMAGE = new Set(['stray-span-close', 'orphan-source', 'orphan-span', 'unterminated-span', 'malformed-span']);

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'media') markdownFiles(full, out);
    else if (e.name.endsWith('.md')) out.push(full);
  }
  return out;
}

describe.runIf(hasCorpus)('whole shared corpus (../shared/corpus/alchemy-insights)', () => {
  it('reads every file without an exception, round-trips byte for byte, and counts every data-ttu-id', () => {
    const files = markdownFiles(CORPUS);
    expect(files.length).toBe(2 * 2910);
    const failures: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(file);
      const diagnostics: Diagnostic[] = [];
      const { text } = decodeFile(bytes, file, diagnostics);
      const doc = readDocument(text, { path: relative(CORPUS, file) });
      if (Buffer.compare(Buffer.from(writeDocument(doc), 'utf8'), bytes) !== 0) failures.push(`round-trip: ${file}`);
      const ids = text.split('data-ttu-id=').length - 1;
      if (doc.segments.length !== ids) failures.push(`count ${doc.segments.length} != ${ids}: ${file}`);
      if (diagnostics.length) failures.push(`decode: ${file}`);
      // The corpus has no damaged span markup: a report of one would be a false alarm.
      for (const d of doc.diagnostics) if (SPAN_DAMAGE.has(d.code)) failures.push(`${d.code}: ${file}:${d.line}:${d.column}`);
    }
    expect(failures).toEqual([]);
  });

  it('loads both locales with 2,910 documents each and clean slugs for zero-width file names', () => {
    const corpus = loadCorpus(CORPUS);
    expect(corpus.locales).toEqual(['lv-LV', 'nb-NO']);
    for (const l of corpus.locales) expect(corpus.documents.filter((d) => d.locale === l)).toHaveLength(2910);
    // Files are read and decoded in batches: each still gets exactly its own text.
    const differing = corpus.documents.filter((d) => d.doc.text !== readFileSync(join(CORPUS, d.file), 'utf8'));
    expect(differing.map((d) => d.file)).toEqual([]);
    const zw = corpus.documents.find((d) => d.file.startsWith('nb-NO/restore-an-office-365-group-using-eac'))!;
    expect(zw.slug).toBe('restore-an-office-365-group-using-eac');
    expect(zw.doc.diagnostics.map((d) => d.code)).toContain('file-name-normalized');
  });
});
