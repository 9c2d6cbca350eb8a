/*
 * tolk QA report: filters and the findings list, rendered from the JSON in #qa-data.
 * Only one page of findings is in the DOM at a time (more on request), so thousands of
 * findings filter without lag. Each finding's item is drawn by qa-finding.js. All content goes
 * in through textContent: nothing from a segment is ever parsed as HTML.
 */
(function () {
  'use strict';
  var PAGE = 50;
  var SEARCH_DELAY = 150;
  var dataElement = document.getElementById('qa-data');
  if (!dataElement) return;
  var data = JSON.parse(dataElement.textContent || '{}');
  var s = data.strings;
  var form = document.getElementById('qa-filters');
  var list = document.getElementById('qa-list');
  var countLine = document.getElementById('qa-count');
  var moreButton = document.getElementById('qa-more');
  var fields = {
    locale: document.getElementById('qa-f-locale'),
    check: document.getElementById('qa-f-check'),
    severity: document.getElementById('qa-f-severity'),
    document: document.getElementById('qa-f-document'),
    q: document.getElementById('qa-f-q'),
    waived: document.getElementById('qa-f-waived'),
  };
  var matches = [];
  var shown = 0;
  var haystacks = [];
  var updateWaiveAll = null;
  var updateExport = null;
  var place = null;
  // Renders one finding's item (qa-finding.js).
  var finding = null;

  function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole;
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /* ---- filters ---- */

  /* Findings hold indexes into data.checks, data.locales, data.documents; filters use the names. */
  function checkOf(f) { return data.checks[f.check]; }
  function localeOf(f) { return data.locales[f.locale]; }
  function documentOf(f) { return data.documents[f.document]; }
  var keyOf = {
    locale: localeOf,
    check: function (f) { return checkOf(f).id; },
    severity: function (f) { return f.severity; },
    document: function (f) { return documentOf(f).slug; },
  };

  var FACETS = ['locale', 'check', 'severity', 'document'];

  /* Counts keyed by document slugs and check ids: no inherited keys (a slug "constructor"). */
  function tallies() { return Object.create(null); }

  function countBy(key) {
    var counts = tallies();
    data.findings.forEach(function (f) { var k = keyOf[key](f); counts[k] = (counts[k] || 0) + 1; });
    return counts;
  }

  /* Every value that occurs in the report gets an option; its count is filled in by updateCounts. */
  function addOptions(select, values, labelOf, counts) {
    values.forEach(function (value) {
      if (!counts[value]) return;
      var option = el('option', null, labelOf(value));
      option.value = value;
      option.setAttribute('data-label', labelOf(value));
      select.appendChild(option);
    });
  }

  function buildFilters() {
    var titles = tallies();
    data.checks.forEach(function (c) { titles[c.id] = c.title; });
    addOptions(fields.locale, data.locales, function (l) { return l; }, countBy('locale'));
    addOptions(fields.check, data.checks.map(function (c) { return c.id; }), function (id) { return titles[id]; }, countBy('check'));
    addOptions(fields.severity, ['error', 'warning', 'info'], function (sev) { return s['severity_' + sev] || sev; }, countBy('severity'));
    addOptions(fields.document, data.documents.map(function (d) { return d.slug; }), function (slug) { return slug; }, countBy('document'));
  }

  /*
   * Faceted counts: an option's count is the number of findings the list would show if that
   * option were chosen with every other filter as it is (a finding counts for a menu when it
   * passes all the other filters). Options that would show nothing are disabled, not removed,
   * so the menus keep their order and a chosen value never vanishes.
   */
  function updateCounts(counts) {
    FACETS.forEach(function (key) {
      var total = 0;
      Array.prototype.forEach.call(fields[key].options, function (option) {
        if (!option.value) return;
        var n = counts[key][option.value] || 0;
        total += n;
        option.textContent = option.getAttribute('data-label') + ' (' + n + ')';
        option.disabled = n === 0 && !option.selected;
      });
      fields[key].options[0].textContent = s.all + ' (' + total + ')';
    });
  }

  function readState() {
    return {
      locale: fields.locale.value,
      check: fields.check.value,
      severity: fields.severity.value,
      document: fields.document.value,
      q: fields.q.value.trim().toLowerCase(),
      waived: fields.waived.checked,
    };
  }

  /*
   * The file and line as the finding's "where" line and `tolk qa`'s text report write them
   * (`lv-LV/x.md:24`): a translator pastes that from a CI log or the page itself to find it.
   */
  function pathOf(f) {
    var file = documentOf(f).files && documentOf(f).files[localeOf(f)];
    if (typeof file !== 'string') return '';
    return f.line !== null ? file + ':' + f.line : file;
  }

  function haystackOf(f) {
    var t = texts(f);
    return [f.message, t.source || '', t.target || '', checkOf(f).id, documentOf(f).slug, pathOf(f), f.segment || '', f.waived || '']
      .join('\n').toLowerCase();
  }

  /* The search text of finding `i`, made (with those before it) when first asked for. */
  function haystack(i) {
    while (haystacks.length <= i) haystacks.push(haystackOf(data.findings[haystacks.length]));
    return haystacks[i];
  }

  /*
   * The search texts are made while the reader looks at the first findings, in idle moments: made
   * on the first keystroke, they held up its result by 0.1 to 0.4 s on the corpus's 5,341
   * findings (on a busy two-core machine), on top of the typing pause.
   */
  function prepareSearch(deadline) {
    var total = data.findings.length;
    while (haystacks.length < total && (!deadline || deadline.timeRemaining() > 2)) {
      haystack(Math.min(haystacks.length + 100, total) - 1);
    }
    if (haystacks.length < total) whenIdle(prepareSearch);
  }

  function whenIdle(fn) {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(fn);
    else setTimeout(fn, 500);
  }

  /*
   * `tolk qa` and the build print a file from the folder they ran in, so it opens there
   * (`content/nb-NO/x.md:24`, `../corpus/nb-NO/x.md:24`); the report names it from the content
   * folder (`nb-NO/x.md:24`). Such a path is searched from its locale folder on.
   */
  function fromLocaleFolder(w) {
    if (!/\.md(:\d+)*:?$/.test(w)) return w;
    for (var i = w.indexOf('/'); i !== -1; i = w.indexOf('/', i + 1)) {
      var rest = w.slice(i + 1);
      if (data.locales.some(function (l) { return rest.indexOf(l.toLowerCase() + '/') === 0; })) return rest;
    }
    return w;
  }

  /* A diagnostic's place, `x.md:24:1:`, is searched as the finding's path `x.md:24` (it has no column). */
  function searchWords(q) {
    return q ? q.split(/\s+/).map(function (w) { return fromLocaleFolder(w).replace(/^(.+\.md:\d+)(:\d+)?:?$/, '$1'); }) : [];
  }

  function matchesWords(i, words) {
    return words.every(function (w) { return haystack(i).indexOf(w) !== -1; });
  }

  /** The one menu filter a finding fails (its key), null when it passes all, '*' when it fails more or the rest. */
  function failedFacet(f, i, state, words) {
    if (f.waived !== undefined && !state.waived) return '*';
    if (words.length && !matchesWords(i, words)) return '*';
    var failed = null;
    for (var k = 0; k < FACETS.length; k++) {
      var key = FACETS[k];
      if (!state[key] || keyOf[key](f) === state[key]) continue;
      if (failed) return '*';
      failed = key;
    }
    return failed;
  }

  /** The "Not read" rows the locale, severity and search filters leave out are hidden (a top-level folder is every locale's). */
  function filterNotRead(state, words) {
    var rows = document.querySelectorAll('#qa-not-read tbody tr');
    var shownRows = 0;
    Array.prototype.forEach.call(rows, function (tr) {
      var locale = tr.getAttribute('data-locale');
      var text = tr.textContent.toLowerCase();
      tr.hidden = Boolean((state.locale && locale && locale !== state.locale) ||
        (state.severity && tr.getAttribute('data-severity') !== state.severity) ||
        !words.every(function (w) { return text.indexOf(w) !== -1; }));
      if (!tr.hidden) shownRows++;
    });
    var none = document.getElementById('qa-not-read-none');
    if (none) none.hidden = rows.length === 0 || shownRows > 0;
  }

  function applyFilters() {
    var state = readState();
    var words = searchWords(state.q);
    filterNotRead(state, words);
    var counts = { locale: tallies(), check: tallies(), severity: tallies(), document: tallies() };
    function tally(key, f) { var v = keyOf[key](f); counts[key][v] = (counts[key][v] || 0) + 1; }
    matches = [];
    for (var i = 0; i < data.findings.length; i++) {
      var f = data.findings[i];
      var failed = failedFacet(f, i, state, words);
      if (failed === '*') continue;
      if (failed) { tally(failed, f); continue; }
      FACETS.forEach(function (key) { tally(key, f); });
      matches.push(i);
    }
    updateCounts(counts);
    if (updateWaiveAll) updateWaiveAll(matches);
    if (updateExport) updateExport(matches);
    if (place) place.toUrl();
    list.textContent = '';
    shown = 0;
    showMore(false);
  }

  /** The finding's English and translation, from its unit. */
  function texts(f) {
    if (f.unit === null) return { source: null, target: null };
    var unit = data.units[f.unit];
    var locale = localeOf(f);
    return { source: unit.sources[locale], target: unit.targets[locale] };
  }


  /** The next page of findings, or up to `upTo` of them (a place restored by qa-state.js). */
  function showMore(moveFocus, upTo) {
    var fragment = document.createDocumentFragment();
    var end = Math.min(Math.max(upTo || 0, shown + PAGE), matches.length);
    var first = null;
    for (var i = shown; i < end; i++) {
      var item = finding.item(data.findings[matches[i]], matches[i]);
      if (!first) first = item;
      fragment.appendChild(item);
    }
    list.appendChild(fragment);
    shown = end;
    updateCount();
    if (moveFocus && first) first.focus();
  }

  function updateCount() {
    var total = data.findings.length;
    countLine.textContent = matches.length === 0
      ? fill(s.countNone, { total: total })
      : fill(s.countShown, { shown: shown, matched: matches.length, total: total });
    var rest = matches.length - shown;
    moreButton.hidden = rest <= 0;
    moreButton.textContent = fill(s.showMore, { count: Math.min(rest, PAGE) });
  }

  /* ---- identity across rebuilds ---- */

  /*
   * What a finding is about, not where it is in this report's data: after a rebuild (tolk serve
   * reloads the page when a file is saved) a fixed finding is gone and every later number moves
   * down by one. Neither the line (an edit above moves it) nor the message (fixing one of two
   * numbers changes it) is part of it.
   */
  function identity(n) {
    var f = data.findings[n];
    if (!f) return null;
    var unit = f.unit === null ? '' : data.units[f.unit].key;
    return [checkOf(f).id, localeOf(f), documentOf(f).slug, unit, f.segment || ''].join('\n');
  }

  var identities = null;
  /** The number of the first finding with that identity, or -1. */
  function findingOf(key) {
    if (!identities) {
      identities = Object.create(null);
      for (var n = data.findings.length - 1; n >= 0; n--) identities[identity(n)] = n;
    }
    var n = identities[key];
    return n === undefined ? -1 : n;
  }

  /* ---- wiring ---- */

  function debounce(fn, delay) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, delay);
    };
  }

  function start() {
    var noJs = document.getElementById('qa-nojs');
    if (noJs) noJs.hidden = true;
    if (data.findings.length === 0) return;
    buildFilters();
    // qa-state.js (loaded first) keeps the filters in the address and the reader's place.
    if (typeof window.tolkQaState === 'function') {
      place = window.tolkQaState({
        strings: s, el: el, fields: fields, list: list, apply: applyFilters,
        identity: identity, findingOf: findingOf,
        shown: function () { return shown; },
        showUpTo: function (count) { if (count > shown) showMore(false, count); },
      });
      place.fromUrl();
    }
    // qa-path.js (loaded first) gives each finding its file and line to copy.
    var paths = null;
    if (typeof window.tolkQaPath === 'function') {
      paths = window.tolkQaPath({ strings: s, el: el, fill: fill, list: list, documentOf: documentOf, localeOf: localeOf });
    }
    // qa-waive.js (loaded first) adds the waive buttons; without it the list works as before.
    var waive = null;
    if (typeof window.tolkQaWaive === 'function') {
      waive = window.tolkQaWaive({
        data: data, strings: s, el: el, fill: fill, checkOf: checkOf, localeOf: localeOf, documentOf: documentOf,
      });
      updateWaiveAll = waive.batch(countLine);
    }
    // qa-export.js (loaded first) downloads the filtered findings as CSV.
    if (typeof window.tolkQaExport === 'function') {
      updateExport = window.tolkQaExport({
        data: data, strings: s, el: el, fill: fill, checkOf: checkOf, localeOf: localeOf, documentOf: documentOf, texts: texts,
        filters: function () { return [fields.locale.value, fields.severity.value, fields.check.value, fields.document.value]; },
      });
    }
    // qa-finding.js (loaded first) draws each finding, with the helpers above.
    finding = window.tolkQaFinding({
      data: data, strings: s, el: el, fill: fill, checkOf: checkOf, localeOf: localeOf, documentOf: documentOf,
      texts: texts, place: place, paths: paths, waive: waive,
    });
    form.hidden = false;
    ['locale', 'check', 'severity', 'document', 'waived'].forEach(function (key) {
      fields[key].addEventListener('change', applyFilters);
    });
    fields.q.addEventListener('input', debounce(applyFilters, SEARCH_DELAY));
    form.addEventListener('submit', function (event) { event.preventDefault(); applyFilters(); });
    // The reset event fires before the fields are cleared.
    form.addEventListener('reset', function () { setTimeout(applyFilters, 0); });
    moreButton.addEventListener('click', function () { showMore(true); });
    applyFilters();
    if (place) place.restorePlace();
    whenIdle(prepareSearch);
  }

  start();
})();
