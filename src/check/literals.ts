/**
 * Literal tokens of the English glued to the translation's own words: "starte**SetupProd_OffScrub.exe**
 * filen" came out of machine translation as "starteSetupProd_OffScrub.exefilen", "Bla til
 * %appdata%\Microsoft\teams\" as "til%appdata%\…", "for the application <your app ID>" as
 * "programmet<your app ID>". The token is all there, so nothing reports it missing, but the reader can
 * neither copy it nor see where it starts.
 *
 * What counts as literal: a file name with an extension (`SetupProd_OffScrub.exe`, `.pst`), a name
 * with `_` or a dot between letters (`Microsoft.Graph`), a path (`%appdata%\Microsoft\teams\`,
 * `C:\Users`, `/authorize`; not a slash between words, lv "GoDaddy/partnera") and a placeholder
 * (`<your app ID>`, `{0}`, `%appdata%`, `$true`). Not a name that is literal only by its inner
 * capitals: on the real corpus those are product names (SharePoint, OneDrive, AutoPilot), which a
 * translation may write as a word with an ending (nb "autopiloten" for AutoPilot). PowerShell cmdlets
 * and parameters are the placeholder check's own (glued parameters there); URLs, e-mail addresses and
 * host names (`Outlook.com`) are url-mismatch's.
 *
 * What counts as glued: every place the translation has the token, ignoring case, touches a letter
 * or digit on a side where the token cannot take one. What real data does decides which: Norwegian
 * joins an ending to a name with a hyphen ("SharePoint-…" 546 times in the corpus, "Outlook.com-…"
 * 99, "cldflt.sys-filen", "Test-HMA.ps1-verktøyet", "%appdata%\Microsoft\teams\-mappen"), and Latvian
 * gives a name no ending at all but puts a noun beside it ("SetupProd_OffScrub.exe failu",
 * "programmā Outlook"; not one "Outlookā" in the corpus). So:
 * - letters before it are glue, always: neither language puts anything before a name;
 * - letters after it are glue when it ends in a file extension, a placeholder's closing mark or a path
 *   separator, or is a name with `_` or a dot. A path ending in a folder name is not judged after
 *   it: a localized Windows shows "C:\Program Files" as "C:\Programfiler", one word.
 * A token the translation has apart even once is kept; so are letters around it that the English has
 * around it too (its "Set-MsolUserPrincipalName" holds "UserPrincipalName").
 */
import { placeholderKind } from './placeholders.js';
import type { TextFacts, Token } from './text.js';
import { escapeRegExp } from '../regexp.js';

/** A literal token of the English and how it may be glued. */
interface Literal extends Token {
  /** Whether letters after it make it glued (not for a path ending in a folder name). */
  closed: boolean;
  /** Whether letters before it make it glued (not for a bare extension: "Outlook.pst" holds ".pst"). */
  opened: boolean;
}

