import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canDenyAccess, tolk, tolkDenied } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { CONTENT, CORPUS, ROOT, hasCorpus } from '../helpers/corpus.js';

describe('tolk segments', () => {
  it('prints the seed nb-NO segments as JSON with id, key, target, source, line', () => {
    const r = tolk(['segments', join(CONTENT, 'nb-NO/prepare-for-use-of-tls-1-2-in-office-365.md'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.frontMatter.data['ms.translationtype']).toBe('MT');
    const s = json.segments.find((x: { key: string }) => x.key === '102');
    expect(s).toMatchObject({ id: '294fe-102', line: 21 });
    expect(s.target).toContain('TLS 1,2');
    expect(s.source).toContain('TLS 1.2');
  });

  it('prints readable text with diagnostics for salvaged front matter', () => {
    const r = tolk(['segments', join(CONTENT, 'lv-LV/troubleshoot-presence-issues-outlook.md')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/troubleshoot-presence-issues-outlook\.md:2:1: warning \[front-matter-salvaged\]/);
    expect(r.stdout).toContain('056c4-104');
  });

  it('exits 2 with a clear message for a missing file or an unknown command', () => {
    const missing = tolk(['segments', 'no/such/file.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read no\/such\/file\.md: no such file/);
    const folder = tolk(['segments', 'content']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/cannot read content: it is a folder; give one markdown file/);
    expect(tolk(['frobnicate']).code).toBe(2);
    expect(tolk(['align', '--content', join(ROOT, 'nope')]).stderr).toMatch(/content folder not found: .*nope \(run tolk in the project folder, or give the folder with --content DIR\)/);
    const file = tolk(['align', '--content', join(ROOT, 'package.json')]);
    expect([file.code, file.stderr]).toEqual([2, `tolk: --content ${join(ROOT, 'package.json')} is a file, not a folder: give the folder that holds the locale folders (lv-LV/, nb-NO/)\n`]);
  });

  it('exits 2 when an option that needs a value is followed by another option (it would have become the value)', () => {
    const r = tolk(['build', '--out', '--no-search']);
    expect([r.code, r.stderr]).toEqual([2, 'tolk: option --out <dir> needs a value, but "--no-search" follows it, which is an option\n']);
    expect(tolk(['align', '--content', '--json']).stderr).toContain('option --content <dir> needs a value, but "--json" follows it');
  });

  it.runIf(canDenyAccess)('exits 2 naming the reason in words for a file it may not read', () => {
    const dir = tempDir('tolk-segments-');
    chmodSync(dir, 0o755);
    const file = join(dir, 'locked.md');
    writeFileSync(file, '# x\n');
    chmodSync(file, 0o000);
    const r = tolkDenied(['segments', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot read ${file}: EACCES: permission denied`);
  });

  it('prints help with exit 0', () => {
    const r = tolk(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/segments/);
    expect(r.stdout).toMatch(/align/);
  });
});

describe('tolk align', () => {
  it('prints the aligned default content as JSON in the documented shape', () => {
    const r = tolk(['align', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.locales).toEqual(['lv-LV', 'nb-NO']);
    const doc = json.documents.find((d: { slug: string }) => d.slug === 'changing-shared-mailbox-send-as-behavior');
    expect(doc.locales['nb-NO']).toMatchObject({ file: 'nb-NO/changing-shared-mailbox-send-as-behavior.md', segments: 4, diagnostics: [] });
    expect(doc.units[1]).toMatchObject({ key: '103+104', flags: [{ flag: 'merged', locale: 'nb-NO' }] });
    expect(Object.keys(json.totals)).toEqual(['documents', 'segments', 'units', 'flags']);
  });

  it.runIf(hasCorpus)('aligns the whole shared corpus from the command line', () => {
    const r = tolk(['align', '--content', CORPUS, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.totals.documents).toBe(2910);
    expect(json.totals.flags.merged).toBe(8);
  });
});

describe('output closed early', () => {
  it('`tolk align --json | head -c 100`: exits quietly with its own exit code, no EPIPE stack trace', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/tolk.js'), 'align', '--json'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    // The JSON of content/ is far larger than a pipe holds: tolk is still writing when the reader goes.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});

describe('bad input in a corpus', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tolk-bad-'));
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
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

describe('library entry', () => {
  it("import { readDocument, writeDocument } from 'tolk' works from the project root", () => {
    const script = `import { readDocument, writeDocument } from 'tolk';
      const text = process.env.TOLK_TEXT;
      const doc = readDocument(text, { path: 'x.md' });
      process.stdout.write(JSON.stringify({ same: writeDocument(doc) === text, n: doc.segments.length }));`;
    const text = readFileSync(join(CONTENT, 'lv-LV/were-here-to-help.md'), 'utf8');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TOLK_TEXT: text } });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ same: true, n: text.split('data-ttu-id=').length - 1 });
  });
});
