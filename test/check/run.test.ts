/**
 * The QA runner on the default site (content/): report shape, finding fields, order, severity
 * overrides, disabled checks and waivers.
 */
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/check/registry.js';
import { runChecks } from '../../src/check/run.js';
import type { Finding, QaConfig, UnitCheck } from '../../src/check/types.js';
import { readAndAlign } from '../../src/pipeline.js';
import { CONTENT } from './helpers.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
const corpus = readAndAlign(CONTENT);
const report = runChecks(corpus);
const find = (findings: Finding[], check: string, segment: string) =>
  findings.find((f) => f.check === check && f.segment === segment);

describe('runChecks on content/', () => {
  it('summarizes the site: 22 documents, every aligned unit, every check enabled', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.locales).toEqual(['lv-LV', 'nb-NO']);
    expect(report.summary.documents).toBe(22);
    expect(report.summary.alignedUnits).toBe(corpus.documents.reduce((n, d) => n + d.units.length, 0));
    expect(report.checks.map((c) => c.id)).toEqual(checks.map((c) => c.id));
    expect(report.checks.every((c) => c.enabled && c.description.length > 80)).toBe(true);
    expect(Object.keys(report.summary.byCheck)).toEqual(checks.map((c) => c.id));
  });

  it('counts findings by severity and by check, consistently with the list', () => {
    const bySeverity = { error: 0, warning: 0, info: 0 };
    for (const f of report.findings) bySeverity[f.severity]++;
    expect(report.summary.findings).toEqual(bySeverity);
    expect(report.summary.byCheck['number-mismatch'].error).toBe(report.findings.filter((f) => f.check === 'number-mismatch').length);
  });

  it('fills the seed finding: nb-NO prepare-for-use-of-tls-1-2 294fe-102 "TLS 1,2", line 21, with its English and translation', () => {
    const f = find(report.findings, 'number-mismatch', '294fe-102');
    expect(f).toMatchObject({
      severity: 'error', locale: 'nb-NO', document: TLS, unit: '102', line: 21, waived: null,
      source: 'Prepare for use of TLS 1.2 in Microsoft 365',
      target: 'Klargjøre for bruk av TLS 1,2 i Microsoft 365',
    });
  });

  it('names a merged unit by its merged segment id and its unit key (nb-NO c59cc-p101, unit 103+104)', () => {
    const f = find(report.findings, 'merged-segment', 'c59cc-p101');
    expect(f).toMatchObject({ locale: 'nb-NO', unit: '103+104', severity: 'info' });
  });

  it('reports document-level findings without segment, unit or texts (document-missing for nb-NO tls-certificates)', () => {
    const f = report.findings.find((x) => x.check === 'document-missing');
    expect(f).toMatchObject({ document: 'tls-certificates', locale: 'nb-NO', segment: null, unit: null, source: null, target: null });
  });

  it('does not run unit checks on segments the pipeline left inside the front matter (troubleshoot-presence-issues-outlook 056c4-101)', () => {
    expect(report.findings.filter((f) => f.segment === '056c4-101' || f.segment === '983fb-101')).toEqual([]);
  });

  it('lists each document with its files, segment counts and translation type (HT/MT from ms.translationtype)', () => {
    const tls = report.documents.find((d) => d.slug === TLS)!;
    expect(tls.locales['lv-LV']).toEqual({ file: `lv-LV/${TLS}.md`, segments: 8, translationType: 'HT' });
    expect(tls.locales['nb-NO'].translationType).toBe('MT');
    expect(report.documents.find((d) => d.slug === 'includes/alchemyinsights-content-updates')!.locales['lv-LV'].translationType).toBeNull();
  });

  it('orders findings by document, locale, line and check, the same way on every run', () => {
    const docIndex = new Map(corpus.documents.map((d, i) => [d.slug, i]));
    const checkIndex = new Map(checks.map((c, i) => [c.id, i]));
    const keys = report.findings.map((f) => [docIndex.get(f.document)!, f.locale === 'lv-LV' ? 0 : 1, f.line ?? -1, checkIndex.get(f.check)!]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
    expect(keys).toEqual(sorted);
    expect(JSON.stringify(runChecks(corpus).findings)).toBe(JSON.stringify(report.findings));
  });

  it('reports progress once per document', () => {
    const calls: [number, number][] = [];
    runChecks(corpus, {}, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toHaveLength(22);
    expect(calls.at(-1)).toEqual([22, 22]);
  });

  it('names the check, document and unit when a check throws', () => {
    const broken: UnitCheck = { ...(checks.find((c) => c.id === 'untranslated') as UnitCheck), run: () => { throw new Error('boom'); } };
    expect(() => runChecks(corpus, {}, { checks: [broken] })).toThrow(/check untranslated failed on Excel-crashing unit \d+ \(lv-LV\): boom/);
  });
});

