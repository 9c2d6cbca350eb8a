/**
 * A mistake in a command's options said "error: unknown option '--bogus' (run `tolk --help` for
 * usage)": `tolk --help` lists the commands, not qa's options, and "error:" began no other tolk
 * message. Now the hint names the command's own help, and the line begins "tolk:" as tolk's
 * other errors do; the exit code stays 2.
 */
import { describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';

describe('usage errors', () => {
  it.each([
    [['qa', '--bogus'], "tolk: unknown option '--bogus'\n(run `tolk qa --help` for usage)\n"],
    [['segments'], "tolk: missing required argument 'file'\n(run `tolk segments --help` for usage)\n"],
    [['build', '--out'], "tolk: option '--out <dir>' argument missing\n(run `tolk build --help` for usage)\n"],
    [['serve', 'content'], "tolk: too many arguments for 'serve'. Expected 0 arguments but got 1.\n(run `tolk serve --help` for usage)\n"],
    [['frobnicate'], "tolk: unknown command 'frobnicate'\n(run `tolk --help` for usage)\n"],
  ])('tolk %j points to the help that lists what was mistyped', (args, said) => {
    const r = tolk(args);
    expect([r.code, r.stderr, r.stdout]).toEqual([2, said, '']);
  });
});
