/**
 * number-mismatch on codes with leading zeros: every zero of a GUID part or a DWORD value counts.
 * The segments are real (shared corpus, cited by document and segment id), copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { numberMismatch } from '../../src/check/checks/number-mismatch.js';
import { covered, hitsOf, hitsOnSegment, segmentCorpus, unitOf } from './helpers.js';

const YAMMER = 'user-receives-error-Yammer-is-disabled';
const YAMMER_EN = 'If you receive the error "AADSTS7000112: Application \'00000005-0000-0ff1-ce00-000000000000\'(Yammer) is disabled", a problem exists with the service principal within Azure AD.';
const hitsFor = hitsOnSegment(numberMismatch);

describe('number-mismatch: zero-padded codes', () => {
  it('flags lv-LV user-receives-error-Yammer-is-disabled b8f58-103, whose GUID lost two zeros', () => {
    const corpus = segmentCorpus('lv-LV', YAMMER, [['b8f58-103',
      'Ja saņemat kļūdas ziņojumu "AADSTS7000112: lietojumprogramma \'00000005-0000-0ff1-ce00-0000000000"(Yammer) ir atspējota", rodas problēma ar pakalpojuma vadītāju Azure AD.',
      YAMMER_EN]]);
    const hits = hitsOf(numberMismatch, corpus, YAMMER, 'lv-LV', 'b8f58-103');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toBe('the translation has "00000005-0000-0ff1-ce00-0000000000" where the English has "00000005-0000-0ff1-ce00-000000000000" (2 × "0" left out)');
    const unit = unitOf(corpus, YAMMER, 'lv-LV', 'b8f58-103');
    expect(covered(unit.source, hits[0].highlights!.source![0])).toBe('000000000000');
  });

  it('flags nb-NO user-receives-error-Yammer-is-disabled b7ef1-103 (one zero lost)', () => {
    expect(hitsFor('nb-NO', YAMMER, 'b7ef1-103',
      'Hvis du får feilmeldingen "AADSTS7000112: Programmet \'00000005-0000-0ff1-ce00-00000000000\'(Yammer) er deaktivert", finnes det et problem med tjenestehovedstolen i Azure AD.',
      YAMMER_EN)[0]?.message).toBe('the translation has "00000005-0000-0ff1-ce00-00000000000" where the English has "00000005-0000-0ff1-ce00-000000000000" ("0" left out)');
  });

  it('flags nb-NO issues-related-to-tls-deprecation 677cd-112, whose registry values became dword:0000000 and dword:0000001', () => {
    const key = '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2';
    const source = `${key}] ${key}\\Client] **"DisabledByDefault"=dword:00000000 "Enabled"=dword:00000001** ${key}\\Server] **"DisabledByDefault"=dword:00000000 "Enabled"=dword:00000001**`;
    const target = source.replace(/^(\[[^\]]*TLS) 1\.2\]/, '$1 1,2]').replace(/dword:00000000 "Enabled"=dword:00000001\*\*$/, 'dword:0000000 "Enabled"=dword:0000001**');
    const message = hitsFor('nb-NO', 'issues-related-to-tls-deprecation', '677cd-112', target, source)[0]?.message;
    expect(message).toContain('the translation has "0000000" where the English has "00000000" ("0" left out)');
    expect(message).toContain('the translation has "0000001" where the English has "00000001" ("0" left out)');
  });

  it('does not flag nb-NO b7ef1-103 with the GUID copied exactly', () => {
    expect(hitsFor('nb-NO', YAMMER, 'b7ef1-103',
      'Hvis du får feilmeldingen "AADSTS7000112: Programmet \'00000005-0000-0ff1-ce00-000000000000\'(Yammer) er deaktivert", finnes det et problem med tjenestehovedstolen i Azure AD.',
      YAMMER_EN)).toEqual([]);
  });
});
