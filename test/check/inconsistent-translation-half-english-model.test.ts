/**
 * inconsistent-translation held up a translation that left a clause in English as the one to
 * follow: lv-LV cancel-reserved-instance ded27-112, translated whole, was told that "the same English
 * is elsewhere translated "**Izņēmumi:** Self-service exchange and cancel capability isn't available
 * for US Government Enterprise Agreement customers"" (billing-for-reserved-instance-purchase 82a33-117,
 * whose only Latvian is its label). The half-English one is now the one reported, named the full
 * translation to follow.
 */
import { describe, expect, it } from 'vitest';
import { inconsistentTranslation } from '../../src/check/checks/inconsistent-translation.js';
import { corpusOf, hitsOf, segmentFile } from './helpers.js';

const EN = '**Exceptions:** Self-service exchange and cancel capability isn\'t available for US Government Enterprise Agreement customers';
const TRANSLATED = '**Izņēmumi:** patstāvīgi izpildāmās maiņas un atcelšanas funkcijas nav pieejamas ASV valdības Enterprise līguma klientiem';
const HALF_ENGLISH = '**Izņēmumi:** Self-service exchange and cancel capability isn\'t available for US Government Enterprise Agreement customers';

const corpus = corpusOf([
  segmentFile('lv-LV', 'billing-for-reserved-instance-purchase', [['82a33-117', HALF_ENGLISH, EN]]),
  segmentFile('lv-LV', 'cancel-reserved-instance', [['ded27-112', TRANSLATED, EN]]),
]);
const messages = (slug: string, id: string) => hitsOf(inconsistentTranslation, corpus, slug, 'lv-LV', id).map((h) => h.message);

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
