/**
 * Render fidelity, differential: tolk injects segment markers into the markdown before
 * markdown-it parses it, and a marker next to markdown syntax could change what markdown-it
 * builds. So every page is rendered twice, by tolk and by a plain markdown-it from the markdown
 * the reader should see (each span pair replaced by its text), and the two are compared as
 * normalized DOM (helpers/fidelity-*.ts list what tolk adds by design and how it is normalized).
 * Runs on content/ always, and on the whole shared corpus when it is present (8,730 pages, ~10 s,
 * most of it cheerio parsing both sides).
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AlignedCorpus, AlignedDocument } from '../../src/model.js';
import { readAndAlign } from '../../src/pipeline.js';
import { ENGLISH, renderArticle, type RenderOptions } from '../../src/render/article.js';
import { fillEmptyLinks } from '../../src/render/article-empty-links.js';
import { CONTENT, CORPUS, hasCorpus } from '../helpers/corpus.js';
import { lineDiff } from '../helpers/fidelity-diff.js';
import { normalizeReference, normalizeTolk } from '../helpers/fidelity-normalize.js';
import { plainBody, renderReference } from '../helpers/fidelity-reference.js';

const options: RenderOptions = { assetUrl: (path, locale) => `/assets/${locale.toLowerCase()}/${path}`, labels: {} };
const REPORTED = 5;

interface Difference {
  page: string;
  reference: string;
  tolk: string;
}

/** Both normalized forms of one page; null when tolk has no such page. */
function comparePage(doc: AlignedDocument, locale: string): Difference | null {
  const article = renderArticle(doc, locale, options);
  const english = locale === ENGLISH;
  const sourceLocale = english ? doc.referenceLocale : locale;
  if (!article || !sourceLocale) return null;
  const source = doc.locales[sourceLocale];
  // An emptied link shows the English link's words by design (article-empty-links.ts).
  const markdown = plainBody(source, english ? (s) => s.source ?? s.target : (s) => fillEmptyLinks(s.target, s.source));
  const reference = normalizeReference(renderReference(markdown, sourceLocale, locale, options), english);
  return { page: `${locale}/${doc.slug}`, reference, tolk: normalizeTolk(article.html, english) };
}

function compareCorpus(corpus: AlignedCorpus): { pages: number; differences: Difference[] } {
  let pages = 0;
  const differences: Difference[] = [];
  for (const doc of corpus.documents) {
    for (const locale of [...corpus.locales, ENGLISH]) {
      const page = comparePage(doc, locale);
      if (!page) continue;
      pages++;
      if (page.reference !== page.tolk) differences.push(page);
    }
  }
  return { pages, differences };
}

function report(differences: Difference[]): string {
  const shown = differences.slice(0, REPORTED).map((d) => `${d.page} (- plain markdown-it, + tolk):\n${lineDiff(d.reference, d.tolk)}`);
  const more = differences.length > REPORTED ? `\n… and ${differences.length - REPORTED} more pages` : '';
  return `${differences.length} pages differ:\n\n${shown.join('\n\n')}${more}`;
}

function expectFaithful(corpus: AlignedCorpus, minPages: number): void {
  const { pages, differences } = compareCorpus(corpus);
  // TOLK_FIDELITY_DUMP=file writes the diff of every differing page, not just the first few.
  if (process.env.TOLK_FIDELITY_DUMP) {
    writeFileSync(process.env.TOLK_FIDELITY_DUMP, differences.map((d) => `### ${d.page}\n${lineDiff(d.reference, d.tolk)}\n`).join('\n'));
  }
  expect(pages).toBeGreaterThanOrEqual(minPages);
  if (differences.length > 0) expect.fail(report(differences));
}

describe('render fidelity: tolk builds what plain markdown-it builds from the reader\'s markdown', () => {
  it('content/: every page of every locale and English', () => {
    expectFaithful(readAndAlign(CONTENT), 60);
  });
});

describe.runIf(hasCorpus)('render fidelity over the shared corpus (2,910 advisories × 3 locales)', () => {
  it('every page of every locale and English', () => {
    expectFaithful(readAndAlign(CORPUS), 8_000);
  });
});
