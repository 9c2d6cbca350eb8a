/**
 * Worker thread of `tolk build` (see article-worker.ts): plans the site like the main thread,
 * renders the advisory pages in page order and posts their bytes in small batches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../model.js';
import type { ArticleJob, WorkerMessage, WorkerPage } from './article-worker.js';
import { planSiteOf } from './site-plan.js';

const BATCH = 8;
const job = workerData as ArticleJob;
const warnings: Diagnostic[] = [];
let rendering = false;
// Reading and planning problems are the main thread's to report; only rendering ones are new.
const { plan, links } = planSiteOf(job, (d) => { if (rendering) warnings.push(d); });
rendering = true;

const encoder = new TextEncoder();
let batch: WorkerPage[] = [];
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
const flush = () => {
  if (batch.length === 0) return;
  post({ type: 'pages', pages: batch }, batch.map((p) => p.bytes.buffer as ArrayBuffer));
  batch = [];
};
for (let id = 0; id < plan.articles.length; id++) {
  const page = plan.pages[id];
  const { advisory, locale } = plan.articles[id];
  const bytes = encoder.encode(page.render() as string);
  batch.push({ id, file: page.file, bytes, summary: advisory.summary(locale) });
  if (batch.length === BATCH) flush();
}
flush();
post({ type: 'done', warnings, loose: [...links.loose.entries()] });
