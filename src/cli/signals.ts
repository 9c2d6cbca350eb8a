/**
 * How the command line ends a run that is cut short: Ctrl-C (SIGINT) or SIGTERM exit 130 / 143
 * like a shell does, a crash exits 2; either way tolk's unfinished files go first.
 */
import { constants } from 'node:os';
import { fsErrorOf } from '../fs-errors.js';
import { abandonWrites } from '../write/interrupt.js';
import { stderrPaint } from './output.js';

function abandon(exitCode: number, why: string): never {
  const { removed, failed } = abandonWrites();
  if (removed.length) process.stderr.write(`${stderrPaint.dim(`tolk: ${why}; removed ${removed.join(', ')}`)}\n`);
  if (failed.length) process.stderr.write(`tolk: ${why}; could not remove ${failed.join(', ')}\n`);
  process.exit(exitCode);
}

let installed = false;

/**
 * Installs the SIGINT / SIGTERM handlers once (build and qa call this). They stay installed: a
 * second Ctrl-C must not kill tolk halfway through deleting (the handler is synchronous and ends
 * in exit, so it cannot hang).
 */
export function cleanUpOnSignals(): void {
  if (installed) return;
  installed = true;
  process.on('SIGINT', () => abandon(128 + constants.signals.SIGINT, 'interrupted'));
  process.on('SIGTERM', () => abandon(128 + constants.signals.SIGTERM, 'interrupted'));
}

/**
 * An error thrown where no one catches it (a callback of a library, a worker's message): said as
 * an internal error, unfinished files removed, exit 2 (not Node's 1, which means "findings").
 */
let watching = false;

/**
 * File-system failures of promises no one has handled yet. Eleventy writes each page in a promise
 * that it awaits only after its loop over all the pages: on a full disk every write rejects at
 * once, and the build learns of it (and says "cannot write the site to _site: no space left on
 * the device") only later, when some of those promises were never awaited at all. Taken for a
 * crash, a full disk was "tolk: internal error: Error: ENOSPC" and a stack trace.
 */
const unhandledWrites = new Map<Promise<unknown>, unknown>();
/** How long a file-system failure may wait for a handler before it is taken for a crash after all. */
const LATE_HANDLING_MS = 60_000;

/** A write failure was said in plain words (the build or rebuild failed): its unhandled echoes are done with. */
export function writeFailureReported(): void {
  unhandledWrites.clear();
}

export function exitOnUncaughtErrors(): void {
  if (watching) return;
  watching = true;
  const crash = (error: unknown) => {
    process.stderr.write(`${stderrPaint.red('tolk: internal error:')} ${(error as Error)?.stack ?? String(error)}\n`);
    abandon(2, 'stopped');
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', (error, promise) => {
    if (fsErrorOf(error) === null) return crash(error);
    unhandledWrites.set(promise, error);
    setTimeout(() => { if (unhandledWrites.has(promise)) crash(error); }, LATE_HANDLING_MS).unref();
  });
  process.on('rejectionHandled', (promise) => { unhandledWrites.delete(promise); });
  // A run that ends as if all went well while a write failed unseen has not gone well.
  process.on('exit', (code) => {
    const [error] = unhandledWrites.values();
    if (error === undefined || code >= 2) return;
    process.stderr.write(`${stderrPaint.red('tolk: internal error:')} ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  });
}
