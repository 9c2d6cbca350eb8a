// tolk site script: small, no framework, loaded with `defer`. Every page works without it;
// it adds the sliding header, language links that keep the reader's place, scrollable wide boxes
// and the root page's language choice. An advisory's bilingual reading modes are in reader.js,
// the homes' list filter and sort in home-list.js, the search page's in search.js, the 404s'
// pointer to the page in another language in not-found.js.
(function () {
  'use strict';
  var root = document.documentElement;
  var KEY_LOCALE = 'tolk.locale';

  var storage = {
    get: function (key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  };

  var header = document.querySelector('.site-header');

  /** Where the visible page starts: below the header while it shows. */
  function visibleTop() {
    var bottom = header ? header.getBoundingClientRect().bottom : 0;
    return Math.max(bottom, 0) + 1;
  }

  /**
   * The first segment whose box reaches below the header: the reader's place. A sentence without
   * an id is one of a run that another language merged into one (lv 108, 109, 110 of the unit
   * "108+109+110", only the first with an id): its place is that first one. The next sentence with
   * an id came after the whole run, and the other language opened past the sentence being read.
   */
  function segmentAtTop() {
    var segs = document.querySelectorAll('main .seg');
    var top = visibleTop();
    for (var i = 0; i < segs.length; i++) {
      if (segs[i].getBoundingClientRect().bottom <= top) continue;
      var unit = segs[i].getAttribute('data-unit');
      for (var j = i; j >= 0 && segs[j].getAttribute('data-unit') === unit; j--) if (segs[j].id) return segs[j];
      for (var k = i + 1; k < segs.length; k++) if (segs[k].id) return segs[k];
      return null;
    }
    return null;
  }

  // The header (with the language links) stays at the top of the window, out of the way while
  // the reader scrolls down and back as soon as they scroll up: the language links are always
  // within reach, so switching language can keep the place the reader is at.
  /** Where the page was at the last frame: before a scroll the browser makes while moving focus. */
  var framedY = window.scrollY;

  /**
   * Tab into the header while it is away: the browser scrolls the page towards the header's box
   * above the window (hundreds of pixels, before the focus event), though the sticky header shows
   * at the top wherever the page is. A keyboard reader on the way to the language links lost their
   * place on the page, and with it the place the links carry. The page goes back to where it was.
   */
  function stayPut() {
    if (window.scrollY !== framedY) window.scrollTo(0, framedY);
  }

  function initHeader() {
    if (!header) return;
    var lastY = window.scrollY;
    var hide = function (hidden) { header.classList.toggle('header-away', hidden); };
    hide(lastY > header.offsetHeight);
    window.addEventListener('scroll', function () {
      var y = framedY = window.scrollY;
      if (Math.abs(y - lastY) < 4) return;
      hide(y > lastY && y > header.offsetHeight);
      lastY = y;
    }, { passive: true });
    // Following a link to a sentence (#seg-…) scrolls down: the header must not cover it.
    window.addEventListener('hashchange', function () { hide(window.scrollY > header.offsetHeight); });
    // Tabbing backwards scrolls up, which brings the header back over what just got focus: move
    // the page so the focused element shows below it.
    // The header's own box will not do: when it was away, it is only starting to slide back at
    // this point (a 0.2 s transform), so its box is still above the window and the focused
    // element looked uncovered. Shown, the sticky header ends at its height from the top.
    document.addEventListener('focusin', function (event) {
      if (header.contains(event.target)) { stayPut(); return; }
      if (!event.target.getBoundingClientRect) return;
      requestAnimationFrame(function () {
        if (header.classList.contains('header-away')) return;
        var covered = header.offsetHeight - event.target.getBoundingClientRect().top;
        if (covered > 0) window.scrollBy(0, -(covered + 8));
      });
    });
  }

  /** The search page's query, kept when switching language. */
  function currentQuery() {
    var input = document.getElementById('search-q');
    return input ? input.value.trim() : '';
  }

  /** A language link's address as built (the page's top), kept when its href is rewritten. */
  function plainHref(link) {
    if (link.tolkPlainHref === undefined) link.tolkPlainHref = link.getAttribute('href') || '';
    return link.tolkPlainHref;
  }

  /**
   * A language link's address with what the reader has here: on an advisory their place, on the
   * search page the query, on a home the list's filter and order, on the QA report its filters.
   */
  function hrefWithPlace(link, page) {
    var plain = plainHref(link);
    var path = plain.split('#')[0].split('?')[0];
    if (page === 'search' && currentQuery()) return path + '?q=' + encodeURIComponent(currentQuery());
    // A home's list keeps its filter and order (home-list.js keeps them in the query).
    if (page === 'home') return path + window.location.search;
    // The QA report (one page for every language) keeps its filters, which qa-state.js keeps in the query.
    if (page === 'extra' && link.getAttribute('aria-current') === 'page') return path + window.location.search;
    if (page !== 'article' || window.scrollY < 8) return plain;
    var seg = segmentAtTop();
    return seg ? plain.split('#')[0] + '#' + seg.id : plain;
  }

  /** Pages whose language links carry something along (a 404's are set by not-found.js). */
  var CARRIES = ['article', 'search', 'home', 'extra'];

  function refreshLanguageLinks() {
    var page = root.getAttribute('data-page');
    if (CARRIES.indexOf(page) < 0) return;
    var links = document.querySelectorAll('a[data-locale]');
    for (var i = 0; i < links.length; i++) {
      var href = hrefWithPlace(links[i], page);
      if (links[i].getAttribute('href') !== href) links[i].setAttribute('href', href);
    }
  }

  // Language links remember the choice and carry what the reader has here along (hrefWithPlace).
  // Their href is kept up to date, not set at the click only: a Ctrl-click, a middle click, "Open
  // link in new tab", dragging the link to the tab bar or copying its address use the href without
  // a click event (or after it), and lost the place. Brought up to date when the reader stops
  // scrolling, and again whenever a link is about to be used (pointed at, pressed, focused).
  function initLanguageLinks() {
    var onLink = function (event) {
      var link = event.target.closest && event.target.closest('a[data-locale]');
      if (link) refreshLanguageLinks();
      return link;
    };
    ['pointerdown', 'focusin', 'mouseover', 'contextmenu', 'auxclick'].forEach(function (type) {
      document.addEventListener(type, onLink, true);
    });
    document.addEventListener('click', function (event) {
      var link = onLink(event);
      if (link) storage.set(KEY_LOCALE, link.getAttribute('data-locale'));
    }, true);
    var settle = null;
    window.addEventListener('scroll', function () {
      clearTimeout(settle);
      settle = setTimeout(refreshLanguageLinks, 150);
    }, { passive: true });
    // After the page's own listeners (the search query, a home's filter and order in the address).
    document.addEventListener('input', refreshLanguageLinks);
    document.addEventListener('change', refreshLanguageLinks);
    refreshLanguageLinks();
  }

  // Only the root page chooses a language and goes there; deep links are never redirected.
  function chooseLanguage() {
    var homes;
    // On <main>: on <html> a long list would push <meta charset> out of the page's first 1,024 bytes.
    var holder = document.querySelector('[data-homes]');
    if (!holder) return;
    try { homes = JSON.parse(holder.getAttribute('data-homes') || '[]'); } catch (e) { homes = []; }
    if (!homes.length) return;
    var byLocale = {};
    homes.forEach(function (h) { byLocale[h.locale.toLowerCase()] = h.url; });
    var stored = (storage.get(KEY_LOCALE) || '').toLowerCase();
    if (byLocale[stored]) return byLocale[stored];
    var wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''])
      .map(function (l) { return String(l).toLowerCase(); });
    for (var i = 0; i < wanted.length; i++) if (byLocale[wanted[i]]) return byLocale[wanted[i]];
    var primary = function (tag) { var p = tag.split('-')[0]; return p === 'no' || p === 'nn' ? 'nb' : p; };
    for (var j = 0; j < wanted.length; j++) {
      for (var k = 0; k < homes.length; k++) {
        if (primary(homes[k].locale.toLowerCase()) === primary(wanted[j])) return homes[k].url;
      }
    }
    return byLocale[(holder.getAttribute('data-default-locale') || '').toLowerCase()] || homes[0].url;
  }

  function initRoot() {
    var note = document.querySelector('.js-only');
    if (note) note.hidden = false;
    var target = chooseLanguage();
    if (target) window.location.replace(target);
  }

  /**
   * A table or a code block wider than the page scrolls in its box: keyboard users reach it too
   * (Tab, then arrows). Code has long lines (PowerShell commands, URLs) more often than tables.
   */
  function initWideBoxes() {
    var mark = function () {
      var boxes = document.querySelectorAll('main .table-wrap, main pre');
      for (var i = 0; i < boxes.length; i++) {
        if (boxes[i].scrollWidth > boxes[i].clientWidth) boxes[i].setAttribute('tabindex', '0');
        else boxes[i].removeAttribute('tabindex');
      }
    };
    mark();
    window.addEventListener('resize', mark);
  }

  initLanguageLinks();
  initHeader();
  initWideBoxes();
  var page = root.getAttribute('data-page');
  if (page === 'root') initRoot();
})();
