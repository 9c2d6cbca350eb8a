/**
 * A mistake in a command's options said "error: unknown option '--bogus' (run `tolk --help` for
 * usage)": `tolk --help` lists the commands, not qa's options, and "error:" began no other tolk
 * message. Now the hint names the command's own help, and the line begins "tolk:" as tolk's
 * other errors do, on one line with commander's suggestion (a CI log or a terminal shows it as one
 * message); the exit code stays 2.
 */
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';

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
});
