/**
 * Normalized DOM of the render-fidelity test: tolk's page and the plain reference are parsed
 * with cheerio, what tolk adds by design is taken out (or, where tolk replaces markdown, the
 * reference is brought to the same form), and both are written as one line per block element,
 * tag structure + text, whitespace collapsed. Equal strings mean the same page for the reader.
 *
 * What tolk adds by design, and how it is normalized:
 * 1. segment markup: `.seg` and `.seg-t` spans are unwrapped, `.seg-en` (the English shown on
 *    demand) removed, with all their attributes;
 * 2. heading ids: dropped on both sides (tolk takes them from the `<a name>` anchor or a slug);
 *    tolk removes that anchor, so the reference's leading empty anchor in a heading goes too;
 * 3. callouts: tolk's `div.callout` with its localized `p.callout-title` is a blockquote again
 *    without the title; the reference's blockquote loses its leading `[!TYPE]` marker line
 *    (`[!VIDEO url]` becomes the plain link to the player that tolk shows);
 * 4. tables: tolk's scrolling `div.table-wrap` is unwrapped;
 * 5. links and images: both sides resolve URLs with tolk's policy (md-urls.ts); the attributes
 *    it adds (`rel`, `hreflang`, `data-language`, `loading`, `data-pagefind-index-attrs`, image `width`/`height` read from
 *    the file, an image's `lang` when its alt text is in another language than the page, a code
 *    block's `lang` when it is English on a translated page, a link's `lang` when it shows the
 *    English words of a link the translation left empty) are
 *    dropped on both sides, and on English pages so are titles (tolk leaves out a title in the
 *    source file's language there, which the reference cannot tell) and image alt texts (tolk
 *    takes the English alt another locale's file has where the source file's is translated);
 * 6. a segment's text is inline, as inside the `<span>` it came in: block syntax at its start
 *    (`21. aprīlī`, `> …`) stays text in tolk, so the reference escapes it (keepInline in
 *    fidelity-reference.ts).
 */
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

const BLOCK = new Set([
  'p', 'div', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
]);
const VOID = new Set(['br', 'img', 'hr', 'wbr']);
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** Attributes tolk adds to links and images (item 5 above). */
const ADDED_ATTRS = ['rel', 'hreflang', 'data-language', 'loading', 'data-pagefind-index-attrs', 'width', 'height'];
/** `[!NOTE]`, `[!PADOMI]` (a translated marker), … alone on the first line of a blockquote. */
const CALLOUT_MARKER = /^\s*\[![A-Za-z]+\][ \t]*(?:\n\s*|$)/;
const VIDEO_MARKER = /^\s*\[!VIDEO[ \t]+(https:\/\/[^\s<>\]]+)\][ \t]*(?:\n\s*|$)/i;

function unwrap($: CheerioAPI, selector: string): void {
  $(selector).each((_i, el) => { $(el).replaceWith($(el).contents()); });
}

function rename(el: Element, name: string): void {
  el.name = name;
  el.attribs = {};
}

function dropAddedAttrs($: CheerioAPI, english: boolean): void {
  $('[id]').filter(HEADINGS).removeAttr('id');
  for (const name of ADDED_ATTRS) $(`[${name}]`).removeAttr(name);
  $('img[lang], pre[lang], a[lang]').removeAttr('lang');
  if (english) $('a[title], img[title]').removeAttr('title');
  if (english) $('img[alt]').removeAttr('alt');
}

/** tolk's page with its segment markup, callout styling and table wrappers taken out. */
export function normalizeTolk(html: string, english = false): string {
  const $ = load(html, null, false);
  $('.seg-en').remove();
  unwrap($, 'span.seg-t');
  unwrap($, 'span.seg');
  unwrap($, 'div.table-wrap');
  $('div.callout').each((_i, el) => {
    $(el).children('p.callout-title').remove();
    rename(el, 'blockquote');
  });
  dropAddedAttrs($, english);
  return serialize($);
}

/** The reference page with the callout markers and heading anchors that tolk turns into styling. */
export function normalizeReference(html: string, english = false): string {
  const $ = load(html, null, false);
  $('blockquote').each((_i, el) => stripCalloutMarker($, el));
  $(HEADINGS).each((_i, el) => {
    const first = $(el).contents().filter((_j, n) => !(n.type === 'text' && n.data.trim() === '')).first();
    if (first.is('a[id]:not([href])') && first.text() === '') first.remove();
  });
  dropAddedAttrs($, english);
  return serialize($);
}

/** Cuts the `[!TYPE]` line from a blockquote's first paragraph (and the paragraph, when that was all). */
function stripCalloutMarker($: CheerioAPI, quote: Element): void {
  const p = $(quote).children().first();
  if (!p.is('p')) return;
  const text = p.contents().first();
  const node = text.get(0);
  if (!node || node.type !== 'text') return;
  const video = VIDEO_MARKER.exec(node.data);
  if (video) {
    node.data = node.data.slice(video[0].length);
    // (cheerio's before() does nothing on a text node; prepend to the paragraph instead)
    if (node.data !== '') p.prepend('\n');
    p.prepend($('<a>').attr('href', video[1]).text(video[1]));
    return;
  }
  const m = CALLOUT_MARKER.exec(node.data);
  if (!m) return;
  node.data = node.data.slice(m[0].length);
  if (p.text().trim() === '' && p.children().length === 0) p.remove();
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function serializeNode(node: AnyNode): string {
  if (node.type === 'text') return escapeText(node.data);
  if (node.type !== 'tag') return '';
  const attrs = Object.entries(node.attribs)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => ` ${k}="${escapeText(v.replace(/\s+/g, ' ').trim()).replace(/"/g, '&quot;')}"`)
    .join('');
  const open = `<${node.name}${attrs}>`;
  if (VOID.has(node.name)) return open;
  return `${open}${node.children.map(serializeNode).join('')}</${node.name}>`;
}

const BLOCK_TAG = new RegExp(`\\s*(</?(?:${[...BLOCK].join('|')})(?:\\s[^>]*)?>)\\s*`, 'g');

/** One block tag a line, whitespace collapsed and trimmed next to block boundaries. */
function serialize($: CheerioAPI): string {
  const html = $.root().contents().toArray().map(serializeNode).join('');
  return html.replace(/\s+/g, ' ').replace(BLOCK_TAG, '\n$1').trim();
}
