/** link-mismatch: markdown links lost, added, emptied, or with a different relative target. */
import type { UnitCheck } from '../types.js';
import { range, type LinkToken, type TextFacts } from '../text.js';
import { comparableUrl } from '../urls.js';
import { excerpt, NO_HITS, plural, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

const isEmpty = (link: LinkToken): boolean => link.text.replace(/[\s*_`]/g, '') === '';

/**
 * Each side's link URLs are still somewhere in the other (as a link or bare): then a different
 * link count is about the links themselves; a lost URL is url-mismatch's finding.
 */
function sameLinkUrls(sourceFacts: TextFacts, targetFacts: TextFacts, source: LinkToken[], target: LinkToken[], locale: string): boolean {
  const everyUrl = (facts: TextFacts) => new Set([...facts.urls, ...facts.relativeTargets].map((u) => comparableUrl(u.text, locale)));
  const inSource = everyUrl(sourceFacts);
  const inTarget = everyUrl(targetFacts);
  return source.every((l) => inTarget.has(comparableUrl(l.url, locale))) && target.every((l) => inSource.has(comparableUrl(l.url, locale)));
}

/**
 * The English links that the emptied links of the translation stand for, matched by target in
 * order ("[](https://…/servicecenter/…)" is "[Volume Licensing Service Center](…)"): the translator
 * sees which words to link again. An emptied link no English link shares a target with is left out.
 */
function englishLinksOf(emptied: LinkToken[], source: LinkToken[], locale: string): LinkToken[] {
  const unused = source.filter((l) => !isEmpty(l));
  const found: LinkToken[] = [];
  for (const link of emptied) {
    const at = unused.findIndex((l) => comparableUrl(l.url, locale) === comparableUrl(link.url, locale));
    if (at >= 0) found.push(...unused.splice(at, 1));
  }
  return found;
}

export const linkMismatch: UnitCheck = {
  id: 'link-mismatch',
  title: 'Link mismatch',
  severity: 'warning',
  scope: 'unit',
  description:
    'The markdown links of the translation differ from the English: a link was lost or added (its URL may ' +
    'still be in the text), its text is empty so readers cannot click it (the message names the English link ' +
    'text, to put the link back on the words that translate it), or a relative link target ' +
    '(#anchor, other-page.md) changed. Keep every [text](target) of the English with translated text.',
  run(unit, context) {
    const { locale } = context;
    const view = viewOf(unit, context);
    if (!view.paired || view.identical) return NO_HITS;
    if (view.sourceFacts.links.length === 0 && view.targetFacts.links.length === 0) return NO_HITS;
    const source = view.sourceFacts.links.filter((l) => !l.image);
    const target = view.targetFacts.links.filter((l) => !l.image);
    if (source.length === 0 && target.length === 0) return NO_HITS;
    const problems: string[] = [];
    const sourceRanges: [number, number][] = [];
    const targetRanges: [number, number][] = [];
    const emptied = target.filter((l) => isEmpty(l));
    if (emptied.length > 0 && source.filter(isEmpty).length < emptied.length) {
      const english = englishLinksOf(emptied, source, locale);
      const what = `${plural(emptied.length, 'link has', 'links have')} empty link text, e.g. [](${excerpt(emptied[0].url, 120)})`;
      const one = emptied.length === 1;
      problems.push(english.length === emptied.length
        ? `${what}; the English link ${one ? 'text is' : 'texts are'} ${english.map((l) => quote(l.text.replace(/[*_`]/g, ''), 80)).join(', ')}: ` +
          `put the link${one ? '' : 's'} back on the words that translate ${one ? 'it' : 'them'}`
        : what);
      targetRanges.push(...emptied.map(range));
      sourceRanges.push(...english.map(range));
    }
    if (source.length !== target.length && sameLinkUrls(view.sourceFacts, view.targetFacts, source, target, locale)) {
      problems.push(`the English has ${plural(source.length, 'link')}, the translation ${target.length}`);
      sourceRanges.push(...source.map(range));
    }
    const relativeSource = view.sourceFacts.relativeTargets.map((t) => t.text);
    for (const t of view.targetFacts.relativeTargets) {
      if (!relativeSource.includes(t.text) && relativeSource.length > 0) {
        problems.push(`link target ${quote(t.text)} is not in the English (${relativeSource.map((s) => quote(s)).join(', ')})`);
        targetRanges.push(range(t));
      }
    }
    if (problems.length === 0) return NO_HITS;
    return [{ message: problems.join('; '), highlights: { source: sourceRanges, target: targetRanges } }];
  },
};
