/**
 * One thing of the English written otherwise in the translation (a GUID that lost two zeros, a
 * variable cut short), said as one change with what differs: "the translation has "…-0000000000"
 * where the English has "…-000000000000" (2 × "0" left out)". Said as two ("X is missing; Y is not
 * in the English"), the translator had to see for themselves that Y was X, and compare them.
 */
import { escapeRegExp } from '../regexp.js';

/** `"0"` ×2 → `2 × "0"`; other text quoted as it is. */
function piece(text: string): string {
  return text.length > 1 && /^(.)\1*$/su.test(text) ? `${[...text].length} × "${[...text][0]}"` : `"${text}"`;
}

/**
 * What differs between `from` (the English) and `to` (the translation), once their common start
 * and end are set aside: `"00" left out`, `"Name" added`, `"x" written "y"`, `other letter case`;
 * null when they are the same or have too little in common for the difference to help.
 */
export function difference(from: string, to: string): string | null {
  if (from === to) return null;
  // Compared ignoring case ("user@…" and "User@…-HostedVoiceMail" share the address), which is said apart.
  const a = from.toLowerCase();
  const b = to.toLowerCase();
  if (a === b || a.length !== from.length || b.length !== to.length) return a === b ? 'other letter case' : null;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  // Mostly different: "username" and "brukernavn" share no more than their brackets.
  if ((start + end) * 2 < Math.min(a.length, b.length)) return null;
  const removed = from.slice(start, from.length - end);
  const added = to.slice(start, to.length - end);
  const what = !added ? `${piece(removed)} left out` : !removed ? `${piece(added)} added` : `${piece(removed)} written ${piece(added)}`;
  const recased = from.slice(0, start) !== to.slice(0, start) || from.slice(from.length - end) !== to.slice(to.length - end);
  return recased ? `${what}; other letter case` : what;
}

/**
 * Whether the missing and the extra things are one change each (`missing[i]` became `extra[i]`):
 * one of each of the same kind; or as many of each, in the same order, each
 * pair of the same kind and alike (their difference can be told). `text` gives the two as shown.
 */
export function pairedChanges<T>(missing: T[], extra: T[], sameKind: (a: T, b: T) => boolean,
  text: (a: T, b: T) => [string, string]): boolean {
  if (missing.length === 0 || missing.length !== extra.length) return false;
  if (!missing.every((m, i) => sameKind(m, extra[i]))) return false;
  return missing.length === 1 || missing.every((m, i) => difference(...text(m, extra[i])) !== null);
}

/**
 * The rest of `from` written after `to` with spaces in it (`$_. PublicClient` for `$_.PublicClient`:
 * the translation has `$_`, then ". PublicClient"), as it stands in `following`; null when not so.
 */
export function spacedRest(from: string, to: string, following: string): string | null {
  if (!from.startsWith(to) || from.length === to.length) return null;
  const rest = [...from.slice(to.length)].map(escapeRegExp).join('\\s*');
  const written = new RegExp(`^\\s*${rest}`).exec(following);
  return written && /\s/.test(written[0]) ? written[0] : null;
}

/**
 * `the translation has "Y" where the English has "X" (what differs)`; `following`, the translation
 * after Y, tells a thing a space broke in two: `… has "$_. PublicClient" … (a space breaks it)`.
 */
export function changeMessage(from: string, to: string, quote: (text: string) => string = (t) => `"${t}"`, following = ''): string {
  const spaced = spacedRest(from, to, following);
  if (spaced !== null) return `the translation has ${quote(to + spaced)} where the English has ${quote(from)} (a space breaks it)`;
  const what = difference(from, to);
  return `the translation has ${quote(to)} where the English has ${quote(from)}${what ? ` (${what})` : ''}`;
}

/** A GUID's characters: a token inside one (`000000000000` of `00000005-0000-0ff1-ce00-000000000000`) stands for all of it. */
const GUID_CHAR = /[0-9a-f-]/i;
const GUID_SHAPE = /^[0-9a-f]{4,}(?:-[0-9a-f]+){2,}$/i;

/**
 * The GUID (or GUID-like run of hex groups, as MT left it) that holds `[start, end)` in `text`,
 * or the token itself: a translator finds and copies a GUID whole, not its fifth part.
 */
export function enclosingGuid(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && GUID_CHAR.test(text[from - 1])) from--;
  while (to < text.length && GUID_CHAR.test(text[to])) to++;
  const run = text.slice(from, to).replace(/^-+|-+$/g, '');
  return GUID_SHAPE.test(run) && run.replace(/-/g, '').length >= 16 ? run : text.slice(start, end);
}
