// tolk search page: how the query's words are told from what Pagefind found (loaded before
// search.js, which uses them). Pagefind answers a word it lacks with pages of a start of it, or
// leaves the word out; these functions judge its answer by the words it matched, and find the
// word the reader may have meant.
(function (global) {
  'use strict';

  /** Words as Pagefind compares them: lower case, accents off (to it `på` is `pa`). */
  function plainWords(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  }

  function sharedStart(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }

  /** A query's words as the reader spaced them (a query with a quote is not split: phrases are not judged). */
  function tokensOf(query) {
    return String(query).trim().split(/\s+/).filter(Boolean);
  }

  /**
   * The query's words as judged (longer than 3 letters; none in a phrase): each spaced word
   * (`token`, its place) compared plain and whole, its parts run together as Pagefind runs them
   * ("e-mail" finds "email", "epost" finds "e-postadresse"), and its `parts` (longer than 3
   * letters) one by one; shown as typed.
   */
  function queryTerms(query) {
    if (/"/.test(query)) return [];
    var terms = [];
    tokensOf(query).forEach(function (token, at) {
      var typed = (token.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).join('');
      var parts = plainWords(token);
      var plain = parts.join('');
      if (plain.length <= 3) return;
      terms.push({
        plain: plain, shown: typed.length === plain.length ? typed : plain, token: at,
        parts: parts.filter(function (part) { return part.length > 3; }),
      });
    });
    return terms;
  }

  /** A page's text (`content` of Pagefind's data) in the words its locations and excerpts count. */
  function contentWords(content) {
    content = String(content || '');
    return content.indexOf('\u200B') >= 0 ? content.split('\u200B') : content.split(/[^\S\uFEFF]+/);
  }

  /**
   * The words at the places Pagefind matched in a result, plain: all of them, where the excerpt
   * marks only those near its best place (a second query word often lies outside it). The places
   * count words of the text as Pagefind splits it for its excerpts.
   */
  function locatedWords(data) {
    var words = contentWords(data.content);
    var located = [];
    (data.locations || []).forEach(function (at) {
      var parts = plainWords(words[at] || '');
      located = located.concat(parts.length > 1 ? parts.concat(parts.join('')) : parts);
    });
    return located;
  }

  /** Whether one of `words` shares half of `plain` or more ("printer" for "printing", "paroli" for the stem "parol"). */
  function hasWord(words, plain) {
    return words.some(function (word) { return sharedStart(word, plain) >= Math.ceil(plain.length / 2); });
  }

  /** Whether a result matched `term` itself: as a whole, or each of its parts ("https" of a web address). */
  function hasTerm(words, term) {
    if (hasWord(words, term.plain)) return true;
    return term.parts.length > 0 && term.parts.every(function (part) { return hasWord(words, part); });
  }

  /**
   * The query's words that Pagefind found pages without. A word it does not have, it replaces by
   * the longest start of it that is a word ("onedrive" by "one", "paroles" by "på"), or, with no
   * such start, leaves out ("reset pasword" found every page with "reset"), and the reader got
   * "4 results" for pages without the word. Told by the best result's matched words: none shares
   * half of the query word or more. Short words and phrases are searched as typed, not judged.
   * Resolves to { none, missing }: none when a word is missing, or when the best result matched
   * nowhere in its text (in its data: the letters of a data: image, before the index left images
   * out); missing is null when no page was found, which tells no word from another.
   */
  function judge(query, best) {
    var terms = queryTerms(query);
    if (!best) return Promise.resolve({ none: true, missing: null });
    return best.data().then(function (data) {
      if (!data.locations || !data.locations.length) return { none: true, missing: terms };
      var words = locatedWords(data);
      var missing = terms.filter(function (term) { return !hasTerm(words, term); });
      return { none: missing.length > 0, missing: missing };
    }, function () { return { none: false, missing: [] }; });
  }

  /** Letters to add, drop or change to turn `a` into `b` (Levenshtein). */
  function editDistance(a, b) {
    var row = [];
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      var diagonal = row[0];
      row[0] = i;
      for (j = 1; j <= b.length; j++) {
        var above = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  }

  /**
   * Whether `word`, found for a start of the misspelt `term`, is what the reader may have meant:
   * the term is a typo or two (one in three letters) from a start of the word. "password" and
   * "passord" are for "pasword", "paroļu" for "paroles"; the word "one" and "OneNote", all that
   * the start "one" found on a site without OneDrive, are not for "onedrive", and offering them
   * led the reader to pages that do not help.
   */
  function closeTo(term, word, letters) {
    var most = Math.max(1, Math.floor(term.length / 3));
    for (var k = letters; k <= word.length; k++) {
      if (editDistance(term, word.slice(0, k)) <= most) return true;
    }
    return false;
  }

  global.tolkSearchWords = {
    plainWords: plainWords, sharedStart: sharedStart, tokensOf: tokensOf, queryTerms: queryTerms,
    contentWords: contentWords, locatedWords: locatedWords, hasTerm: hasTerm, judge: judge, closeTo: closeTo,
  };
})(typeof window !== 'undefined' ? window : globalThis);