/** A literal of the English that the translation has only glued to its words. */
export interface GluedLiteral {
  /** The English token, with its offsets in the English. */
  token: Token;
  /** The first place it is glued in the translation. */
  at: Token;
  /** What the reader sees there: the token with the words it is glued to ("starteSetupProd_OffScrub.exefilen"). */
  run: string;
  /** Which sides touch a letter. */
  before: boolean;
  after: boolean;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** Characters around a token that are no part of it: markup, quotes, brackets, sentence punctuation. */
const EDGE_BEFORE = /^[*_`"'“”‘’«»([{]+/u;
const EDGE_AFTER = /[*_`"'“”‘’«»)\]},.;:!?]+$/u;
/**
 * A file name: `name.ext` (the name may hold a path) with a letter in the name, or `.ext` alone. An
 * extension is written in small or in capital letters, so "1.Log in" (a list number glued to its word)
 * is no file.
 */
function isFile(word: string): boolean {
  const dot = word.lastIndexOf('.');
  if (dot === -1 || !EXTENSION.test(word.slice(dot + 1))) return false;
  return dot === 0 || (NAME_END.test(word[dot - 1]) && /\p{L}/u.test(word.slice(0, dot)));
}
const EXTENSION = /^(?:[a-z][a-z0-9]{1,4}|[A-Z][A-Z0-9]{1,4})$/;
const NAME_END = /[\p{L}\p{N}_~$%-]/u;
/** A name with `_` or a dot between letters or digits: `SetupProd_OffScrub`, `Microsoft.Graph`. */
const JOINED_NAME = /[\p{L}\p{N}]_[\p{L}\p{N}]|\p{L}\.\p{L}/u;
/** A path: a drive, a `%VARIABLE%`, `~` or `.` before a separator, a UNC path, or a separator between names. */
const PATH = /^(?:[A-Za-z]:[\\/]|%[A-Za-z_]\w*%[\\/]|~[\\/]|\.{1,2}[\\/]|\\\\|\/\p{L})|\p{L}\\\p{L}/u;
/** What ends the run a glued token is shown in. */
const RUN_END = /[\s*`"'“”‘’«»()[\]]/u;
/** Cheap test: an English without any of these characters has no literal. */
const MAY_HAVE = /[._\\/%<{$]/;
/** The runs without spaces that may be a file name, path or name with `_` or a dot (a first cut). */
const CANDIDATE = /(?<!\S)[^\s._\\/]*[._\\/]\S*/g;
const PLACEHOLDER_KINDS = new Set(['angle', 'brace', 'percent', 'dollar']);

const overlaps = (t: { start: number; end: number }, list: readonly Token[]): boolean =>
  list.some((u) => t.start < u.end && t.end > u.start);

/** The literals of an English text, in text order. */
function literalsOf(facts: TextFacts): Literal[] {
  const text = facts.text;
  if (!MAY_HAVE.test(text)) return [];
  const found: Literal[] = [];
  for (const p of facts.placeholders) {
    if (PLACEHOLDER_KINDS.has(placeholderKind(p.text))) found.push({ ...p, opened: true, closed: true });
  }
  for (const m of text.matchAll(CANDIDATE)) {
    const lead = EDGE_BEFORE.exec(m[0])?.[0].length ?? 0;
    const body = m[0].slice(lead);
    const word = body.slice(0, body.length - (EDGE_AFTER.exec(body)?.[0].length ?? 0));
    if (word.length < 3 || !LETTER.test(word)) continue;
    const start = m.index + lead;
    const token = { start, end: start + word.length, text: word };
    if (overlaps(token, facts.urls) || overlaps(token, facts.relativeTargets)) continue;
    if (isFile(word)) found.push({ ...token, opened: word[0] !== '.', closed: true });
    else if (PATH.test(word)) found.push({ ...token, opened: true, closed: /[\\/]$/.test(word) });
    else if (JOINED_NAME.test(word)) found.push({ ...token, opened: true, closed: true });
  }
  return found;
}

/**
 * What the reader sees around `at`: the run it sits in, up to a space, markup, a quote or a bracket,
 * without sentence punctuation at its end ("outlook.exe/importnk2", "starteSetupProd_OffScrub.exefilen").
 */
function runAround(text: string, at: Token): string {
  let start = at.start;
  let end = at.end;
  while (start > 0 && !RUN_END.test(text[start - 1])) start--;
  while (end < text.length && !RUN_END.test(text[end])) end++;
  while (end > at.end && /[.,;:!?]/.test(text[end - 1])) end--;
  return text.slice(start, end);
}

/** The letters that touch `at` on either side, with it: what makes it glued. */
function lettersAround(text: string, at: Token): string {
  let start = at.start;
  let end = at.end;
  while (start > 0 && LETTER.test(text[start - 1])) start--;
  while (end < text.length && LETTER.test(text[end])) end++;
  return text.slice(start, end);
}

/**
 * The literals of `source` that `target` has only glued to its words, each once, the longest where
 * two are glued at one place ("%appdata%\Microsoft\teams\" rather than its "%appdata%").
 */
export function gluedLiterals(source: TextFacts, target: TextFacts): GluedLiteral[] {
  const literals = source.memo('literals', literalsOf);
  if (literals.length === 0) return [];
  const text = target.text;
  const english = source.text.toLowerCase();
  const glued: GluedLiteral[] = [];
  const seen = new Set<string>();
  for (const literal of literals) {
    const key = literal.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    let first: GluedLiteral | null = null;
    let apart = false;
    for (const m of text.matchAll(new RegExp(escapeRegExp(literal.text), 'giu'))) {
      const at = { start: m.index, end: m.index + m[0].length, text: m[0] };
      if (overlaps(at, target.urls) || overlaps(at, target.relativeTargets)) continue;
      const before = literal.opened && LETTER.test(text[at.start - 1] ?? '');
      const after = literal.closed && LETTER.test(text[at.end] ?? '');
      // Letters on a side where the token may have them, or letters the English has around it too, are no glue.
      if ((!before && !after) || english.includes(lettersAround(text, at).toLowerCase())) {
        apart = true;
        break;
      }
      first ??= { token: literal, at, run: runAround(text, at), before, after };
    }
    if (!apart && first) glued.push(first);
  }
  // The longest first, then those inside it left out; reported in English order.
  glued.sort((a, b) => (b.at.end - b.at.start) - (a.at.end - a.at.start));
  const kept: GluedLiteral[] = [];
  for (const g of glued) if (!kept.some((k) => g.at.start >= k.at.start && g.at.end <= k.at.end)) kept.push(g);
  return kept.sort((a, b) => a.token.start - b.token.start);
}
