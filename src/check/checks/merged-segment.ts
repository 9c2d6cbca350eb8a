/**
 * merged-segment: one `p…` segment standing for a run of English sentences, and whether the
 * checks that compare a translation with its English find anything lost or changed in it.
 */
import type { AlignedUnit } from '../../model.js';
import type { CheckContext, UnitCheck } from '../types.js';
import { boldSpans } from '../emphasis.js';
import { englishNumbers } from '../numbers.js';
import { runSentenceCount } from '../sentences.js';
import type { TextFacts } from '../text.js';
import { NO_HITS, hasFlag } from '../unit-text.js';
import { viewOf } from '../view.js';
import { emptyTranslation } from './empty-translation.js';
import { linkMismatch } from './link-mismatch.js';
import { markupMismatch } from './markup-mismatch.js';
import { numberMismatch } from './number-mismatch.js';
import { placeholderMismatch } from './placeholder-mismatch.js';
import { sentenceCountCheck } from './sentence-count.js';
import { urlMismatch } from './url-mismatch.js';

/**
 * The checks that own each comparison of a merged translation with its English run: a lost or
 * changed sentence, number, link, placeholder, code or bold is theirs to report, with what and
 * where. merged-segment only says which of them found something, so a loss is reported once.
 */
const OWNERS: UnitCheck[] = [emptyTranslation, sentenceCountCheck, numberMismatch, urlMismatch, linkMismatch, placeholderMismatch, markupMismatch];

/** The ids of the owning checks that report something on this unit, in report order. */
function owningFindings(unit: AlignedUnit, context: CheckContext): string[] {
  return OWNERS.filter((check) => check.run(unit, context).length > 0).map((check) => check.id);
}

/**
 * Which checks find the translation different, said so the translator can find their findings: a
 * check the configuration turns off reports nothing, so it is named as off, not as reporting.
 */
function differences(owners: string[], context: CheckContext): string {
  const reported = owners.filter((id) => context.reports?.(id) ?? true);
  const off = owners.filter((id) => !reported.includes(id));
  const parts = [
    ...(reported.length ? [`as ${listed(reported)} ${reported.length === 1 ? 'reports' : 'report'} on this segment`] : []),
    ...(off.length ? [`as ${listed(off)} ${off.length === 1 ? 'finds' : 'find'} (turned off in the QA configuration, so not reported)`] : []),
  ];
  return `compared for sentences, numbers, links, placeholders, code and bold, the translation differs from the English ${parts.join(', and ')}`;
}

const listed = (ids: string[]): string => (ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`);

/** What the English run has that the translation was found to keep (" and the English's number, link and bold"). */
function keptParts(source: TextFacts): string {
  const numbers = source.hasDigit ? englishNumbers(source).map((n) => n.raw) : [];
  const kinds: [number, string][] = [
    [source.links.filter((l) => !l.image).length, 'link'],
    [source.placeholders.length, 'placeholder'],
    [source.code.length, 'code'],
    [boldSpans(source), 'bold'],
  ];
  // Numbers are named ("number 250"): "the English's number" alone sent the reader looking for it.
  const named = [
    ...(numbers.length ? [`${numbers.length === 1 ? 'number' : 'numbers'} ${numbers.join(', ')}`] : []),
    ...kinds.filter(([n]) => n > 0).map(([n, what]) => (what === 'code' || what === 'bold' || n === 1 ? what : `${what}s`)),
  ];
  if (named.length === 0) return '';
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return ` and the English's ${list}`;
}

export const mergedSegment: UnitCheck = {
  id: 'merged-segment',
  title: 'Merged segment',
  severity: 'info',
  scope: 'unit',
  description:
    'The localization pipeline joined several English sentences into one segment (an id like c59cc-p101): ' +
    'whoever edits it edits the translation of all of them, and merged segments are where sentences get dropped. ' +
    'The message says what was compared: where the translation keeps every sentence, number, link, placeholder, ' +
    'code and bold of the English, it says so, and only a clause dropped inside a sentence is left to find by reading; ' +
    'where something is lost or changed, it names the checks that report what (sentence-count, number-mismatch, ' +
    'url-mismatch, link-mismatch, placeholder-mismatch, markup-mismatch, empty-translation), each loss once, in their findings on the same segment.',
  run(unit, context) {
    const { locale } = context;
    if (!hasFlag(unit, 'merged', locale)) return NO_HITS;
    const view = viewOf(unit, context);
    const ids = unit.idsOf(locale);
    const what = `${ids.join(' ')} is one merged segment for ${unit.covers.length} English segments (${unit.covers.join(', ')})`;
    if (!view.paired) return [{ message: `${what}; check that nothing was left out` }];
    const owners = owningFindings(unit, context);
    if (owners.length > 0) return [{ message: `${what}: ${differences(owners, context)}` }];
    const sentences = runSentenceCount(view.sourceFacts, unit.covers.length);
    return [{
      message: `${what}: the translation has ${sentences === 2 ? 'both' : `all ${sentences}`} sentences${keptParts(view.sourceFacts)}; nothing seems left out`,
    }];
  },
};
