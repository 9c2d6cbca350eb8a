/**
 * Ctrl-C (SIGINT) or SIGTERM while tolk writes: stop the helpers (worker threads, Pagefind),
 * delete tolk's own unfinished files (a build's staging folder, a report's temp file) and exit
 * 130 / 143 like a shell does. The library only registers what to clean up; the command line
 * installs the handlers, so a program that builds in-process keeps its own signal handling.
 */
import { existsSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { stderrPaint } from '../cli/output.js';
import { plainReason } from './output-paths.js';

const temporaries = new Set<string>();
const stoppers = new Set<() => void>();

/** Deletes `path` (file or folder) if tolk is interrupted; call the result once it is gone or kept. */
export function removeOnInterrupt(path: string): () => void {
  temporaries.add(path);
  return () => { temporaries.delete(path); };
}

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

function removeTemporaries(): { removed: string[]; failed: string[] } {
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

function onSignal(signal: 'SIGINT' | 'SIGTERM'): void {
  for (const stop of stoppers) {
    try { stop(); } catch { /* stopping is best effort; deleting is what matters */ }
  }
  const { removed, failed } = removeTemporaries();
  if (removed.length) process.stderr.write(`${stderrPaint.dim(`tolk: interrupted; removed ${removed.join(', ')}`)}\n`);
  if (failed.length) process.stderr.write(`tolk: interrupted; could not remove ${failed.join(', ')}\n`);
  process.exit(128 + constants.signals[signal]);
}

let installed = false;

/**
 * Installs the SIGINT / SIGTERM handlers once (the command line calls this). They stay installed:
 * a second Ctrl-C must not kill tolk halfway through deleting (the handler is synchronous and
 * ends in exit, so it cannot hang).
 */
export function cleanUpOnSignals(): void {
  if (installed) return;
  installed = true;
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
}
