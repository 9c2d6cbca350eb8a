/**
 * Where the pages of a build come from. For a big site, a worker thread reads and plans the
 * content folder and renders every page, posting the bytes in page order, then runs the QA
 * checks on the same corpus, while the main thread only runs Eleventy, which writes the pages:
 * reading, rendering, checking and Eleventy's own work share the two cores. For a small site, or when the worker fails, the main thread plans and renders
 * itself (planSiteOf is deterministic, so both ways give the same pages, byte for byte).
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../model.js';
import type { SiteContext } from '../render/site/types.js';
import type { MediaCopy } from './media.js';
import { planSiteOf, type PlannedSite, type SitePlanOptions } from './site-plan.js';
import { produceQa, startQa, type QaJob, type QaOutput, type RunningQa } from './site-qa.js';

/** What the main thread needs to know of the plan: the files, and figures for the summary. */
export interface PlanOutline {
  ctx: SiteContext;
  files: string[];
  counts: Record<string, number>;
  documents: number;
  locales: string[];
  copies: MediaCopy[];
  /** Problems found while reading and planning. */
  warnings: Diagnostic[];
}

/** Found while rendering: warnings, images outside the media folders to copy, and every file there pages link. */
export interface RenderFindings {
  warnings: Diagnostic[];
  loose: MediaCopy[];
  linked: string[];
}

export type PageBytes = string | Uint8Array;

export interface SiteSource {
  /** The QA checks, when asked for: their report comes after the pages. */
  readonly qa: RunningQa | null;
  outline(): Promise<PlanOutline>;
  render(id: number): PageBytes | Promise<PageBytes>;
  /** After every page is rendered. */
  findings(): Promise<RenderFindings>;
  stop(): void;
}

export type WorkerJob = Pick<SitePlanOptions, 'content' | 'base' | 'siteUrl' | 'search' | 'extraPages' | 'qaReport'> & { qa: QaJob | null };

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'outline'; outline: PlanOutline }
  | { type: 'pages'; first: number; pages: Uint8Array[] }
  | { type: 'done'; findings: RenderFindings }
  | { type: 'qa'; output: QaOutput }
  | { type: 'qa-failed'; message: string };

export function outlineOf(planned: PlannedSite, warnings: Diagnostic[]): PlanOutline {
  return {
    ctx: planned.ctx, files: planned.plan.pages.map((p) => p.file), counts: planned.plan.counts,
    documents: planned.corpus.documents.length, locales: planned.corpus.locales, copies: planned.media.copies, warnings,
  };
}

/** Plans and renders on the calling thread. */
export class LocalSource implements SiteSource {
  private planned: PlannedSite | null = null;
  /** Problems found while planning (the outline reports them) and while rendering (findings do). */
  private readonly planning: Diagnostic[] = [];
  private readonly rendering: Diagnostic[] = [];
  private rendered = false;
  readonly qa: RunningQa | null;

  /** With a QA job, the checks run in their own worker (reading the content themselves) or, from sources, here. */
  constructor(private readonly options: SitePlanOptions, qa: QaJob | null = null) {
    this.qa = qa ? startQa(qa, () => this.site().corpus) : null;
  }

  site(): PlannedSite {
    return (this.planned ??= planSiteOf(this.options, (d) => { (this.rendered ? this.rendering : this.planning).push(d); }));
  }

  async outline(): Promise<PlanOutline> {
    return outlineOf(this.site(), this.planning);
  }

  render(id: number): PageBytes | Promise<PageBytes> {
    const { plan } = this.site();
    this.rendered = true;
    return plan.pages[id].render();
  }

  async findings(): Promise<RenderFindings> {
    const links = this.rendered ? this.site().links : null;
    return { warnings: this.rendering, loose: links ? [...links.loose.values()] : [], linked: links ? [...links.linked] : [] };
  }

  stop(): void {}
}

const WORKER = new URL('./site-worker-thread.js', import.meta.url);

/**
 * Reads, plans and renders in a worker, then runs the QA checks there on the same corpus (read
 * once for both). Whatever the worker does not deliver, a LocalSource makes.
 */
