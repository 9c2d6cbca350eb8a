/**
 * A mistake in a command's options said "error: unknown option '--bogus' (run `tolk --help` for
 * usage)": `tolk --help` lists the commands, not qa's options, and "error:" began no other tolk
 * message. Now the hint names the command's own help, and the line begins "tolk:" as tolk's
 * other errors do, on one line with commander's suggestion (a CI log or a terminal shows it as one
 * message); the exit code stays 2. A file or content folder that is missing or of the wrong kind
 * is also exit 2 with a message that says what to give instead; `tolk --help` is exit 0.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';

describe('usage errors', () => {
  it.each([
    [['qa', '--bogus'], "tolk: unknown option '--bogus'; run `tolk qa --help` for usage\n"],
    [['segments'], "tolk: missing required argument 'file'; run `tolk segments --help` for usage\n"],
    [['build', '--out'], "tolk: option '--out <dir>' argument missing; run `tolk build --help` for usage\n"],
    [['serve', 'content'], "tolk: too many arguments for 'serve'. Expected 0 arguments but got 1; run `tolk serve --help` for usage\n"],
    [['frobnicate'], "tolk: unknown command 'frobnicate'; run `tolk --help` for usage\n"],
    // A typo commander knows a near name for: the name on the same line.
    [['build', '--contnet', 'x'], "tolk: unknown option '--contnet' (did you mean --content?); run `tolk build --help` for usage\n"],
    [['biuld'], "tolk: unknown command 'biuld' (did you mean build?); run `tolk --help` for usage\n"],
  ])('tolk %j says on one line what was mistyped and which help lists it', (args, said) => {
    const r = tolk(args);
    expect([r.code, r.stderr, r.stdout]).toEqual([2, said, '']);
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

  it('prints help with exit 0', () => {
    const r = tolk(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/segments/);
    expect(r.stdout).toMatch(/align/);
  });
});
