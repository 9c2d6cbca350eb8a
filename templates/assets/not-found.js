// tolk 404 script (loaded only by the 404 pages, after site.js, with `defer`): offers the page asked
// for in the languages that have it, or goes on to it when only the address's case was wrong.
(function () {
  'use strict';
  var base = document.documentElement.getAttribute('data-base') || '/';

  /**
   * A 404 for a page that another language has (`/nb-no/x/` when only `/lv-lv/x/` exists): the
   * language links go to that page, and the 404 says where it is. pages.json lists which
   * languages have each page (static hosting has no other way to know).
   */
  function initNotFound() {
    var rest = window.location.pathname.indexOf(base) === 0 ? window.location.pathname.slice(base.length) : '';
    var parts = rest.split('/').filter(Boolean);
    var note = document.querySelector('.found-elsewhere');
    if (parts.length < 2 || !note) return;
    var asked = parts[0].toLowerCase();
    var slug;
    try { slug = decodeURIComponent(parts.slice(1).join('/')); } catch (e) { return; }
    fetch(base + 'pages.json', { cache: 'no-cache' }).then(function (response) { return response.ok ? response.json() : null; }).then(function (index) {
      if (!index || !index.pages) return;
      // The address as typed, else in another case (/nb-no/TLS-Certificates/).
      if (!Object.prototype.hasOwnProperty.call(index.pages, slug)) {
        var lower = slug.toLowerCase();
        slug = Object.keys(index.pages).filter(function (s) { return s.toLowerCase() === lower; })[0];
        if (!slug) return;
      }
      var where = index.pages[slug];
      var path = slug.split('/').map(encodeURIComponent).join('/') + '/' + window.location.hash;
      var list = note.querySelector('.found-elsewhere-links');
      var links = document.querySelectorAll('.lang-switch a[data-locale]');
      // The language asked for has the page, at an address in another case (/LV-LV/, /lv-lv/X/):
      // go there, as the original site (case-insensitive) did. Never to this same address again.
      var own = index.locales.filter(function (l) { return l.toLowerCase() === asked; })[0];
      var ownUrl = own && where.indexOf(index.locales.indexOf(own)) >= 0 ? base + asked + '/' + path : null;
      if (ownUrl && ownUrl.split('#')[0] !== window.location.pathname) {
        window.location.replace(ownUrl);
        return;
      }
      var texts = {};
      try { texts = JSON.parse(note.getAttribute('data-texts') || '{}'); } catch (e) { /* keep the page's own sentence */ }
      if (Object.prototype.hasOwnProperty.call(texts, asked)) {
        var sentence = note.querySelector('.found-elsewhere-text');
        sentence.textContent = texts[asked];
        var own = null;
        Array.prototype.forEach.call(links, function (a) { if (a.getAttribute('data-locale').toLowerCase() === asked) own = a; });
        sentence.setAttribute('lang', own ? own.getAttribute('data-locale') : asked);
      }
      for (var i = 0; i < links.length; i++) {
        var locale = links[i].getAttribute('data-locale');
        var position = index.locales.indexOf(locale);
        if (locale.toLowerCase() === asked || position < 0 || where.indexOf(position) < 0) continue;
        var url = base + locale.toLowerCase() + '/' + path;
        links[i].setAttribute('href', url);
        // It leads to another page now, not to this one.
        links[i].removeAttribute('aria-current');
        var link = links[i].cloneNode(true);
        if (list.childNodes.length) list.appendChild(document.createTextNode(', '));
        list.appendChild(link);
        note.hidden = false;
      }
    }).catch(function () { /* offline or no index: the 404 stays as it is */ });
  }

  initNotFound();
})();
