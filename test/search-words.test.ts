/**
 * How the search page judges Pagefind's answers (templates/assets/search-words.js), run as the
 * browser runs it: which query words a result really has, and which word found for a start of a
 * misspelt one the reader may have meant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/corpus.js';

interface Term { plain: string; shown: string; token: number; alone: boolean }
interface SearchWords {
  queryTerms: (query: string) => Term[];
  locatedWords: (data: { content: string; locations: number[] }) => string[];
  closeTo: (term: string, word: string, letters: number) => boolean;
}
const context: { tolkSearchWords?: SearchWords } = {};
runInNewContext(readFileSync(join(ROOT, 'templates/assets/search-words.js'), 'utf8'), context);
const words = context.tolkSearchWords!;

describe('search page: judging what Pagefind found', () => {
  it('the query\'s words longer than 3 letters, each with the spaced word it is in; none in a phrase', () => {
    expect(words.queryTerms('reset pasword')).toEqual([
      { plain: 'reset', shown: 'reset', token: 0, alone: true }, { plain: 'pasword', shown: 'pasword', token: 1, alone: true },
    ]);
    expect(words.queryTerms('jaukšan paroļ to').map((t) => [t.plain, t.shown, t.token])).toEqual([['jauksan', 'jaukšan', 0], ['parol', 'paroļ', 1]]);
    expect(words.queryTerms('pass-through auth').map((t) => [t.plain, t.token, t.alone])).toEqual([['pass', 0, false], ['through', 0, false], ['auth', 1, true]]);
    expect(words.queryTerms('"reset pasword"')).toEqual([]);
  });

  it('the words at every matched place, not only those the excerpt marks (as Pagefind counts the words of the text)', () => {
    const content = 'Configure  password hash.\nOr pass-through authentication.';
    expect(words.locatedWords({ content, locations: [0, 1, 4] })).toEqual(['configure', 'password', 'pass', 'through']);
  });

  it.each([
    ['pasword', 'password', 3, true], ['pasword', 'passord', 3, true], ['pasword', 'past', 3, false],
    ['paroles', 'parolu', 5, true], ['abonement', 'abonnement', 4, true],
    ['onedrive', 'one', 3, false], ['onedrive', 'onenote', 3, false], ['pasord', 'pase', 3, false],
  ])('"%s" may mean "%s" (found for its first %i letters): %s', (term, word, letters, close) => {
    expect(words.closeTo(term, word, letters)).toBe(close);
  });
});
