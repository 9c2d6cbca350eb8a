/**
 * A link the localization pipeline emptied: `[](https://…)` in a translation whose English has
 * `[Your products](https://…)` (120 files of the real corpus). Rendered as written, it was a link
 * with no text: nothing to see or click, yet a tab stop with no name, where a keyboard reader's
 * focus vanished and a screen reader said only "link". The page shows the English original's
 * words for it instead (the link-mismatch check reports the damage to translators). Those words are
 * English on a Latvian or Norwegian page: the renderer marks such a link `lang="en-US"` (see
 * RenderEnv.englishLinkWords), so a screen reader speaks them, and the browser hyphenates them, as
 * English rather than in the page's voice.
 */

/** `[](url)` or `[](url "title")`: group 1 is the URL. */
const EMPTY_LINK = /\[\]\(\s*<?([^\s()<>]+)>?(\s+"[^"]*")?\s*\)/g;
/** `[text](url`: group 1 the text, group 2 the URL. */
const LINK = /\[((?:\\.|[^\\\[\]])+)\]\(\s*<?([^\s()<>]+)/g;

/**
 * The translation with each emptied link given the words of the English link to the same URL;
 * `filled` is told each link's words (markdown) as it fills them.
 */
export function fillEmptyLinks(target: string, english: string | null, filled?: (words: string) => void): string {
  if (english === null || !target.includes('[](')) return target;
  const words = new Map<string, string>();
  for (const m of english.matchAll(LINK)) if (!words.has(m[2]) && m[1].trim() !== '') words.set(m[2], m[1]);
  return target.replace(EMPTY_LINK, (whole, url: string, title: string | undefined) => {
    const text = words.get(url);
    if (text === undefined) return whole;
    filled?.(text);
    return `[${text}](${url}${title ?? ''})`;
  });
}
