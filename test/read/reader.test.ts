import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, writeDocument } from '../../src/read/read-document.js';
import { CONTENT, SEEDS, hasSeeds } from '../helpers/corpus.js';

const read = (rel: string) => {
  const text = readFileSync(join(CONTENT, rel), 'utf8');
  return { text, doc: readDocument(text, { path: rel }) };
};

describe('reader on the seeds', () => {
  it('reads lv-LV seed a4db7-103 with its English original and line', () => {
    const { doc } = read('lv-LV/prepare-for-use-of-tls-1-2-in-office-365.md');
    const s = doc.segments.find((x) => x.id === 'a4db7-103')!;
    // The human translation uses no-break spaces (2018.\u00a0gada, TLS\u00a01.2): kept as written.
    expect(s.target).toBe('Sākot ar 2018.\u00a0gada 31.\u00a0oktobri, Microsoft\u00a0365 turpinās pāreju uz TLS\u00a01.2.');
    expect(s.source).toBe('As of October 31st, 2018, Microsoft 365 will continue transitioning to TLS 1.2.');
    expect(s.key).toBe('103');
    expect(s.prefix).toBe('a4db7');
    expect(s.line).toBe(23);
    expect(doc.frontMatter.status).toBe('ok');
    expect(doc.frontMatter.data['ms.contentlocale']).toBe('lv-LV');
    expect(doc.diagnostics).toEqual([]);
  });

  it('keeps the heading segment a4db7-102 after its <a name> anchor and the text around it', () => {
    const { doc } = read('lv-LV/prepare-for-use-of-tls-1-2-in-office-365.md');
    const index = doc.parts.findIndex((p) => p.kind === 'segment' && p.segment.id === 'a4db7-102');
    const before = doc.parts[index - 1];
    expect(before.kind).toBe('text');
    expect(before.text.endsWith('# <a name="prepare-for-use-of-tls-12-in-microsoft-365"></a>')).toBe(true);
  });

  it('counts one segment per data-ttu-id in both seeds', () => {
    for (const rel of ['lv-LV/prepare-for-use-of-tls-1-2-in-office-365.md', 'nb-NO/prepare-for-use-of-tls-1-2-in-office-365.md']) {
      const { text, doc } = read(rel);
      expect(doc.segments.length).toBe(text.split('data-ttu-id=').length - 1);
      expect(writeDocument(doc)).toBe(text);
    }
  });

  it.skipIf(!hasSeeds)('content/ holds the seeds byte for byte', () => {
    expect(readFileSync(join(CONTENT, 'lv-LV/prepare-for-use-of-tls-1-2-in-office-365.md')))
      .toEqual(readFileSync(join(SEEDS, '000_2aad2ce1d5ff69cc.txt')));
    expect(readFileSync(join(CONTENT, 'nb-NO/prepare-for-use-of-tls-1-2-in-office-365.md')))
      .toEqual(readFileSync(join(SEEDS, '001_d6e11b37409b2161.txt')));
  });
});

