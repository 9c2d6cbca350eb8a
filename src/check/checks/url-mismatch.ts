/** url-mismatch: a URL of the English missing or changed in the translation. */
import type { UnitCheck } from '../types.js';
import { range, type Token } from '../text.js';
import { urlDifferences } from '../urls.js';
import { NO_HITS, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

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
    const { missing, extra } = urlDifferences(view.sourceFacts, view.targetFacts, locale);
    if (missing.length === 0 && extra.length === 0) return NO_HITS;
    const parts: string[] = [];
    const changed = Math.min(missing.length, extra.length);
    for (let i = 0; i < changed; i++) parts.push(`${quote(missing[i].text, 70)} became ${quote(extra[i].text, 70)}`);
    for (const m of missing.slice(changed)) parts.push(`${quote(m.text, 70)} is missing`);
    for (const e of extra.slice(changed)) parts.push(`${quote(e.text, 70)} is not in the English`);
    return [{ message: parts.join('; '), highlights: { source: missing.map(range), target: extra.map(range) } }];
  },
};
