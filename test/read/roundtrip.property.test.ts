import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument, writeDocument } from '../../src/read/read-document.js';

/** Text that may contain markup-like noise, but never a full span delimiter. */
const noise = fc.string({
  unit: fc.constantFrom('a', 'ā', 'ø', ' ', '\n', '\r\n', '<', '>', '"', '/', '*', '#', '-', '|', '[', ']', '\u200b', '<span>', '</span>', '---', 'x'),
  maxLength: 40,
});
const safeText = noise.filter((t) => !t.includes('</span>') && !t.includes('<span'));
const key = fc.oneof(fc.integer({ min: 100, max: 999 }).map(String), fc.integer({ min: 100, max: 199 }).map((n) => `p${n}`));
const segment = fc.record({ key, target: safeText, source: safeText });

describe('lossless reading (property)', () => {
  it('writeDocument(readDocument(text)) === text for arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      expect(writeDocument(readDocument(text))).toBe(text);
    }), { numRuns: 400 });
  });

  it('round-trips generated documents with front matter and segments, and finds every segment', () => {
    const doc = fc.record({
      bom: fc.boolean(),
      eol: fc.constantFrom('\n', '\r\n'),
      title: fc.stringMatching(/^[A-Za-zāēø ]{1,20}$/),
      body: fc.array(fc.tuple(noise, segment), { maxLength: 12 }),
      tail: noise,
    });
    fc.assert(fc.property(doc, ({ bom, eol, title, body, tail }) => {
      const parts = body.map(([before, s]) =>
        `${before}<span data-ttu-id="ab12c-${s.key}">${s.target}</span><span class="sxs-lookup"><span data-stu-id="ab12c-${s.key}">${s.source}</span></span>`);
      const text = `${bom ? '\ufeff' : ''}---${eol}title: ${title}${eol}---${eol}${parts.join('')}${tail}`;
      const read = readDocument(text, { path: 'gen.md' });
      expect(writeDocument(read)).toBe(text);
      expect(read.segments.map((s) => [s.key, s.target, s.source])).toEqual(body.map(([, s]) => [s.key, s.target, s.source]));
      expect(read.frontMatter.status).toBe('ok');
    }), { numRuns: 300 });
  });
});
