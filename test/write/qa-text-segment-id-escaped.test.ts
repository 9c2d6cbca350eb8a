/**
 * `tolk qa`'s text report names each finding's segment id, which is read from the file as written
 * (`data-ttu-id="…"` takes anything but a line break or `<`). An id holding escape sequences must
 * print escaped, as file names, messages and texts do: raw, `\e]0;…\a` retitles the terminal and
 * `\e[2J` clears it, hiding the findings printed above. Found by qa-export-untrusted.property.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qaToText } from '../../src/write/qa-text.js';
import { checkContent, hostileContent, HOSTILE_ID, TLS_NB } from '../helpers/qa-fixture.js';

/** The seed's nb-NO segment 294fe-103 (a real number-mismatch), its id given a terminal title and a screen clear. */
const EVIL_ID = '294fe\u001b]0;owned\u0007\u001b[2J-103';

describe('tolk qa text report: a segment id from the file', () => {
  const content = hostileContent();
  const file = join(content, TLS_NB);
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`"${HOSTILE_ID}"`, `"${EVIL_ID}"`));
  const { report } = checkContent(content);

  it('is printed with its control characters escaped, in colour and without', () => {
    expect(report.findings.some((f) => f.segment === EVIL_ID)).toBe(true);
    for (const colour of [false, true]) {
      const text = qaToText(report, { colour });
      expect(text).toContain('294fe\\e]0;owned\\x07\\e[2J-103');
      // Only the report's own colour codes (ESC [ … m), tabs and line ends are left.
      expect(text.replace(/\u001b\[[\d;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
  });
});
