/**
 * URLs written with a placeholder in them: "https://<tenant>.sharepoint.com/sites/<sitename>/…",
 * "…/delegatepage.aspx?originalowner=[email address]". The scanner cuts such a URL at its
 * placeholders (or at the space of "[email address]"), and the pieces left compare equal even when
 * the translation wrote "https:// <tenant> . SharePoint.com/sites/ <sitename> /…", which a reader
 * who copies it gets as a broken address. So a URL holding a placeholder is compared here as a
 * whole, as a template: the translation must write the same URL, without a space in it. The name
 * inside the brackets may be translated ("[e-pasta adrese]", `<**nomnieka_nosaukums**>`): the
 * reader replaces the whole placeholder anyway, and the corpus translates such names often; the
 * brackets must stay, or the reader no longer sees what to replace.
 */
import { escapeRegExp } from '../regexp.js';
import type { TextFacts, Token } from './text.js';

/** A placeholder as a URL holds it; its name may hold spaces ("[email address]", `< "Contoso" >`). */
const GROUP = /\\?<[^<>\n]{1,60}>|\{[^{}\n]{1,60}\}|\[[^[\]\n]{1,60}\]/y;
const GROUP_PATTERN: Record<string, string> = { '<': '\\\\?<[^<>\\n]{1,60}>', '{': '\\{[^{}\\n]{1,60}\\}', '[': '\\[[^[\\]\\n]{1,60}\\]' };
const MARKER: Record<string, string> = { '<': '\u0001', '{': '\u0002', '[': '\u0003' };
const SCHEME = /(?:https?|ftp):\/\/|www\./i;
const LEADING = /^[*_("'“”«]+/;
const TRAILING = /[*_)"'“”».,;:!?]+$/;
const isSpace = (ch: string): boolean => /\s/.test(ch);

/** A URL template as written, and its placeholders (offsets in the text). */
export interface Template { token: Token; groups: [number, number][] }

const kindOf = (text: string): string => (text[0] === '\\' ? text[1] : text[0]);

/** Length of the placeholder at `at`, or 0. */
function groupAt(text: string, at: number): number {
  if (!'<{[\\'.includes(text[at])) return 0;
  GROUP.lastIndex = at;
  return GROUP.exec(text)?.[0].length ?? 0;
}

/** Words of `text` (runs without whitespace), a placeholder with spaces inside counting as part of its word. */
function wordsOf(text: string): Template[] {
  const words: Template[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text[i])) { i++; continue; }
    const start = i;
    const groups: [number, number][] = [];
    while (i < text.length && !isSpace(text[i])) {
      const length = groupAt(text, i);
      if (length > 0) groups.push([i, (i += length)]);
      else i++;
    }
    words.push({ token: { start, end: i, text: text.slice(start, i) }, groups });
  }
  return words;
}

const inside = (at: number, ranges: [number, number][]): boolean => ranges.some(([s, e]) => at >= s && at < e);

/**
 * The URL part of a word: from its scheme (or, for a host name, its first character after
 * markdown and quotes) to its last character before closing punctuation; null when the word
 * holds no placeholder in that part, or is a markdown link (whose target is compared exactly).
 */
function urlPart(word: Template, facts: TextFacts, linkTargets: Set<number>): Template | null {
  const { token } = word;
  if (word.groups.length === 0 || token.text.includes('](') || facts.code.some((c) => c.start < token.end && c.end > token.start)) return null;
  // An address in brackets ("<https://teams.microsoft.com/>", "<user@domain.com>") is no placeholder.
  const groups = word.groups.filter(([s, e]) => !/:\/\/|@/.test(facts.text.slice(s, e)));
  if (groups.length === 0) return null;
  const urls = facts.urls.filter((u) => u.start >= token.start && u.end <= token.end && !linkTargets.has(u.start) && !inside(u.start, groups));
  const scheme = SCHEME.exec(token.text);
  if (urls.length === 0 && !scheme) return null;
  let start = scheme && !inside(token.start + scheme.index, groups) ? token.start + scheme.index : token.start + (LEADING.exec(token.text)?.[0].length ?? 0);
  let end = token.end;
  const tail = TRAILING.exec(facts.text.slice(start, end));
  if (tail && !inside(end - 1, groups)) {
    const kept = facts.text.slice(start, end - tail[0].length);
    // A closing parenthesis the URL opened is its own ("…/jj919240(v=exchg.150)").
    const own = kept.split('(').length - kept.split(')').length;
    end -= tail[0].length - Math.min(own, (tail[0].match(/\)/g) ?? []).length);
  }
  const held = groups.filter(([s, e]) => s >= start && e <= end);
  if (held.length === 0) return null;
  if (inside(start, held)) start = held[0][0];
  return { token: { start, end, text: facts.text.slice(start, end) }, groups: held };
}

/** The URLs of a text (not link targets) that hold a placeholder, each as a whole. */
export function templatesOf(facts: TextFacts): Template[] {
  if (!/[<{[]/.test(facts.text) || (facts.urls.length === 0 && !SCHEME.test(facts.text))) return [];
  return facts.memo('url-templates', (f) => {
    const linkTargets = new Set(f.links.map((l) => l.urlStart));
    return wordsOf(f.text).map((w) => urlPart(w, f, linkTargets)).filter((t): t is Template => t !== null);
  });
}

/** The text of a template with each placeholder replaced by a marker of its bracket kind. */
export function templateForm(template: Template, text: string): string {
  let out = '';
  let at = template.token.start;
  for (const [s, e] of template.groups) {
    out += text.slice(at, s) + MARKER[kindOf(text.slice(s, e))];
    at = e;
  }
  return out + text.slice(at, template.token.end);
}

/**
 * The template as the translation may have broken it: any placeholder name in the same brackets,
 * and spaces allowed between its pieces ("https:// <tenant> . SharePoint.com/sites/ <sitename> /…").
 */
export function spacedPattern(template: Template, text: string): RegExp {
  const pieces: string[] = [];
  let at = template.token.start;
  const literal = (from: number, to: number) => {
    for (const m of text.slice(from, to).matchAll(/[\p{L}\p{N}]+|./gu)) pieces.push(escapeRegExp(m[0]));
  };
  for (const [s, e] of template.groups) {
    literal(at, s);
    pieces.push(GROUP_PATTERN[kindOf(text.slice(s, e))]);
    at = e;
  }
  literal(at, template.token.end);
  return new RegExp(pieces.join('[ \\u00a0]*'), 'gi');
}

/** The template the translation wrote at `start`…`end` (a match of spacedPattern). */
export function templateAt(text: string, start: number, end: number): Template {
  const groups: [number, number][] = [];
  let i = start;
  while (i < end) {
    const length = groupAt(text, i);
    if (length > 0 && i + length <= end) groups.push([i, (i += length)]);
    else i++;
  }
  return { token: { start, end, text: text.slice(start, end) }, groups };
}

/** Whether a written template has whitespace outside its placeholders. */
export function hasSpace(template: Template, text: string): boolean {
  return /\s/.test(templateForm(template, text));
}

/** Whether a URL token the translation wrote has whitespace outside its placeholders. */
export const writtenWithSpace = (token: Token, text: string): boolean => hasSpace(templateAt(text, token.start, token.end), text);
