/** url-mismatch: a URL of the English missing or changed in the translation. */
import type { UnitCheck } from '../types.js';
import { range, type Token } from '../text.js';
import { comparableUrl } from '../urls.js';
import { NO_HITS, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

function unmatched(from: Token[], against: Set<string>, locale: string): Token[] {
  return from.filter((u) => !against.has(comparableUrl(u.text, locale)));
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
    const source = view.sourceFacts.urls;
    const target = view.targetFacts.urls;
    if (source.length === 0 && target.length === 0) return NO_HITS;
    const missing = unmatched(source, new Set(target.map((u) => comparableUrl(u.text, locale))), locale);
    const extra = unmatched(target, new Set(source.map((u) => comparableUrl(u.text, locale))), locale);
    if (missing.length === 0 && extra.length === 0) return NO_HITS;
    const parts: string[] = [];
    const changed = Math.min(missing.length, extra.length);
    for (let i = 0; i < changed; i++) parts.push(`${quote(missing[i].text, 70)} became ${quote(extra[i].text, 70)}`);
    for (const m of missing.slice(changed)) parts.push(`${quote(m.text, 70)} is missing`);
    for (const e of extra.slice(changed)) parts.push(`${quote(e.text, 70)} is not in the English`);
    return [{ message: parts.join('; '), highlights: { source: missing.map(range), target: extra.map(range) } }];
  },
};
