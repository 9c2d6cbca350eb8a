/**
 * How the search page judges Pagefind's answers (templates/assets/search-words.js), run as the
 * browser runs it: which query words a result really has, and which word found for a start of a
 * misspelt one the reader may have meant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';

interface Term { plain: string; shown: string; token: number; parts: string[] }
interface SearchWords {
  queryTerms: (query: string) => Term[];
  locatedWords: (data: { content: string; locations: number[] }) => string[];
  closeTo: (term: string, word: string, letters: number) => boolean;
  hasTerm: (words: string[], term: Term) => boolean;
}
const context: { tolkSearchWords?: SearchWords } = {};
runInNewContext(readFileSync(join(ROOT, 'templates/assets/search-words.js'), 'utf8'), context);
const words = context.tolkSearchWords!;

describe('search page: judging what Pagefind found', () => {
  it('the query\'s spaced words longer than 3 letters, whole and by parts, each with its place; none in a phrase', () => {
    expect(words.queryTerms('reset pasword')).toEqual([
      { plain: 'reset', shown: 'reset', token: 0, parts: ['reset'] }, { plain: 'pasword', shown: 'pasword', token: 1, parts: ['pasword'] },
    ]);
    expect(words.queryTerms('jaukšan paroļ to').map((t) => [t.plain, t.shown, t.token])).toEqual([['jauksan', 'jaukšan', 0], ['parol', 'paroļ', 1]]);
    expect(words.queryTerms('pass-through e-mail').map((t) => [t.plain, t.shown, t.parts])).toEqual([['passthrough', 'passthrough', ['pass', 'through']], ['email', 'email', ['mail']]]);
    expect(words.queryTerms('"reset pasword"')).toEqual([]);
  });

  it('the words at every matched place, not only those the excerpt marks (as Pagefind counts the words of the text)', () => {
    const content = 'Configure  password hash.\nOr pass-through authentication.';
    expect(words.locatedWords({ content, locations: [0, 1, 4] })).toEqual(['configure', 'password', 'pass', 'through', 'passthrough']);
  });

  it('a result has a query word as a whole ("e-mail" in "email", "epast" in "e-pasta") or by each part ("https" of an address)', () => {
    const has = (query: string, found: string) => words.hasTerm(words.locatedWords({ content: found, locations: [0] }), words.queryTerms(query)[0]);
    expect(has('e-mail', 'email')).toBe(true);
    expect(has('epast', 'e-pasta')).toBe(true);
    expect(has('epost', 'e-postadressen')).toBe(true);
    expect(has('https://aka.ms/x', 'https')).toBe(true);
    expect(has('onedrive', 'one')).toBe(false);
  });

  it.each([
    ['pasword', 'password', 3, true], ['pasword', 'passord', 3, true], ['pasword', 'past', 3, false],
    ['paroles', 'parolu', 5, true], ['abonement', 'abonnement', 4, true],
    ['onedrive', 'one', 3, false], ['onedrive', 'onenote', 3, false], ['pasord', 'pase', 3, false],
  ])('"%s" may mean "%s" (found for its first %i letters): %s', (term, word, letters, close) => {
    expect(words.closeTo(term, word, letters)).toBe(close);
  });
});
