/**
 * inconsistent-translation never names as the one to follow a translation that lost a number, a
 * link's text or bold of its English, moved an amount to another currency, or left English prose
 * as it was, whole or a clause of it; such a one is reported instead, named the sound translation.
 * Real segments of the shared corpus, cited by document and segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { inconsistentTranslation } from '../../src/check/checks/inconsistent-translation.js';
import { corpusOf, hitsOf, segmentFile } from './helpers.js';

const FLOW_EN = 'Azure AD v2.0 - OAuth 2.0 authorization code flow';
// application-errors comes first in corpus order: on a tie, its "OAuth 2,0" used to be the model.
const corpus = corpusOf([
  segmentFile('lv-LV', 'application-errors', [['4ced3-129', 'Azure AD v 2.0-OAuth 2,0 autorizācijas koda plūsma', FLOW_EN]]),
  segmentFile('lv-LV', 'authentication-issues', [['1fea5-131', 'Azure AD v2.0 — OAuth 2.0 autorizācijas kodu plūsma', FLOW_EN]]),
]);

describe('inconsistent-translation: the model translation is a sound one', () => {
  it('does not tell lv-LV authentication-issues 1fea5-131 ("OAuth 2.0") to follow application-errors 4ced3-129 ("OAuth 2,0")', () => {
    expect(hitsOf(inconsistentTranslation, corpus, 'authentication-issues', 'lv-LV', '1fea5-131')).toEqual([]);
  });

  it('tells lv-LV application-errors 4ced3-129 to follow the sound translation instead', () => {
    const hits = hitsOf(inconsistentTranslation, corpus, 'application-errors', 'lv-LV', '4ced3-129');
    expect(hits.map((h) => h.message)).toEqual([
      'the same English is elsewhere translated "Azure AD v2.0 — OAuth 2.0 autorizācijas kodu plūsma" (e.g. authentication-issues unit 131)',
    ]);
  });

  it('does not hold up "120 EUR" for "$120" (lv-LV billing-for-reserved-instance-purchase 82a33-139 against cancel-reserved-instance)', () => {
    const en = 'Since the reservation has been live for 97 days, you will get (1-97/365) \\* $120 back.';
    const money = corpusOf([
      segmentFile('lv-LV', 'billing-for-reserved-instance-purchase', [['82a33-139', 'Tā kā rezervācija tika veikta 97 dienas, jūs saņemsiet (1-97/365) \\* 120 EUR atpakaļ.', en]]),
      segmentFile('lv-LV', 'cancel-reserved-instance', [['ded27-138', 'Ņemot vērā, ka šī rezervācija bija aktīva 97 dienas, jūs saņemsiet atmaksu (1-97/365) \\* 120 $ apmērā.', en]]),
    ]);
    expect(hitsOf(inconsistentTranslation, money, 'cancel-reserved-instance', 'lv-LV', 'ded27-138')).toEqual([]);
    expect(hitsOf(inconsistentTranslation, money, 'billing-for-reserved-instance-purchase', 'lv-LV', '82a33-139')).toHaveLength(1);
  });

  it('does not hold up English left untranslated twice (lv-LV billing-for-reserved-instance-purchase 82a33-119, 82a33-125) to cancel-reserved-instance ded27-114', () => {
    const en = "Self-service exchange and cancel capability isn't available for US Government Enterprise Agreement customers.";
    const lv = 'Patstāvīgi izpildāmās maiņas un atcelšanas funkcijas nav pieejamas ASV valdības Enterprise līguma klientiem.';
    const copies = corpusOf([
      segmentFile('lv-LV', 'billing-for-reserved-instance-purchase', [['82a33-119', en, en], ['82a33-125', en, en]]),
      segmentFile('lv-LV', 'cancel-reserved-instance', [['ded27-114', lv, en]]),
    ]);
    expect(hitsOf(inconsistentTranslation, copies, 'cancel-reserved-instance', 'lv-LV', 'ded27-114')).toEqual([]);
    expect(hitsOf(inconsistentTranslation, copies, 'billing-for-reserved-instance-purchase', 'lv-LV', '82a33-119')[0]?.message)
      .toBe(`the same English is elsewhere translated "${lv}" (e.g. cancel-reserved-instance unit 114)`);
  });
});

// lv-LV cancel-reserved-instance ded27-112, translated whole, was told that "the same English is
// elsewhere translated" as billing-for-reserved-instance-purchase 82a33-117, whose only Latvian is its label.
const EN = '**Exceptions:** Self-service exchange and cancel capability isn\'t available for US Government Enterprise Agreement customers';
const TRANSLATED = '**Izņēmumi:** patstāvīgi izpildāmās maiņas un atcelšanas funkcijas nav pieejamas ASV valdības Enterprise līguma klientiem';
const HALF_ENGLISH = '**Izņēmumi:** Self-service exchange and cancel capability isn\'t available for US Government Enterprise Agreement customers';

const halfEnglish = corpusOf([
  segmentFile('lv-LV', 'billing-for-reserved-instance-purchase', [['82a33-117', HALF_ENGLISH, EN]]),
  segmentFile('lv-LV', 'cancel-reserved-instance', [['ded27-112', TRANSLATED, EN]]),
]);
const messages = (slug: string, id: string) => hitsOf(inconsistentTranslation, halfEnglish, slug, 'lv-LV', id).map((h) => h.message);

describe('inconsistent-translation: a translation that left a clause in English is no model', () => {
  it('does not tell the unit translated whole to copy the half-English one', () => {
    expect(messages('cancel-reserved-instance', 'ded27-112')).toEqual([]);
  });

  it('reports the half-English one instead, naming the full translation', () => {
    expect(messages('billing-for-reserved-instance-purchase', '82a33-117')).toEqual([
      `the same English is elsewhere translated "${TRANSLATED}" (e.g. cancel-reserved-instance unit 112)`,
    ]);
  });
});
