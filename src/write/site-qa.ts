/**
 * The QA report inside the site: `qa/` (the report page in the site layout) and `qa/report.json`,
 * written after the pages. A big site runs the checks in its page worker (site-source.ts); for a
 * small one they run in a worker of their own (reading the content folder themselves) while the
 * main thread renders and writes the pages. Run from TypeScript sources (tests), where no
 * compiled worker exists, the checks run in-process when the report is first asked for.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadQaConfig } from '../check/config.js';
import { runChecks } from '../check/run.js';
import { staleWaiverMessage } from '../check/waivers.js';
import type { AlignedCorpus, Diagnostic } from '../model.js';
import { qaAssets, renderQaBody } from '../render/qa-page.js';
import { qaStrings } from '../render/qa-strings.js';
import { renderExtraPage } from '../render/site/misc-pages.js';
import type { SiteContext, SitePage } from '../render/site/types.js';
import { articleUrl, assetsUrl, type UrlScheme } from '../render/site/urls.js';
import { qaToJson } from './qa-json.js';

export interface QaJob {
  content: string;
  urls: UrlScheme;
  /** Folder whose tolk.config.json / package.json holds the QA settings (as `tolk qa` reads them). */
  configDir: string;
}

export interface QaOutput {
  bodyHtml: string;
  json: string;
  /** Problems with the QA settings file. */
  configProblems: { file: string; message: string }[];
}

/**
 * A settings problem as a build diagnostic, filed under the settings file. `tolk qa` prints the
 * messages alone, so they start with the file's path: here that would say it twice
 * (`/x/tolk.config.json:1:1: warning [qa-config] /x/tolk.config.json: not valid JSON`).
 */
function configProblem(file: string, message: string): { file: string; message: string } {
  if (message.startsWith(`${file}: `)) return { file, message: message.slice(file.length + 2) };
  if (message.startsWith(`${file} ("tolk" key): `)) return { file, message: `"tolk" key: ${message.slice(file.length + 15)}` };
  return { file, message };
}

/** Runs the checks on an aligned corpus and renders the report page body and JSON. */
export function produceQa(corpus: AlignedCorpus, job: QaJob): QaOutput {
  const loaded = loadQaConfig(job.configDir);
  const report = runChecks(corpus, loaded.config);
  const pageUrl = (locale: string, slug: string) => articleUrl(job.urls, locale, slug);
  return {
    bodyHtml: renderQaBody(report, { base: job.urls.base, pageUrl, corpus }),
    json: qaToJson(report),
    // Stale waivers are said while building too: `tolk serve` is where translators fix and waive.
    configProblems: [...loaded.diagnostics, ...(report.unusedWaivers ?? []).map(staleWaiverMessage)]
      .map((message) => configProblem(loaded.source ?? 'tolk.config.json', message)),
  };
}

const WORKER = new URL('./site-qa-worker.js', import.meta.url);

export interface RunningQa {
  /** The report; the same promise on every call. */
  output: () => Promise<QaOutput>;
  /** Stops the checks (a failed build must not wait for them). */
  stop: () => void;
}

function inWorker(job: QaJob): RunningQa {
  const worker = new Worker(WORKER, { workerData: job });
  const output = new Promise<QaOutput>((resolve, reject) => {
    worker.once('message', (result: QaOutput) => { resolve(result); void worker.terminate(); });
    worker.once('error', reject);
    worker.once('exit', (code) => { reject(new Error(`the QA worker stopped (exit code ${code}) before it reported`)); });
  });
  output.catch(() => {}); // Reported when a QA page awaits it.
  return { output: () => output, stop: () => { void worker.terminate(); } };
}

/**
 * Starts the checks: in a worker (reading the content itself, so start it before the main thread
 * reads) when the compiled worker exists, else in-process on first use with the main corpus.
 */
export function startQa(job: QaJob, corpus: () => AlignedCorpus): RunningQa {
  if (existsSync(fileURLToPath(WORKER))) return inWorker(job);
  let output: Promise<QaOutput> | null = null;
  return { output: () => (output ??= Promise.resolve().then(() => produceQa(corpus(), job))), stop: () => {} };
}

/** The report as the pages get it, with problems of the settings file reported once as warnings. */
export function reportedQa(qa: RunningQa, warn: (d: Diagnostic) => void): () => Promise<QaOutput> {
  let reported: Promise<QaOutput> | null = null;
  return () => (reported ??= qa.output().then((result) => {
    for (const p of result.configProblems) {
      warn({ severity: 'warning', code: 'qa-config', file: p.file, line: 1, column: 1, message: p.message });
    }
    return result;
  }));
}

export function qaPages(ctx: SiteContext, qa: () => Promise<QaOutput>): SitePage[] {
  const page = async () => renderExtraPage(ctx, {
    url: 'qa/',
    title: qaStrings().title,
    bodyHtml: (await qa()).bodyHtml,
    scripts: qaAssets.scripts.map((file) => assetsUrl(ctx.urls, file)),
    styles: qaAssets.styles.map((file) => assetsUrl(ctx.urls, file)),
  });
  return [
    { file: 'qa/index.html', render: page },
    { file: 'qa/report.json', render: async () => (await qa()).json },
  ];
}
