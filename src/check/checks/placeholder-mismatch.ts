/** placeholder-mismatch: placeholders, variables, cmdlets and parameters not kept as written. */
import type { UnitCheck } from '../types.js';
import { changeMessage, pairedChanges } from '../changed-token.js';
import { gluedLiterals, type GluedLiteral } from '../literals.js';
import { comparablePlaceholder, placeholderKind } from '../placeholders.js';
import { range, type TextFacts, type Token } from '../text.js';
import { NO_HITS, quote } from '../unit-text.js';
import { urlDifferences } from '../urls.js';
import { viewOf } from '../view.js';
import { escapeRegExp } from '../../regexp.js';

/**
 * Only placeholders that cannot occur by accident are reported when they appear from nowhere;
 * cmdlet- and parameter-like words do occur in translated prose (nb "Open-Source").
 */
const reportsExtra = (t: Token): boolean => {
  const kind = placeholderKind(t.text);
  return kind !== 'parameter' && kind !== 'cmdlet';
};

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

/** A parameter glued to a word: the text glued before it (up to a space or markup) or the word after it. */
interface GluedParameter { before: string; after: string }

/**
 * The word a parameter of the English is glued to in the translation: "Get-CsOnlineUser-Identity"
 * for "Get-CsOnlineUser -Identity", "\"NewPF1\"-AccessRights" (MT took the space before it away),
 * lv "-NewUserPrincipalNameparametru" for "-NewUserPrincipalName" followed by its translated word
 * "parametru" (the space after it). PowerShell then reads one word, so the parameter is lost all the
 * same, but "missing" sent the translator looking for a word that is there; null when it is not so
 * glued (or only in an address, or the English has that longer word too: "-Namespace" beside "-Name").
 * Glued after is said only of a name with inner capitals, which no word of the translation starts with.
 */