describe('reader on real cases', () => {
  it('reads merged segment c59cc-p101 (nb-NO changing-shared-mailbox-send-as-behavior)', () => {
    const { doc } = read('nb-NO/changing-shared-mailbox-send-as-behavior.md');
    const s = doc.segments.find((x) => x.id === 'c59cc-p101')!;
    expect(s.merged).toBe(true);
    expect(s.key).toBe('p101');
    expect(s.source).toMatch(/^By default, messages sent from the shared mailbox.*who sent the message\.$/);
  });

  it('keeps literal placeholders like <mailboxname> inside segment text (cannot-access-public-folders)', () => {
    const { doc } = read('lv-LV/cannot-access-public-folders.md');
    expect(doc.segments.some((s) => s.source?.includes('<mailboxname>') || s.target.includes('<mailboxname>'))).toBe(true);
  });

  it('reads a nested <span>https:</span> inside segment c6479-110 (lv-LV workflow-email-not-being-sent)', () => {
    const { doc } = read('lv-LV/workflow-email-not-being-sent.md');
    const s = doc.segments.find((x) => x.id === 'c6479-110')!;
    expect(s.target).toContain('<span>https:</span>//URL/_vti_bin');
    expect(s.source).toContain('<span>https:</span>//URL/_vti_bin');
  });

  it('salvages span-wrapped front matter (troubleshoot-presence-issues-outlook) and says so', () => {
    const { doc } = read('lv-LV/troubleshoot-presence-issues-outlook.md');
    expect(doc.frontMatter.status).toBe('salvaged');
    expect(doc.frontMatter.data.title).toBe('Troubleshoot presence issues in Outlook');
    expect(doc.frontMatter.data.ROBOTS).toBe('NOINDEX, NOFOLLOW');
    expect(doc.frontMatter.data['ms.custom']).toEqual([9257, 9003349]);
    expect(doc.segments.filter((s) => s.inFrontMatter).map((s) => s.key)).toEqual(['101', '102', '103']);
    const d = doc.diagnostics.find((x) => x.code === 'front-matter-salvaged')!;
    expect(d.file).toBe('lv-LV/troubleshoot-presence-issues-outlook.md');
    expect(d.message).toContain('salvaged 12 keys');
  });

  it('reads includes/alchemyinsights-content-updates without front matter, segments in table cells', () => {
    const { text, doc } = read('nb-NO/includes/alchemyinsights-content-updates.md');
    expect(doc.frontMatter.status).toBe('missing');
    expect(doc.diagnostics.map((d) => d.code)).toContain('front-matter-missing');
    expect(doc.segments.find((s) => s.id === 'c56e9-102')!.target).toBe('Publisert på');
    expect(doc.segments.length).toBe(text.split('data-ttu-id=').length - 1);
  });
});

