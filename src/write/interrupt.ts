/**
 * What to undo when a run is cut short (Ctrl-C, SIGTERM, a crash) while tolk writes: helpers to
 * stop (worker threads, Pagefind) and tolk's own unfinished files to delete (a build's staging
 * folder, a report's temp file). The writers register them here; the command line decides when
 * to abandon the run (cli/signals.ts), so a program that builds in-process keeps its own handling.
 */
import { existsSync, rmSync } from 'node:fs';
import { plainReason } from '../fs-errors.js';

const temporaries = new Set<string>();
const stoppers = new Set<() => void>();

/** Deletes `path` (file or folder) if tolk is interrupted; call the result once it is gone or kept. */
export function removeOnInterrupt(path: string): () => void {
  temporaries.add(path);
  return () => { temporaries.delete(path); };
}

/** Whether this process is writing `path` now (a staging folder or temp file it registered). */
export const isInUse = (path: string): boolean => temporaries.has(path);

/** Runs `stop` before deleting anything, so nothing writes into a folder being deleted. */
export function stopOnInterrupt(stop: () => void): () => void {
  stoppers.add(stop);
  return () => { stoppers.delete(stop); };
}

/** Blocks this thread for `ms`: the thread pool meanwhile finishes the file operations queued before. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Deletes `path` until it stays gone. File operations already queued in the thread pool (Eleventy
 * copies assets asynchronously, and a copy makes its folders) run on while this thread deletes,
 * and may make part of the folder again; JavaScript queues nothing new meanwhile, so a few rounds
 * with short pauses outlast them.
 */
function removeForGood(path: string): void {
  let lastError: unknown = null;
  for (let round = 0; round < 8; round++) {
    try {
      rmSync(path, { recursive: true, force: true, maxRetries: 2, retryDelay: 10 });
      lastError = null;
    } catch (error) {
      lastError = error; // e.g. ENOTEMPTY while a queued copy writes into it: go again
    }
    pause(25);
    if (!existsSync(path)) return;
  }
  throw lastError ?? new Error('it was made again while being deleted');
}

/**
 * Stops the helpers, then deletes the registered unfinished files; says what was removed and what
 * could not be. Synchronous, so it can run in a signal handler right before exit.
 */
export function abandonWrites(): { removed: string[]; failed: string[] } {
  for (const stop of stoppers) {
    try { stop(); } catch { /* stopping is best effort; deleting is what matters */ }
  }
  const removed: string[] = [];
  const failed: string[] = [];
  for (const path of temporaries) {
    try {
      removeForGood(path);
      removed.push(path);
    } catch (error) {
      failed.push(`${path} (${plainReason(error)})`);
    }
  }
  temporaries.clear();
  return { removed, failed };
}
