/*
 * tolk QA report: the findings the filters select, as a file. "Download CSV" writes the rows
 * `tolk qa --format csv` writes for them (same columns, UTF-8 with BOM, RFC 4180, the same guard on
 * cells a spreadsheet would run or turn into a number), in the list's order, so a translator hands
 * this week's Latvian warnings to a spreadsheet without the command line. The whole report is
 * linked beside it (report.json). Loaded before qa.js, which calls
 * window.tolkQaExport(api) and tells it the filtered findings on every change.
 */
(function () {
  'use strict';

  /*
   * A row as src/write/qa-csv.ts writes it, by its rules (the page data's `csv`: the columns, the
   * cells a spreadsheet would run or turn into a number, the cells that need quotes).
   */
  function csvWriter(rules) {
    var regExp = function (rule) { return new RegExp(rule.source, rule.flags); };
    var runsAsFormula = regExp(rules.runsAsFormula);
    var readsAsNumber = regExp(rules.readsAsNumber);
    var needsQuotes = regExp(rules.needsQuotes);
    function field(value) {
      var text = runsAsFormula.test(value) || readsAsNumber.test(value) ? "'" + value : value;
      return needsQuotes.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    }
    return function (cells) { return cells.map(field).join(',') + '\r\n'; };
  }

  /* A file name that says what was chosen: `tolk-qa-lv-LV-warning.csv`. */
  function fileName(parts) {
    var name = ['tolk-qa'].concat(parts.filter(Boolean)).join('-').replace(/[^A-Za-z0-9._-]+/g, '_');
    return name.slice(0, 120) + '.csv';
  }

  window.tolkQaExport = function (api) {
    var s = api.strings;
    var data = api.data;
    var box = document.getElementById('qa-export');
    if (!box || !data.csv) return function () {};
    var csvRow = csvWriter(data.csv);

    function row(f) {
      var t = api.texts(f);
      var unit = f.unit === null ? '' : data.units[f.unit].key;
      var locale = api.localeOf(f);
      return csvRow([
        api.checkOf(f).id, f.severity, f.waived === undefined ? '' : f.waived, typeof locale === 'string' ? locale : '',
        api.documentOf(f).slug, f.segment || '', unit, f.line === null ? '' : String(f.line), f.message,
        t.source === null || t.source === undefined ? '' : t.source, t.target === null || t.target === undefined ? '' : t.target,
      ]);
    }

    var current = [];
    var button = api.el('button', 'qa-export-csv', s.exportCsv);
    button.type = 'button';
    box.appendChild(button);
    box.appendChild(document.createTextNode(' '));

    button.addEventListener('click', function () {
      var text = '\uFEFF' + csvRow(data.csv.columns) + current.map(function (i) { return row(data.findings[i]); }).join('');
      var url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      var link = document.createElement('a');
      link.href = url;
      link.download = fileName(api.filters());
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      // The download has its own copy of the data once it starts.
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    });

    /*
     * The whole report: the link of the note shown without JavaScript (hidden now) moves here, so
     * the page has one link to report.json, and it shows while the scripts run.
     */
    var reportLink = document.querySelector('#qa-nojs a');
    if (reportLink) {
      var parts = s.exportJson.split('{link}');
      box.appendChild(document.createTextNode(parts[0]));
      box.appendChild(reportLink);
      box.appendChild(document.createTextNode(parts.slice(1).join('')));
    }
    box.hidden = false;
    return function update(indexes) {
      current = indexes;
      button.hidden = indexes.length === 0;
      // Short, to stay on one line on a phone; the name a screen reader hears says how many.
      button.setAttribute('aria-label', api.fill(indexes.length === 1 ? s.exportCsvLabelOne : s.exportCsvLabel, { count: indexes.length }));
    };
  };
})();
