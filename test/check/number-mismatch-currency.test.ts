/**
 * number-mismatch on currencies: an amount whose number is right but whose currency MT changed
 * ($120 → "120 EUR") tells the reader a different price. Real segments of the shared corpus
 * (billing-for-reserved-instance-purchase), cited by segment id, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { numberMismatch } from '../../src/check/checks/number-mismatch.js';
import { covered, hitsOnSegment } from './helpers.js';

const RI = 'billing-for-reserved-instance-purchase';
const PURCHASE = 'You purchase a one-year term RI for $120 on January 1';

const hits = hitsOnSegment(numberMismatch);
const hitsFor = (locale: string, id: string, target: string, source: string) => hits(locale, RI, id, target, source);

describe('number-mismatch: the currency of an amount', () => {
  it('flags lv-LV 82a33-139, "$120" written "120 EUR", and marks both currencies', () => {
    const target = 'Tā kā rezervācija tika veikta 97 dienas, jūs saņemsiet (1-97/365) \\* 120 EUR atpakaļ.';
    const source = 'Since the reservation has been live for 97 days, you will get (1-97/365) \\* $120 back.';
    const hits = hitsFor('lv-LV', '82a33-139', target, source);
    expect(hits.map((h) => h.message)).toEqual(['the amount in USD ("$") is in EUR ("EUR") in the translation']);
    expect(hits[0].highlights!.target!.map((r) => covered(target, r))).toEqual(['EUR']);
    expect(hits[0].highlights!.source!.map((r) => covered(source, r))).toEqual(['$']);
  });

  it('flags nb-NO 851c8-137, "$120" written "KR 120"', () => {
    expect(hitsFor('nb-NO', '851c8-137', 'Du kjøper en ettårsperiode RI for KR 120 den 1. januar', PURCHASE).map((h) => h.message))
      .toEqual(['the amount in USD ("$") is in NOK ("KR") in the translation']);
  });

  it('flags lv-LV 82a33-149, "$ 80" written "80 EUR"', () => {
    expect(hitsFor('lv-LV', '82a33-149', 'Atceltie turpmākie maksājumi būs 80 EUR.', 'The future payments cancelled are $ 80.')).toHaveLength(1);
  });

  it('does not flag lv-LV 82a33-137, "$120" written "120 USD"', () => {
    expect(hitsFor('lv-LV', '82a33-137', 'Jūs iegādājaties viena gada termiņu RI par 120 USD 1. janvārī', PURCHASE)).toEqual([]);
  });

  it('does not flag a translation that keeps the dollars and adds a conversion (made-up: "$120 (ca. 1200 kr)")', () => {
    expect(hitsFor('nb-NO', 'a-101', 'Prisen er $120 per bruker (ca. 1200 kr).', 'The price is $120 per user.')
      .map((h) => h.message)).toEqual(['1200 is not in the English']);
  });

  it('does not take a PowerShell $true for dollars (made-up sentence: the English names no currency)', () => {
    expect(hitsFor('lv-LV', 'a-101', 'Iestatiet -Enabled $true 5 lietotājiem (EUR).', 'Set -Enabled $true for 5 users.')).toEqual([]);
  });
});
