/**
 * Span tags the localization pipeline left inside a segment's text. The corpus's markup is
 * `<span data-ttu-id>translation</span><span class="sxs-lookup">…English…</span>`; where a pair was
 * damaged, a `</span>` (or an opening `<span …>`) ends up in the middle of the sentence, as in
 * lv-LV outlook-com-setting-changes c0e4f-112 "izpildiet </span> šajā [rakstā](…)". A `<span>` with
 * its own `</span>` in the same text ("<span>https:</span>//URL") is markup the English meant and
 * is not counted here.
 */
import type { Token } from './text.js';

const SPAN_TAG = /^<(\/?)span\b/i;

/** The span tags of `tags` (a text's HTML tags, in order) that pair with none in that text. */
export function leftoverSpans(tags: readonly Token[]): Token[] {
  if (!tags.some((t) => SPAN_TAG.test(t.text))) return [];
  const open: Token[] = [];
  const stray: Token[] = [];
  for (const tag of tags) {
    const m = SPAN_TAG.exec(tag.text);
    if (!m) continue;
    if (m[1] === '') open.push(tag);
    else if (open.length > 0) open.pop();
    else stray.push(tag);
  }
  return [...stray, ...open].sort((a, b) => a.start - b.start);
}

/** How far the context of a tag reaches on each side: a long URL beside it is cut, not quoted whole. */
const REACH = 30;

/** `tag` with the word on each side, as the translator finds it in the file: "izpildiet </span> šajā". */
export function tagInContext(text: string, tag: Token): string {
  let start = tag.start;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  let end = tag.end;
  while (end < text.length && /\s/.test(text[end])) end++;
  while (end < text.length && !/\s/.test(text[end])) end++;
  const from = Math.max(start, tag.start - REACH);
  const to = Math.min(end, tag.end + REACH);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}
