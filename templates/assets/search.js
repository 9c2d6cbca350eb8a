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

    function run(query) {
      var ticket = ++latest;
      if (!query.trim()) { results.textContent = ''; status.textContent = ''; return; }
      loading.then(function () {
        if (!pagefind) return null;
        // Languages Pagefind cannot stem get their query stemmed here (query-stem.js).
        var stemmed = window.tolkStemQuery ? window.tolkStemQuery(query, root.lang) : query;
        return pagefind.search(stemmed).then(function (found) {
          return Promise.all(found.results.slice(0, 25).map(function (r) { return r.data(); }));
        });
      }).then(function (data) {
        if (!data || ticket !== latest) return;
        results.textContent = '';
        data.forEach(function (item) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = item.url;
          a.textContent = (item.meta && item.meta.title) || item.url;
          li.appendChild(a);
          li.appendChild(safeExcerpt(item.excerpt || ''));
          results.appendChild(li);
        });
        var template = data.length ? status.getAttribute('data-results') : status.getAttribute('data-none');
        status.textContent = fill(template, { count: data.length, query: query });
      });
    }

    var initial = new URLSearchParams(window.location.search).get('q') || '';
    input.value = initial;
    run(initial);
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
