/** url-mismatch: a URL of the English missing or changed in the translation. */
import type { UnitCheck } from '../types.js';
import { range, type TextFacts, type Token } from '../text.js';
import { templatesOf, writtenWithSpace } from '../url-templates.js';
import { urlDifferences } from '../urls.js';
import { pairUrls } from '../url-pairs.js';
import { difference, spacedRest } from '../changed-token.js';
import { NO_HITS, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

/**
 * The same URL texts in the same order and no URL holding a placeholder: nothing to compare (the
 * common case). A URL with a placeholder is cut into pieces that can match while spaces broke it.
 */
function sameUrls(source: TextFacts, target: TextFacts): boolean {
  const a = source.urls;
  const b = target.urls;
  return a.length === b.length && a.every((u, i) => u.text === b[i].text) &&
    templatesOf(source).length === 0 && templatesOf(target).length === 0;
}

/** URLs are quoted whole, as written, unless very long: a reader compares them character by character. */
const URL_QUOTE = 160;

/**
 * How a changed URL is named, with what differs ("Name" added), which is easy to miss in a long
 * URL; spaces that break it are said to, with the rest a space cut off ("https://portal.azure.com/
 * ?EaInvoice=true").
 */
function became(from: Token, to: Token, source: string, target: string): string {
  const glued = gluedParameter(from, to, source);
  if (glued !== null) return glued;
  const cutOff = spacedRest(from.text, to.text, target.slice(to.end, to.end + URL_QUOTE));
  const written = to.text + (cutOff ?? '');
  const note = cutOff !== null || writtenWithSpace(to, target) ? 'spaces break it' : difference(from.text, to.text);
  return `${quote(from.text, URL_QUOTE)} became ${quote(written, URL_QUOTE)}${note ? ` (${note})` : ''}`;
}

/**
 * An address the translation glued to the PowerShell parameter after it ("user@contoso.com-HostedVoiceMail"
 * for "user@contoso.com -HostedVoiceMail"): the address is as it was, only the space is gone, so
 * the message says that, as placeholder-mismatch does for a glued cmdlet, not that "-HostedVoiceMail"
 * was added to it. Null when the change is anything else.
 */
function gluedParameter(from: Token, to: Token, source: string): string | null {
  const address = to.text.slice(0, from.text.length);
  const rest = to.text.slice(from.text.length);
  if (address.toLowerCase() !== from.text.toLowerCase() || !/^-[A-Za-z][A-Za-z0-9]*$/.test(rest)) return null;
  // The English writes the same parameter after the address, with a space between.
  const after = source.slice(from.end, from.end + rest.length + 8);
  if (!new RegExp(`^\\s+${rest}(?![\\w-])`, 'i').test(after)) return null;
  const message = `no space between ${quote(address, URL_QUOTE)} and ${quote(rest, 40)} (PowerShell reads them as one word)`;
  return address === from.text ? message : `${message}; the English writes ${quote(from.text, URL_QUOTE)}`;
}

export const urlMismatch: UnitCheck = {
  id: 'url-mismatch',
  title: 'URL mismatch',
  severity: 'error',
  scope: 'unit',
  description:
    'A URL, e-mail address or host name of the English (in a link target or in the text) is missing or ' +
    'different in the translation, so the link leads somewhere else or nowhere. Localizing the locale part ' +
    'of a URL (/en-us/ → /lv-lv/, ui=en-US → ui=lv-LV) and http → https are fine and not reported. A URL ' +
    'holding a placeholder (https://<tenant>.sharepoint.com/sites/<sitename>) is compared whole: spaces ' +
    'put into it break it for a reader who copies it; the name inside the brackets may be translated, the ' +
    'brackets must stay. A URL put in `inline code` (or taken out of it) is the same address; markup-mismatch ' +
    'reports the changed formatting. An address glued to the PowerShell parameter after it ' +
    '(user@contoso.com-HostedVoiceMail) is said as the missing space it is. Copy the URL from the English.',
  run(unit, context) {
    const { locale } = context;
    const view = viewOf(unit, context);
    if (!view.paired || view.identical) return NO_HITS;
    if (sameUrls(view.sourceFacts, view.targetFacts)) return NO_HITS;
    const { missing, extra } = urlDifferences(view.sourceFacts, view.targetFacts, locale);
    if (missing.length === 0 && extra.length === 0) return NO_HITS;
    const pairs = pairUrls(missing, extra);
    const parts = pairs.changed.map(([from, to]) => became(from, to, view.sourceFacts.text, view.targetFacts.text));
    for (const m of pairs.missing) parts.push(`${quote(m.text, URL_QUOTE)} is missing`);
    for (const e of pairs.extra) parts.push(`${quote(e.text, URL_QUOTE)} is not in the English`);
    return [{ message: parts.join('; '), highlights: { source: missing.map(range), target: extra.map(range) } }];
  },
};
