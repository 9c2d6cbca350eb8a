/**
 * `tolk qa --format sarif --locale nb-NO`: a Norwegian team's upload to GitHub code scanning.
 * content/ has a document nb-NO lacks (tls-certificates is only in lv-LV); its document-missing
 * alert must link to a file that exists, though the narrowed report lists no lv-LV file.
 * Needs `npm run compile` for the CLI runs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QaReport } from '../../src/check/types.js';
import { reportForLocale } from '../../src/check/report-locale.js';
import { qaToSarif } from '../../src/write/qa-sarif.js';
import { ROOT } from '../helpers/corpus.js';
import { tolk } from '../helpers/cli.js';
import { checkContent } from '../helpers/qa-fixture.js';

interface SarifLog {
  runs: { results: { ruleId: string; properties: { document: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
}

const MISSING = 'tls-certificates';

function uris(sarif: string): Map<string, string> {
  const log = JSON.parse(sarif) as SarifLog;
  return new Map(log.runs[0].results.map((r) => [`${r.ruleId} ${r.properties.document}`, r.locations[0].physicalLocation.artifactLocation.uri]));
}

describe('SARIF narrowed to one locale (--locale)', () => {
  it('links the document-missing alert to the document in the locale that has it, a file that exists', () => {
    const r = tolk(['qa', '--content', 'content', '--format', 'sarif', '--locale', 'nb-NO', '--fail-on', 'never'], ROOT);
    expect(r.code, r.stderr).toBe(0);
    const byFinding = uris(r.stdout);
    expect(byFinding.get(`document-missing ${MISSING}`)).toBe(`content/lv-LV/${MISSING}.md`);
    for (const [finding, uri] of byFinding) expect(existsSync(join(ROOT, decodeURIComponent(uri))), finding).toBe(true);
  });

  it('keeps report.json narrowed: the missing document lists no locale, and names the file it can be read in', () => {
    const r = tolk(['qa', '--content', 'content', '--format', 'json', '--locale', 'nb-NO', '--fail-on', 'never'], ROOT);
    const report = JSON.parse(r.stdout) as QaReport;
    const missing = report.documents.find((d) => d.slug === MISSING);
    expect(missing).toEqual({ slug: MISSING, locales: {}, otherLocaleFile: `lv-LV/${MISSING}.md` });
    for (const d of report.documents.filter((x) => x.slug !== MISSING)) {
      expect(Object.keys(d.locales)).toEqual(['nb-NO']);
      expect(d).not.toHaveProperty('otherLocaleFile');
    }
  });

  it('gives the same file as the whole report does (library use: reportForLocale then qaToSarif)', () => {
    const { report } = checkContent();
    const whole = uris(qaToSarif(report)).get(`document-missing ${MISSING}`);
    expect(whole).toBe(`lv-LV/${MISSING}.md`);
    expect(uris(qaToSarif(reportForLocale(report, 'nb-NO'))).get(`document-missing ${MISSING}`)).toBe(whole);
  });
});
