/** The `tolk qa` output formats on real content: each parses back to the findings it was given. */
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { CSV_COLUMNS, qaToCsv } from '../../src/write/qa-csv.js';
import { formatQaReport, QA_FORMATS } from '../../src/write/qa-formats.js';
import { reportForLocale } from '../../src/check/report-locale.js';
import { qaToJson } from '../../src/write/qa-json.js';
import { qaToSarif } from '../../src/write/qa-sarif.js';
import { qaToText } from '../../src/write/qa-text.js';
import { qaToXliff, xliffLocales } from '../../src/write/qa-xliff.js';
import type { Finding, QaReport } from '../../src/check/types.js';
import { checkContent, HOSTILE_ID, HOSTILE_TARGET, hostileContent, parseCsv, TLS } from '../helpers/qa-fixture.js';

const { report } = checkContent();
const hostile = checkContent(hostileContent()).report;
const hostileFindings = hostile.findings.filter((f) => f.segment === HOSTILE_ID);

describe('real report on content/ (what the formats are fed)', () => {
  it('has errors, warnings and info, and the rewritten nb-NO tls 294fe-103 is flagged', () => {
    expect(report.summary.findings.error).toBeGreaterThan(0);
    expect(report.summary.findings.warning).toBeGreaterThan(0);
    expect(report.summary.findings.info).toBeGreaterThan(0);
    expect(hostileFindings.map((f) => f.check)).toContain('number-mismatch');
    expect(hostileFindings[0].target).toBe(HOSTILE_TARGET);
  });
});

describe('json', () => {
  it('is the QaReport exactly, with schemaVersion 1', () => {
    const parsed = JSON.parse(qaToJson(report)) as QaReport;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(report)));
    expect(parsed.schemaVersion).toBe(1);
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['locales', 'summary', 'documents', 'findings', 'checks']));
    for (const f of parsed.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(
        ['check', 'severity', 'locale', 'document', 'segment', 'unit', 'line', 'message', 'source', 'target', 'waived']));
    }
  });
});

