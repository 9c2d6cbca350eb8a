// tolk search query stemming (loaded on the search page, before search.js). Pagefind has no
// Latvian stemmer: its lv index holds words as written and a query matches words that start
// with it. Latvian inflects nearly every word ("parole", "paroles", "paroli", "paroļu"), so a
// query in one form missed pages with another, and Pagefind then fell back to matching short
// unrelated words ("par"). Cutting the ending off each query word leaves a stem that, as a
// prefix, finds every form. Languages Pagefind stems itself (en, nb) are left alone.
(function (global) {
  'use strict';

  /**
   * Latvian noun, adjective and verb endings, longest first: a light stemmer in the manner of
   * Savoy's and Kreslins'. The stem left must be three letters or more with a vowel, so short
   * words ("par", "mēs", "kas") stay whole. Cutting too much costs little here: the stem is a
   * prefix, and Pagefind ranks words close to it in length first.
   */
  var LATVIAN_ENDINGS = [
    'ieties', 'ajiem', 'ajai', 'ajam', 'ajām', 'ajos', 'ajās', 'ties', 'iem', 'ajā', 'ais', 'iet',
    'ai', 'ei', 'ām', 'am', 'ēm', 'īm', 'im', 'um', 'us', 'as', 'ās', 'es', 'os', 'īs', 'ēs', 'is', 'ie',
    'āt', 'ēt', 'īt', 'ot',
    'u', 'a', 'i', 'e', 'ā', 'ē', 'ī', 'ū', 'o', 's', 'š', 't',
  ];
  var VOWEL = /[aāeēiīouū]/;
  /** Only plain words are stemmed: not numbers, codes, names with digits, URLs or cmdlets. */
  var WORD = /^[a-zāčēģīķļņšūž]{4,}$/;

  /** Letters without their marks (`ā` as `a`, `š` as `s`), one for one, as Pagefind compares them. */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  /**
   * Whether a word ends in `ending`, also when typed without its marks: a reader without a
   * Latvian keyboard types "pastkastem" for "pastkastēm", and the ending "ēm" left on (a prefix of
   * that one form) found 31 pages of the corpus where "pastkastēm" (stem "pastkast") finds 186.
   * Letters typed with marks are taken as typed ("lietotāja" does not end in "ajā").
   */
  function endsIn(word, ending) {
    var tail = word.slice(-ending.length);
    return tail === ending || (tail === fold(tail) && tail === fold(ending));
  }

  function stemLatvian(word) {
    var lower = word.toLowerCase();
    if (!WORD.test(lower)) return word;
    for (var i = 0; i < LATVIAN_ENDINGS.length; i++) {
      var ending = LATVIAN_ENDINGS[i];
      if (lower.length - ending.length < 3 || !endsIn(lower, ending)) continue;
      var stem = lower.slice(0, -ending.length);
      if (VOWEL.test(stem)) return stem;
    }
    return lower;
  }

  /** A word of letters joined by hyphens ("e-pasts", "Wi-Fi"). */
  var HYPHENATED = /^[a-zāčēģīķļņšūž]+(-[a-zāčēģīķļņšūž]+)+$/i;

  /**
   * A hyphenated word inflects in its last part ("e-pasts", "e-pasta", "e-pastā"): that part is
   * stemmed. Kept whole, "e-pasts" found 46 pages of the corpus where "e-pasta" is on hundreds.
   */
  function stemLatvianWord(word) {
    if (!HYPHENATED.test(word)) return stemLatvian(word);
    var cut = word.lastIndexOf('-') + 1;
    var last = word.slice(cut);
    var stem = stemLatvian(last);
    return stem.toLowerCase() === last.toLowerCase() ? word : word.slice(0, cut).toLowerCase() + stem;
  }

  var STEMMERS = { lv: stemLatvianWord };

  /** Each word of `text` stemmed; the spaces between words kept as typed. */
  function stemWords(text, stem) {
    return text.replace(/[^\s"]+/g, function (word) { return stem(word.normalize('NFC')); });
  }

  /*
   * A query wrapped in quotes as a whole is Pagefind's exact search (its test is /^\s*".+"\s*$/),
   * which matches words as typed: a stem inside it would match nothing, even between two phrases.
   */
  var EXACT_SEARCH = /^\s*".+"\s*$/;
  /* A quoted phrase, or the rest after a quote not yet closed (the reader is still typing it). */
  var PHRASE = /"[^"]*("|$)/g;

  /**
   * The query Pagefind should get for a page in `lang` (a BCP 47 tag): each word stemmed where
   * tolk has a stemmer for the language and Pagefind has none; quoted phrases stay as written.
   */
  function stemQuery(query, lang) {
    var stem = STEMMERS[String(lang || '').toLowerCase().split('-')[0]];
    if (!stem || EXACT_SEARCH.test(query)) return query;
    var out = '';
    var last = 0;
    query.replace(PHRASE, function (phrase, close, at) {
      out += stemWords(query.slice(last, at), stem) + phrase;
      last = at + phrase.length;
      return phrase;
    });
    return out + stemWords(query.slice(last), stem);
  }

  /*
   * A stem is a prefix, and a prefix also finds words that are no form of it: "Teams" is cut to
   * "team", which Pagefind matched in "TeamViewer" (it indexes a word's parts too), ranking
   * TeamViewer pages second among Teams results; "konts" (account) found 80 pages of the corpus
   * with only "kontrole" (control). Latvian endings and suffixes after a stem ending in a
   * consonant start with a vowel, or are "s", "š" or "t" ("teams", "kontā", "konfigurēts",
   * "konfigurācija", "paroļu"), so a page is kept when, for each word cut to such a stem, it has a
   * word starting with the stem and one of those letters. A longer word going on with a vowel
   * ("kontakts") cannot be told from a form this way, and stays.
   */
  var FORM_STARTS = ['a', 'e', 'i', 'u', 's', 'o', 't'];
  var CONSONANT_END = /[bcčdfgģhjkķlļmnņprsštvzž]$/;

  /** The stems of `query`'s words (outside phrases) whose forms can be told from other words. */
  function cutStems(query, lang) {
    if (STEMMERS[String(lang || '').toLowerCase().split('-')[0]] !== stemLatvianWord || EXACT_SEARCH.test(query)) return [];
    var stems = [];
    query.replace(PHRASE, ' ').split(/\s+/).forEach(function (word) {
      var lower = word.normalize('NFC').toLowerCase();
      var stem = stemLatvian(lower);
      if (stem !== lower && CONSONANT_END.test(stem) && stems.indexOf(stem) < 0) stems.push(stem);
    });
    return stems;
  }

  /*
   * Whether Pagefind found words starting with `prefix`: for a start no word has, it searches the
   * longest start of it that is a word ("teamo" as "team", the part of "TeamViewer"), and then
   * its first result, like all, matched none.
   */
  function foundStart(found, prefix) {
    var first = found.results[0];
    if (!first) return Promise.resolve(false);
    return first.data().then(function (data) {
      return global.tolkSearchWords.locatedWords(data).some(function (word) { return word.indexOf(prefix) === 0; });
    }, function () { return false; });
  }

  /*
   * One search at a time, the reader's query first: Pagefind loads index chunks as searches need
   * them, and its answer to a start of words can change with what is loaded ("epast" found 446
   * pages first, 501 after searches for "epasta" and others had run beside it).
   */
  function inTurn(items, step) {
    return items.reduce(function (done, item) { return done.then(function () { return step(item); }); }, Promise.resolve());
  }

  /*
   * The ids of the pages with a form of `stem` (a word starting with the stem and one of
   * FORM_STARTS), searched until every one of `results` is among them: most queries have no
   * other word to leave out, and stop after a search or two.
   */
  function pagesWithForms(pagefind, stem, results) {
    var ids = Object.create(null);
    var covered = function () { return results.every(function (r) { return ids[r.id]; }); };
    return inTurn(FORM_STARTS, function (letter) {
      if (covered()) return null;
      return pagefind.search(stem + letter).then(function (found) {
        return foundStart(found, fold(stem + letter)).then(function (genuine) {
          if (genuine) found.results.forEach(function (r) { ids[r.id] = true; });
        });
      });
    }).then(function () { return ids; });
  }

  /**
   * Pagefind's answer to `stemmed` (stemQuery of `query`), less the results that a cut word
   * matched only in words that are no form of it. The answer is otherwise Pagefind's.
   */
  function searchStemmed(pagefind, query, stemmed, lang) {
    // The words' judge (search-words.js) tells a start Pagefind has from one it stood in for.
    var stems = global.tolkSearchWords ? cutStems(query, lang) : [];
    return pagefind.search(stemmed).then(function (answer) {
      if (!stems.length) return answer;
      var allowed = [];
      return inTurn(stems, function (stem) {
        return pagesWithForms(pagefind, stem, answer.results).then(function (ids) { allowed.push(ids); });
      }).then(function () {
        var results = answer.results.filter(function (r) { return allowed.every(function (ids) { return ids[r.id]; }); });
        return Object.assign({}, answer, { results: results });
      });
    });
  }

  global.tolkStemQuery = stemQuery;
  global.tolkSearchStemmed = searchStemmed;
})(typeof window !== 'undefined' ? window : globalThis);
