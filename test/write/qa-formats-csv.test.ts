/**
 * `tolk qa --format csv` as a translator's spreadsheet opens it: every cell shows as written
 * (a formula-like or number-like cell keeps a leading apostrophe that makes it text). The
 * LibreOffice part runs where LibreOffice is installed (`apt-get install libreoffice-calc-nogui`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qaToCsv } from '../../src/write/qa-csv.js';
import type { Finding, QaReport } from '../../src/check/types.js';
import { tempDir } from '../helpers/temp-dir.js';
import { checkContent, HOSTILE_ID, hostileContent, parseCsv } from '../helpers/qa-fixture.js';

const hostile = checkContent(hostileContent()).report;
const base = hostile.findings.find((f) => f.segment === HOSTILE_ID) as Finding;

/**
 * Real segment ids of the shared corpus that spreadsheets read as numbers: lv-LV
 * activate-windows-10-after-a-hardware-change has 0272e-105 (shown as 2.72E-103 before).
 */
const numberLike: Finding[] = [
  { ...base, document: 'activate-windows-10-after-a-hardware-change', locale: 'lv-LV', segment: '0272e-105', unit: '105' },
  { ...base, segment: '8151e-104', unit: '104', message: '0272' },
  { ...base, target: '=HYPERLINK("http://x","y")', source: '-1 point' },
];
const report: QaReport = { ...hostile, findings: [...hostile.findings, ...numberLike] };

/** LibreOffice ends rows with LF: make them CRLF for parseCsv, leaving line breaks in quoted cells. */
function crlfRows(csv: string): string {
  let quoted = false;
  let out = '';
  for (const c of csv) {
    if (c === '"') quoted = !quoted;
    out += c === '\n' && !quoted ? '\r\n' : c;
  }
  return out;
}

describe('csv cells a spreadsheet would change', () => {
  it('keeps segment ids that read as numbers (0272e-105) as text with a leading apostrophe', () => {
    const rows = parseCsv(qaToCsv(report).slice(1));
    const added = rows.slice(-3);
    expect(added[0][5]).toBe(`'0272e-105`);
    expect(added[1][5]).toBe(`'8151e-104`);
    expect(added[1][8]).toBe(`'0272`);
    expect(added[2][10]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(added[2][9]).toBe(`'-1 point`);
    // Ids, units and lines that a spreadsheet shows as written are left alone.
    expect(added[0][6]).toBe('105');
    expect(rows.slice(1, -3).map((r) => r[5])).toEqual(hostile.findings.map((f) => f.segment ?? ''));
  });

  const soffice = '/usr/bin/soffice';
  it.skipIf(!existsSync(soffice))('reads back in LibreOffice Calc cell by cell as written, formulas and numbers on', () => {
    const dir = tempDir('tolk-csv-lo-');
    writeFileSync(join(dir, 'qa.csv'), qaToCsv(report));
    // Import as a double-click does with Excel's habits: UTF-8, comma, detect special numbers,
    // evaluate formulas; export every cell as shown, formulas as formulas.
    const r = spawnSync(soffice, [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless',
      '--infilter=CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true',
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,true,true',
      '--outdir', join(dir, 'out'), join(dir, 'qa.csv'),
    ], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const written = parseCsv(qaToCsv(report).slice(1));
    const read = parseCsv(crlfRows(readFileSync(join(dir, 'out', 'qa.csv'), 'utf8').replace(/^\uFEFF/, '')));
    expect(read.length).toBe(written.length);
    const changed = written.flatMap((row, i) => row.flatMap((cell, j) => (read[i][j] === cell ? [] : [`${cell} → ${read[i][j]}`])));
    expect(changed).toEqual([]);
  }, 150_000);
});