describe('csv', () => {
  const expectedRow = (f: Finding) => [f.check, f.severity, f.waived ?? '', f.locale, f.document, f.segment ?? '',
    f.unit ?? '', f.line === null ? '' : String(f.line), f.message, f.source ?? '', f.target ?? ''];

  it('starts with a UTF-8 BOM and the header row, one CRLF row per finding', () => {
    const csv = qaToCsv(report);
    expect(csv.startsWith('\uFEFFcheck,severity,waived,locale,document,segment,unit,line,message,source,target\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual(report.findings.map(expectedRow));
  });

  it('keeps quotes, commas and the line break of nb-NO tls 294fe-103 when parsed back', () => {
    const rows = parseCsv(qaToCsv(hostile).slice(1));
    expect(rows.length).toBe(hostile.findings.length + 1);
    const row = rows.find((r) => r[5] === HOSTILE_ID && r[0] === 'number-mismatch');
    expect(row?.[10]).toBe(HOSTILE_TARGET);
    expect(rows.slice(1)).toEqual(hostile.findings.map(expectedRow));
  });

  it('defuses a cell that a spreadsheet would run as a formula', () => {
    const f = { ...hostileFindings[0], target: '=HYPERLINK("http://x","y")', message: '-1 point' };
    const [, row] = parseCsv(qaToCsv({ ...hostile, findings: [f] }).slice(1));
    expect(row[10]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(row[8]).toBe(`'-1 point`);
  });
});

describe('sarif', () => {
  const sarif = JSON.parse(qaToSarif(hostile)) as {
    version: string;
    runs: { tool: { driver: { rules: { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; defaultConfiguration: { level: string; enabled: boolean } }[] } };
      originalUriBaseIds: Record<string, unknown>;
      results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; suppressions?: { kind: string; justification: string }[];
        locations: { physicalLocation?: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number } } }[] }[] }[];
  };
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with one rule per registered check, descriptions and default levels', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(hostile.checks.map((c) => c.id));
    const numbers = run.tool.driver.rules.find((r) => r.id === 'number-mismatch');
    expect(numbers).toMatchObject({ name: 'NumberMismatch', defaultConfiguration: { level: 'error', enabled: true } });
    expect(numbers?.fullDescription.text.length).toBeGreaterThan(40);
    const info = hostile.checks.find((c) => c.severity === 'info');
    expect(run.tool.driver.rules.find((r) => r.id === info?.id)?.defaultConfiguration.level).toBe('note');
    expect(run.originalUriBaseIds.CONTENT).toBeDefined();
  });

  it('has one result per finding with error/warning/note levels and the locale file location', () => {
    expect(run.results.length).toBe(hostile.findings.length);
    const levels = { error: 'error', warning: 'warning', info: 'note' };
    hostile.findings.forEach((f, i) => {
      expect(run.results[i].level).toBe(levels[f.severity]);
      expect(run.results[i].ruleId).toBe(f.check);
      expect(run.tool.driver.rules[run.results[i].ruleIndex].id).toBe(f.check);
    });
    const i = hostile.findings.findIndex((f) => f.segment === HOSTILE_ID && f.check === 'number-mismatch');
    expect(run.results[i].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `nb-NO/${TLS}.md`, uriBaseId: 'CONTENT' },
      region: { startLine: hostile.findings[i].line },
    });
  });

  it('percent-encodes file names: restore-an-office-365-group-using-eac has zero-width spaces in its name', () => {
    const uris = run.results.flatMap((r) => r.locations.map((l) => l.physicalLocation?.artifactLocation.uri ?? ''));
    expect(uris.every((u) => /^[A-Za-z0-9\-._~%/!$&'()*+,;=:@]*$/.test(u))).toBe(true);
  });

  it('marks waived findings with an external suppression carrying the reason', () => {
    const waived = checkContent(undefined, {
      waivers: [{ document: TLS, check: 'number-mismatch', locale: 'nb-NO', reason: 'TLS 1,2 is accepted in nb-NO' }],
    }).report;
    const out = JSON.parse(qaToSarif(waived)) as typeof sarif;
    const suppressed = out.runs[0].results.filter((r) => r.suppressions);
    expect(suppressed.length).toBe(waived.findings.filter((f) => f.waived !== null).length);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed[0].suppressions).toEqual([{ kind: 'external', justification: 'TLS 1,2 is accepted in nb-NO' }]);
  });
});

/** Parses strictly (saxes throws on any well-formedness error) and collects what the tests need. */
function readXliff(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  const out = { trgLang: '', files: [] as { original: string; units: { id: string; name: string; notes: string[]; source: string; target: string | null }[] }[] };
  let text = '';
  parser.on('opentag', (tag) => {
    text = '';
    const attr = (name: string) => tag.attributes[name]?.value ?? '';
    if (tag.local === 'xliff') out.trgLang = attr('trgLang');
    if (tag.local === 'file') out.files.push({ original: attr('original'), units: [] });
    if (tag.local === 'unit') out.files.at(-1)?.units.push({ id: attr('id'), name: attr('name'), notes: [], source: '', target: null });
  });
  parser.on('text', (t) => { text += t; });
  parser.on('closetag', (tag) => {
    const unit = out.files.at(-1)?.units.at(-1);
    if (!unit) return;
    if (tag.local === 'note') unit.notes.push(text);
    if (tag.local === 'source') unit.source = text;
    if (tag.local === 'target') unit.target = text;
  });
  parser.write(xml).close();
  return out;
}

