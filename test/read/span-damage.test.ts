// What a translator is told about damaged span markup: an English span left alone names its id
// (to search for), a </span> that closes nothing is reported where it is, and a file with many
// diagnostics of one kind says how many more there are without pinning that on a line of its own.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/read-document.js';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365.md';
const nb = readFileSync(join(CONTENT, 'nb-NO', TLS), 'utf8');
const lv = readFileSync(join(CONTENT, 'lv-LV', TLS), 'utf8');
const TARGET_104 = '<span data-ttu-id="294fe-104">Dette betyr at Microsoft ikke løser nye problemer som finnes i klienter, enheter eller tjenester som kobler til Microsoft 365 ved hjelp av TLS 1.0 og 1.1.';
const PAIR_104_END = 'ved hjelp av TLS 1.0 og 1.1.</span><span class="sxs-lookup">';

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at, from).toBeGreaterThan(-1);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Line and column (1-based) of `offset` in `text`. */
function where(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  return [before.split('\n').length, offset - before.lastIndexOf('\n')];
}

const spanDiagnostics = (text: string) => readDocument(text, { path: `nb-NO/${TLS}` }).diagnostics
  .filter((d) => d.code === 'orphan-source' || d.code === 'stray-span-close');

/** A content folder with the seed advisory, nb-NO's replaced by `nbText`. */
function contentWith(nbText: string): string {
  const dir = tempDir('tolk-span-damage-');
  for (const [locale, text] of [['lv-LV', lv], ['nb-NO', nbText]]) {
    mkdirSync(join(dir, locale));
    writeFileSync(join(dir, locale, TLS), text);
  }
  return dir;
}

describe('an English span without its translated span', () => {
  it('names its id in the diagnostic and in the QA finding, so the translator can search the file for it', () => {
    const damaged = replaceOnce(nb, `${TARGET_104}</span>`, '');
    const [d] = spanDiagnostics(damaged);
    expect(d.code).toBe('orphan-source');
    expect(d.message).toContain('"294fe-104"');
    expect([d.line, d.column]).toEqual(where(damaged, damaged.indexOf('<span class="sxs-lookup"><span data-stu-id="294fe-104"')));

    const qa = tolk(['qa', '--content', contentWith(damaged), '--format', 'json', '--fail-on', 'never']);
    expect(qa.code).toBe(0);
    const findings = (JSON.parse(qa.stdout) as { findings: { check: string; message: string; line: number }[] }).findings
      .filter((f) => f.check === 'orphan-span');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('294fe-104');
    expect(findings[0].line).toBe(d.line);
  });
});

describe('a </span> that closes nothing', () => {
  it('is reported at its line and column when a damaged pair left it after the pair', () => {
    const end = nb.indexOf('</span></span>', nb.indexOf('data-stu-id="294fe-105"')) + '</span></span>'.length;
    const damaged = nb.slice(0, end) + '</span>' + nb.slice(end);
    const found = spanDiagnostics(damaged);
    expect(found.map((d) => [d.code, d.line, d.column])).toEqual([['stray-span-close', ...where(damaged, end)]]);
    expect(found[0].severity).toBe('warning');
  });

  it('is reported when it was left inside the translated span, before its English twin', () => {
    const damaged = replaceOnce(nb, PAIR_104_END, PAIR_104_END.replace('</span>', '</span></span>'));
    const at = damaged.indexOf('</span></span><span class="sxs-lookup"><span data-stu-id="294fe-104"');
    expect(spanDiagnostics(damaged).map((d) => [d.code, d.line, d.column])).toEqual([['stray-span-close', ...where(damaged, at)]]);
  });

  it('is not reported for spans that are whole: a span around a pair, nested spans in a translation, plain HTML spans', () => {
    const wrapped = replaceOnce(nb, TARGET_104, `<span class="x">${TARGET_104}`);
    const end = wrapped.indexOf('</span></span>', wrapped.indexOf('data-stu-id="294fe-104"')) + '</span></span>'.length;
    const text = wrapped.slice(0, end) + '</span> and <span>plain</span>' + wrapped.slice(end);
    const nested = replaceOnce(nb, 'Dette betyr at Microsoft', '<span class="notranslate">Dette betyr</span> at Microsoft');
    expect(spanDiagnostics(text)).toEqual([]);
    expect(spanDiagnostics(nested)).toEqual([]);
    expect(spanDiagnostics(nb)).toEqual([]);
  });

  it('is said once, as the orphan English span, when only the opening tag of the translated span was lost', () => {
    const damaged = replaceOnce(nb, '<span data-ttu-id="294fe-104">', '');
    expect(spanDiagnostics(damaged).map((d) => d.code)).toEqual(['orphan-source']);
  });

  it('makes a damaged-file finding in tolk qa, at its line', () => {
    const end = nb.indexOf('</span></span>', nb.indexOf('data-stu-id="294fe-105"')) + '</span></span>'.length;
    const damaged = nb.slice(0, end) + '</span>' + nb.slice(end);
    const qa = tolk(['qa', '--content', contentWith(damaged), '--format', 'json', '--fail-on', 'never']);
    const findings = (JSON.parse(qa.stdout) as { findings: { check: string; locale: string; message: string; line: number }[] }).findings
      .filter((f) => f.check === 'damaged-file');
    expect(findings.map((f) => [f.locale, f.line])).toEqual([['nb-NO', where(damaged, end)[0]]]);
    expect(findings[0].message).toContain('</span>');
  });
});

describe('a file with more than 20 diagnostics of one kind', () => {
  // 25 English spans whose translated spans were lost, one per line from line 4 on.
  const orphans = Array.from({ length: 25 }, (_, i) =>
    `<span class="sxs-lookup"><span data-stu-id="abc12-${101 + i}">Sentence ${i + 1}.</span></span>`);
  const text = `---\ntitle: Many\n---\n${orphans.join('\n')}\n`;

  it('lists the first 21 as they are, the last saying how many more follow and to which line; no line is a count alone', () => {
    const dir = tempDir('tolk-many-');
    const file = join(dir, 'many.md');
    writeFileSync(file, text);
    const out = tolk(['segments', file]);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n').filter((l) => l.includes('[orphan-source]'));
    expect(lines).toHaveLength(21);
    // Every printed diagnostic is one of that line: the English span it names is there.
    lines.forEach((l, i) => {
      expect(l).toContain(`many.md:${4 + i}:1: warning [orphan-source] English span "abc12-${101 + i}"`);
    });
    expect(lines[20]).toContain('(4 more "orphan-source" diagnostics after this one, up to line 28, not listed: 25 in this file)');
    expect(out.stdout).not.toMatch(/not shown/);
  });

  it('in the QA report too: 21 findings at lines that have the span, the last one with the count', () => {
    const qa = tolk(['qa', '--content', contentWith(replaceOnce(nb, '\n# ', `\n${orphans.join('\n')}\n\n# `)), '--format', 'json', '--fail-on', 'never']);
    const findings = (JSON.parse(qa.stdout) as { findings: { check: string; locale: string; message: string; line: number }[] }).findings
      .filter((f) => f.check === 'orphan-span' && f.locale === 'nb-NO');
    expect(findings).toHaveLength(21);
    expect(findings.map((f) => f.message.match(/abc12-\d+/)?.[0])).toEqual(orphans.slice(0, 21).map((_, i) => `abc12-${101 + i}`));
    expect(findings[20].message).toMatch(/\(4 more "orphan-source" diagnostics after this one, up to line \d+, not listed: 25 in this file\)$/);
  });
});
