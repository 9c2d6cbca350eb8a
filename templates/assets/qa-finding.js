/*
 * tolk QA report: one finding as the list shows it: severity, check, where it is (file and
 * line, unit, segment), the link into the advisory, the message, what the check is about, and
 * the English beside each translation with the flagged text marked. Loaded before qa.js, which
 * calls window.tolkQaFinding(api) once its helpers (qa-state.js, qa-path.js, qa-waive.js) are
 * set up and asks it for each item it shows. All content goes in through textContent: nothing
 * from a segment is ever parsed as HTML.
 */
(function () {
  'use strict';

  window.tolkQaFinding = function (api) {
    var data = api.data;
    var s = api.strings;
    var el = api.el;
    var fill = api.fill;
    var checkOf = api.checkOf;
    var localeOf = api.localeOf;
    var documentOf = api.documentOf;
    var texts = api.texts;
    // The helpers from the other scripts, each null when its file is not loaded.
    var place = api.place;
    var paths = api.paths;
    var waive = api.waive;

    /* A document name that narrows the list to it (qa-state.js), else plain text. */
    function documentName(name) { return place ? place.documentName(name) : document.createTextNode(name); }

    /** Text with the [start, end) ranges wrapped in <mark>; overlapping or bad ranges are tidied. */
    function highlighted(tag, className, text, ranges) {
      var node = el(tag, className);
      var spans = (ranges || [])
        .map(function (r) { return [Math.max(0, r[0]), Math.min(text.length, r[1])]; })
        .filter(function (r) { return r[1] > r[0]; })
        .sort(function (a, b) { return a[0] - b[0]; });
      var at = 0;
      spans.forEach(function (r) {
        var start = Math.max(r[0], at);
        if (r[1] <= start) return;
        if (start > at) node.appendChild(document.createTextNode(text.slice(at, start)));
        node.appendChild(el('mark', null, text.slice(start, r[1])));
        at = r[1];
      });
      if (at < text.length) node.appendChild(document.createTextNode(text.slice(at)));
      return node;
    }

    function textColumn(label, locale, text, ranges, className) {
      var column = el('div', 'qa-text ' + className);
      column.appendChild(el('span', 'qa-label', label));
      if (text === null || text === undefined) {
        column.appendChild(el('p', 'qa-missing', s.missingText));
      } else {
        var body = highlighted('p', null, text, ranges);
        body.lang = locale;
        column.appendChild(body);
      }
      return column;
    }

    function textColumns(f) {
      var box = el('div', 'qa-texts');
      var t = texts(f);
      var locale = localeOf(f);
      var highlights = f.highlights || {};
      box.appendChild(textColumn(s.english, data.english, t.source, highlights.source, 'qa-text-en'));
      box.appendChild(textColumn(locale, locale, t.target, highlights.target, 'qa-text-target'));
      var others = data.units[f.unit].targets;
      data.locales.forEach(function (other) {
        if (other === locale || !Object.prototype.hasOwnProperty.call(others, other)) return;
        box.appendChild(textColumn(other, other, others[other], null, 'qa-text-other'));
      });
      return box;
    }

    /**
     * The link to the finding's sentence in the advisory, or to the page. A sentence the locale
     * lacks (and a document it lacks) opens in the English page, and the link says so.
     */
    function openLink(f) {
      var url = documentOf(f).pages[f.page || localeOf(f)];
      // A document that could not be read in any language has no page to open.
      if (!url) return document.createTextNode('');
      var text = f.page
        ? fill(f.anchor ? s.openEnglishSentence : s.openEnglishPage, { locale: localeOf(f) })
        : (f.anchor ? s.openInPage : s.openDocument);
      var link = el('a', 'qa-open', text);
      link.href = f.anchor ? url + '#' + f.anchor : url;
      if (f.page) link.hreflang = f.page;
      return link;
    }

    /* "nb-NO/slug.md:21 [Copy] · unit 102 · 294fe-102" (qa-path.js), or "nb-NO · slug · … · line 21" without a file. */
    function where(f, n) {
      var line = el('span', 'qa-where');
      line.id = 'qa-fi-' + n;
      var slug = documentOf(f).slug;
        var rest = [f.unit !== null ? s.unit + ' ' + data.units[f.unit].key : s.documentLevel];
      if (f.segment) rest.push(f.segment);
      var path = paths && paths.place(f, documentName);
      if (path) {
        line.appendChild(path);
      } else {
        if (f.line !== null) rest.push(s.line + ' ' + f.line);
        line.appendChild(document.createTextNode(localeOf(f) + ' · '));
        line.appendChild(documentName(slug));
      }
      line.appendChild(document.createTextNode(' · ' + rest.join(' · ')));
      return line;
    }

    /*
     * What the check looks for and how to fix it, under the message: the message says what is
     * wrong here ("version 1.2 is written 1,2"), the description what to do about it. It is in the
     * summary table too, but that is screens above the finding, on a phone many.
     */
    function aboutCheck(check) {
      var box = el('details', 'qa-about');
      box.appendChild(el('summary', null, s.aboutCheck));
      box.appendChild(el('p', null, check.description));
      return box;
    }

    /** Finding number `n` (its index in data.findings gives its elements unique ids). */
    function findingItem(f, n) {
      var item = el('li', 'qa-finding qa-finding-' + f.severity + (f.waived !== undefined ? ' qa-finding-waived' : ''));
      item.tabIndex = -1;
      var head = el('div', 'qa-finding-head');
      head.appendChild(el('span', 'qa-sev qa-sev-' + f.severity, s['severity_' + f.severity] || f.severity));
      head.appendChild(el('span', 'qa-check-title', checkOf(f).title)).id = 'qa-ft-' + n;
      head.appendChild(el('code', 'qa-check-id', checkOf(f).id));
      head.appendChild(where(f, n));
      // The link and the Waive button wrap together, at the end of the line: alone, the button
      // wrapped under the check's name whenever the "where" line was long.
      var actions = head.appendChild(el('span', 'qa-actions'));
      actions.appendChild(openLink(f));
      item.appendChild(head);
      var message = item.appendChild(el('p', 'qa-message', f.message));
      if (waive && waive.waivable(f)) actions.appendChild(waive.findingButton(f, n, message));
      if (f.waived !== undefined) item.appendChild(el('p', 'qa-waived-reason', fill(s.waivedBecause, { reason: f.waived })));
      if (checkOf(f).description) item.appendChild(aboutCheck(checkOf(f)));
      if (f.unit !== null) item.appendChild(textColumns(f));
      return item;
    }

    return { item: findingItem };
  };
})();
