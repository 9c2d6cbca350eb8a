// tolk search page script (loaded only there, after site.js, with `defer`): Pagefind's results
// for the query in the address, updated as the reader types; the address follows the query.
(function () {
  'use strict';
  var root = document.documentElement;
  var base = root.getAttribute('data-base') || '/';

  function fill(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  /** Pagefind's excerpt is HTML with <mark>; keep only its text and the marks. */
  function safeExcerpt(html) {
    var p = document.createElement('p');
    var doc = new DOMParser().parseFromString('<body>' + html, 'text/html');
    doc.body.childNodes.forEach(function (node) {
      if (node.nodeType === 1 && node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(node.textContent || ''));
      }
    });
    return p;
  }

  /** Words as Pagefind compares them: lower case, accents off (to it `på` is `pa`). */
  function plainWords(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  }

  function sharedStart(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }

  /** The query's words as judged (longer than 3 letters; none in a phrase): compared plain, shown as typed. */
  function queryTerms(query) {
    if (/"/.test(query)) return [];
    var typed = String(query).normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
    return plainWords(query).map(function (plain, i) {
      return { plain: plain, shown: typed[i] && typed[i].length === plain.length ? typed[i] : plain };
    }).filter(function (term) { return term.plain.length > 3; });
  }

  /** The words Pagefind marked in a result's excerpt, plain. */
  function markedWords(data) {
    var marked = [];
    String(data.excerpt || '').replace(/<mark>([^<]*)<\/mark>/g, function (whole, text) { marked = marked.concat(plainWords(text)); return whole; });
    return marked;
  }

  /**
   * Whether Pagefind found only what it put in place of the query: a word it does not have, it
   * replaces by the longest start of it that it has ("onedrive" by "one", "paroles" by "på"), and
   * the reader got "4 results" for pages without the word. Told by the best result's marked words:
   * none shares half of a query word or more (a word with another ending does: "printer" for
   * "printing", "Install" for "installations", "paroli" for the stem "parol"). Short words and
   * phrases are searched as typed, not judged. A best result matched nowhere in its text was
   * matched in its data (the letters of a data: image, before the index left images out): none
   * either.
   */
  function onlyStandIns(query, best) {
    var terms = queryTerms(query);
    if (!best) return Promise.resolve(false);
    return best.data().then(function (data) {
      if (!data.locations || !data.locations.length) return true;
      if (!terms.length) return false;
      var marked = markedWords(data);
      if (!marked.length) return false;
      return !marked.some(function (word) {
        return terms.some(function (term) { return sharedStart(word, term.plain) >= Math.ceil(term.plain.length / 2); });
      });
    }, function () { return false; });
  }

  /** A misspelt word is offered the pages of a start of it 3 letters long at least ("x" says nothing). */
  var NEAR_PREFIX = 3;

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

  function initSearch() {
    var form = document.querySelector('.search-form');
    var input = document.getElementById('search-q');
    var status = document.getElementById('search-status');
    var results = document.getElementById('search-results');
    if (!form || !input || !results) return;
    var pagefind = null;
    var latest = 0;
    var loading = import(root.getAttribute('data-pagefind')).then(function (module) {
      pagefind = module;
      return pagefind.options({ baseUrl: base });
    }).catch(function () {
      status.textContent = status.getAttribute('data-unavailable');
    });
    // Results come PAGE at a time: the status line gives Pagefind's total, and a button adds the
    // next ones (each result's data loads only then) until all are shown.
    var PAGE = 25;
    var view = null;
    var more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-more';
    more.hidden = true;
    // Its label is the page's (searchMore in templates/strings); English if the page has none.
    more.textContent = status.getAttribute('data-more') || 'Show more results';
    results.insertAdjacentElement('afterend', more);
    // Under "no results" for a misspelt word ("pasword"): what Pagefind found for the start of it,
    // named and shown only on request, so the count above stays true.
    var near = document.createElement('p');
    near.className = 'search-near';
    near.hidden = true;
    var nearText = document.createElement('span');
    var nearButton = document.createElement('button');
    nearButton.type = 'button';
    nearButton.textContent = status.getAttribute('data-near-show') || 'Show them';
    near.appendChild(nearText);
    near.appendChild(document.createTextNode(' '));
    near.appendChild(nearButton);
    status.insertAdjacentElement('afterend', near);

    /** Shows the next PAGE results of a search; resolves to the first new link (null if the search is stale). */
    function showMore(shown) {
      return Promise.all(shown.rest.slice(0, PAGE).map(function (r) { return r.data(); })).then(function (data) {
        if (shown.ticket !== latest) return null;
        // Taken off the list only once loaded: after a failed load, the button tries them again.
        shown.rest.splice(0, data.length);
        if (!shown.count) results.textContent = '';
        var first = null;
        data.forEach(function (item) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = item.url;
          a.textContent = (item.meta && item.meta.title) || item.url;
          li.appendChild(a);
          li.appendChild(safeExcerpt(item.excerpt || ''));
          results.appendChild(li);
          first = first || a;
        });
        shown.count += data.length;
        more.hidden = !shown.rest.length;
        var template = shown.nearShown ? status.getAttribute('data-near-results')
          : shown.total ? status.getAttribute('data-results') : status.getAttribute('data-none');
        var text = fill(template, { count: shown.total, query: shown.query, prefix: shown.near ? shown.near.prefix : '' });
        // After the reader asked for more, the live region says how many are shown now.
        if (shown.count > PAGE) text += ' ' + fill(status.getAttribute('data-shown'), { shown: shown.count, count: shown.total });
        status.textContent = text.trim();
        return first;
      });
    }

    /** Back from a result (`saved`: what remember() noted): as many results as were shown, scrolled where the reader was. */
    function restoreView(shown, saved) {
      if (shown.ticket !== latest) return null;
      if (shown.count < saved.shown && shown.rest.length) {
        return showMore(shown).then(function () { return restoreView(shown, saved); });
      }
      window.scrollTo(0, saved.y);
      return null;
    }

    /** How many results' words a near match is judged by: Pagefind ranks a short word ("past") before the one meant ("password"). */
    var NEAR_JUDGED = 5;

    /**
     * For a word with no results ("pasword"): the longest start of it, NEAR_PREFIX letters or more,
     * that words of the site begin with ("pas": password, past), and Pagefind's results for it; null
     * if none. Pagefind answers a start it lacks with a stand-in ("pasw" as the word "pas", or "på"
     * in Norwegian, though "password" is there too), so a start counts only when a word marked in
     * its first results begins with it and is close to the misspelt one (closeTo).
     */
    function nearMatches(term, letters) {
      if (letters < NEAR_PREFIX) return Promise.resolve(null);
      var prefix = term.shown.slice(0, letters);
      return pagefind.search(prefix).then(function (found) {
        if (!found.results.length) return nearMatches(term, letters - 1);
        return Promise.all(found.results.slice(0, NEAR_JUDGED).map(function (r) { return r.data(); })).then(function (data) {
          var meant = data.some(function (item) {
            return markedWords(item).some(function (word) { return sharedStart(word, term.plain) >= letters && closeTo(term.plain, word, letters); });
          });
          return meant ? { prefix: prefix, results: found.results } : nearMatches(term, letters - 1);
        });
      });
    }

    /** Near matches for a one-word query that found nothing of its own. */
    function nearFor(stemmed) {
      var terms = queryTerms(stemmed);
      if (terms.length !== 1 || plainWords(stemmed).length !== 1) return Promise.resolve(null);
      return nearMatches(terms[0], terms[0].plain.length - 1).catch(function () { return null; });
    }

    /** Shows the results for the start of a misspelt word in place of the none for the word. */
    function showNear(shown) {
      near.hidden = true;
      shown.nearShown = true;
      shown.rest = shown.near.results.slice();
      shown.total = shown.rest.length;
      return showMore(shown);
    }

    function offerNear(shown) {
      if (shown.ticket !== latest || !shown.near || shown.nearShown) return;
      nearText.textContent = fill(status.getAttribute('data-near') || 'Pages with words starting “{prefix}”:', { prefix: shown.near.prefix });
      near.hidden = false;
    }

    function run(query, saved) {
      var ticket = ++latest;
      view = null;
      more.hidden = true;
      near.hidden = true;
      if (!query.trim()) { results.textContent = ''; status.textContent = ''; return Promise.resolve(); }
      return loading.then(function () {
        if (!pagefind) return null;
        // Languages Pagefind cannot stem get their query stemmed here (query-stem.js).
        var stemmed = window.tolkStemQuery ? window.tolkStemQuery(query, root.lang) : query;
        return pagefind.search(stemmed).then(function (found) {
          return onlyStandIns(stemmed, found.results[0]).then(function (standIns) {
            if (ticket !== latest) return null;
            var none = standIns || !found.results.length;
            var results = none ? [] : found.results.slice();
            view = { ticket: ticket, query: query, rest: results, total: results.length, count: 0 };
            var shown = view;
            var nearby = none ? nearFor(stemmed) : Promise.resolve(null);
            if (saved && saved.near) {
              // Back from one of the near matches: shown again, as the reader left them.
              return nearby.then(function (near) {
                if (shown.ticket !== latest) return null;
                shown.near = near;
                return (near ? showNear(shown) : showMore(shown)).then(function () { return restoreView(shown, saved); });
              });
            }
            // "No results" at once; the offer follows when its searches are done.
            nearby.then(function (near) { shown.near = near; offerNear(shown); });
            return showMore(shown).then(function (first) { return saved ? restoreView(shown, saved) : first; });
          });
        });
      });
    }

    // The results come after the page has loaded, too late for the browser to put the page back
    // where it was: Back from a result showed the top of the list (and only its first 25). So
    // opening a result notes, in this history entry, how many were shown and where the page was.
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    results.addEventListener('click', function (event) {
      if (!view || !event.target.closest || !event.target.closest('a')) return;
      window.history.replaceState({ q: view.query, shown: view.count, y: window.scrollY, near: !!view.nearShown }, '', window.location.href);
    });

    nearButton.addEventListener('click', function () {
      var shown = view;
      if (!shown || !shown.near || shown.nearShown) return;
      showNear(shown).then(function (first) {
        // The button is gone: focus goes to the first result, so the keyboard carries on from there.
        if (first) first.focus();
      }, function () {
        shown.nearShown = false;
        near.hidden = false;
      });
    });

    more.addEventListener('click', function () {
      var shown = view;
      if (!shown || shown.busy) return;
      shown.busy = true;
      showMore(shown).then(function (first) {
        shown.busy = false;
        // Focus goes to the first added result, so the keyboard carries on from there.
        if (first) first.focus();
      }, function () {
        // A result that failed to load (network) leaves the button working for another try.
        shown.busy = false;
      });
    });

    /**
     * Where the keyboard starts on arriving (it started at the top of the page, before the
     * header): at the status line once the results are shown, so a screen reader says how many
     * and Tab goes on to the first result (Shift+Tab back to the form); in the field when there is
     * no query yet. Not on Back, which puts the reader back where they were, nor once they have
     * moved focus themselves.
     */
    function focusOnArrival(query) {
      if (document.activeElement && document.activeElement !== document.body) return;
      if (!query.trim()) { input.focus(); return; }
      status.setAttribute('tabindex', '-1');
      status.focus({ preventScroll: true });
    }

    var initial = new URLSearchParams(window.location.search).get('q') || '';
    input.value = initial;
    var saved = window.history.state;
    var back = saved && saved.q === initial && typeof saved.shown === 'number' && typeof saved.y === 'number' ? saved : null;
    var arrival = run(initial, back);
    var arrived = function () { focusOnArrival(initial); };
    if (!back) arrival.then(arrived, arrived);
    var timer = 0;
    // The address follows the query, so it can be shared, reloaded or taken to another language.
    function searchFor(query) {
      var url = new URL(window.location.href);
      if (query.trim()) url.searchParams.set('q', query); else url.searchParams.delete('q');
      window.history.replaceState(null, '', url.pathname + url.search);
      run(query);
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { searchFor(input.value); }, 200);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      searchFor(input.value);
    });
  }

  initSearch();
})();
