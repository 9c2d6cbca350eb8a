/**
 * Reading a content folder that is not as expected: every file or folder left out is said,
 * with the reason, and the rest is read; an empty language is left out instead of marking
 * every document missing in it; a folder with nothing to read is an error, not an empty site.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError, readAndAlign } from '../../src/pipeline.js';
import { loadCorpus } from '../../src/read/load-corpus.js';
import { readDocument } from '../../src/read/read-document.js';
import { decodeFile } from '../../src/read/read-files.js';
import type { Diagnostic } from '../../src/model.js';
import { canDenyAccess, tolkDenied } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'tolk-load-')); });
afterAll(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('loadCorpus on a content folder with surprises', () => {
  it('says what it leaves out (a symbolic link, a .markdown file, an empty language) and reads .MD files', () => {
    const dir = join(tmp, 'surprises');
    for (const locale of ['lv-LV', 'nb-NO']) mkdirSync(join(dir, locale), { recursive: true });
    cpSync(join(CONTENT, 'lv-LV', `${TLS}.md`), join(dir, 'lv-LV', `${TLS}.md`));
    cpSync(join(CONTENT, 'nb-NO', `${TLS}.md`), join(dir, 'nb-NO', 'Shouting.MD'));
    cpSync(join(CONTENT, 'nb-NO', `${TLS}.md`), join(dir, 'nb-NO', 'other.markdown'));
    symlinkSync(join(CONTENT, 'nb-NO', `${TLS}.md`), join(dir, 'nb-NO', `${TLS}.md`));
    mkdirSync(join(dir, 'fr-FR', 'media'), { recursive: true });
    // A named pipe would block the read forever: said and left out.
    const fifo = spawnSync('mkfifo', [join(dir, 'lv-LV', 'pipe.md')]).status === 0;

    const corpus = loadCorpus(dir);
    expect(corpus.locales).toEqual(['lv-LV', 'nb-NO']);
    expect(corpus.documents.map((d) => `${d.locale}/${d.slug}`)).toEqual([`lv-LV/${TLS}`, 'nb-NO/Shouting']);
    expect(corpus.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['fr-FR/', 'locale-empty'],
      ...(fifo ? [['lv-LV/pipe.md', 'not-a-file']] : []),
      ['nb-NO/other.markdown', 'not-markdown-extension'],
      [`nb-NO/${TLS}.md`, 'symlink-skipped'],
    ]);
  });

  it('says what at the top of the content folder it does not read: a folder that is no locale tag, a link, a markdown file', () => {
    const dir = join(tmp, 'top');
    mkdirSync(join(dir, 'nb-NO'), { recursive: true });
    cpSync(join(CONTENT, 'nb-NO', `${TLS}.md`), join(dir, 'nb-NO', `${TLS}.md`));
    cpSync(join(CONTENT, 'lv-LV'), join(dir, 'LV-LV'), { recursive: true });
    cpSync(join(CONTENT, 'lv-LV'), join(dir, 'drafts'), { recursive: true });
    mkdirSync(join(dir, 'en-US'));
    writeFileSync(join(dir, 'en-US', 'hello.md'), '---\ntitle: Hello\n---\nPlain English.\n');
    symlinkSync(join(CONTENT, 'lv-LV'), join(dir, 'lv-LV'));
    cpSync(join(CONTENT, 'lv-LV', `${TLS}.md`), join(dir, 'README.md'));
    writeFileSync(join(dir, 'LICENSE.txt'), 'CC BY 4.0\n');

    const corpus = readAndAlign(dir);
    expect(corpus.locales).toEqual(['nb-NO']);
    expect(corpus.diagnostics.map((d) => [d.file, d.code, d.severity])).toEqual([
      ['LV-LV/', 'not-a-locale-folder', 'warning'],
      ['README.md', 'outside-locale-folder', 'warning'],
      ['drafts/', 'not-a-locale-folder', 'warning'],
      ['en-US/', 'source-locale-folder', 'warning'],
      ['lv-LV', 'symlink-skipped', 'warning'],
    ]);
    // lv-LV is taken (here by a link): renaming LV-LV to it cannot be the advice.
    expect(corpus.diagnostics[0].message).toMatch(/not read: .*; lv-LV\/ is there too: move the files you want read into it$/);
    expect(corpus.diagnostics[2].message).not.toMatch(/rename|move/);
    expect(loadCorpus(dir).diagnostics).toEqual(corpus.diagnostics);

    rmSync(join(dir, 'nb-NO'), { recursive: true });
    let error: unknown;
    try { readAndAlign(dir); } catch (e) { error = e; }
    expect((error as ContentError).message).toMatch(/no locale folders/);
    expect((error as ContentError).diagnostics.map((d) => d.file)).toEqual(['LV-LV/', 'README.md', 'drafts/', 'en-US/', 'lv-LV']);
  });

  it('reads a UTF-16 file (Notepad\'s "Unicode") as UTF-16 and says so, rather than as binary UTF-8 junk', () => {
    const dir = join(tmp, 'utf16');
    mkdirSync(join(dir, 'lv-LV'), { recursive: true });
    const text = readFileSync(join(CONTENT, 'lv-LV', `${TLS}.md`), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'lv-LV', 'le.md'), Buffer.from(`\ufeff${text}`, 'utf16le'));
    writeFileSync(join(dir, 'lv-LV', 'be.md'), Buffer.from(`\ufeff${text}`, 'utf16le').swap16());

    const asUtf8 = readDocument(text);
    const docs = loadCorpus(dir).documents;
    expect(docs.map((d) => d.slug)).toEqual(['be', 'le']);
    for (const { doc } of docs) {
      expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([['utf16-file', 'warning']]);
      expect(doc.frontMatter.data).toEqual(asUtf8.frontMatter.data);
      expect(doc.segments.map((g) => [g.id, g.target, g.source])).toEqual(asUtf8.segments.map((g) => [g.id, g.target, g.source]));
      expect(doc.segments).toHaveLength(8);
    }
    expect(docs[0].doc.diagnostics[0].message).toMatch(/UTF-16 \(big-endian.*save it as UTF-8/);

    // Binary data that happens to begin with the same two bytes is still binary.
    writeFileSync(join(dir, 'lv-LV', 'le.md'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x89, 0x50, 0x4e, 0x47, 0x00, 0xc3, 0x12, 0x00]));
    const junk = loadCorpus(dir).documents.find((d) => d.slug === 'le')!;
    expect(junk.doc.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['binary-content']));
    expect(junk.doc.diagnostics.map((d) => d.code)).not.toContain('utf16-file');
  });

  it('files read in one batch each get the text and diagnostics they get when read alone, whatever lies beside them', () => {
    const dir = join(tmp, 'batch');
    mkdirSync(join(dir, 'lv-LV'), { recursive: true });
    const tls = readFileSync(join(CONTENT, 'lv-LV', `${TLS}.md`));
    const files: [string, Buffer][] = [
      ['a-clean.md', tls],
      ['b-invalid-utf8.md', Buffer.concat([tls.subarray(0, 200), Buffer.from([0xc3, 0x28]), tls.subarray(200)])],
      ['c-nul.md', Buffer.concat([tls.subarray(0, 100), Buffer.from([0]), tls.subarray(100)])],
      ['d-utf16.md', Buffer.from(`\ufeff${tls.toString('utf8')}`, 'utf16le')],
      ['e-bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), tls])],
      ['f-empty.md', Buffer.alloc(0)],
      // Over the megabyte after which a batch ends: the next files start a new batch.
      ['g-big.md', Buffer.concat(Array.from({ length: 120 }, () => tls))],
      ['h-short.md', Buffer.from('x')],
      ['i-clean.md', Buffer.from(tls.toString('utf8').replace(/\n/g, '\r\n'))],
    ];
    for (const [name, bytes] of files) writeFileSync(join(dir, 'lv-LV', name), bytes);

    const docs = loadCorpus(dir).documents;
    expect(docs.map((d) => d.file)).toEqual(files.map(([name]) => `lv-LV/${name}`));
    for (const [index, [name, bytes]] of files.entries()) {
      const diagnostics: Diagnostic[] = [];
      const alone = decodeFile(bytes, `lv-LV/${name}`, diagnostics);
      const doc = readDocument(alone.text, { path: `lv-LV/${name}`, hasNul: alone.hasNul });
      const { doc: read } = docs[index];
      expect(read.text, name).toBe(alone.text);
      expect(read.diagnostics.map((d) => [d.code, d.line]), name).toEqual([...diagnostics, ...doc.diagnostics].map((d) => [d.code, d.line]));
      expect(read.segments.map((g) => [g.id, g.target, g.source]), name).toEqual(doc.segments.map((g) => [g.id, g.target, g.source]));
    }
    expect(docs[1].doc.diagnostics.map((d) => d.code)).toContain('invalid-utf8');
    expect(docs[2].doc.diagnostics.map((d) => d.code)).toContain('binary-content');
    expect(docs[3].doc.diagnostics.map((d) => d.code)).toContain('utf16-file');
    expect(docs[8].doc.segments).toHaveLength(8);
  });

  it.runIf(canDenyAccess)('an unreadable folder is an error naming it, and the other files are read', () => {
    const dir = join(tmp, 'locked');
    cpSync(CONTENT, dir, { recursive: true });
    const locked = join(dir, 'lv-LV', 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'x.md'), '# x\n');
    chmodSync(tmp, 0o755);
    chmodSync(locked, 0o000);
    const run = tolkDenied(['align', '--content', dir, '--json']);
    chmodSync(locked, 0o755);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { diagnostics: { file: string; code: string; severity: string; message: string }[]; totals: { documents: number } };
    expect(json.diagnostics).toEqual([expect.objectContaining({
      file: 'lv-LV/locked/', code: 'unreadable-folder', severity: 'error', message: expect.stringMatching(/EACCES: permission denied/),
    })]);
    expect(json.totals.documents).toBe(22);
  });

  it('a content folder with no .md file at all is a ContentError listing what was found', () => {
    const dir = join(tmp, 'empty');
    mkdirSync(join(dir, 'xx-XX'), { recursive: true });
    let error: unknown;
    try { readAndAlign(dir); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/no advisories in .*empty: its locale folders \(xx-XX\) hold no readable \.md files/);
    expect((error as ContentError).diagnostics.map((d) => d.code)).toEqual(['locale-empty']);
  });
});
