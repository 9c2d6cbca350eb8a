/**
 * product-name: a Microsoft product whose name is also an English word ("Teams", "Stream") translated
 * as that word (lv "grupu sapulces" for "Teams meetings", nb "Strøm" for "Stream"): the reader looks
 * for an app that does not exist under that name.
 */
import type { UnitCheck } from '../types.js';
import { NO_HITS } from '../unit-text.js';
import { viewOf } from '../view.js';

/**
 * Names machine translation takes for words, and Microsoft does not translate. Only these: on the
 * real corpus nearly every capitalized "Teams" or "Stream" in the English is the product, while
 * "Access", "Forms", "Project" or "Lists" are as often plain words ("Conditional Access", "custom
 * Forms"); names that are no English word (OneDrive, Yammer) are kept by every translation; and the
 * Shifts app and the Network Planner tool have localized names (nb "Skift").
 */
const NAMES = ['Teams', 'Stream', 'Bookings', 'Planner'];
const NAME = new RegExp(`(?<!Network )\\b(?:${NAMES.join('|')})\\b`, 'g');

export const productName: UnitCheck = {
  id: 'product-name',
  title: 'Product name translated',
  severity: 'warning',
  scope: 'unit',
  description:
    `The English names a Microsoft product whose name is also an English word (${NAMES.join(', ')}) and the ` +
    'translation does not have that name: it was translated as the word (lv "grupu sapulces" for "Teams ' +
    'meetings", nb "Strøm" for "Stream"), so the reader looks for an app that does not exist. Product names ' +
    'stay in English ("pakalpojumā Teams", "Teams-møtet").',
  run(unit, context) {
    const view = viewOf(unit, context);
    if (!view.paired || view.identical) return NO_HITS;
    const source = view.sourceFacts;
    if (!/[TSBP]/.test(source.masked)) return NO_HITS;
    // In prose and link texts, not in code or URLs (masked): "teams-meeting" in a URL is no name.
    const mentions = [...source.masked.matchAll(NAME)];
    if (mentions.length === 0) return NO_HITS;
    // Not a URL of the translation either: a link to /microsoftteams/ keeps no name in the text.
    const target = view.targetFacts.masked.toLowerCase();
    const lost = mentions.filter((m) => !target.includes(m[0].toLowerCase()));
    if (lost.length === 0) return NO_HITS;
    const names = [...new Set(lost.map((m) => m[0]))];
    return [{
      message: `${names.map((n) => `"${n}"`).join(', ')} (${names.length > 1 ? 'product names' : 'a product name'}) ` +
        `${names.length > 1 ? 'are' : 'is'} not in the translation; keep ${names.length > 1 ? 'them' : 'it'} as in English`,
      highlights: { source: lost.map((m) => [m.index!, m.index! + m[0].length] as [number, number]) },
    }];
  },
};
