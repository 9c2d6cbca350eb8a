/** loadQaConfig: tolk.config.json or package.json "tolk", validated with messages that say what tolk did. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQaConfig } from '../../src/check/config.js';

const dirs: string[] = [];
function project(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tolk-qa-config-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const waiver = {
  document: 'prepare-for-use-of-tls-1-2-in-office-365', segment: '294fe-102', check: 'number-mismatch',
  reason: 'title kept as printed',
};

describe('loadQaConfig', () => {
  it('returns an empty configuration and no source when the folder has no configuration', () => {
    expect(loadQaConfig(project({}))).toEqual({ config: {}, source: null, diagnostics: [] });
    expect(loadQaConfig(project({ 'package.json': { name: 'site' } }))).toEqual({ config: {}, source: null, diagnostics: [] });
  });

  it('reads tolk.config.json: severities, disabled checks and waivers', () => {
    const dir = project({ 'tolk.config.json': { severity: { 'end-punctuation': 'off', 'length-ratio': 'warning' }, disabled: ['whitespace'], waivers: [waiver] } });
    const loaded = loadQaConfig(dir);
    expect(loaded.source).toBe(join(dir, 'tolk.config.json'));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config).toEqual({ severity: { 'end-punctuation': 'off', 'length-ratio': 'warning' }, disabled: ['whitespace'], waivers: [waiver] });
  });

  it('reads the "tolk" key of package.json and ignores other tolk settings there', () => {
    const dir = project({ 'package.json': { name: 'site', tolk: { base: '/docs/', disabled: ['untranslated'] } } });
    const loaded = loadQaConfig(dir);
    expect(loaded).toEqual({ config: { disabled: ['untranslated'] }, source: join(dir, 'package.json'), diagnostics: [] });
  });

  it('prefers tolk.config.json and says the package.json key is ignored', () => {
    const dir = project({ 'tolk.config.json': { disabled: ['whitespace'] }, 'package.json': { tolk: { disabled: ['untranslated'] } } });
    const loaded = loadQaConfig(dir);
    expect(loaded.config).toEqual({ disabled: ['whitespace'] });
    expect(loaded.diagnostics).toEqual([`${join(dir, 'package.json')}: its "tolk" key is ignored because ${join(dir, 'tolk.config.json')} exists`]);
  });

  it('reports invalid JSON with the file name and falls back to the defaults', () => {
    const dir = project({ 'tolk.config.json': '{ "disabled": [ "whitespace", }' });
    const loaded = loadQaConfig(dir);
    expect(loaded.config).toEqual({});
    expect(loaded.diagnostics).toHaveLength(1);
    expect(loaded.diagnostics[0]).toMatch(/tolk\.config\.json: not valid JSON \(.+\); ignored, default settings apply$/);
  });

  it('drops unknown check ids and bad severities, suggesting the id meant', () => {
    const dir = project({ 'tolk.config.json': { severity: { 'numbers-mismatch': 'error', untranslated: 'critical' }, disabled: ['white-space', 'whitespace'] } });
    const { config, diagnostics } = loadQaConfig(dir);
    expect(config).toEqual({ severity: {}, disabled: ['whitespace'] });
    const file = join(dir, 'tolk.config.json');
    expect(diagnostics).toEqual([
      `${file}: "severity" names unknown check "numbers-mismatch" (did you mean "number-mismatch"?); ignored`,
      `${file}: "severity" of "untranslated" is "critical", not one of error, warning, info, off; ignored, the check keeps its default severity`,
      `${file}: "disabled" names unknown check "white-space" (did you mean "whitespace"?); ignored`,
    ]);
  });

  it('drops waivers without a reason, document or known check, and keeps the valid ones', () => {
    const dir = project({ 'tolk.config.json': { waivers: [
      { ...waiver, reason: '  ' },
      { check: 'untranslated', reason: 'x' },
      { ...waiver, check: 'numbers' },
      waiver,
    ] } });
    const { config, diagnostics } = loadQaConfig(dir);
    expect(config.waivers).toEqual([waiver]);
    expect(diagnostics.map((d) => d.slice(join(dir, 'tolk.config.json').length + 2))).toEqual([
      'waivers[0] (prepare-for-use-of-tls-1-2-in-office-365, number-mismatch) has no "reason"; ignored: a waiver must say why the finding is acceptable',
      'waivers[1] has no "document" (the slug); ignored',
      'waivers[2] (prepare-for-use-of-tls-1-2-in-office-365, numbers) names unknown check "numbers"; ignored',
    ]);
  });

  it('points out a misspelt top-level key ("waiver") but not settings of other tolk commands', () => {
    const dir = project({ 'tolk.config.json': { waiver: [waiver], base: '/docs/', content: 'content' } });
    expect(loadQaConfig(dir).diagnostics).toEqual([`${join(dir, 'tolk.config.json')}: unknown key "waiver" (did you mean "waivers"?); ignored`]);
  });

  it('ignores a waiver with an unknown key ("segmnet") and says so: it would have waived the whole document', () => {
    const { segment, ...documentWide } = waiver;
    const dir = project({ 'tolk.config.json': { waivers: [{ ...documentWide, segmnet: segment }, waiver] } });
    const loaded = loadQaConfig(dir);
    expect(loaded.config.waivers).toEqual([waiver]);
    expect(loaded.diagnostics).toEqual([`${join(dir, 'tolk.config.json')}: waivers[0] (prepare-for-use-of-tls-1-2-in-office-365, number-mismatch) ` +
      'has unknown key "segmnet" (did you mean "segment"?); the waiver is ignored rather than read as wider than meant ' +
      '(keys: document, check, reason, locale, segment, unit)']);
  });

  it('reads a file saved with a byte order mark (as Windows Notepad saves it)', () => {
    const dir = project({ 'tolk.config.json': `\uFEFF${JSON.stringify({ disabled: ['whitespace'] })}` });
    expect(loadQaConfig(dir)).toMatchObject({ config: { disabled: ['whitespace'] }, diagnostics: [] });
  });
});
