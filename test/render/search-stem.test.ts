/**
 * The search page's query stemming (templates/assets/query-stem.js), run as the browser runs it.
 * Pagefind has no Latvian stemmer and matches words that start with the query, so a Latvian
 * query word is cut to a stem that starts every form of the word; other languages are Pagefind's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';

type StemQuery = (query: string, lang: string) => string;
const context: { tolkStemQuery?: StemQuery } = {};
runInNewContext(readFileSync(join(ROOT, 'templates/assets/query-stem.js'), 'utf8'), context);
const stemQuery = context.tolkStemQuery!;

describe('Latvian query stemming for the search page', () => {
  it.each([
    // Forms found in content/lv-LV (aad-security-and-identity 3bf21-104 "paroļu", "paroli"; seed a4db7-…).
    [['parole', 'paroles', 'paroli', 'paroļu'], ['paroles', 'paroli', 'paroļu', 'parolē']],
    [['lietotājs', 'lietotāja', 'lietotājiem', 'lietotājam'], ['lietotājs', 'lietotāju', 'lietotājiem']],
    [['abonements', 'abonementu', 'abonementa'], ['abonements', 'abonementam', 'abonementos']],
    [['pastkaste', 'pastkastes', 'pastkastē'], ['pastkastēm', 'pastkastu']],
    [['atiestatīt', 'atiestatiet'], ['atiestatīšana', 'atiestatiet']],
  ])('every form of %j gives a stem that starts each of %j (folding ļ → l as Pagefind does)', (queries, words) => {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
    for (const query of queries) {
      const stem = fold(stemQuery(query, 'lv-LV'));
      expect(stem.length).toBeGreaterThanOrEqual(3);
      for (const word of words) expect(fold(word).startsWith(stem), `${query} → ${stem} vs ${word}`).toBe(true);
    }
  });

  it('cuts an ending typed without its marks as the ending itself ("pastkastem" for "pastkastēm"), keeping what was typed', () => {
    for (const [plain, marked] of [['pastkastem', 'pastkastēm'], ['iestatit', 'iestatīt'], ['atjauninat', 'atjaunināt'], ['koplietojamas', 'koplietojamās'], ['publiskajam', 'publiskajām']]) {
      const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
      expect(stemQuery(plain, 'lv-LV'), plain).toBe(fold(stemQuery(marked, 'lv-LV')));
    }
    expect(stemQuery('pastkastem', 'lv-LV')).toBe('pastkast');
    expect(stemQuery('Pastkastēm', 'lv-LV')).toBe('pastkast');
  });

  it('stems the last part of a hyphenated word, where it inflects ("e-pasts", "e-pasta", "e-pastā" all give "e-past")', () => {
    for (const word of ['e-pasts', 'e-pasta', 'E-pastā', 'e-pastu']) expect(stemQuery(word, 'lv-LV'), word).toBe('e-past');
    expect(stemQuery('e-pasta adrese', 'lv-LV')).toBe('e-past adres');
  });

  it('keeps short words, numbers, codes, cmdlets and quoted phrases whole', () => {
    for (const word of ['par', 'mēs', 'kas', 'TLS', '1.2', 'Get-Mailbox', 'Wi-Fi', 'Office365']) {
      expect(stemQuery(word, 'lv-LV')).toBe(word);
    }
    expect(stemQuery('"mainīt paroli"', 'lv-LV')).toBe('"mainīt paroli"');
    expect(stemQuery('mainīt  paroli', 'lv')).toBe('main  parol');
  });

  it('stems the words outside a quoted phrase and keeps the phrase as typed', () => {
    expect(stemQuery('"mainīt paroli" lietotāja', 'lv-LV')).toBe('"mainīt paroli" lietotāj');
    expect(stemQuery('atiestatīt "paroles maiņa" abonementu', 'lv-LV')).toBe('atiestat "paroles maiņa" abonement');
    // A phrase still being typed (no closing quote yet) is kept as typed too.
    expect(stemQuery('lietotāja "mainīt paroli', 'lv-LV')).toBe('lietotāj "mainīt paroli');
    // Quotes around the whole query make it Pagefind's exact search, which a stem inside would miss.
    expect(stemQuery('"mainīt" paroles "lietotāja"', 'lv-LV')).toBe('"mainīt" paroles "lietotāja"');
  });

  it('leaves Norwegian and English queries to Pagefind, which stems them itself', () => {
    expect(stemQuery('passordet', 'nb-NO')).toBe('passordet');
    expect(stemQuery('passwords', 'en-US')).toBe('passwords');
    expect(stemQuery('paroles', '')).toBe('paroles');
  });
});
