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

  // A result's title and excerpt (search-excerpt.js).
  var excerptOf = window.tolkSearchExcerpt.excerptOf;
  var titleInto = window.tolkSearchExcerpt.titleInto;

  // The judging of Pagefind's answers (search-words.js).
  var judging = window.tolkSearchWords;
  var sharedStart = judging.sharedStart;
  var tokensOf = judging.tokensOf;
  var queryTerms = judging.queryTerms;
  var locatedWords = judging.locatedWords;
  var hasTerm = judging.hasTerm;
  var judge = judging.judge;
  var closeTo = judging.closeTo;

  /** A misspelt word is offered the pages of a start of it 3 letters long at least ("x" says nothing). */
  var NEAR_PREFIX = 3;

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
    // named and shown only on request, so the count above stays true. The offer comes after the
    // status line has been read out, so it is read out too (a live region, empty while there is
    // no offer: one that appears with its text is not read out).
    var near = document.createElement('p');
    near.className = 'search-near';
    near.setAttribute('aria-live', 'polite');
    var nearText = document.createElement('span');
    var nearButton = document.createElement('button');
    nearButton.type = 'button';
    nearButton.hidden = true;
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
          titleInto(a, item);
          li.appendChild(a);
          li.appendChild(excerptOf(item));
          results.appendChild(li);
          first = first || a;
        });
        shown.count += data.length;
        more.hidden = !shown.rest.length;
        var template = shown.nearShown ? nearTemplate(shown.near, 'results')
          : shown.total ? status.getAttribute('data-results') : status.getAttribute('data-none');
        var text = fill(template, { count: shown.total, query: shown.query, prefix: shown.near ? shown.near.prefix : '', words: shown.near ? shown.near.words : '' });
        // After the reader asked for more, the live region says how many are shown now.
        if (shown.count > PAGE) text += ' ' + fill(status.getAttribute('data-shown'), { shown: shown.count, count: shown.total });
        status.textContent = text.trim();
        return first;
      });
    }

    /** Back from a result (`saved`: what opening it noted): as many results as were shown, scrolled where the reader was. */
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
     * For a misspelt word (`term`) of a query that found nothing: the longest start of it,
     * NEAR_PREFIX letters or more, that words of the site begin with ("pas": password, past), in
     * place of the word ("reset pas"), and Pagefind's results for that; null if none. Pagefind
     * answers a start it lacks with a stand-in ("pasw" as the word "pas", or "på" in Norwegian,
     * though "password" is there too), so a start counts only when a word found begins with it and
     * is close to the misspelt one (closeTo), and the results have the query's other words.
     */
    function nearMatches(stemmed, term, others, letters) {
      if (letters < NEAR_PREFIX) return Promise.resolve(null);
      var prefix = term.shown.slice(0, letters);
      var tokens = tokensOf(stemmed);
      tokens[term.token] = prefix;
      var query = tokens.join(' ');
      var next = function () { return nearMatches(stemmed, term, others, letters - 1); };
      return pagefind.search(query).then(function (found) {
        if (!found.results.length) return next();
        return Promise.all(found.results.slice(0, NEAR_JUDGED).map(function (r) { return r.data(); })).then(function (data) {
          if (data[0].locations && others.some(function (other) { return !hasTerm(locatedWords(data[0]), other); })) return next();
          var meant = data.some(function (item) {
            return locatedWords(item).some(function (word) { return sharedStart(word, term.plain) >= letters && closeTo(term.plain, word, letters); });
          });
          return meant ? { prefix: prefix, results: found.results } : next();
        });
      });
    }

    /**
     * Near matches for a query that found nothing of its own because of a misspelt word (`missing`,
     * from judge; null when no page was found at all): its start in its place ("reset pas" for
     * "reset pasword"). The rest of the query, as typed, is named with the offer.
     */
    function nearFor(query, stemmed, missing) {
      var terms = queryTerms(stemmed);
      var known = missing ? Promise.resolve(missing) : terms.length > 1 ? missingAlone(terms) : Promise.resolve(terms);
      return known.then(function (lacking) {
        // Each word found alone, but no page with all: any may be the misspelt one ("pasord" finds
        // "påse" in Norwegian), so each is tried in turn.
        if (!lacking.length) lacking = terms;
        if (lacking.length > NEAR_TRIED) return null;
        return firstNear(query, stemmed, terms, lacking);
      }).catch(function () { return null; });
    }

    /** A query may have this many suspect words; each costs a search per letter it is cut by. */
    var NEAR_TRIED = 3;

    /** The near matches of the first of `suspects` (misspelt words) that has some, or null. */
    function firstNear(query, stemmed, terms, suspects) {
      if (!suspects.length) return Promise.resolve(null);
      var term = suspects[0];
      var others = terms.filter(function (other) { return other.token !== term.token; });
      return nearMatches(stemmed, term, others, term.plain.length - 1).then(function (near) {
        if (!near) return firstNear(query, stemmed, terms, suspects.slice(1));
        near.words = tokensOf(query).filter(function (token, at) { return at !== term.token; }).join(' ');
        return near;
      });
    }

    /** When no page has all the words: those no page has, each searched alone ("pasword" of "reset pasword"). */
    function missingAlone(terms) {
      return Promise.all(terms.map(function (term) {
        return pagefind.search(term.shown).then(function (found) { return judge(term.shown, found.results[0]); });
      })).then(function (judged) {
        return terms.filter(function (term, i) { return judged[i].none; });
      });
    }

    /** Shows the results for the start of a misspelt word in place of the none for the word. */
    function showNear(shown) {
      hideNear();
      shown.nearShown = true;
      shown.rest = shown.near.results.slice();
      shown.total = shown.rest.length;
      return showMore(shown);
    }

    /**
     * The page's words for a near match (`which`: 'offer' or 'results'): "Pages with words starting
     * “pas”", or with the query's other words, "Pages with “reset” and words starting “pas”".
     */
    function nearTemplate(nearby, which) {
      var name = 'data-near' + (nearby.words ? '-and' : '') + (which === 'results' ? '-results' : '');
      var fallback = nearby.words ? 'Pages with “{words}” and words starting “{prefix}”:' : 'Pages with words starting “{prefix}”:';
      return status.getAttribute(name) || (which === 'results' ? fallback + ' {count}.' : fallback);
    }

    function offerNear(shown) {
      if (shown.ticket !== latest || !shown.near || shown.nearShown) return;
      nearText.textContent = fill(nearTemplate(shown.near, 'offer'), { prefix: shown.near.prefix, words: shown.near.words });
      nearButton.hidden = false;
    }

    function hideNear() {
      nearText.textContent = '';
      nearButton.hidden = true;
    }

    // The tab and the history entry name the query ("“pasword” · Search · …"), so searches can be
    // told apart going back; the page's own title when the field is empty.
    var plainTitle = document.title;
    function showTitle(query) {
      var words = query.trim().replace(/\s+/g, ' ');
      var template = status.getAttribute('data-title');
      document.title = words && template ? fill(template, { query: words }) : plainTitle;
    }

    function run(query, saved) {
      var ticket = ++latest;
      showTitle(query);
      view = null;
      more.hidden = true;
      hideNear();
      if (!query.trim()) { results.textContent = ''; status.textContent = ''; return Promise.resolve(); }
      return loading.then(function () {
        if (!pagefind) return null;
        // Languages Pagefind cannot stem get their query stemmed here (query-stem.js).
        var stemmed = window.tolkStemQuery ? window.tolkStemQuery(query, root.lang) : query;
        var searched = window.tolkSearchStemmed ? window.tolkSearchStemmed(pagefind, query, stemmed, root.lang) : pagefind.search(stemmed);
        return searched.then(function (found) {
          return judge(stemmed, found.results[0]).then(function (judged) {
            if (ticket !== latest) return null;
            var none = judged.none;
            var results = none ? [] : found.results.slice();
            view = { ticket: ticket, query: query, rest: results, total: results.length, count: 0 };
            var shown = view;
            var nearby = none ? nearFor(query, stemmed, judged.missing) : Promise.resolve(null);
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
      // A query that led to a page is settled: typing after Back gives a new entry.
      clearTimeout(settleTimer);
      settled = true;
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
        offerNear(shown);
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
     * moved focus themselves. The status line is a starting point, not a control: the browser
     * drew its focus box around it on every arrival, for mouse readers too, as if it could be
     * clicked; it is focused without one (Tab shows the first result's).
     */
    function focusOnArrival(query) {
      if (document.activeElement && document.activeElement !== document.body) return;
      if (!query.trim()) { input.focus(); return; }
      status.setAttribute('tabindex', '-1');
      status.focus({ preventScroll: true, focusVisible: false });
    }

    /** The query in this page's address, and what opening one of its results noted in its history entry, if anything. */
    function fromAddress() {
      var query = new URLSearchParams(window.location.search).get('q') || '';
      var saved = window.history.state;
      return { query: query, back: saved && saved.q === query && typeof saved.shown === 'number' && typeof saved.y === 'number' ? saved : null };
    }

    var initial = fromAddress();
    input.value = initial.query;
    var arrival = run(initial.query, initial.back);
    var arrived = function () { focusOnArrival(initial.query); };
    if (!initial.back) arrival.then(arrived, arrived);
    var timer = 0;

    // The address follows the query, so it can be shared, reloaded or taken to another language.
    // Each search the reader settled on is an entry of its own in the history, so Back goes to the
    // previous search, as in other search boxes: replacing the one entry as they typed left only
    // the last query, and Back left the search page. Keystrokes are not searches, though: the
    // first change after a settled search adds an entry, and the changes that follow replace it,
    // until the query settles again (Enter, or a pause of SETTLED_MS in typing on a query). The
    // search the page opened with, or that Back or Forward came to, is settled.
    var SETTLED_MS = 2000;
    var settled = true;
    var settleTimer = 0;
    function settleLater(query) {
      clearTimeout(settleTimer);
      // An emptied field is no search to go back to: what is typed next takes its entry.
      if (query.trim()) settleTimer = setTimeout(function () { settled = true; }, SETTLED_MS);
    }
    function searchFor(query) {
      var url = new URL(window.location.href);
      if (query.trim()) url.searchParams.set('q', query); else url.searchParams.delete('q');
      var address = url.pathname + url.search;
      if (address !== window.location.pathname + window.location.search) {
        if (settled) window.history.pushState(null, '', address); else window.history.replaceState(null, '', address);
        settled = false;
      }
      run(query);
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      settleLater(input.value);
      timer = setTimeout(function () { searchFor(input.value); }, 200);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      clearTimeout(settleTimer);
      searchFor(input.value);
      settled = !!input.value.trim();
    });
    // Back or Forward to another search of this page: its query and results, as they were left.
    window.addEventListener('popstate', function () {
      clearTimeout(timer);
      clearTimeout(settleTimer);
      settled = true;
      var entry = fromAddress();
      input.value = entry.query;
      run(entry.query, entry.back);
    });
  }

  initSearch();
})();
