/**
 * A link the localization pipeline emptied: `[](https://…)` in a translation whose English has
 * `[Your products](https://…)` (120 files of the real corpus). Rendered as written, it was a link
 * with no text: nothing to see or click, yet a tab stop with no name, where a keyboard reader's
 * focus vanished and a screen reader said only "link". The page shows the English original's
 * words for it instead (the link-mismatch check reports the damage to translators).
 */

/** `[](url)` or `[](url "title")`: group 1 is the URL. */
const EMPTY_LINK = /\[\]\(\s*<?([^\s()<>]+)>?(\s+"[^"]*")?\s*\)/g;
/** `[text](url`: group 1 the text, group 2 the URL. */
const LINK = /\[((?:\\.|[^\\\[\]])+)\]\(\s*<?([^\s()<>]+)/g;

/** The translation with each emptied link given the words of the English link to the same URL. */
export function fillEmptyLinks(target: string, english: string | null): string {
  if (english === null || !target.includes('[](')) return target;
  const words = new Map<string, string>();
  for (const m of english.matchAll(LINK)) if (!words.has(m[2]) && m[1].trim() !== '') words.set(m[2], m[1]);
  return target.replace(EMPTY_LINK, (whole, url: string, title: string | undefined) => {
    const text = words.get(url);
    return text === undefined ? whole : `[${text}](${url}${title ?? ''})`;
  });
}
