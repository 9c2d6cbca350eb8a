/**
 * A merged translation that lost a sentence, number, link, placeholder or bold of its English run
 * is told so once, by the check that owns the comparison (sentence-count, number-mismatch,
 * url-mismatch, placeholder-mismatch, markup-mismatch); merged-segment names those checks instead of
 * listing the same losses again, and says "nothing seems left out" only where none of them reports.
 * Real merged segments of the shared corpus (nb-NO 9696d-p105, 50e51-p101), damaged on purpose.
 */
import { describe, expect, it } from 'vitest';
import { sentenceCountCheck } from '../../src/check/checks/sentence-count.js';
import { runChecks } from '../../src/check/run.js';
import type { Finding, QaConfig } from '../../src/check/types.js';
import { CORPUS, corpusOf, editedCorpus, hasCorpus, hitsOf, realCorpus, segmentFile } from './helpers.js';

const SKYPE = 'setting-up-your-o365-business-essentials-subscription';
const RESTORE = 'restore-an-office-365-group-using-eac\u200b\u200b\u200b\u200b\u200b\u200b\u200b';
const SKYPE_URL = 'https://support.office.com/Article/download-and-install-Skype-for-Business-8a0d4da8-9d58-44f9-9759-5c8f340cb3fb';

/** The findings of every check on nb-NO segment `id` of `slug`, its nb-NO text with `from` replaced by `to`. */
function findingsOn(slug: string, id: string, from?: string, to?: string, config: QaConfig = {}): Finding[] {
  const corpus = from === undefined ? realCorpus(CORPUS, [slug]) : editedCorpus(CORPUS, slug, 'nb-NO', from, to!);
  return runChecks(corpus, config).findings.filter((f) => f.locale === 'nb-NO' && f.segment === id);
}

const messagesOf = (findings: Finding[], check: string) => findings.filter((f) => f.check === check).map((f) => f.message);
const saying = (findings: Finding[], words: string) => findings.filter((f) => f.message.includes(words)).map((f) => f.check);

describe.skipIf(!hasCorpus)('merged-segment and the checks that own each comparison', () => {
  it('reports the dropped second sentence of 9696d-p105, its number 250 and its link once each', () => {
    const findings = findingsOn(SKYPE, '9696d-p105',
      `[installere Skype_for_Business](${SKYPE_URL}) på alle deres PC-er, Mac-maskiner, nettbrett og telefoner. Da kan dere se påloggingsstatusen til kollegene deres, starte chatter fra andre Office-programmer og være verter for videomøter med opptil 250 deltakere.`,
      'installere Skype for Business på alle deres PC-er, Mac-maskiner, nettbrett og telefoner.');
    expect(saying(findings, '250')).toEqual(['number-mismatch']);
    expect(saying(findings, SKYPE_URL)).toEqual(['url-mismatch']);
    expect(saying(findings, 'the English has 2 sentences')).toEqual(['sentence-count']);
    expect(messagesOf(findings, 'merged-segment')).toEqual([
      '9696d-p105 is one merged segment for 2 English segments (118, 119): compared for sentences, numbers, links, ' +
      'placeholders, code and bold, the translation differs from the English as sentence-count, number-mismatch and ' +
      'url-mismatch report on this segment',
    ]);
  });

  it('leaves the lost number of 9696d-p105 to number-mismatch alone, and does not say nothing was left out', () => {
    const findings = findingsOn(SKYPE, '9696d-p105', 'med opptil 250 deltakere', 'med mange deltakere');
    expect(messagesOf(findings, 'number-mismatch')).toEqual(['250 is missing']);
    expect(saying(findings, '250')).toEqual(['number-mismatch']);
    const [merged] = messagesOf(findings, 'merged-segment');
    expect(merged).toMatch(/the translation differs from the English as number-mismatch reports on this segment$/);
    expect(merged).not.toContain('nothing seems left out');
  });

  it('names an owning check the configuration turns off as off, not as reporting, since it reports nothing', () => {
    const findings = findingsOn(SKYPE, '9696d-p105', 'med opptil 250 deltakere', 'med mange deltakere', { severity: { 'number-mismatch': 'off' } });
    expect(messagesOf(findings, 'number-mismatch')).toEqual([]);
    expect(messagesOf(findings, 'merged-segment')).toEqual([
      '9696d-p105 is one merged segment for 2 English segments (118, 119): compared for sentences, numbers, links, ' +
      'placeholders, code and bold, the translation differs from the English as number-mismatch finds ' +
      '(turned off in the QA configuration, so not reported)',
    ]);
  });

  it('leaves the lost bold of 50e51-p101 to markup-mismatch alone', () => {
    const findings = findingsOn(RESTORE, '50e51-p101', 'Velg **mottakere** og **grupper**', 'Velg mottakere og grupper');
    expect(saying(findings, '"recipients"')).toEqual(['markup-mismatch']);
    expect(messagesOf(findings, 'markup-mismatch')).toEqual(['bold: 2 in the English ("recipients", "groups"), 0 in the translation']);
    expect(messagesOf(findings, 'merged-segment')[0]).toMatch(/as markup-mismatch reports on this segment$/);
  });

  it('still says "nothing seems left out" of the real 9696d-p105, where no owning check reports anything', () => {
    const findings = findingsOn(SKYPE, '9696d-p105');
    expect(findings.map((f) => f.check)).toEqual(['merged-segment']);
    expect(findings[0].message).toMatch(/the translation has both sentences and the English's number 250 and link; nothing seems left out$/);
  });
});

describe('sentence-count counts each English segment a merged one covers as a sentence', () => {
  // The English heading "Before you begin" has no stop, so the run reads as one sentence; merged-segment
  // counted it as two, and now sentence-count (which reports the loss) does too.
  const corpus = corpusOf([
    segmentFile('lv-LV', 'run', [['aaaaa-101', 'Pirms sākat', 'Before you begin'], ['aaaaa-102', 'Pierakstieties.', 'Sign in.']]),
    segmentFile('nb-NO', 'run', [['bbbbb-p101', 'Logg på.', 'Before you begin Sign in.']]),
  ]);

  it('reports the nb-NO translation of two English segments with one sentence', () => {
    expect(hitsOf(sentenceCountCheck, corpus, 'run', 'nb-NO', 'bbbbb-p101').map((h) => [h.severity, h.message])).toEqual([
      ['warning', 'the English has 2 sentences, the translation 1 in this merged segment; a sentence may have been left out'],
    ]);
  });
});