describe('xliff', () => {
  it('writes one well-formed XLIFF 2.0 document per locale with findings', () => {
    expect(xliffLocales(report)).toEqual(['lv-LV', 'nb-NO']);
    for (const locale of xliffLocales(report)) {
      const xml = qaToXliff(report, locale);
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!-- tolk qa: [^\n]* -->\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US"/);
      expect(readXliff(xml).trgLang).toBe(locale);
    }
  });

  it('holds exactly the flagged units of the locale, each once', () => {
    for (const locale of xliffLocales(report)) {
      const doc = readXliff(qaToXliff(report, locale));
      const inXliff = doc.files.flatMap((f) => f.units.map((u) => `${f.original}#${u.name}`)).sort();
      const files = new Map(report.documents.map((d) => [d.slug, d.locales[locale]?.file ?? `${locale}/${d.slug}.md`]));
      const flagged = [...new Set(report.findings.filter((f) => f.locale === locale && f.unit !== null)
        .map((f) => `${files.get(f.document)}#${f.unit}`))].sort();
      expect(inXliff).toEqual(flagged);
    }
  });

  it('escapes nb-NO tls 294fe-103 (<script>, &, quotes, line break) and gives the finding as a note', () => {
    const doc = readXliff(qaToXliff(hostile, 'nb-NO'));
    const unit = doc.files.find((f) => f.original === `nb-NO/${TLS}.md`)?.units.find((u) => u.id === HOSTILE_ID);
    expect(unit?.target).toBe(HOSTILE_TARGET);
    expect(unit?.source).toBe('As of October 31st, 2018, Microsoft 365 will continue transitioning to TLS 1.2.');
    expect(unit?.notes).toEqual(hostileFindings.map((f) => f.message));
  });

  it('gives every locale a document whether or not it has findings: the set depends on the content only', () => {
    const onlyNb = { ...report, findings: report.findings.filter((f) => f.locale === 'nb-NO') };
    for (const r of [onlyNb, { ...report, findings: [] }]) {
      expect(xliffLocales(r)).toEqual(['lv-LV', 'nb-NO']);
      const outputs = formatQaReport(r, 'xliff');
      expect(outputs.map((o) => o.locale)).toEqual(['lv-LV', 'nb-NO']);
      const lv = readXliff(outputs[0].text);
      expect(lv.trgLang).toBe('lv-LV');
      expect(lv.files.flatMap((f) => f.units)).toEqual([]);
    }
    expect(readXliff(formatQaReport(onlyNb, 'xliff')[1].text).files.flatMap((f) => f.units).length).toBeGreaterThan(0);
    expect(formatQaReport(reportForLocale(onlyNb, 'lv-LV'), 'xliff').map((o) => o.locale)).toEqual(['lv-LV']);
  });

  it('stays well-formed when a segment holds characters XML forbids', () => {
    const f = { ...hostileFindings[0], target: 'a\u0001b\uD800c\r\nd' };
    const unit = readXliff(qaToXliff({ ...hostile, findings: [f] }, 'nb-NO')).files[0].units[0];
    expect(unit.target).toBe('a\uFFFDb\uFFFDc\r\nd');
  });
});

describe('text', () => {
  it('groups findings under their document and ends with a one-line summary', () => {
    const text = qaToText(report, { colour: false });
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings?, \d+ info in \d+ documents?; checked 22 documents, \d+ aligned units in lv-LV, nb-NO$/);
    const heading = lines.findIndex((l) => l.startsWith(`${TLS}  `));
    expect(lines[heading + 1]).toContain(`nb-NO/${TLS}.md:21 294fe-102: error [number-mismatch]`);
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('shows control characters from the content escaped: a file name or segment cannot rewrite the terminal', () => {
    const f: Finding = { ...hostileFindings[0], document: 'evil\u001b[2Kname', message: 'x\rforged', target: 'a\u0007b', waived: 'ok\u001b]0;t\u0007' };
    const text = qaToText({ ...hostile, findings: [f] }, { colour: false });
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(text).toContain('evil\\e[2Kname');
    expect(text).toContain('x\\rforged');
    expect(text).toContain('a\\x07b');
  });
});

describe('formatQaReport', () => {
  it('gives one output per format and one per locale for XLIFF', () => {
    for (const format of QA_FORMATS) {
      const outputs = formatQaReport(report, format, { colour: false });
      expect(outputs.map((o) => o.locale)).toEqual(format === 'xliff' ? ['lv-LV', 'nb-NO'] : [null]);
    }
  });
});
