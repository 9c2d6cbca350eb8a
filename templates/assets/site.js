// tolk site script: small, no framework, loaded with `defer`. Every page works without it;
// it adds the remembered language and reading mode, the bilingual toolbar, and the root page's
// language choice. The homes' list filter and sort are in home-list.js, the search page's in search.js,
// the 404s' pointer to the page in another language in not-found.js.
(function () {
  'use strict';
  var root = document.documentElement;
  var KEY_LOCALE = 'tolk.locale';
  var KEY_MODE = 'tolk.bilingual';
  var MODES = ['off', 'reveal', 'sbs'];

  var storage = {
    get: function (key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  };

  function fill(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  var header = document.querySelector('.site-header');

  /** Where the visible page starts: below the header while it shows. */
  function visibleTop() {
    var bottom = header ? header.getBoundingClientRect().bottom : 0;
    return Math.max(bottom, 0) + 1;
  }

  /** The first segment whose box reaches below the header: the reader's place. */
  function segmentAtTop() {
    var segs = document.querySelectorAll('main .seg[id]');
    var top = visibleTop();
    for (var i = 0; i < segs.length; i++) {
      if (segs[i].getBoundingClientRect().bottom > top) return segs[i];
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

  /**
   * Whether reveal mode has something to show for a sentence: its English, unless the sentence
   * was left untranslated (.seg-same), when the English is what the page already says.
   */
  function hasOtherEnglish(seg) {
    return !seg.classList.contains('seg-same') && seg.querySelector(':scope > .seg-en') !== null;
  }

  /** The id of an element, given one (`seg-103-en`, or by position for a sentence without an id). */
  function idOf(element, seg, index, suffix) {
    if (!element.id) element.id = (seg.id || 'seg-n' + index) + '-' + suffix;
    return element.id;
  }

  /** The page-language sentence that describes a sentence's tab stop: its English comes next. */
  var HINT_ID = 'reveal-english-hint';

  /**
   * What a screen reader says on reaching a sentence in reveal mode: a group named by its
   * translation and described by a sentence in the page's language saying that the English
   * original follows. The English itself is no description (a description is flat text, read in
   * the page's voice: English in a Latvian voice) but content of the group, shown while it has
   * focus, with its own lang: a screen reader reads on into it in an English voice. A link
   * holding a sentence cannot hold its English (it would be part of the link's name): the English
   * follows the link instead (linkEnglish). The other modes show the English as text.
   */
  function describeForScreenReaders(seg, index, reveal) {
    var t = seg.querySelector(':scope > .seg-t');
    var en = seg.querySelector(':scope > .seg-en');
    var link = seg.closest('a');
    var hint = document.getElementById(HINT_ID) ? HINT_ID : null;
    var stop = reveal && !link && t && en;
    ['role', 'aria-labelledby', 'aria-describedby'].forEach(function (name) { if (!stop) seg.removeAttribute(name); });
    if (stop) {
      seg.setAttribute('role', 'group');
      seg.setAttribute('aria-labelledby', idOf(t, seg, index, 't'));
      if (hint) seg.setAttribute('aria-describedby', hint);
    }
    if (!en) return;
    var inLink = reveal && link !== null;
    if (inLink) en.setAttribute('aria-hidden', 'true'); else en.removeAttribute('aria-hidden');
    if (inLink) {
      var box = linkEnglish(link);
      if (box.childNodes.length) box.appendChild(document.createTextNode(' '));
      for (var c = en.firstChild; c; c = c.nextSibling) box.appendChild(c.cloneNode(true));
      if (hint) link.setAttribute('aria-describedby', hint);
    }
  }

  /** The English of the sentences in a link, right after it: shown, as a popup, while the link has focus. */
  function linkEnglish(link) {
    var next = link.nextElementSibling;
    if (next && next.classList.contains('seg-en-link')) return next;
    var box = document.createElement('span');
    box.className = 'seg-en-link';
    box.setAttribute('lang', link.querySelector('.seg-en').getAttribute('lang') || 'en');
    return link.parentNode.insertBefore(box, link.nextSibling);
  }

  /**
   * Closes the English popup where focus is (a sentence, a link in it, a link holding one) and
   * leaves focus where it is, so a screen reader keeps its place (blurring sent focus to the
   * page's start). It opens again when focus comes back from outside.
   */
  function closePopup(element) {
    element.classList.add('seg-closed');
    var reopen = function (event) {
      if (event.relatedTarget && element.contains(event.relatedTarget)) return;
      element.classList.remove('seg-closed');
      element.removeEventListener('focusout', reopen);
    };
    element.addEventListener('focusout', reopen);
  }

  /**
   * Reveal mode's sentences are one tab stop, as the items of a WAI-ARIA composite widget are
   * (roving tabindex): each sentence was a stop of its own, so a keyboard reader deep in a long
   * advisory went back to the header (language links, reading mode) or on to the footer through
   * every sentence between. The stop is the sentence focused last, else the first; ↑ and ↓ (Home,
   * End) go from sentence to sentence, showing each one's English. Links stay stops of their own.
   */
  var sentenceStop = null;

  function isSentenceStop(element) {
    return !!(element && element.matches && element.matches('main .seg[tabindex]'));
  }

  function makeSentenceStop(seg) {
    if (sentenceStop && sentenceStop !== seg && isSentenceStop(sentenceStop)) sentenceStop.setAttribute('tabindex', '-1');
    seg.setAttribute('tabindex', '0');
    sentenceStop = seg;
  }

  /** The first sentence stop at or after `element` (a #seg target may have no English to show). */
  function sentenceStopFrom(element) {
    var stops = document.querySelectorAll('main .seg[tabindex]');
    for (var i = 0; i < stops.length; i++) {
      if (stops[i] === element || (element.compareDocumentPosition(stops[i]) & Node.DOCUMENT_POSITION_FOLLOWING)) return stops[i];
    }
    return null;
  }

  var SENTENCE_KEYS = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };

  function initSentenceKeys() {
    // A sentence focused by Tab, click, tap or arrow key becomes the stop; a link in it does not
    // move it, so Tab and Shift+Tab still pass the same stops in opposite orders.
    document.addEventListener('focusin', function (event) {
      if (isSentenceStop(event.target)) makeSentenceStop(event.target);
    });
    document.addEventListener('keydown', function (event) {
      var step = SENTENCE_KEYS[event.key];
      if (!step || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !isSentenceStop(event.target)) return;
      var stops = Array.prototype.slice.call(document.querySelectorAll('main .seg[tabindex]'));
      var to = Math.max(0, Math.min(stops.length - 1, stops.indexOf(event.target) + step));
      // At the first or last sentence the key does nothing (it does not scroll the sentence away).
      event.preventDefault();
      if (stops[to] !== event.target) stops[to].focus();
    });
  }

  /**
   * `anchor`: the element the reader acted on (a toolbar button), kept where it is on the screen
   * while the text below it reflows: it holds focus and shows the new pressed state.
   */
  function setMode(mode, anchor) {
    if (MODES.indexOf(mode) < 0) mode = 'off';
    var anchorTop = anchor ? anchor.getBoundingClientRect().top : 0;
    root.setAttribute('data-bilingual', mode);
    var segs = document.querySelectorAll('main .seg');
    // Links are described afresh below (only site.js gives them aria-describedby: content's is dropped).
    var described = document.querySelectorAll('main a[aria-describedby]');
    for (var d = 0; d < described.length; d++) described[d].removeAttribute('aria-describedby');
    var copies = document.querySelectorAll('main .seg-en-link');
    for (var c = 0; c < copies.length; c++) copies[c].remove();
    // A popup is a glimpse of the English, not a place to go (the mouse passes through it): its
    // links are no tab stops, which would come and go with it (Tab entered one only forwards, and
    // Escape left focus in a popup it could not close). The translation's own link stays one.
    var popupLinks = document.querySelectorAll('main .seg-en a[href]');
    for (var p = 0; p < popupLinks.length; p++) {
      if (mode === 'reveal') popupLinks[p].setAttribute('tabindex', '-1');
      else popupLinks[p].removeAttribute('tabindex');
    }
    for (var i = 0; i < segs.length; i++) {
      // Focusable only in reveal mode, where focus (and tap) shows the English sentence. A
      // sentence inside a link is not: focusing the link shows it (no second tab stop).
      var stop = mode === 'reveal' && hasOtherEnglish(segs[i]) && !segs[i].closest('a');
      if (stop) segs[i].setAttribute('tabindex', '-1');
      else segs[i].removeAttribute('tabindex');
      describeForScreenReaders(segs[i], i, mode === 'reveal' && hasOtherEnglish(segs[i]));
    }
    // The sentences' one tab stop (sentenceStop): kept across a mode switch, else the first.
    var first = isSentenceStop(sentenceStop) ? sentenceStop : document.querySelector('main .seg[tabindex]');
    if (first) makeSentenceStop(first);
    var buttons = document.querySelectorAll('.reader-toolbar [data-mode]');
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].setAttribute('aria-pressed', String(buttons[j].getAttribute('data-mode') === mode));
    }
    if (anchor) {
      var moved = anchor.getBoundingClientRect().top - anchorTop;
      if (moved) window.scrollBy(0, moved);
    }
  }

  function initToolbar() {
    var toolbar = document.querySelector('.reader-toolbar');
    if (!toolbar) return;
    toolbar.hidden = false;
    setMode(storage.get(KEY_MODE) || 'off', null);
    initSentenceKeys();
    toolbar.addEventListener('click', function (event) {
      var button = event.target.closest('[data-mode]');
      if (!button) return;
      var mode = button.getAttribute('data-mode');
      storage.set(KEY_MODE, mode);
      setMode(mode, button);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') return;
      // A popup shown by pointing stays hidden until the mouse moves again.
      root.classList.add('seg-hover-off');
      var active = document.activeElement;
      if (!active || !active.closest) return;
      // The sentence around focus (a link in its translation has focus), or a link holding one.
      var open = active.closest('main .seg[tabindex]') || (active.matches('a') && active.querySelector('.seg-en') ? active : null);
      if (open) closePopup(open);
    });
    document.addEventListener('mousemove', function () { root.classList.remove('seg-hover-off'); }, { passive: true });
    // A popup opens under its sentence: from the sentence's left edge (a cell in a table's last
    // column, a sentence far right: it opened at the article's left edge, under another cell),
    // moved left only as far as it needs to fit. One that would open below the window opens above.
    var placePopup = function (event) {
      var seg = event.target.closest && event.target.closest('main .seg');
      var popup = seg && seg.querySelector(':scope > .seg-en');
      var after = event.target.nextElementSibling;
      if (!seg && after && after.classList.contains('seg-en-link')) { seg = event.target; popup = after; }
      if (!popup || root.getAttribute('data-bilingual') !== 'reveal') return;
      popup.style.transform = '';
      popup.style.left = '';
      requestAnimationFrame(function () {
        var box = popup.getBoundingClientRect();
        var area = popup.offsetParent && popup.offsetParent.getBoundingClientRect();
        if (box.height === 0 || !area) return;
        var left = Math.min(seg.getBoundingClientRect().left - area.left, area.width - box.width);
        if (left > 0) popup.style.left = left + 'px';
        if (box.bottom <= window.innerHeight) return;
        var lift = box.height + seg.getBoundingClientRect().height + 8;
        if (box.top - lift >= 0) popup.style.transform = 'translateY(' + (-lift) + 'px)';
      });
    };
    document.addEventListener('mouseover', placePopup);
    document.addEventListener('focusin', placePopup);
    // On a touch screen there is no hover: the first tap on a linked sentence shows its English,
    // a second tap follows the link.
    // (The browser focuses a tapped link before the click: whether it had focus is noted first.)
    var tapped = null;
    var tappedHadFocus = false;
    document.addEventListener('pointerdown', function (event) {
      var seg = event.pointerType === 'touch' && event.target.closest ? event.target.closest('main .seg') : null;
      tapped = seg && hasOtherEnglish(seg) ? seg.closest('a') : null;
      tappedHadFocus = tapped !== null && document.activeElement === tapped;
    }, true);
    document.addEventListener('click', function (event) {
      if (!tapped || tappedHadFocus || root.getAttribute('data-bilingual') !== 'reveal' || !tapped.contains(event.target)) return;
      event.preventDefault();
      tapped.focus();
    }, true);
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

  /** For `seg-107` that this page lacks, its first sentence numbered above 107; null when none. */
  function nextSentence(id) {
    var wanted = /^seg-(\d+)$/.exec(id);
    if (!wanted) return null;
    var segs = document.querySelectorAll('main .seg[id^="seg-"]');
    for (var i = 0; i < segs.length; i++) {
      var key = /^seg-(\d+)$/.exec(segs[i].id);
      if (key && Number(key[1]) > Number(wanted[1])) return segs[i];
    }
    return null;
  }

  /**
   * Opened at a sentence (#seg-…): images above it load later (lazily, and without a known
   * height), push it down and out of view. Until the reader moves the page themselves, each image
   * that loads puts the sentence back at the top.
   */
  function keepTargetInView() {
    var id = window.location.hash.slice(1);
    var target = id && (document.getElementById(id) || nextSentence(id));
    if (!target) return;
    // A sentence this language lacks (another language's link): the next one it has.
    if (target.id !== id) target.scrollIntoView({ block: 'start' });
    var moved = false;
    ['wheel', 'touchstart', 'keydown', 'mousedown'].forEach(function (type) {
      window.addEventListener(type, function () { moved = true; }, { once: true, passive: true });
    });
    // Tab goes on from here: the sentences' tab stop is this sentence (or the next with English).
    var stop = sentenceStopFrom(target);
    if (stop) makeSentenceStop(stop);
    // In reveal mode the sentence is focusable, so the browser focuses it on arrival, and focus
    // opened its English popup over the lines below, unasked (after each language switch). The
    // popup stays closed; focus stays, so Tab and a screen reader go on from this sentence.
    target.addEventListener('focus', function () { if (!moved) closePopup(target); }, { once: true });
    var images = document.querySelectorAll('main img');
    for (var i = 0; i < images.length; i++) {
      if (images[i].complete) continue;
      images[i].addEventListener('load', function () { if (!moved) target.scrollIntoView({ block: 'start' }); });
    }
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
  if (page === 'article') { initToolbar(); keepTargetInView(); }
})();
