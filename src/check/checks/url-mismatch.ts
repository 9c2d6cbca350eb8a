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
function formOf(url: Token, linkTargets: Set<number>, locale: string): string {
  const form = comparableUrl(url.text, locale);
  return linkTargets.has(url.start) ? form : form.toLowerCase().replace(/^\*?\./, '');
}

/** URLs of `from` that `against` lacks, each compared in its own way. */
function unmatched(from: Token[], fromTargets: Set<number>, against: Token[], againstTargets: Set<number>, locale: string): Token[] {
  return from.filter((u) => {
    const exact = fromTargets.has(u.start);
    const form = formOf(u, fromTargets, locale);
    return !against.some((v) => (exact ? comparableUrl(v.text, locale) : formOf(v, new Set(), locale)) === form ||
      (againstTargets.has(v.start) && !exact && formOf(v, new Set(), locale) === form));
  });
}

const linkTargetsOf = (facts: TextFacts): Set<number> => new Set(facts.links.map((l) => l.urlStart));

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
    const source = view.sourceFacts.urls;
    const target = view.targetFacts.urls;
    if (source.length === 0 && target.length === 0) return NO_HITS;
    const sourceTargets = linkTargetsOf(view.sourceFacts);
    const targetTargets = linkTargetsOf(view.targetFacts);
    const missing = unmatched(source, sourceTargets, target, targetTargets, locale);
    const extra = unmatched(target, targetTargets, source, sourceTargets, locale);
    if (missing.length === 0 && extra.length === 0) return NO_HITS;
    const parts: string[] = [];
    const changed = Math.min(missing.length, extra.length);
    for (let i = 0; i < changed; i++) parts.push(`${quote(missing[i].text, 70)} became ${quote(extra[i].text, 70)}`);
    for (const m of missing.slice(changed)) parts.push(`${quote(m.text, 70)} is missing`);
    for (const e of extra.slice(changed)) parts.push(`${quote(e.text, 70)} is not in the English`);
    return [{ message: parts.join('; '), highlights: { source: missing.map(range), target: extra.map(range) } }];
  },
};
