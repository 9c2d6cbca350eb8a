/*
 * tolk QA report: where a finding is, as a translator opens it. The "where" line starts with the
 * file and line relative to the content folder (`nb-NO/x.md:21`), the form an editor's "go to
 * file" box, `code -g` and a terminal take, with a Copy button beside it. Loaded before qa.js,
 * which calls window.tolkQaPath(api) and asks it for each finding's path.
 *
 * Copying works where the Clipboard API does not: that API exists only in secure contexts
 * (https, localhost, file:), so a report opened over plain http from another machine copies
 * with the older copy command, and where that fails too the path is selected for Ctrl+C.
 */
(function () {
  'use strict';
  // How long the button says "Copied" before it says "Copy" again.
  var CONFIRM_MS = 2500;

  /* The copy command copies the selection: a hidden field holds the text for a moment. */
  function copyBySelection(text) {
    var field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.top = '0';
    field.style.opacity = '0';
    document.body.appendChild(field);
    var before = document.activeElement;
    field.select();
    var done = false;
    try { done = document.execCommand('copy'); } catch (e) { done = false; }
    document.body.removeChild(field);
    if (before && typeof before.focus === 'function') before.focus({ preventScroll: true });
    return done;
  }

  /*
   * Resolves when `text` is on the clipboard, rejects when neither way could put it there. The
   * copy command runs at once when there is no Clipboard API: it needs the click that asked.
   */
  function copy(text) {
    var api = navigator.clipboard;
    if (!api || typeof api.writeText !== 'function') {
      return copyBySelection(text) ? Promise.resolve() : Promise.reject(new Error('copy refused'));
    }
    return api.writeText(text).catch(function () {
      if (!copyBySelection(text)) throw new Error('copy refused');
    });
  }

  // The waive panels copy their JSON the same way (qa-waive.js).
  window.tolkQaCopy = copy;

  window.tolkQaPath = function (api) {
    var s = api.strings;
    // One status line for the whole list, read out by screen readers; the button shows it too.
    var status = api.el('p', 'visually-hidden');
    status.id = 'qa-copy-status';
    status.setAttribute('role', 'status');
    api.list.parentNode.insertBefore(status, api.list);

    /** `nb-NO/x.md:21`, or the file alone for a whole-document finding; null when the locale has no file. */
    function pathOf(f) {
      var file = api.documentOf(f).files && api.documentOf(f).files[api.localeOf(f)];
      if (typeof file !== 'string') return null;
      return f.line !== null ? file + ':' + f.line : file;
    }

    /*
     * The path as text, with the document's name in it as qa-state.js gives it (a button that
     * shows only that document's findings); a file whose name does not hold the slug is text.
     */
    function pathElement(f, path, documentName) {
      var code = api.el('code', 'qa-path');
      var slug = api.documentOf(f).slug;
      var at = path.indexOf('/' + slug + '.');
      if (at < 0) { code.textContent = path; return code; }
      code.appendChild(document.createTextNode(path.slice(0, at + 1)));
      code.appendChild(documentName(slug));
      code.appendChild(document.createTextNode(path.slice(at + 1 + slug.length)));
      return code;
    }

    function confirm(button, label, said) {
      button.textContent = label;
      status.textContent = said;
      clearTimeout(button.tolkTimer);
      button.tolkTimer = setTimeout(function () {
        button.textContent = s.copyPath;
        if (status.textContent === said) status.textContent = '';
      }, CONFIRM_MS);
    }

    /* Nothing could copy: the path is selected, so Ctrl+C (focus stays on the button) copies it. */
    function select(code, button, path) {
      var range = document.createRange();
      range.selectNodeContents(code);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      confirm(button, s.pathSelected, api.fill(s.pathSelectedStatus, { path: path }));
    }

    function copyButton(path, code) {
      var button = api.el('button', 'qa-copy', s.copyPath);
      button.type = 'button';
      button.setAttribute('aria-label', api.fill(s.copyPathLabel, { path: path }));
      button.setAttribute('data-path', path);
      button.addEventListener('click', function () {
        copy(path).then(function () {
          confirm(button, s.pathCopied, api.fill(s.pathCopiedStatus, { path: path }));
        }, function () { select(code, button, path); });
      });
      return button;
    }

    /** The path and its Copy button, or null when the finding's locale has no file of the document. */
    function place(f, documentName) {
      var path = pathOf(f);
      if (path === null) return null;
      var box = document.createDocumentFragment();
      var code = pathElement(f, path, documentName);
      box.appendChild(code);
      box.appendChild(document.createTextNode(' '));
      box.appendChild(copyButton(path, code));
      return box;
    }

    return { place: place, pathOf: pathOf };
  };
})();