describe('configuration: severity overrides and disabled checks', () => {
  it('applies a severity override to findings and to the check metadata', () => {
    const r = runChecks(corpus, { severity: { 'number-mismatch': 'warning' } });
    expect(find(r.findings, 'number-mismatch', '294fe-102')!.severity).toBe('warning');
    expect(r.checks.find((c) => c.id === 'number-mismatch')!.severity).toBe('warning');
    expect(r.summary.findings.error).toBe(report.summary.findings.error - report.summary.byCheck['number-mismatch'].error);
  });

  it('an override wins over a check\'s own per-finding severity (front-matter info for includes becomes warning)', () => {
    const r = runChecks(corpus, { severity: { 'front-matter': 'warning' } });
    expect(r.findings.filter((f) => f.check === 'front-matter').every((f) => f.severity === 'warning')).toBe(true);
  });

  it('"off" and "disabled" turn checks off: no findings, enabled false, not in byCheck', () => {
    const r = runChecks(corpus, { severity: { whitespace: 'off' }, disabled: ['inconsistent-translation'] });
    expect(r.findings.some((f) => f.check === 'whitespace' || f.check === 'inconsistent-translation')).toBe(false);
    expect(r.checks.filter((c) => !c.enabled).map((c) => c.id)).toEqual(['whitespace', 'inconsistent-translation']);
    expect(r.summary.byCheck.whitespace).toBeUndefined();
  });
});

describe('waivers', () => {
  const config: QaConfig = {
    waivers: [
      { document: TLS, segment: '294fe-102', check: 'number-mismatch', reason: 'title kept as in the printed guide' },
      { document: 'tls-certificates', check: 'document-missing', locale: 'nb-NO', reason: 'lv-LV only advisory' },
      { document: TLS, unit: '105', check: 'number-mismatch', locale: 'lv-LV', reason: 'wrong locale: matches nothing' },
    ],
  };
  const r = runChecks(corpus, config);

  it('keeps a waived finding in the list, marked with the reason (nb-NO 294fe-102)', () => {
    expect(find(r.findings, 'number-mismatch', '294fe-102')!.waived).toBe('title kept as in the printed guide');
    expect(r.findings).toHaveLength(report.findings.length);
  });

  it('counts waived findings apart from the open ones', () => {
    expect(r.summary.byCheck['number-mismatch']).toMatchObject({ error: report.summary.byCheck['number-mismatch'].error - 1, waived: 1 });
    expect(r.summary.byCheck['document-missing']).toMatchObject({ info: 0, waived: 1 });
    expect(r.summary.findings.error).toBe(report.summary.findings.error - 1);
  });

  it('leaves other findings of the same check open (nb-NO 294fe-105) and reports waivers that matched nothing', () => {
    expect(find(r.findings, 'number-mismatch', '294fe-105')!.waived).toBeNull();
    expect(r.unusedWaivers).toEqual([config.waivers![2]]);
  });

  it('matches a waiver by unit key too (unit 105 in nb-NO)', () => {
    const byUnit = runChecks(corpus, { waivers: [{ document: TLS, unit: '105', check: 'number-mismatch', reason: 'known' }] });
    expect(find(byUnit.findings, 'number-mismatch', '294fe-105')!.waived).toBe('known');
    expect(byUnit.unusedWaivers).toBeUndefined();
  });

  it('does not call a waiver stale when an earlier, wider waiver covers its finding too (the earlier reason is shown)', () => {
    const wide = { document: TLS, locale: 'nb-NO', check: 'number-mismatch', reason: 'whole document reviewed' };
    const narrow = { document: TLS, locale: 'nb-NO', segment: '294fe-102', check: 'number-mismatch', reason: 'title as printed' };
    const both = runChecks(corpus, { waivers: [wide, narrow] });
    expect(find(both.findings, 'number-mismatch', '294fe-102')!.waived).toBe('whole document reviewed');
    expect(both.unusedWaivers).toBeUndefined();
  });
});
