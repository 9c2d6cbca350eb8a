// Front matter the localization pipeline wrapped in spans in one locale only: its segments are
// metadata, not sentences the other locale lacks, so they are not aligned against that locale's
// body (that gave a missing-segment error per line of metadata, or extra-segment the other way).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndAlign } from '../../src/pipeline.js';
import { alignToJson } from '../../src/write/align-json.js';
import { tolk } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const FIXTURE = join(ROOT, 'test/fixtures/front-matter-wrapped');
const FILE = 'troubleshoot-presence-issues-outlook.md';

/** The same metadata as plain YAML, as the nb-NO file has it when the pipeline left it alone. */
const PLAIN = (handoff: string) => [
  '---', 'title: "Feilsøke tilgjengelighetsproblemer i Outlook"', 'ms.author: pebaum', 'author: pebaum', 'manager: scotv',
  'ms.date: 04/8/2021', 'ms.audience: Admin', 'ms.topic: article', 'ms.service: o365-administration',
  'ROBOTS: NOINDEX, NOFOLLOW', 'localization_priority: Priority', 'ms.collection: Adm_O365', 'ms.custom:', '- "9257"', '- "9003349"',
  'ms.contentlocale: nb-NO', `ms.lasthandoff: ${handoff}`, '---', '',
].join('\n');

/** The fixture pair, nb-NO's span-wrapped front matter replaced by plain YAML. */
function contentWithPlainNb(handoff: string): string {
  const dir = tempDir('tolk-fm-one-locale-');
  cpSync(FIXTURE, dir, { recursive: true });
  const nbFile = join(dir, 'nb-NO', FILE);
  const nb = readFileSync(nbFile, 'utf8');
  const body = nb.indexOf('\n---\n', 4) + '\n---\n'.length;
  writeFileSync(nbFile, PLAIN(handoff) + nb.slice(body));
  return dir;
}

interface Finding { check: string; locale: string; severity: string; message: string }
const qaFindings = (content: string): Finding[] => {
  const qa = tolk(['qa', '--content', content, '--format', 'json', '--fail-on', 'never']);
  expect(qa.code, qa.stderr).toBe(0);
  return (JSON.parse(qa.stdout) as { findings: Finding[] }).findings;
};

describe('front matter wrapped in spans in only one locale', () => {
  it('gives no missing-segment error for the locale whose front matter is plain YAML', () => {
    const content = contentWithPlainNb('01/01/2020');
    const corpus = readAndAlign(content);
    const [doc] = corpus.documents;
    expect(doc.locales['lv-LV'].doc.frontMatter.status).toBe('salvaged');
    expect(doc.locales['nb-NO'].doc.frontMatter.status).toBe('ok');
    // The body sentences 104-107 align, each in both locales, with no flags.
    const units = alignToJson(corpus).documents[0].units;
    expect(units.map((u) => [u.key, u.flags])).toEqual([['104', []], ['105', []], ['106', []], ['107', []]]);
    const findings = qaFindings(content);
    expect(findings.filter((f) => f.check === 'missing-segment' || f.check === 'extra-segment')).toEqual([]);
    // What is wrong is said once, by the front-matter check, for the file that has it.
    expect(findings.map((f) => [f.check, f.locale])).toEqual([['front-matter', 'lv-LV']]);
  });

  it('flags no extra segment when the plain locale has the newer English (is the reference)', () => {
    const content = contentWithPlainNb('12/31/2030');
    const corpus = readAndAlign(content);
    expect(corpus.documents[0].referenceLocale).toBe('nb-NO');
    // tolk align's totals: the front-matter segments are not counted as lv-LV sentences nb-NO lacks.
    expect(alignToJson(corpus).totals.flags).toEqual({ missing: 0, extra: 0, merged: 0, drift: 0 });
    const findings = qaFindings(content);
    expect(findings.map((f) => [f.check, f.locale])).toEqual([['front-matter', 'lv-LV']]);
  });

  it('still aligns the front matters with each other when both locales have them wrapped', () => {
    const units = alignToJson(readAndAlign(FIXTURE)).documents[0].units;
    expect(units.map((u) => u.key)).toEqual(['101', '102', '103', '104', '105', '106', '107']);
    expect(units[1].targets).toEqual({ 'lv-LV': '9257', 'nb-NO': '9257' });
  });
});
