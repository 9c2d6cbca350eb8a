/** `tolk qa` as a user runs it: exit codes, config and waivers, outputs on disk. Needs `npm run compile`. */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir.js';
import { describe, expect, it } from 'vitest';
import type { QaReport } from '../../src/check/types.js';
import { CONTENT } from '../helpers/corpus.js';
import { tolk } from '../helpers/cli.js';
import { checkContent } from '../helpers/qa-fixture.js';

const { report } = checkContent();
const errors = report.findings.filter((f) => f.severity === 'error');

/** A fresh project folder (the cwd of the run) holding `files`. */
function project(files: Record<string, unknown> = {}): string {
  const dir = tempDir('tolk-qa-cli-');
  for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
  return dir;
}

/** A content folder `name` in `dir` holding one real document of content/ in each of `locales`. */
function localeContent(dir: string, name: string, file: string, locales = ['lv-LV', 'nb-NO']): string {
  const content = join(dir, name);
  for (const l of locales) {
    mkdirSync(join(content, l), { recursive: true });
    cpSync(join(CONTENT, l, file), join(content, l, file));
  }
  return content;
}

const waiveAllErrors = {
  waivers: errors.map((f) => ({
    document: f.document, check: f.check, locale: f.locale, ...(f.unit !== null ? { unit: f.unit } : {}),
    reason: `reviewed: ${f.message}`,
  })),
};

describe('tolk qa exit codes', () => {
  it('exits 1 with --fail-on error while content/ has unwaived errors (e.g. nb-NO tls 102 "TLS 1,2")', () => {
    expect(errors.length).toBeGreaterThan(0);
    const r = tolk(['qa', '--content', CONTENT, '--fail-on', 'error'], project());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[number-mismatch]');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^${errors.length} errors?, `));
  });

  it('exits 0 when tolk.config.json waives every error, and 1 again with --fail-on warning', () => {
    const cwd = project({ 'tolk.config.json': waiveAllErrors });
    const r = tolk(['qa', '--content', CONTENT], cwd);
    expect(r.stderr).toBe(`config: ${join(cwd, 'tolk.config.json')}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`(waived: reviewed: ${errors[0].message})`);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^0 errors, /);
    expect(tolk(['qa', '--content', CONTENT, '--fail-on', 'warning'], cwd).code).toBe(1);
  });

  it('exits 2 when tolk.config.json is not valid JSON: its waivers and severities would be dropped in silence', () => {
    const cwd = project();
    writeFileSync(join(cwd, 'tolk.config.json'), '{ "waivers": [ }');
    const r = tolk(['qa', '--content', CONTENT], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^tolk: cannot use ${join(cwd, 'tolk.config.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON \\(.+\\); fix it, or move it away`));
    expect(r.stdout).toBe('');
  });

  it('reads the "tolk" key of package.json, and --config FILE from anywhere', () => {
    expect(tolk(['qa', '--content', CONTENT], project({ 'package.json': { name: 'x', tolk: waiveAllErrors } })).code).toBe(0);
    const elsewhere = project({ 'qa-settings.json': waiveAllErrors });
    expect(tolk(['qa', '--content', CONTENT, '--config', join(elsewhere, 'qa-settings.json')], project()).code).toBe(0);
  });

  it('exits 0 with --fail-on never, and still reports', () => {
    const r = tolk(['qa', '--content', CONTENT, '--fail-on', 'never', '--format', 'json'], project());
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as QaReport).findings.length).toBe(report.findings.length);
  });

  it('prints config problems on stderr and applies the rest', () => {
    const config = { waivers: [...waiveAllErrors.waivers, { document: 'tls-certificates', check: 'numbers-mismatch', reason: 'x' }] };
    const r = tolk(['qa', '--content', CONTENT], project({ 'tolk.config.json': config }));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('unknown check "numbers-mismatch" (did you mean "number-mismatch"?)');
  });

  it.each([
    [['--format', 'docx'], 'unknown --format "docx"; use one of: text, json, csv, sarif, xliff'],
    [['--fail-on', 'fatal'], 'unknown --fail-on "fatal"'],
    [['--format', 'xliff'], 'XLIFF 2.0 holds one target language'],
    [['--format', 'xliff', '--locale', 'de-DE'], 'unknown --locale "de-DE"'],
    [['--config', '/no/such/tolk.config.json'], 'cannot read --config /no/such/tolk.config.json: ENOENT: no such file or folder'],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const r = tolk(['qa', '--content', CONTENT, ...args], project());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});

