// Benchmark: one 50 MB advisory (the lv-LV seed's body repeated, so headings and ids repeat too):
// read+align, render its page, run the checks. Guards against work that grows faster than the
// file (a repeated-heading id search was once quadratic: 38 s for this page, now ~2.5 s; so was
// placing diagnostics in a file full of unclosed spans).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAndAlign } from '../dist/pipeline.js';
import { renderArticle } from '../dist/render/article.js';
import { runChecks } from '../dist/check/run.js';
import { peakRssMb, report } from './util.js';

const SEED = 'prepare-for-use-of-tls-1-2-in-office-365';
const seed = readFileSync(fileURLToPath(new URL(`../content/lv-LV/${SEED}.md`, import.meta.url)), 'utf8');
const fence = seed.indexOf('\n---\n', 4) + 5;
const body = seed.slice(fence);
const copies = Math.ceil((50 * 1048576) / Buffer.byteLength(body));
const tmp = mkdtempSync(join(tmpdir(), 'tolk-bench-large-'));
try {
  mkdirSync(join(tmp, 'lv-LV'));
  writeFileSync(join(tmp, 'lv-LV', 'huge.md'), seed.slice(0, fence) + body.repeat(copies));
  const time = (fn) => { const start = performance.now(); const value = fn(); return [performance.now() - start, value]; };
  const [readMs, corpus] = time(() => readAndAlign(tmp));
  const doc = corpus.documents[0];
  const [renderMs, page] = time(() => renderArticle(doc, 'lv-LV', { assetUrl: (p) => p, labels: {} }));
  const [englishMs] = time(() => renderArticle(doc, 'en-US', { assetUrl: (p) => p, labels: {} }));
  const [checkMs, qa] = time(() => runChecks(corpus));
  // The same file with every translated span's </span> missing: each pair is read with a diagnostic.
  writeFileSync(join(tmp, 'lv-LV', 'huge.md'), (seed.slice(0, fence) + body.repeat(copies)).replaceAll('</span><span class="sxs-lookup">', '<span class="sxs-lookup">'));
  const [damagedMs, damaged] = time(() => readAndAlign(tmp));
  report('one 50 MB file', [
    ['file', `${(corpus.bytes / 1048576).toFixed(1)} MB, ${doc.locales['lv-LV'].doc.segments.length} segments (${copies} copies of the seed body)`],
    ['read+align', `${readMs.toFixed(0)} ms`],
    ['render', `lv-LV page ${renderMs.toFixed(0)} ms (${(page.html.length / 1048576).toFixed(0)} MB of HTML), en-US page ${englishMs.toFixed(0)} ms`],
    ['checks', `${checkMs.toFixed(0)} ms (${qa.findings.length} findings)`],
    ['damaged', `every </span> before an English twin missing: read+align ${damagedMs.toFixed(0)} ms (${damaged.documents[0].locales['lv-LV'].doc.segments.length} segments)`],
    ['peak RSS', `${peakRssMb()} MB`],
  ]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