describe('reader on damaged input', () => {
  const good = '<span data-ttu-id="ab12c-101">Sveiki</span><span class="sxs-lookup"><span data-stu-id="ab12c-101">Hello</span></span>';

  it('handles BOM and CRLF losslessly', () => {
    const text = `\ufeff---\r\ntitle: Sveiki\r\n---\r\n# ${good}\r\n`;
    const doc = readDocument(text, { path: 'x.md' });
    expect(doc.hasBom).toBe(true);
    expect(doc.lineEnding).toBe('\r\n');
    expect(doc.frontMatter.data.title).toBe('Sveiki');
    expect(doc.segments[0].line).toBe(4);
    expect(writeDocument(doc)).toBe(text);
  });

  it('reports an unterminated span with its position and keeps reading the next one', () => {
    const text = `intro\n<span data-ttu-id="ab12c-100">never closed\n\n${good}\n`;
    const doc = readDocument(text, { path: 'bad.md' });
    expect(doc.segments.map((s) => s.id)).toEqual(['ab12c-101']);
    const d = doc.diagnostics.find((x) => x.code === 'unterminated-span')!;
    expect(d).toMatchObject({ file: 'bad.md', line: 2, column: 1, severity: 'error' });
    expect(writeDocument(doc)).toBe(text);
  });

  it('reports an English span that is never closed once, as unterminated, not again as an orphan English span', () => {
    const open = '<span data-ttu-id="ab12c-100">Teikums</span><span class="sxs-lookup"><span data-stu-id="ab12c-100">Sentence';
    const text = `${open}\n\nnext paragraph\n${good}\n`;
    const doc = readDocument(text, { path: 'bad.md' });
    const spans = (d: { code: string }) => d.code !== 'front-matter-missing';
    expect(doc.diagnostics.filter(spans).map((d) => [d.code, d.line, d.column]))
      .toEqual([['unterminated-span', 1, open.indexOf('</span><span class') + 1]]);
    expect(doc.segments.map((s) => s.id)).toEqual(['ab12c-101']);
    // An English span that really is alone is still reported.
    const stray = readDocument(`x <span class="sxs-lookup"><span data-stu-id="ab12c-105">Alone</span></span>\n`, { path: 's.md' });
    expect(stray.diagnostics.filter(spans).map((d) => [d.code, d.column])).toEqual([['orphan-source', 3]]);
    expect(writeDocument(doc)).toBe(text);
  });

  it('reports duplicate ids and an id only in the target span', () => {
    const orphan = '<span data-ttu-id="ab12c-102">Tikai tulkojums</span>';
    const text = `${good}\n${good}\n${orphan} after\n`;
    const doc = readDocument(text, { path: 'dup.md' });
    expect(doc.diagnostics.find((d) => d.code === 'duplicate-id')).toMatchObject({ line: 2 });
    expect(doc.diagnostics.find((d) => d.code === 'orphan-span')).toMatchObject({ line: 3 });
    expect(doc.segments[2]).toMatchObject({ id: 'ab12c-102', source: null, target: 'Tikai tulkojums' });
    expect(writeDocument(doc)).toBe(text);
  });

  it('reports an English span whose id disagrees', () => {
    const text = good.replace('data-stu-id="ab12c-101"', 'data-stu-id="ab12c-109"');
    const doc = readDocument(text, { path: 'mismatch.md' });
    expect(doc.diagnostics.map((d) => d.code)).toContain('id-mismatch');
    expect(doc.segments[0].sourceId).toBe('ab12c-109');
  });

  it('reports invalid YAML with the line it is on, and still reads the segments', () => {
    const text = `---\ntitle: ok\nms.author: [unclosed\n---\n${good}\n`;
    const doc = readDocument(text, { path: 'yaml.md' });
    expect(doc.frontMatter.status).toBe('invalid');
    const d = doc.diagnostics.find((x) => x.code === 'front-matter-invalid')!;
    expect(d.line).toBeGreaterThanOrEqual(3);
    expect(d.message).toMatch(/not valid YAML/);
    expect(doc.segments).toHaveLength(1);
  });

  it('points an unclosed quote in the front matter at the quote, not at the end of the block', () => {
    // A quoted value may go on over lines, and quotes escaped inside it do not close it.
    const text = '---\ntitle: "Say \\"hi\\"\n  over two lines"\nms.topic: \'it\'\'s fine\'\n' +
      `description: "never closed\nms.date: 01/01/2020\n---\n${good}\n`;
    const doc = readDocument(text, { path: 'quote.md' });
    const d = doc.diagnostics.find((x) => x.code === 'front-matter-invalid')!;
    expect([d.line, d.column]).toEqual([5, 14]);
    expect(d.message).toMatch(/quoted value that starts here is never closed/);
    expect(doc.segments).toHaveLength(1);
    // A single-quoted one too; a block whose quotes all close gets js-yaml's own position.
    const single = readDocument(`---\ntitle: ok\nms.topic: 'open\n---\n${good}\n`, { path: 'single.md' });
    expect(single.diagnostics.find((x) => x.code === 'front-matter-invalid')!.line).toBe(3);
  });

  it('reads a pair whose translated span lacks its </span> as the pair it is, and says so where the English twin starts', () => {
    const text = `# ${good.replace('Sveiki</span>', 'Sveiki')}\n${good.replace(/101/g, '102')}\n`;
    const doc = readDocument(text, { path: 'unclosed.md' });
    expect(doc.segments.map((s) => [s.id, s.target, s.source])).toEqual([['ab12c-101', 'Sveiki', 'Hello'], ['ab12c-102', 'Sveiki', 'Hello']]);
    const d = doc.diagnostics.find((x) => x.code === 'unterminated-span')!;
    expect(d).toMatchObject({ severity: 'error', line: 1, column: 3 + '<span data-ttu-id="ab12c-101">Sveiki'.length });
    expect(doc.diagnostics.map((x) => x.code)).not.toContain('orphan-span');
    expect(writeDocument(doc)).toBe(text);
  });

  it.each([['CRLF', '\r\n'], ['LF', '\n']])('places every diagnostic and segment of a file full of unclosed spans on its own line and column (%s; the line counter steps back)', (_name, eol) => {
    const unclosed = (n: number) => `<span data-ttu-id="ab12c-${n}">Sveiki<span class="sxs-lookup"><span data-stu-id="ab12c-${n}">Hello</span></span>`;
    const lines = ['', `${unclosed(100)}`, 'x', `  ${unclosed(101)}`, '', `${unclosed(102)} ${unclosed(103)}`, `\t${unclosed(104)}`];
    const text = lines.join(eol);
    const doc = readDocument(text, { path: 'many.md' });
    const where = (offset: number) => {
      const before = text.slice(0, offset);
      return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
    };
    expect(doc.segments.map((s) => ({ line: s.line, column: s.column }))).toEqual(doc.segments.map((s) => where(s.start)));
    const twins = [...text.matchAll(/<span class="sxs-lookup">/g)].map((m) => where(m.index!));
    expect(doc.diagnostics.filter((d) => d.code === 'unterminated-span').map((d) => ({ line: d.line, column: d.column }))).toEqual(twins);
    expect(writeDocument(doc)).toBe(text);
  });

  it('refuses front matter with YAML aliases (nested ones would expand to gigabytes), quickly, and reads the segments', () => {
    const rows = 'abcdefghi'.split('').map((name, i) =>
      (i === 0 ? `a: &a [${Array(9).fill('"lol"').join(',')}]` : `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`));
    const text = `---\ntitle: laughs\n${rows.join('\n')}\n---\n${good}\n`;
    const doc = readDocument(text, { path: 'laughs.md' });
    expect(doc.frontMatter.status).toBe('invalid');
    expect(doc.frontMatter.data).toEqual({});
    expect(doc.diagnostics.find((x) => x.code === 'front-matter-invalid')!.message).toMatch(/YAML aliases/);
    expect(doc.segments).toHaveLength(1);
    // Aliases of one long string expand as surely as nested lists.
    const strings = `---\ntitle: x\na: &a "${'lol'.repeat(10_000)}"\nb: [${Array(3000).fill('*a').join(', ')}]\n---\n${good}\n`;
    expect(readDocument(strings, { path: 'strings.md' }).frontMatter.status).toBe('invalid');
  });

  it('reads empty files and binary junk without throwing', () => {
    expect(readDocument('', { path: 'empty.md' }).diagnostics.map((d) => d.code)).toEqual(['empty-file', 'front-matter-missing']);
    const junk = '\u0000\u0001\u00ff<span data-ttu-id="\u0000' + '\ufffd'.repeat(50);
    const doc = readDocument(junk, { path: 'junk.md' });
    expect(doc.diagnostics.map((d) => d.code)).toContain('binary-content');
    expect(writeDocument(doc)).toBe(junk);
  });
});

describe('segment keys', () => {
  // Short keys are shared strings (read+align speed); the key must still be exactly what follows the dash.
  it('keeps each key as written: leading zeros, long numbers, merged, and keys that are not numbers', () => {
    const pair = (id: string) => `<span data-ttu-id="${id}">T</span><span class="sxs-lookup"><span data-stu-id="${id}">E</span></span>`;
    const ids = ['a4db7-0', 'a4db7-007', 'a4db7-103', 'a4db7-999', 'a4db7-1000', 'a4db7-9005482', 'a4db7-p0', 'a4db7-p101', 'a4db7-p0101', 'a4db7-12a', 'a4db7-p', 'a4db7-'];
    const doc = readDocument(`---\ntitle: x\n---\n${ids.map(pair).join('\n')}\n`, { path: 'keys.md' });
    expect(doc.segments.map((s) => [s.key, s.merged])).toEqual([
      ['0', false], ['007', false], ['103', false], ['999', false], ['1000', false], ['9005482', false],
      ['p0', true], ['p101', true], ['p0101', true], ['12a', false], ['p', true], ['', false],
    ]);
  });
});
