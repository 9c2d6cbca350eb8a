/**
 * Content is untrusted, and its file names and text reach the terminal and CI logs. A file named
 * with an escape sequence and a carriage return (`evil\e[2Kname\rfake.md`) was printed raw: in a
 * terminal its diagnostic line was erased and overwritten, and a newline in a name split one
 * `file:line:column` diagnostic into two lines that a CI problem matcher reads as garbage. Now
 * control characters are shown escaped (`\e`, `\r`, `\n`) wherever tolk prints content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tolk } from '../helpers/cli.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';

const EVIL = 'evil\u001b[2Kname\rfake.md';
const NEWLINE = 'new\nline.md';
/** Any control character a terminal acts on (the newline ending each line is taken apart first). */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;

let dir: string;
beforeAll(() => {
  dir = contentCopy(tempDir('tolk-terminal-'), ['access-reviews']);
  const lv = join(dir, 'content', 'lv-LV');
  writeFileSync(join(lv, EVIL), '# x\n');
  writeFileSync(join(lv, NEWLINE), '# x\n');
  // A segment whose translation rings the bell and turns the terminal red.
  const nb = join(dir, 'content', 'nb-NO', 'access-reviews.md');
  writeFileSync(nb, readFileSync(nb, 'utf8').replace('Access-gjennomganger</span>', 'Access-gjennomganger\u001b[31m\u0007</span>'));
});

const linesWithControls = (text: string) => text.split('\n').filter((line) => CONTROL.test(line));

describe('content with control characters in names and text', () => {
  it('tolk align names each file on one line, its control characters escaped', () => {
    const r = tolk(['align', '--content', 'content'], dir);
    expect(r.code).toBe(0);
    expect(linesWithControls(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('  content/lv-LV/evil\\e[2Kname\\rfake.md:1:1: warning [front-matter-missing] ');
    expect(r.stdout).toContain('  content/lv-LV/new\\nline.md:1:1: warning [front-matter-missing] ');
    expect(r.stdout).toMatch(/^new\\nline {2}lv-LV \(nb-NO missing\)/m);
  });

  it('tolk build prints its diagnostics one to a line, with nothing a terminal would act on', () => {
    const r = tolk(['build', '--content', 'content', '--out', join(dir, 'site'), '--no-search', '--no-qa'], dir);
    expect(r.code).toBe(0);
    expect(linesWithControls(r.stderr)).toEqual([]);
    expect(r.stderr).toContain('lv-LV/new\\nline.md:1:1: warning [front-matter-missing] ');
    expect(r.stderr.split('\n').filter((line) => line.startsWith('line.md'))).toEqual([]);
  });

  it('tolk segments shows a segment\'s control characters instead of sending them', () => {
    const r = tolk(['segments', join('content', 'nb-NO', 'access-reviews.md')], dir);
    expect(r.code).toBe(0);
    expect(linesWithControls(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('  Access-gjennomganger\\e[31m\\x07\n');
    // --json is JSON: its escapes are JSON's, and the text reads back as it is in the file.
    const json = JSON.parse(tolk(['segments', join('content', 'nb-NO', 'access-reviews.md'), '--json'], dir).stdout);
    expect(json.segments[0].target).toBe('Access-gjennomganger\u001b[31m\u0007');
  });
});