export class WorkerSource implements SiteSource {
  private readonly worker: Worker;
  private readonly received = new Map<number, Uint8Array>();
  private readonly waiting = new Map<number, (page: Uint8Array | null) => void>();
  private ended = false;
  private local: LocalSource | null = null;
  private readonly outlined: Promise<PlanOutline | null>;
  private readonly finished: Promise<RenderFindings | null>;
  readonly qa: RunningQa | null;

  constructor(private readonly options: SitePlanOptions, qaJob: QaJob | null = null) {
    const { content, base, siteUrl, search, extraPages, qaReport } = options;
    const job: WorkerJob = { content, base, siteUrl, search, extraPages, qaReport, qa: qaJob };
    this.worker = new Worker(WORKER, { workerData: job });
    let reported: (result: QaOutput | Error | null) => void = () => {};
    const fromWorker = new Promise<QaOutput | Error | null>((resolve) => { reported = resolve; });
    let output: Promise<QaOutput> | null = null;
    // A worker that stops before its report leaves the checks to this thread, on its own reading.
    this.qa = qaJob ? {
      output: () => (output ??= fromWorker.then((result) => {
        if (result instanceof Error) throw result;
        return result ?? produceQa(this.fallback().site().corpus, qaJob);
      })),
      stop: () => this.stop(),
    } : null;
    let outlined: (o: PlanOutline | null) => void = () => {};
    this.outlined = new Promise((resolve) => { outlined = resolve; });
    this.finished = new Promise((resolve) => {
      const fail = () => { this.end(); outlined(null); resolve(null); reported(null); };
      this.worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') options.onProgress?.('reading', message.done, message.total);
        else if (message.type === 'outline') outlined(message.outline);
        else if (message.type === 'pages') message.pages.forEach((page, i) => this.deliver(message.first + i, page));
        else if (message.type === 'done') { this.end(); resolve(message.findings); }
        else if (message.type === 'qa') reported(message.output);
        else reported(new Error(message.message));
      });
      this.worker.once('error', fail);
      this.worker.once('exit', fail);
    });
  }

  private deliver(id: number, page: Uint8Array): void {
    const waiter = this.waiting.get(id);
    if (waiter) {
      this.waiting.delete(id);
      waiter(page);
    } else {
      this.received.set(id, page);
    }
  }

  /** No more pages will come: whoever still waits gets the page from the main thread. */
  private end(): void {
    this.ended = true;
    for (const waiter of this.waiting.values()) waiter(null);
    this.waiting.clear();
  }

  private fallback(): LocalSource {
    return (this.local ??= new LocalSource(this.options));
  }

  async outline(): Promise<PlanOutline> {
    return (await this.outlined) ?? this.fallback().outline();
  }

  render(id: number): PageBytes | Promise<PageBytes> {
    const page = this.received.get(id);
    if (page) {
      this.received.delete(id);
      return page;
    }
    if (this.ended) return this.fallback().render(id);
    return new Promise<Uint8Array | null>((resolve) => this.waiting.set(id, resolve))
      .then((got) => got ?? this.fallback().render(id));
  }

  async findings(): Promise<RenderFindings> {
    const fromWorker = (await this.finished) ?? { warnings: [], loose: [], linked: [] };
    if (!this.local) return fromWorker;
    const local = await this.local.findings();
    return {
      warnings: [...fromWorker.warnings, ...local.warnings], loose: [...fromWorker.loose, ...local.loose],
      linked: [...fromWorker.linked, ...local.linked],
    };
  }

  stop(): void {
    void this.worker.terminate();
  }
}

/** Below this many markdown files a worker (its start, its own module loading) costs more than it saves. */
export const MIN_WORKER_FILES = 200;

function countMarkdown(dir: string, limit: number): number {
  let n = 0;
  try {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (name.endsWith('.md') && ++n >= limit) break;
  } catch {
    return 0;
  }
  return n;
}

/**
 * A worker source when a compiled worker exists (not when tolk runs from its TypeScript sources)
 * and `worker` says so, or, left undefined, when the site is big enough.
 */
export function siteSource(options: SitePlanOptions, worker: boolean | undefined, qa: QaJob | null): SiteSource {
  const wanted = worker ?? countMarkdown(options.content, MIN_WORKER_FILES) >= MIN_WORKER_FILES;
  if (wanted && existsSync(fileURLToPath(WORKER))) return new WorkerSource(options, qa);
  return new LocalSource(options, qa);
}
