/*
 * tolk QA report: waivers from the page. A finding's "Waive…" button (and "Waive all N findings
 * that match the filters…" for the filtered list) asks for a reason and copies the waiver JSON that
 * tolk.config.json's "waivers" list accepts (src/check/config.ts). Loaded before qa.js, which
 * calls window.tolkQaWaive(api) with its data and helpers.
 */
(function () {
  'use strict';

  /*
   * The waiver that matches this finding and as little else as config allows: the locale always
   * (without it a waiver covers every locale, so a finding of no known locale gets no waiver: see
   * waivable), the segment ids as the finding gives them (a merged unit's "a-1 a-2" matches
   * whole), else the unit key. A whole-document finding has neither, so its waiver covers the
   * check's findings in that document and locale.
   */
  function waiverOf(api, f, reason) {
    var w = { document: api.documentOf(f).slug };
    var locale = api.localeOf(f);
    if (typeof locale === 'string') w.locale = locale;
    if (f.segment !== null) w.segment = f.segment;
    else if (f.unit !== null) w.unit = api.data.units[f.unit].key;
    w.check = api.checkOf(f).id;
    w.reason = reason;
    return w;
  }

  /* One line per waiver, spaced like the README's example, so a pasted list stays readable. */
  function waiverText(w) {
    return '{ ' + Object.keys(w).map(function (k) { return JSON.stringify(k) + ': ' + JSON.stringify(w[k]); }).join(', ') + ' }';
  }

  function listText(waivers) {
    return '[\n' + waivers.map(function (w) { return '  ' + waiverText(w); }).join(',\n') + '\n]';
  }

  /* Findings that would give the same waiver (one check, several hits in a segment) give it once. */
  function distinct(waivers) {
    var seen = Object.create(null);
    return waivers.filter(function (w) {
      var key = JSON.stringify([w.document, w.locale, w.segment, w.unit, w.check]);
      if (seen[key]) return false;
      seen[key] = true;
      return true;
    });
  }

  /*
   * Copying as the Copy button of a finding's path does (qa-path.js, loaded before any click):
   * the Clipboard API where there is one, else the copy command (plain http from another machine);
   * it rejects where neither can, and the panel then shows the JSON selected.
   */
  function copyText(text) {
    return window.tolkQaCopy(text);
  }

  /*
   * A reason field, a copy button, a status line (role=status: the confirmation is shown and
   * announced) and a read-only field that shows the JSON selected when copying is not possible.
   * `make(reason)` returns { text, count } at the moment of copying.
   */
  function panel(api, id, copyLabel, copiedText, make) {
    var s = api.strings;
    var box = api.el('div', 'qa-waive');
    box.id = id;
    var reasonId = id + '-reason';
    var label = api.el('label', 'qa-waive-label', s.waiveReason);
    label.htmlFor = reasonId;
    var reason = api.el('input', 'qa-waive-reason');
    reason.type = 'text';
    reason.id = reasonId;
    reason.autocomplete = 'off';
    var copy = api.el('button', 'qa-waive-copy', copyLabel());
    copy.type = 'button';
    var status = api.el('p', 'qa-waive-status');
    status.setAttribute('role', 'status');
    var textLabel = api.el('label', 'qa-waive-label', s.waiveText);
    textLabel.htmlFor = id + '-json';
    var field = api.el('textarea', 'qa-waive-json');
    field.id = id + '-json';
    field.readOnly = true;
    field.rows = 3;
    var manual = api.el('div', 'qa-waive-manual');
    manual.hidden = true;
    manual.appendChild(textLabel);
    manual.appendChild(field);

    function doCopy() {
      var why = reason.value.trim();
      if (!why) {
        reason.setAttribute('aria-invalid', 'true');
        status.textContent = s.waiveNeedsReason;
        reason.focus();
        return;
      }
      reason.removeAttribute('aria-invalid');
      var made = make(why);
      field.value = made.text;
      copyText(made.text).then(function () {
        manual.hidden = true;
        status.textContent = made.copied || api.fill(copiedText, { count: made.count });
      }, function () {
        manual.hidden = false;
        field.rows = Math.min(12, made.text.split('\n').length + 1);
        status.textContent = s.waiveManual;
        field.focus();
        field.select();
      });
    }

    copy.addEventListener('click', doCopy);
    reason.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); doCopy(); }
    });
    var row = api.el('div', 'qa-waive-row');
    row.appendChild(reason);
    row.appendChild(copy);
    box.appendChild(label);
    box.appendChild(row);
    box.appendChild(status);
    box.appendChild(manual);
    return { box: box, reason: reason, copy: copy, status: status };
  }

  /* A disclosure button: opens the panel below it (focus to the reason), Escape closes it again. */
  function disclosure(api, button, place, build) {
    var opened = null;
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', function () {
      if (!opened) {
        opened = build();
        opened.box.hidden = true;
        place(opened.box);
        button.setAttribute('aria-controls', opened.box.id);
        opened.box.addEventListener('keydown', function (event) {
          if (event.key === 'Escape') { event.preventDefault(); toggle(false); button.focus(); }
        });
      }
      toggle(opened.box.hidden);
    });
    function toggle(open) {
      opened.box.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      if (open) opened.reason.focus();
    }
    return {
      refresh: function () { if (opened && opened.label) opened.copy.textContent = opened.label(); },
      get: function () { return opened; },
    };
  }

  window.tolkQaWaive = function (api) {
    var s = api.strings;

    /** The "Waive…" button of finding number `n`, and where its panel goes (after `anchor`). */
    function findingButton(f, n, anchor) {
      var button = api.el('button', 'qa-waive-open', s.waive);
      // Many buttons say "Waive…": the description says which finding (check, where).
      button.setAttribute('aria-describedby', 'qa-ft-' + n + ' qa-fi-' + n);
      disclosure(api, button, function (box) { anchor.parentNode.insertBefore(box, anchor.nextSibling); }, function () {
        var p = panel(api, 'qa-w-' + n, function () { return s.waiveCopy; }, s.waiveCopied, function (reason) {
          return { text: waiverText(waiverOf(api, f, reason)), count: 1 };
        });
        if (f.segment === null && f.unit === null) {
          var note = api.el('p', 'qa-waive-note', api.fill(s.waiveWholeDocument,
            { check: api.checkOf(f).id, document: api.documentOf(f).slug, locale: api.localeOf(f) }));
          p.box.insertBefore(note, p.box.firstChild);
        }
        return p;
      });
      return button;
    }

    /** The waivers of every unwaived finding the filters show, not only the ones on screen. */
    function shownWaivers(indexes, reason) {
      var waivers = [];
      indexes.forEach(function (i) {
        var f = api.data.findings[i];
        if (waivable(f)) waivers.push(waiverOf(api, f, reason));
      });
      return distinct(waivers);
    }

    /*
     * Not for a finding whose locale the report does not list (index -1): the page cannot name
     * its locale, and a waiver without one would cover every locale.
     */
    function waivable(f) {
      return f.waived === undefined && api.checkOf(f).waivable !== false && typeof api.localeOf(f) === 'string';
    }

    /** "Waive all N findings that match the filters…" after the count line; `update(indexes)` follows the filters. */
    function batch(after) {
      var wrap = api.el('div', 'qa-waive-all');
      var button = api.el('button', 'qa-waive-all-open');
      wrap.appendChild(button);
      after.parentNode.insertBefore(wrap, after.nextSibling);
      var current = [];
      var countOf = function () { return shownWaivers(current, '-').length; };
      // One finding gets the singular texts (strings a page built by an older tolk lacks: plural then).
      var counted = function (plural, one, n) { return api.fill(n === 1 && one ? one : plural, { count: n }); };
      var copyLabel = function () { return counted(s.waiveAllCopy, s.waiveAllCopyOne, countOf()); };
      var control = disclosure(api, button, function (box) { wrap.appendChild(box); }, function () {
        var p = panel(api, 'qa-w-all', copyLabel, s.waiveAllCopied, function (reason) {
          var waivers = shownWaivers(current, reason);
          return { text: listText(waivers), count: waivers.length, copied: counted(s.waiveAllCopied, s.waiveAllCopiedOne, waivers.length) };
        });
        p.label = copyLabel;
        return p;
      });
      return function update(indexes) {
        current = indexes;
        var n = indexes.filter(function (i) { return waivable(api.data.findings[i]); }).length;
        wrap.hidden = n === 0;
        button.textContent = counted(s.waiveAll, s.waiveAllOne, n);
        control.refresh();
        var opened = control.get();
        if (opened) opened.status.textContent = '';
      };
    }

    return { findingButton: findingButton, waivable: waivable, batch: batch };
  };
})();