describe('tolk qa --locale', () => {
  it('reports one language only: its findings, summary and exit code (only nb-NO flags Excel-crashing), in every format', () => {
    const dir = project();
    const content = localeContent(dir, 'only-nb', 'Excel-crashing.md');
    const run = (...args: string[]) => tolk(['qa', '--content', content, '--fail-on', 'warning', ...args], dir);
    expect(run().code).toBe(1);
    const lv = run('--locale', 'lv-LV');
    expect(lv.code, lv.stderr).toBe(0);
    expect(lv.stdout).not.toContain('nb-NO');
    expect(lv.stdout.trimEnd().split('\n').at(-1)).toMatch(/^0 errors, 0 warnings, 0 info in 0 documents; .* in lv-LV$/);
    const nb = run('--locale', 'nb-NO', '--format', 'json');
    expect(nb.code).toBe(1);
    const report = JSON.parse(nb.stdout) as QaReport;
    expect(report.locales).toEqual(['nb-NO']);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.locale === 'nb-NO')).toBe(true);
    expect(report.summary.findings.warning).toBe(report.findings.filter((f) => f.severity === 'warning').length);
    expect(report.documents.every((d) => Object.keys(d.locales).join() === 'nb-NO')).toBe(true);
    const csv = run('--locale', 'lv-LV', '--format', 'csv');
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(1);
  });

  it('names the locale meant when only the case differs (exit 2)', () => {
    const r = tolk(['qa', '--content', CONTENT, '--locale', 'nb-no'], project());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown --locale "nb-no"; did you mean "nb-NO"? the content has lv-LV, nb-NO');
  });
});

describe('tolk qa says what it did not read', () => {
  it('names on stderr, as file:line:column, a linked file and a folder that is no locale: no finding can hold them', () => {
    const content = join(project(), 'content');
    cpSync(CONTENT, content, { recursive: true });
    symlinkSync(join(CONTENT, 'lv-LV', 'tls-certificates.md'), join(content, 'lv-LV', 'linked.md'));
    cpSync(join(CONTENT, 'lv-LV'), join(content, 'LV-LV'), { recursive: true });
    const r = tolk(['qa', '--content', content, '--format', 'json', '--fail-on', 'never'], project());
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('LV-LV/:1:1: warning [not-a-locale-folder] not read: ');
    expect(r.stderr).toContain('lv-LV/linked.md:1:1: warning [symlink-skipped] symbolic link; not followed');
    expect((JSON.parse(r.stdout) as QaReport).findings).toEqual(JSON.parse(JSON.stringify(report.findings)));
  });
});

