// tolk advisory reader: loaded with `defer` on advisory pages, after site.js. The page reads
// without it (the translation only); it adds the bilingual reading modes (the translation only,
// its English shown on focus, point or tap, side by side), remembered across pages, and keeps a
// sentence the page was opened at (#seg-…) in view. The remembered mode is already on <html>
// (reading-mode.js, in the <head>), so the page was drawn in it; this script wires it up.
(function () {
  'use strict';
  var root = document.documentElement;
  var KEY_MODE = 'tolk.bilingual';
  var MODES = ['off', 'reveal', 'sbs'];

  var storage = {
    get: function (key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  };

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
    initPopups();
  }

  /**
   * A popup that fits neither under its sentence nor above it (a long sentence on a phone, with
   * English as long): its end was below the window, and ↑ and ↓, which go from sentence to
   * sentence, could not scroll to it. Reached by keyboard or tap, the page moves up until the
   * popup's end shows, as far as the sentence's start stays in view. Not on pointing: the page
   * does not move under the mouse.
   */
  function bringPopupIntoView(seg, popup) {
    // A frame later: site.js has seen the scroll that focus made (it may have brought the header
    // back), so it sees this one as a scroll down of its own, and slides the header away.
    requestAnimationFrame(function () {
      var header = document.querySelector('.site-header');
      var by = popup.getBoundingClientRect().bottom + 8 - window.innerHeight;
      var away = !header || (by >= 4 && window.scrollY + by > header.offsetHeight);
      var covered = away ? 0 : Math.max(header.getBoundingClientRect().bottom, 0);
      by = Math.min(by, seg.getBoundingClientRect().top - covered - 8);
      if (by > 0) window.scrollBy(0, by);
    });
  }

  /** Where reveal mode's English popups open, and how a tap on a linked sentence opens one. */
  function initPopups() {
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
        else if (event.type === 'focusin') bringPopupIntoView(seg, popup);
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

  if (root.getAttribute('data-page') === 'article') { initToolbar(); keepTargetInView(); }
})();
