/**
 * The QA settings as `tolk build` and `tolk serve` report them: problems of tolk.config.json and
 * waivers that matched no finding are said while building (where translators fix and waive), as
 * `tolk qa` says them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndAlign } from '../../src/pipeline.js';
import { produceQa } from '../../src/write/site-qa.js';
import { CONTENT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';

describe('QA settings in a site build', () => {
  it('reports a waiver that matched no finding and a misspelt waiver key, and still waives with the valid one', () => {
    const dir = tempDir('tolk-qa-site-config-');
    const file = join(dir, 'tolk.config.json');
    writeFileSync(file, JSON.stringify({ waivers: [
      { document: TLS, locale: 'nb-NO', segment: '294fe-102', check: 'number-mismatch', reason: 'title as printed' },
      { document: TLS, locale: 'lv-LV', check: 'number-mismatch', reason: 'lv has none' },
      { document: TLS, locale: 'nb-NO', segmnet: '294fe-105', check: 'number-mismatch', reason: 'typo' },
    ] }));
    const qa = produceQa(readAndAlign(CONTENT), { content: CONTENT, urls: { base: '/', siteUrl: null }, configDir: dir });
    expect(qa.configProblems.map((p) => p.file)).toEqual([file, file]);
    // Filed under the file, so the message does not name it again.
    expect(qa.configProblems[0].message).toMatch(/^waivers\[2\] .* has unknown key "segmnet" \(did you mean "segment"\?\)/);
    expect(qa.configProblems[1].message).toBe(`waiver matched no finding (stale?): number-mismatch in ${TLS} (lv-LV)`);
    const waived = (JSON.parse(qa.json) as { findings: { segment: string | null; waived: string | null }[] }).findings
      .filter((f) => f.waived !== null);
    expect(waived.map((f) => f.segment)).toEqual(['294fe-102']);
  });

  it('says a tolk.config.json that is not JSON once, without its path twice', () => {
    const dir = tempDir('tolk-qa-site-config-');
    const file = join(dir, 'tolk.config.json');
    writeFileSync(file, '{ "disabled": ["whitespace"], }');
    const qa = produceQa(readAndAlign(CONTENT), { content: CONTENT, urls: { base: '/', siteUrl: null }, configDir: dir });
    expect(qa.configProblems).toHaveLength(1);
    expect(qa.configProblems[0].file).toBe(file);
    expect(qa.configProblems[0].message).toMatch(/^not valid JSON \(.*\); ignored, default settings apply$/);
  });

  it('names the "tolk" key of package.json in a problem of its settings', () => {
    const dir = tempDir('tolk-qa-site-config-');
    const file = join(dir, 'package.json');
    writeFileSync(file, JSON.stringify({ name: 'docs', tolk: { disabled: 'whitespace' } }));
    const qa = produceQa(readAndAlign(CONTENT), { content: CONTENT, urls: { base: '/', siteUrl: null }, configDir: dir });
    expect(qa.configProblems.map((p) => p.file)).toEqual([file]);
    expect(qa.configProblems[0].message).toMatch(/^"tolk" key: /);
  });
});
