/** url-mismatch: a URL of the English missing or changed in the translation. */
import type { UnitCheck } from '../types.js';
import { range, type TextFacts, type Token } from '../text.js';
import { comparableUrl } from '../urls.js';
import { NO_HITS, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

/**
 * How a URL is compared: a link target exactly (up to its locale part); a URL or host name
 * written in the text regardless of case and of a leading `*.` (MT writes "Portal.Office.com").
 */
const looseForms = new Map<string, string>();
function looseForm(exact: string): string {
  let loose = looseForms.get(exact);
  if (loose === undefined) {
    loose = exact.toLowerCase().replace(/^\*?\./, '');
    if (looseForms.size > 100_000) looseForms.clear();
    looseForms.set(exact, loose);
  }
  return loose;
}

interface Forms { tokens: Token[]; exact: string[]; loose: string[]; isLinkTarget: boolean[] }

function formsOf(facts: TextFacts, locale: string): Forms {
  const linkTargets = new Set(facts.links.map((l) => l.urlStart));
  const exact = facts.urls.map((u) => comparableUrl(u.text, locale));
  return { tokens: facts.urls, exact, loose: exact.map(looseForm), isLinkTarget: facts.urls.map((u) => linkTargets.has(u.start)) };
}

/** URLs of `from` that `against` lacks: link targets by their exact form, text URLs loosely. */
function unmatched(from: Forms, against: Forms): Token[] {
  const exact = new Set(against.exact);
  const loose = new Set(against.loose);
  return from.tokens.filter((_, i) => !(from.isLinkTarget[i] ? exact.has(from.exact[i]) : loose.has(from.loose[i])));
}

/** The same URL texts in the same order: nothing to compare (the common case). */
function sameUrls(a: Token[], b: Token[]): boolean {
  return a.length === b.length && a.every((u, i) => u.text === b[i].text);
}

export const urlMismatch: UnitCheck = {
  id: 'url-mismatch',
  title: 'URL mismatch',
  severity: 'error',
  scope: 'unit',
  description:
    'A URL, e-mail address or host name of the English (in a link target or in the text) is missing or ' +
    'different in the translation, so the link leads somewhere else or nowhere. Localizing the locale part ' +
    'of a URL (/en-us/ → /lv-lv/, ui=en-US → ui=lv-LV) and http → https are fine and not reported. Copy ' +
    'the URL from the English.',
  run(unit, context) {
    const { locale } = context;
    const view = viewOf(unit, context);
    if (!view.paired || view.identical) return NO_HITS;
    if (sameUrls(view.sourceFacts.urls, view.targetFacts.urls)) return NO_HITS;
    const source = formsOf(view.sourceFacts, locale);
    const target = formsOf(view.targetFacts, locale);
    const missing = unmatched(source, target);
    const extra = unmatched(target, source);
    if (missing.length === 0 && extra.length === 0) return NO_HITS;
    const parts: string[] = [];
    const changed = Math.min(missing.length, extra.length);
    for (let i = 0; i < changed; i++) parts.push(`${quote(missing[i].text, 70)} became ${quote(extra[i].text, 70)}`);
    for (const m of missing.slice(changed)) parts.push(`${quote(m.text, 70)} is missing`);
    for (const e of extra.slice(changed)) parts.push(`${quote(e.text, 70)} is not in the English`);
    return [{ message: parts.join('; '), highlights: { source: missing.map(range), target: extra.map(range) } }];
  },
};