function gluedRun(token: Token, source: TextFacts, target: TextFacts): GluedParameter | null {
  if (placeholderKind(token.text) !== 'parameter') return null;
  const text = target.text;
  const english = source.text.toLowerCase();
  const innerCapitals = /^-.+[A-Z]/.test(token.text);
  for (const m of text.matchAll(new RegExp(`${escapeRegExp(token.text)}([\\p{L}\\p{M}]*)(?![\\w-])`, 'giu'))) {
    const after = m[1];
    // Glued after only when the name is a code name, with inner capitals: "-Auto" starts nb
    // "-Automatisk", a translated word. And with a small letter (tested apart: with the i flag, \p{Ll}
    // matches capitals too): "-IdentityType" is another parameter, as is a longer word the English has
    // ("-Namespace" beside "-Name").
    if (after && (!innerCapitals || !/^\p{Ll}/u.test(after) || english.includes(m[0].toLowerCase()))) continue;
    const end = m.index + m[0].length;
    const gluedBefore = m.index > 0 && !/[\s[(*`]/.test(text[m.index - 1]);
    if ((!gluedBefore && !after) || target.urls.some((u) => m.index < u.end && end > u.start)) continue;
    let start = m.index;
    while (gluedBefore && start > 0 && !/[\s[(*`]/.test(text[start - 1])) start--;
    return { before: text.slice(start, m.index), after };
  }
  return null;
}

/**
 * `no space between "Get-CsOnlineUser" and "-Identity"`, each glued pair once; a quoted value
 * before the parameter ("Jane Dow"-AuditEnabled) is named as such: quoting it would nest quotes.
 */
function gluedMessages(glued: Map<Token, GluedParameter>): string[] {
  const said = new Set<string>();
  for (const [token, { before, after }] of glued) {
    const what = /["'“”«»]$/.test(before) ? 'the quoted value' : quote(before, 40);
    const name = quote(token.text, 40);
    const pair = !after ? `${what} and ${name}` : !before ? `${name} and ${quote(after, 40)}` : `${what} and ${name}, nor between it and ${quote(after, 40)}`;
    said.add(`no space between ${pair} (PowerShell reads them as one word)`);
  }
  return [...said];
}

/**
 * `"SetupProd_OffScrub.exe" is joined to the words around it ("starteSetupProd_OffScrub.exefilen"):
 * put spaces or a hyphen around it`, said for the side or sides that lost their space.
 */
function joinedMessage(g: GluedLiteral): string {
  const [where, fix] = g.before && g.after ? ['the words around it', 'put spaces or a hyphen around it']
    : g.before ? ['the word before it', 'put a space before it'] : ['the word after it', 'put a space or a hyphen after it'];
  return `${quote(g.token.text, 40)} is joined to ${where} (${quote(g.run, 60)}): ${fix}`;
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
    'copied exactly, not translated. A file name, path, placeholder or code name the translation glued to its ' +
    'own words ("starteSetupProd_OffScrub.exefilen") is reported too: the reader can neither copy it nor see where ' +
    'it starts; put a space, or in Norwegian a hyphen before an ending, between it and the words around it.',
  run(unit, context) {
    const view = viewOf(unit, context);
    if (!view.paired || view.identical) return NO_HITS;
    const source = view.sourceFacts.placeholders;
    const target = view.targetFacts.placeholders;
    const literals = gluedLiterals(view.sourceFacts, view.targetFacts);
    if (source.length === 0 && target.length === 0 && literals.length === 0) return NO_HITS;
    const inTarget = new Set(target.map((t) => comparablePlaceholder(t.text)));
    const inSource = new Set(source.map((s) => comparablePlaceholder(s.text)));
    const absent = source.filter((s) => !inTarget.has(comparablePlaceholder(s.text)) && !inOtherCase(s, view.targetFacts) &&
      !(view.targetFacts.urls.length > 0 && gluedToChangedUrl(s, view.sourceFacts, view.targetFacts, context.locale)));
    // A parameter glued to the word before it is there, without its space; a cmdlet in such a run
    // ("Get-CsOnlineUser" of "Get-CsOnlineUser-Identity") is there as written.
    const glued = new Map<Token, GluedParameter>();
    for (const s of absent) {
      const run = gluedRun(s, view.sourceFacts, view.targetFacts);
      if (run !== null) glued.set(s, run);
    }
    const runs = [...glued].map(([token, { before }]) => `${before}${token.text}`.toLowerCase());
    const missing = absent.filter((s) => !glued.has(s) &&
      !(placeholderKind(s.text) === 'cmdlet' && runs.some((r) => r.startsWith(`${s.text.toLowerCase()}-`))));
    const extra = target.filter((t) => reportsExtra(t) && !inSource.has(comparablePlaceholder(t.text)));
    // A placeholder reported missing is not also said glued (lv "$falseating" for "$false").
    const joined = literals.filter((g) => !absent.some((a) => a.start === g.token.start && a.end === g.token.end));
    if (missing.length === 0 && extra.length === 0 && glued.size === 0 && joined.length === 0) return NO_HITS;
    const names = (tokens: Token[]) => [...new Set(tokens.map((t) => quote(t.text, 40)))].join(', ');
    const highlights = {
      source: [...missing, ...glued.keys(), ...joined.map((g) => g.token)].map(range).sort((a, b) => a[0] - b[0]),
      target: [...extra, ...joined.map((g) => g.at)].map(range).sort((a, b) => a[0] - b[0]),
    };
    const joins = joined.map(joinedMessage);
    // "$_.PublicClient" written "$_": one change, said as one, with what differs.
    if (pairedChanges(missing, extra, (a, b) => placeholderKind(a.text) === placeholderKind(b.text), (a, b) => [a.text, b.text])) {
      const target = view.targetFacts.text;
      const changes = missing.map((m, i) => changeMessage(m.text, extra[i].text, (t) => quote(t, 40), target.slice(extra[i].end, extra[i].end + 80)));
      return [{ message: [...new Set(changes), ...gluedMessages(glued), ...joins].join('; '), highlights }];
    }
    const parts: string[] = [];
    if (missing.length) parts.push(`missing ${names(missing)}`);
    parts.push(...gluedMessages(glued));
    if (extra.length) parts.push(`not in the English ${names(extra)}`);
    parts.push(...joins);
    return [{ message: parts.join('; '), highlights }];
  },
};
