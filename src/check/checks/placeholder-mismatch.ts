/** placeholder-mismatch: placeholders, variables, cmdlets and parameters not kept as written. */
import type { UnitCheck } from '../types.js';
import { changeMessage, pairedChanges } from '../changed-token.js';
import { comparablePlaceholder, placeholderKind } from '../placeholders.js';
import { range, type TextFacts, type Token } from '../text.js';
import { NO_HITS, quote } from '../unit-text.js';
import { urlDifferences } from '../urls.js';
import { viewOf } from '../view.js';


/**
 * Only placeholders that cannot occur by accident are reported when they appear from nowhere;
 * cmdlet- and parameter-like words do occur in translated prose (nb "Open-Source").
 */
const reportsExtra = (t: Token): boolean => {
  const kind = placeholderKind(t.text);
  return kind !== 'parameter' && kind !== 'cmdlet';
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A cmdlet or parameter the translation writes in another letter case ("Get-user",
 * "set-ExecutionPolicy"): PowerShell runs it all the same, but the patterns only know the usual
 * capitals, so it must be looked for as written, a whole token in the prose (not glued to the next
 * parameter, as in "Get-TransportRule-Identity", and not in a link's address).
 */
function inOtherCase(token: Token, target: TextFacts): boolean {
  const kind = placeholderKind(token.text);
  if (kind !== 'cmdlet' && kind !== 'parameter') return false;
  const before = kind === 'parameter' ? '(?<=^|[\\s(*`])' : '(?<![\\w-])';
  const written = new RegExp(`${before}${escapeRegExp(token.text)}(?![\\w-])`, 'gi');
  for (const m of target.text.matchAll(written)) {
    if (!target.urls.some((u) => m.index < u.end && m.index + m[0].length > u.start)) return true;
  }
  return false;
}

/**
 * A parameter glued to an address the translation changed ("user@contoso.com-HostedVoiceMail" for
 * "user@contoso.com -HostedVoiceMail"): url-mismatch reports that address with the parameter in it,
 * one slip, one finding.
 */
function gluedToChangedUrl(token: Token, source: TextFacts, target: TextFacts, locale: string): boolean {
  const name = token.text.toLowerCase();
  const glued = target.urls.filter((u) => u.text.toLowerCase().endsWith(name) && u.text.length > name.length);
  return glued.length > 0 && urlDifferences(source, target, locale).extra.some((u) => glued.includes(u));
}

/**
 * The word a parameter of the English is glued to in the translation: "Get-CsOnlineUser-Identity"
 * for "Get-CsOnlineUser -Identity", "\"NewPF1\"-AccessRights" (MT took the space before it away).
 * PowerShell then reads one word, so the parameter is lost all the same, but "missing" sent the
 * translator looking for a word that is there; null when it is not so glued (or only in an address).
 */
function gluedRun(token: Token, target: TextFacts): string | null {
  if (placeholderKind(token.text) !== 'parameter') return null;
  const text = target.text;
  const glued = new RegExp(`(?<=[^\\s\\[(*\`])${escapeRegExp(token.text)}(?![\\w-])`, 'gi');
  for (const m of text.matchAll(glued)) {
    const end = m.index + m[0].length;
    if (target.urls.some((u) => m.index < u.end && end > u.start)) continue;
    let start = m.index;
    while (start > 0 && !/[\s[(*`]/.test(text[start - 1])) start--;
    return text.slice(start, end);
  }
  return null;
}

/**
 * `no space between "Get-CsOnlineUser" and "-Identity"`, each glued pair once; a quoted value
 * before the parameter ("Jane Dow"-AuditEnabled) is named as such: quoting it would nest quotes.
 */
function gluedMessages(glued: Map<Token, string>): string[] {
  const said = new Set<string>();
  for (const [token, run] of glued) {
    const before = run.slice(0, run.length - token.text.length);
    const what = /["'“”«»]$/.test(before) ? 'the quoted value' : quote(before, 40);
    said.add(`no space between ${what} and ${quote(token.text, 40)} (PowerShell reads them as one word)`);
  }
  return [...said];
}

export const placeholderMismatch: UnitCheck = {
  id: 'placeholder-mismatch',
  title: 'Placeholder mismatch',
  severity: 'error',
  scope: 'unit',
  description:
    'A placeholder or code name of the English is missing or changed in the translation: <app>, ' +
    '\\<value from previous command>, {0}, %APPDATA%, $true, PowerShell cmdlets such as Get-Mailbox and ' +
    'parameters such as -Identity. They are filled in by software or typed by the reader, so they must be ' +
    'copied exactly, not translated.',
  run(unit, context) {
    const view = viewOf(unit, context);
    if (!view.paired || view.identical) return NO_HITS;
    const source = view.sourceFacts.placeholders;
    const target = view.targetFacts.placeholders;
    if (source.length === 0 && target.length === 0) return NO_HITS;
    const inTarget = new Set(target.map((t) => comparablePlaceholder(t.text)));
    const inSource = new Set(source.map((s) => comparablePlaceholder(s.text)));
    const absent = source.filter((s) => !inTarget.has(comparablePlaceholder(s.text)) && !inOtherCase(s, view.targetFacts) &&
      !(view.targetFacts.urls.length > 0 && gluedToChangedUrl(s, view.sourceFacts, view.targetFacts, context.locale)));
    // A parameter glued to the word before it is there, without its space; a cmdlet in such a run
    // ("Get-CsOnlineUser" of "Get-CsOnlineUser-Identity") is there as written.
    const glued = new Map<Token, string>();
    for (const s of absent) {
      const run = gluedRun(s, view.targetFacts);
      if (run !== null) glued.set(s, run);
    }
    const runs = [...glued.values()].map((r) => r.toLowerCase());
    const missing = absent.filter((s) => !glued.has(s) &&
      !(placeholderKind(s.text) === 'cmdlet' && runs.some((r) => r.startsWith(`${s.text.toLowerCase()}-`))));
    const extra = target.filter((t) => reportsExtra(t) && !inSource.has(comparablePlaceholder(t.text)));
    if (missing.length === 0 && extra.length === 0 && glued.size === 0) return NO_HITS;
    const names = (tokens: Token[]) => [...new Set(tokens.map((t) => quote(t.text, 40)))].join(', ');
    const highlights = { source: [...missing, ...glued.keys()].map(range).sort((a, b) => a[0] - b[0]), target: extra.map(range) };
    // "$_.PublicClient" written "$_": one change, said as one, with what differs.
    if (pairedChanges(missing, extra, (a, b) => placeholderKind(a.text) === placeholderKind(b.text), (a, b) => [a.text, b.text])) {
      const target = view.targetFacts.text;
      const changes = missing.map((m, i) => changeMessage(m.text, extra[i].text, (t) => quote(t, 40), target.slice(extra[i].end, extra[i].end + 80)));
      return [{ message: [...new Set(changes), ...gluedMessages(glued)].join('; '), highlights }];
    }
    const parts: string[] = [];
    if (missing.length) parts.push(`missing ${names(missing)}`);
    parts.push(...gluedMessages(glued));
    if (extra.length) parts.push(`not in the English ${names(extra)}`);
    return [{ message: parts.join('; '), highlights }];
  },
};
