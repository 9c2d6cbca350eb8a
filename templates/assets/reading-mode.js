// tolk reading mode, first: loaded without `defer` in the <head> of translated advisory pages, so
// it runs before the page is first drawn. It puts the reader's stored reading mode (reader.js
// stores it) on <html data-bilingual>, which site.css lays the modes out by: a page in side-by-side
// or reveal mode is drawn once in that mode. Set by the deferred reader.js alone, the page was
// drawn as the plain translation and then laid out again (a layout shift of up to 0.18 on every load).
// A file, not an inline script: the site's pages hold no inline script, so a Content-Security-
// Policy of `script-src 'self'` covers them with no hash to keep in step; it is one small request,
// cached by its version, fetched alongside site.css, which holds back the first paint anyway.
(function () {
  'use strict';
  try {
    var mode = window.localStorage.getItem('tolk.bilingual');
    if (mode === 'reveal' || mode === 'sbs') document.documentElement.setAttribute('data-bilingual', mode);
  } catch (e) {
    // Storage blocked (Safari's private mode, a sandbox): the translation only, as without script.
  }
})();
