// tolk home list: the filter and the sort of a language's advisory list, loaded (with `defer`)
// by the homes only. Without it the list is complete, in A–Z order.
(function () {
  'use strict';

  function fill(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function normalize(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  }

  function initHomeList() {
    var list = document.getElementById('advisories');
    var tools = document.querySelector('.list-tools');
    if (!list || !tools) return;
    var filter = document.getElementById('filter');
    var sort = document.getElementById('sort');
    var status = document.getElementById('filter-status');
    var items = Array.prototype.slice.call(list.children);
    // The title only, as the filter's label says: the item's text also holds its machine-translation
    // badge and its date, so "tulko" (lv) or "maskin" (nb) showed every machine-translated page
    // and "2020" every page of that year, with no such word in their titles.
    var keys = items.map(function (li) {
      var link = li.querySelector('a');
      return normalize((link || li).textContent);
    });
    tools.hidden = false;

    function applyFilter() {
      var words = normalize(filter.value).split(' ').filter(Boolean);
      var shown = 0;
      items.forEach(function (li, i) {
        var match = words.every(function (w) { return keys[i].indexOf(w) >= 0; });
        li.hidden = !match;
        if (match) shown++;
      });
      status.textContent = words.length ? fill(status.getAttribute('data-template'), { shown: shown, total: items.length }) : '';
    }
    function applySort() {
      var order = items.slice();
      if (sort.value === 'title-desc') order.reverse();
      if (sort.value === 'date') {
        order = items.map(function (li, i) { return { li: li, i: i }; }).sort(function (a, b) {
          var da = a.li.getAttribute('data-date') || '', db = b.li.getAttribute('data-date') || '';
          return da < db ? 1 : da > db ? -1 : a.i - b.i;
        }).map(function (x) { return x.li; });
      }
      var fragment = document.createDocumentFragment();
      order.forEach(function (li) { fragment.appendChild(li); });
      list.appendChild(fragment);
    }
    // The filter and the order are kept in the address: coming back from an advisory (Back)
    // shows the list as the reader left it, where the browser would restore the chosen order in
    // the menu but not the list, and drop the filter text (autocomplete="off" inputs are not
    // restored). The address can be bookmarked or sent, as the search page's can.
    function remember() {
      var url = new URL(window.location.href);
      if (filter.value.trim()) url.searchParams.set('filter', filter.value); else url.searchParams.delete('filter');
      if (sort.value !== 'title') url.searchParams.set('sort', sort.value); else url.searchParams.delete('sort');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    }
    var params = new URLSearchParams(window.location.search);
    if (params.has('filter')) filter.value = params.get('filter');
    var wantedSort = params.get('sort');
    for (var o = 0; o < sort.options.length; o++) if (sort.options[o].value === wantedSort) sort.value = wantedSort;
    filter.addEventListener('input', function () { applyFilter(); remember(); });
    sort.addEventListener('change', function () { applySort(); remember(); });
    if (sort.value !== 'title') applySort();
    if (filter.value) applyFilter();
  }

  initHomeList();
})();