describe('tolk qa --out', () => {
  it('writes the report file (no temp file left) and the summary on stderr', () => {
    const dir = project();
    const out = join(dir, 'reports', 'qa.json');
    const r = tolk(['qa', '--content', CONTENT, '--format', 'json', '--out', out, '--fail-on', 'never'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\d+ errors?, \d+ warnings?, /);
    expect((JSON.parse(readFileSync(out, 'utf8')) as QaReport).findings).toEqual(JSON.parse(JSON.stringify(report.findings)));
    expect(readdirSync(join(dir, 'reports'))).toEqual(['qa.json']);
  });

  it('refuses to write into the content folder (the next run would read it) and exits 2', () => {
    const content = join(project(), 'content');
    mkdirSync(content);
    for (const l of ['lv-LV', 'nb-NO']) mkdirSync(join(content, l));
    writeFileSync(join(content, 'nb-NO', 'a.md'), readFileSync(join(CONTENT, 'nb-NO', 'were-here-to-help.md')));
    const r = tolk(['qa', '--content', content, '--format', 'csv', '--out', join(content, 'nb-NO', 'qa.csv')], project());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is inside the content folder');
    expect(existsSync(join(content, 'nb-NO', 'qa.csv'))).toBe(false);
  });

  it('replaces a report it wrote before, in any format, but never a file the user wrote (exit 2, file kept)', () => {
    const dir = project();
    const out = join(dir, 'qa.out');
    for (const format of ['text', 'json', 'csv', 'sarif', 'xliff', 'text']) {
      const args = ['qa', '--content', CONTENT, '--format', format, '--out', out, '--fail-on', 'never'];
      const r = tolk(format === 'xliff' ? [...args, '--locale', 'nb-NO'] : args, dir);
      expect(r.code, `${format}: ${r.stderr}`).toBe(0);
    }
    expect(readFileSync(out, 'utf8').trimEnd().split('\n').at(-1)).toMatch(/^\d+ errors?, /);
    const notes = join(dir, 'notes.md');
    writeFileSync(notes, '# My notes\n\ncheck,severity,waived: not a report\n');
    const r = tolk(['qa', '--content', CONTENT, '--format', 'csv', '--out', notes, '--fail-on', 'never'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${notes} exists and is not a report tolk wrote`);
    expect(readFileSync(notes, 'utf8')).toBe('# My notes\n\ncheck,severity,waived: not a report\n');
    // One foreign file among the per-locale XLIFF files: none of them is written.
    writeFileSync(join(dir, 'fix.nb-NO.xlf'), '<?xml version="1.0"?><xliff>from the translation agency</xliff>');
    expect(tolk(['qa', '--content', CONTENT, '--format', 'xliff', '--out', join(dir, 'fix.xlf')], dir).code).toBe(2);
    expect(existsSync(join(dir, 'fix.lv-LV.xlf'))).toBe(false);
    expect(readFileSync(join(dir, 'fix.nb-NO.xlf'), 'utf8')).toContain('from the translation agency');
  });

  it('writes one XLIFF file per locale, and one file with --locale', () => {
    const dir = project();
    expect(tolk(['qa', '--content', CONTENT, '--format', 'xliff', '--out', join(dir, 'fix.xlf')], dir).code).toBe(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.xlf')).sort()).toEqual(['fix.lv-LV.xlf', 'fix.nb-NO.xlf']);
    expect(readFileSync(join(dir, 'fix.nb-NO.xlf'), 'utf8')).toContain('trgLang="nb-NO"');
    const one = tolk(['qa', '--content', CONTENT, '--format', 'xliff', '--locale', 'lv-LV', '--fail-on', 'never'], dir);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('trgLang="lv-LV"');
  });

  it('names XLIFF files by the content\'s locales, not by which have findings (only nb-NO flags Excel-crashing)', () => {
    const dir = project();
    const out = join(dir, 'fix.xlf');
    const xlf = () => readdirSync(dir).filter((f) => f.endsWith('.xlf')).sort();
    const units = (file: string) => readFileSync(join(dir, file), 'utf8').match(/<unit /g)?.length ?? 0;
    // A first run on content/, where both locales have findings.
    expect(tolk(['qa', '--content', CONTENT, '--format', 'xliff', '--out', out, '--fail-on', 'never'], dir).code).toBe(0);
    expect(units('fix.lv-LV.xlf')).toBeGreaterThan(0);
    // Only nb-NO has findings now: both files are still written, lv-LV's replaced by one with no units.
    const onlyNb = localeContent(dir, 'only-nb', 'Excel-crashing.md');
    const r = tolk(['qa', '--content', onlyNb, '--format', 'xliff', '--out', out, '--fail-on', 'never'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(xlf()).toEqual(['fix.lv-LV.xlf', 'fix.nb-NO.xlf']);
    expect(readFileSync(join(dir, 'fix.lv-LV.xlf'), 'utf8')).toContain('trgLang="lv-LV"');
    expect(units('fix.lv-LV.xlf')).toBe(0);
    expect(readFileSync(join(dir, 'fix.nb-NO.xlf'), 'utf8')).toContain('trgLang="nb-NO"');
    expect(units('fix.nb-NO.xlf')).toBeGreaterThan(0);
    // Content without lv-LV: its file from the run before is kept, and said to be from an earlier run.
    const nbOnly = localeContent(dir, 'nb-only', 'Excel-crashing.md', ['nb-NO']);
    const left = tolk(['qa', '--content', nbOnly, '--format', 'xliff', '--out', out, '--fail-on', 'never'], dir);
    expect(left.stderr).toContain(`tolk qa: ${join(dir, 'fix.lv-LV.xlf')} is from an earlier run, for a locale the content no longer has`);
    expect(xlf()).toEqual(['fix.lv-LV.xlf', 'fix.nb-NO.xlf']);
    // No findings at all: the same two files, both without units.
    const clean = localeContent(dir, 'clean', 'cannot-access-public-folders.md');
    expect(tolk(['qa', '--content', clean, '--format', 'xliff', '--out', out], dir).code).toBe(0);
    expect(xlf()).toEqual(['fix.lv-LV.xlf', 'fix.nb-NO.xlf']);
    expect([units('fix.lv-LV.xlf'), units('fix.nb-NO.xlf')]).toEqual([0, 0]);
    // --locale writes exactly the --out file, also for a locale without findings.
    const one = join(dir, 'lv.xlf');
    expect(tolk(['qa', '--content', onlyNb, '--format', 'xliff', '--locale', 'lv-LV', '--out', one, '--fail-on', 'never'], dir).code).toBe(0);
    expect(xlf()).toEqual(['fix.lv-LV.xlf', 'fix.nb-NO.xlf', 'lv.xlf']);
    expect(readFileSync(one, 'utf8')).toContain('trgLang="lv-LV"');
  });

  it('asks for --locale or --out (exit 2) when the content has several locales, whichever have findings', () => {
    const dir = project();
    for (const content of [localeContent(dir, 'only-nb', 'Excel-crashing.md'), localeContent(dir, 'clean', 'cannot-access-public-folders.md')]) {
      const r = tolk(['qa', '--content', content, '--format', 'xliff', '--fail-on', 'never'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('XLIFF 2.0 holds one target language and the content has 2 locales (lv-LV, nb-NO): ' +
        'pass --locale L to write one to stdout, or --out FILE to write one file per locale (FILE.lv-LV.xlf, …)');
      expect(r.stdout).toBe('');
    }
  });

  it('with one locale in the content, writes it to stdout, and --out still names the file by its locale', () => {
    const dir = project();
    const content = localeContent(dir, 'nb-only', 'Excel-crashing.md', ['nb-NO']);
    const r = tolk(['qa', '--content', content, '--format', 'xliff', '--fail-on', 'never'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('trgLang="nb-NO"');
    expect(tolk(['qa', '--content', content, '--format', 'xliff', '--out', join(dir, 'fix.xlf'), '--fail-on', 'never'], dir).code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.xlf'))).toEqual(['fix.nb-NO.xlf']);
  });

  it('writes SARIF whose content base is the project-relative content folder', () => {
    const r = tolk(['qa', '--format', 'sarif', '--fail-on', 'never'], join(CONTENT, '..'));
    const sarif = JSON.parse(r.stdout) as { runs: { originalUriBaseIds: { CONTENT: { uri: string; uriBaseId: string } } }[] };
    expect(sarif.runs[0].originalUriBaseIds.CONTENT).toMatchObject({ uri: 'content/', uriBaseId: 'SRCROOT' });
  });
});
