/*
 * tolk QA report: the reader's place. The filters live in the query string
 * (`qa/?locale=nb-NO&check=number-mismatch`), so a filtered view can be bookmarked, reloaded or
 * sent to a colleague. A query string, not a hash: a static host serves qa/index.html for any
 * query, and the hash stays free for the page's own anchors (#qa-findings). Coming back from an
 * advisory to a page the browser reloads (no back/forward cache), the list shows as many
 * findings as before and the finding the reader opened is where it was. Each finding's document
 * name narrows the list to that document. Loaded before qa.js, which calls
 * window.tolkQaState(api); without this file the report works, without these.
 */
(function () {
  'use strict';
  var FILTERS = ['locale', 'check', 'severity', 'document'];
  var PLACE_KEY = 'tolk-qa-place:';
  // Findings after the reader's one that a return may land on when that one is gone (fixed).
  var PLACE_FOLLOWERS = 10;

  /** The select's option for `wanted`: exact, else ignoring case (`nb-no` from a hand-typed address). */
  function optionValue(select, wanted) {
    if (!wanted) return '';
    var lower = wanted.toLowerCase();
    var loose = '';
    for (var i = 1; i < select.options.length; i++) {
      var value = select.options[i].value;
      if (value === wanted) return value;
      if (!loose && value.toLowerCase() === lower) loose = value;
    }
    return loose;
  }

  /*
   * Every field is set, to '' when the address says nothing or names a value the report lacks
   * (a check since removed, a document no longer flagged): the menus show what is applied, and
   * the first write of the address drops what was ignored.
   */
  function fromUrl(fields) {
    var params = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (key) { fields[key].value = optionValue(fields[key], params.get(key)); });
    fields.q.value = params.get('q') || '';
    fields.waived.checked = params.get('waived') === '1';
  }

  function urlOf(fields) {
    var params = new URLSearchParams();
    FILTERS.forEach(function (key) { if (fields[key].value) params.set(key, fields[key].value); });
    if (fields.q.value.trim()) params.set('q', fields.q.value.trim());
    if (fields.waived.checked) params.set('waived', '1');
    // `/` and `:` may stand in a query as they are: an address sent to a colleague reads
    // `?q=lv-LV/x.md:24` and `?document=includes/x`, not `?q=lv-LV%2Fx.md%3A24`.
    var query = params.toString().replace(/%2F/gi, '/').replace(/%3A/gi, ':');
    return window.location.pathname + (query ? '?' + query : '') + window.location.hash;
  }

  /* replaceState: a filter change is not a step back; unchanged addresses are not written at all. */
  function toUrl(fields) {
    var url = urlOf(fields);
    var here = window.location.pathname + window.location.search + window.location.hash;
    if (url === here) return;
    try { window.history.replaceState(null, '', url); } catch (e) { /* file: URLs may refuse */ }
  }

  /* ---- the place: how many findings were shown and where the reader was ---- */

  function placeKey() { return PLACE_KEY + window.location.pathname + window.location.search; }

  function readPlace() {
    try { return JSON.parse(window.sessionStorage.getItem(placeKey()) || 'null'); } catch (e) { return null; }
  }

  function writePlace(place) {
    try { window.sessionStorage.setItem(placeKey(), JSON.stringify(place)); } catch (e) { /* storage off: no restoring */ }
  }

  /*
   * Only a return to this history entry (back/forward) or a reload restores the place: following
   * a link to the report, even to the same address, opens it at the top as links do.
   */
  function isReturn() {
    var entry = window.performance && performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
    return !!entry && (entry.type === 'back_forward' || entry.type === 'reload');
  }

  /** The item of finding number `n`, if it is in the list now. */
  function itemOf(n) {
    var title = document.getElementById('qa-ft-' + n);
    return title ? title.closest('li') : null;
  }

  /** The first finding whose box reaches into the window: where a reader who scrolled is. */
  function itemAtTop(list) {
    for (var item = list.firstElementChild; item; item = item.nextElementSibling) {
      if (item.getBoundingClientRect().bottom > 0) return item;
    }
    return null;
  }

  function findingNumber(item) {
    var title = item && item.querySelector('[id^="qa-ft-"]');
    return title ? Number(title.id.slice(6)) : null;
  }

  window.tolkQaState = function (api) {
    var s = api.strings;
    // The finding whose advisory link the reader followed (in this tab), and whether by keyboard.
    var opened = null;
    // Whether the address the report was opened with named filters.
    var askedFilters = false;

    function savePlace() {
      var item = (opened && itemOf(opened.n)) || itemAtTop(api.list);
      writePlace({
        shown: api.shown(),
        n: findingNumber(item),
        keys: identitiesFrom(item),
        top: item ? Math.round(item.getBoundingClientRect().top) : 0,
        keyboard: !!(opened && item && opened.n === findingNumber(item) && opened.keyboard),
      });
    }

    /* The identities of the finding at `item` and of the few after it in the list. */
    function identitiesFrom(item) {
      var keys = [];
      for (; item && keys.length < PLACE_FOLLOWERS; item = item.nextElementSibling) {
        var key = api.identity(findingNumber(item));
        if (key !== null) keys.push(key);
      }
      return keys;
    }

    /*
     * The finding to put back in view: the reader's own by what it is about (after a rebuild its
     * number may belong to another finding, of another language even), else, when it is gone
     * (fixed), the first of the ones after it that is still listed. A place saved without
     * identities goes by number.
     */
    function placeItem(place) {
      if (!Array.isArray(place.keys) || place.keys.length === 0) return place.n === null ? null : itemOf(place.n);
      for (var i = 0; i < place.keys.length; i++) {
        var n = api.findingOf(place.keys[i]);
        var item = n < 0 ? null : itemOf(n);
        if (!item) continue;
        if (i > 0) noteGone(item, place.keys[0]);
        return item;
      }
      return null;
    }

    /*
     * The reader's finding is gone since the page was drawn (a rebuild after a save fixed it, or a
     * waiver was added): said at the top of the finding now in its place, so "is it fixed?" has an
     * answer. Filled a moment after it is added, so a screen reader announces it.
     */
    function noteGone(item, key) {
      var parts = key.split('\n'); // check, locale, document, unit, segment (see qa.js identity)
      var what = [parts[0], parts[1], parts[2], parts[4] || parts[3]].filter(Boolean).join(' · ');
      var note = api.el('p', 'qa-notice qa-gone');
      note.setAttribute('role', 'status');
      item.insertBefore(note, item.firstChild);
      setTimeout(function () {
        note.textContent = s.placeGone.replace('{finding}', function () { return what; });
      }, 50);
    }

    function noteOpened(event, link) {
      // A link opened in a new tab or window leaves the reader here: nothing to come back to.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      // A click from Enter on a focused link has detail 0; a mouse click counts its clicks.
      opened = { n: findingNumber(link.closest('li')), keyboard: event.detail === 0 };
    }

    /** Narrows the list to one document; the menu that now says so gets the focus. */
    function filterToDocument(slug) {
      api.fields.document.value = optionValue(api.fields.document, slug);
      api.apply();
      api.fields.document.focus();
    }

    api.list.addEventListener('click', function (event) {
      var target = event.target;
      var doc = target.closest && target.closest('button.qa-doc');
      if (doc) { filterToDocument(doc.getAttribute('data-document')); return; }
      var link = target.closest && target.closest('a.qa-open');
      if (link) noteOpened(event, link);
    });
    // pagehide fires on every way out (a link, the address bar, closing the tab), cached or not.
    window.addEventListener('pagehide', savePlace);

    /*
     * After the first rendering: on a return, show as many findings as were shown and put the
     * finding the reader was at back at the same height in the window (the browser's own scroll
     * restoration would count from a list of 50), focusing its link if it was opened by keyboard.
     */
    function restorePlace() {
      if (!isReturn()) { openAtFindings(); return; }
      var place = readPlace();
      if (!place || typeof place.shown !== 'number') return;
      if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
      api.showUpTo(place.shown);
      var item = placeItem(place);
      if (!item) return;
      var top = Number(place.top) || 0;
      window.scrollBy(0, item.getBoundingClientRect().top - top);
      holdPlace(item, top);
      var link = place.keyboard && item.querySelector('a.qa-open');
      if (link) link.focus({ preventScroll: true });
    }

    /*
     * Findings out of view are not laid out (qa.css, content-visibility): those above the one
     * restored count at an estimated height until they come near the window and get their real
     * one, which moves it (by hundreds of pixels after 100 findings). So keep it at its height
     * for the next few frames, until it stays put, unless the reader scrolls first.
     */
    function holdPlace(item, top) {
      var frames = 0, still = 0, stopped = false;
      function stop() { stopped = true; }
      var events = ['wheel', 'touchstart', 'keydown', 'mousedown'];
      events.forEach(function (type) { window.addEventListener(type, stop, { once: true, passive: true }); });
      function step() {
        if (stopped || !item.isConnected) return done();
        var off = Math.round(item.getBoundingClientRect().top - top);
        if (off !== 0) { window.scrollBy(0, off); still = 0; } else still++;
        if (++frames < 30 && still < 3) window.requestAnimationFrame(step); else done();
      }
      function done() { events.forEach(function (type) { window.removeEventListener(type, stop); }); }
      window.requestAnimationFrame(step);
    }

    /*
     * An address with filters is about the findings: an advisory's footer link to its own
     * findings, a filtered list a colleague sent. Opened at the top, it showed the whole
     * corpus's summary tables (screens of them on a phone) and none of the findings asked for,
     * nor the note that a document has none. Going to #qa-findings as a link to it would
     * (replacing the entry, no new one) also starts Tab and a screen reader there.
     */
    function openAtFindings() {
      if (window.location.hash || !askedFilters) return;
      try { window.location.replace('#qa-findings'); } catch (e) { /* a file: URL may refuse: stay at the top */ }
    }

    /* Read before the first rewrite of the address, which drops values the report lacks. */
    function hasFilters() {
      var params = new URLSearchParams(window.location.search);
      return FILTERS.concat(['q', 'waived']).some(function (key) { return params.has(key); });
    }

    /*
     * The document name in a finding's "where" line: a button that shows that document's findings
     * only (plain text when the list already is). Its hint is the one #qa-doc-hint.
     */
    function documentName(slug) {
      if (api.fields.document.value === slug) return document.createTextNode(slug);
      var button = api.el('button', 'qa-doc', slug);
      button.type = 'button';
      button.setAttribute('data-document', slug);
      button.setAttribute('aria-describedby', 'qa-doc-hint');
      button.title = s.filterToDocument;
      return button;
    }

    (function addHint() {
      var hint = api.el('span', null, s.filterToDocument);
      hint.id = 'qa-doc-hint';
      hint.hidden = true;
      api.list.parentNode.insertBefore(hint, api.list);
    })();

    /*
     * An address naming a document the report has no findings for (the footer link of a clean
     * advisory, an old bookmark) says so, rather than quietly showing other documents' findings.
     */
    function noteUnknownDocument() {
      var wanted = new URLSearchParams(window.location.search).get('document');
      if (!wanted || api.fields.document.value) return;
      // A function, so `$&` or `$\`` in the address is not read as a replacement pattern.
      var notice = api.el('p', 'qa-notice', s.documentWithoutFindings.replace('{document}', function () { return wanted; }));
      notice.id = 'qa-doc-notice';
      var form = api.fields.document.form;
      form.parentNode.insertBefore(notice, form);
      api.fields.document.addEventListener('change', function () { notice.remove(); }, { once: true });
    }

    /*
     * The summary tables' links to findings (`?locale=lv-LV&severity=warning#qa-findings`) set the
     * menus here. Followed as links, each reloaded the whole report, 4 MB and 1 to 3 seconds on
     * the 2,910-advisory corpus, for a list the menus redraw in a tenth of that. Each is still a
     * step in the history (Back shows the list before it) and lands at the findings, as the link
     * did; a link opened in a new tab or window is left to the browser.
     */
    function followFilterLink(event) {
      if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      var link = event.target.closest && event.target.closest('a[href]');
      if (!link || link.getAttribute('href').charAt(0) !== '?') return;
      var url = new URL(link.href);
      try { window.history.pushState(null, '', url.pathname + url.search); } catch (e) { return; /* file: URLs may refuse: the link reloads */ }
      event.preventDefault();
      showAddress();
      // A fragment navigation, as the link's own: scrolls there and starts Tab there.
      try { window.location.replace(url.hash || '#qa-findings'); } catch (e) { /* stays where it is */ }
    }

    /* The list the address names (after Back or Forward between those steps), unless it shows it already. */
    function showAddress() {
      if (new URL(urlOf(api.fields), window.location.href).search === window.location.search) return;
      fromUrl(api.fields);
      api.apply();
    }

    document.addEventListener('click', followFilterLink);
    window.addEventListener('popstate', showAddress);

    return {
      fromUrl: function () { askedFilters = hasFilters(); fromUrl(api.fields); noteUnknownDocument(); },
      toUrl: function () { opened = null; toUrl(api.fields); },
      restorePlace: restorePlace,
      documentName: documentName,
    };
  };
})();
