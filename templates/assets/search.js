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

  /**
   * Whether Pagefind found only what it put in place of the query: a word it does not have, it
   * replaces by the longest start of it that it has ("onedrive" by "one", "paroles" by "på"), and
   * the reader got "4 results" for pages without the word. Told by the best result's marked words:
   * none shares half of a query word or more (a word with another ending does: "printer" for
   * "printing", "Install" for "installations", "paroli" for the stem "parol"). Short words and
   * phrases are searched as typed, not judged. A best result matched nowhere in its text was
   * matched in its data (a data: image's letters, "exchnage" as "ex"): none either.
   */
  function onlyStandIns(query, best) {
    var terms = /"/.test(query) ? [] : plainWords(query).filter(function (w) { return w.length > 3; });
    if (!best) return Promise.resolve(false);
    return best.data().then(function (data) {
      if (!data.locations || !data.locations.length) return true;
      if (!terms.length) return false;
      var marked = [];
      String(data.excerpt || '').replace(/<mark>([^<]*)<\/mark>/g, function (whole, text) { marked = marked.concat(plainWords(text)); return whole; });
      if (!marked.length) return false;
      return !marked.some(function (word) {
        return terms.some(function (term) { return sharedStart(word, term) >= Math.ceil(term.length / 2); });
      });
    }, function () { return false; });
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
        var template = shown.total ? status.getAttribute('data-results') : status.getAttribute('data-none');
        var text = fill(template, { count: shown.total, query: shown.query });
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

    function run(query, saved) {
      var ticket = ++latest;
      view = null;
      more.hidden = true;
      if (!query.trim()) { results.textContent = ''; status.textContent = ''; return Promise.resolve(); }
      return loading.then(function () {
        if (!pagefind) return null;
        // Languages Pagefind cannot stem get their query stemmed here (query-stem.js).
        var stemmed = window.tolkStemQuery ? window.tolkStemQuery(query, root.lang) : query;
        return pagefind.search(stemmed).then(function (found) {
          return onlyStandIns(stemmed, found.results[0]).then(function (standIns) {
            if (ticket !== latest) return null;
            var results = standIns ? [] : found.results.slice();
            view = { ticket: ticket, query: query, rest: results, total: results.length, count: 0 };
            return showMore(view).then(function (first) { return saved ? restoreView(view, saved) : first; });
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
      window.history.replaceState({ q: view.query, shown: view.count, y: window.scrollY }, '', window.location.href);
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
