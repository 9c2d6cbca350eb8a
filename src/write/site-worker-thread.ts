/**
 * Worker thread of `tolk build` (see site-source.ts): reads and plans the content folder like
 * the main thread would, posts the plan's outline, then renders every page in order and posts
 * the bytes in small batches (transferred, not copied); then, if asked, runs the QA checks.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../model.js';
import { planSiteOf } from './site-plan.js';
import { produceQa } from './site-qa.js';
import { outlineOf, type WorkerJob, type WorkerMessage } from './site-source.js';

const BATCH = 8;
const job = workerData as WorkerJob;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

const planning: Diagnostic[] = [];
const rendering: Diagnostic[] = [];
let warnings = planning;
let lastProgress = 0;
const planned = planSiteOf({
  ...job,
  onProgress: (_stage, done, total) => {
    if (done === total || done - lastProgress >= 250) { lastProgress = done; post({ type: 'progress', done, total }); }
  },
}, (d) => { warnings.push(d); });
post({ type: 'outline', outline: outlineOf(planned, planning) });
warnings = rendering;

const encoder = new TextEncoder();
let scratch = new Uint8Array(1 << 20);
/** A batch of pages as UTF-8 in one exact-size buffer (one allocation and one transfer a batch). */
function encodeBatch(texts: string[]): Uint8Array[] {
  const need = texts.reduce((n, t) => n + t.length * 3, 0);
  if (scratch.length < need) scratch = new Uint8Array(need);
  const ends: number[] = [];
  let at = 0;
  for (const text of texts) {
    at += encoder.encodeInto(text, scratch.subarray(at)).written;
    ends.push(at);
  }
  const bytes = scratch.slice(0, at);
  return ends.map((end, i) => bytes.subarray(i === 0 ? 0 : ends[i - 1], end));
}

const { pages } = planned.plan;
for (let first = 0; first < pages.length; first += BATCH) {
  const texts: string[] = [];
  for (let id = first; id < Math.min(first + BATCH, pages.length); id++) {
    const page = await pages[id].render();
    texts.push(typeof page === 'string' ? page : new TextDecoder().decode(page));
  }
  const batch = encodeBatch(texts);
  post({ type: 'pages', first, pages: batch }, [batch[0].buffer as ArrayBuffer]);
}
post({ type: 'done', findings: { warnings: rendering, loose: [...planned.links.loose.values()], linked: [...planned.links.linked] } });
// The checks last: their report is written after every page (and while Pagefind indexes).
if (job.qa) {
  // While the checks run, the main thread has Pagefind indexing (in a default build): give it the
  // cores first. On Linux a nice value is per thread, so this lowers only this worker.
  try { setPriority(10); } catch { /* not permitted: run at the normal priority */ }
  try {
    post({ type: 'qa', output: produceQa(planned.corpus, job.qa) });
  } catch (error) {
    post({ type: 'qa-failed', message: `QA checks failed: ${(error as Error).message}` });
  }
}
