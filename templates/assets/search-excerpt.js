// tolk search page: a result's excerpt (loaded after search-words.js, before search.js, which
// shows it under each result's title). Pagefind's excerpt is a window of the page's words with
// the query's matches marked; here it is made safe, marked where it was cut, and kept off the
// title that is shown above it, whose matches are marked instead.
(function (global) {
  'use strict';

  /** Pagefind's excerpt is HTML with <mark>; keep only its text and the marks. */
  function safeExcerpt(html) {
    var p = document.createElement('p');
    var doc = new DOMParser().parseFromString('<body>' + html, 'text/html');
    doc.body.childNodes.forEach(function (node) {
      if (node.nodeType === 1 && node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(node.textContent || ''));
      }
    });
    return p;
  }

  function squeeze(text) {
    return String(text || '').replace(/\s+/g, ' ').trim();
  }

  /**
   * Pagefind's excerpt is a window of the page's words, often cut mid-sentence ("365 grupas
   * atjaunošana" of "Microsoft 365 grupas atjaunošana"), which read as a broken snippet: an
   * ellipsis marks each side cut from the page's text (`content`, Pagefind's text of the page).
   */
  function markCuts(p, content) {
    var text = squeeze(p.textContent);
    var whole = squeeze(content);
    var at = text ? whole.indexOf(text) : -1;
    if (at < 0) return p;
    if (at > 0) p.insertBefore(document.createTextNode('… '), p.firstChild);
    if (at + text.length < whole.length) p.appendChild(document.createTextNode(' …'));
    return p;
  }

  var contentWords = global.tolkSearchWords.contentWords;

  /**
   * Appends `words` (the page's from word `first` on) to `node`, spaced, those at Pagefind's
   * `locations` in <mark> as in its excerpts.
   */
  function appendMarked(node, words, first, locations) {
    var marked = {};
    (locations || []).forEach(function (place) { marked[place - first] = true; });
    var plain = '';
    words.forEach(function (word, i) {
      if (i > 0) plain += ' ';
      if (!marked[i]) { plain += word; return; }
      node.appendChild(document.createTextNode(plain));
      plain = '';
      var mark = document.createElement('mark');
      mark.textContent = word;
      node.appendChild(mark);
    });
    if (plain) node.appendChild(document.createTextNode(plain));
  }

  /** Words in an excerpt, as Pagefind's own (its excerptLength). */
  var EXCERPT_WORDS = 30;

  /** How many of the page's first `words` are its title (the heading Pagefind read first), or 0. */
  function titleWords(words, title) {
    var wanted = squeeze(title);
    if (!wanted) return 0;
    var n = wanted.split(' ').length;
    var head = words.slice(0, n).join(' ');
    return head === wanted || head === wanted + '.' ? n : 0;
  }

  /**
   * The excerpt of a page that begins with its title, when Pagefind's (`shown`, its text) overlaps
   * the title: the same number of words, from the first word after the title. Pagefind's window
   * mostly began at the page's start, so most snippets repeated the title shown just above them
   * ("Paroles maiņa" / "Paroles maiņa. Jūsu Outlook.com parole…"), spending a third of the
   * snippet on it. Its matches are marked as Pagefind marks them, and an ellipsis marks the end
   * when the page goes on. Null to keep Pagefind's: a page that does not begin with its title,
   * has nothing after it, or an excerpt that does not overlap it.
   */
  function afterTitle(item, shown) {
    var words = contentWords(item.content);
    var from = titleWords(words, item.meta && item.meta.title);
    if (!from || from >= words.length) return null;
    var text = squeeze(shown);
    var whole = squeeze(item.content);
    var at = text ? whole.indexOf(text) : -1;
    if (at < 0 || (at > 0 && whole.slice(0, at).trim().split(' ').length >= from)) return null;
    var end = Math.min(words.length, from + EXCERPT_WORDS);
    var p = document.createElement('p');
    appendMarked(p, words.slice(from, end), from, item.locations);
    if (end < words.length) p.appendChild(document.createTextNode(' …'));
    return p;
  }

  /**
   * Writes a result's title into its link, the query's matches in it marked: the excerpt is kept
   * off the title (afterTitle), so a word found only there ("Gatavošanās") is marked here.
   */
  function titleInto(link, item) {
    var title = squeeze(item.meta && item.meta.title);
    // A title left in English on a Latvian or Norwegian page (its page says so: article-page.ts),
    // read by a screen reader in an English voice.
    var lang = item.meta && item.meta.title_lang;
    if (title && typeof lang === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) link.setAttribute('lang', lang);
    var from = title ? titleWords(contentWords(item.content), title) : 0;
    if (!from) { link.textContent = title || item.url; return; }
    appendMarked(link, title.split(' '), 0, item.locations);
  }

  /** The excerpt to show under a result's title (`item`: Pagefind's data of the page). */
  function excerptOf(item) {
    var excerpt = safeExcerpt(item.excerpt || '');
    return afterTitle(item, excerpt.textContent) || markCuts(excerpt, item.content);
  }

  global.tolkSearchExcerpt = { excerptOf: excerptOf, titleInto: titleInto };
})(window);
